/**
 * What a policy page's frontmatter holds: the content check (src/content-check/mdx.ts) validates
 * it against this one schema, and the pages are built from what it parsed
 * (src/integrations/site-data.ts), so the check refuses exactly what the build would. Each field's description is the fix an editor reads.
 */
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1)
    .describe("Write title: with the page's title, as the browser tab and the heading show it."),
  description: z
    .string()
    .trim()
    .min(1)
    .describe(
      'Write description: with one or two sentences saying what the page covers (search engines show it).',
    ),
});

export type PageData = z.output<typeof pageSchema>;
