/**
 * What a policy page's frontmatter holds: Astro's `policy` collection (src/content.config.ts) and
 * the content check (src/content-check/mdx.ts) both validate against this one schema, so the
 * check refuses exactly what the build would. Each field's description is the fix an editor reads.
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
