import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { cookieSchema, providerSchema } from './data/schema.ts';
import { contentPaths } from './config/paths.ts';

/** Astro's file() loader wants an id per entry: a cookie's name is unique (the check ensures it). */
const cookiesByName = (text: string) =>
  Object.fromEntries(
    (yaml.load(text) as { name: string }[]).map((cookie) => [cookie.name, cookie]),
  );

const cookies = defineCollection({
  loader: file(contentPaths.cookies, { parser: cookiesByName }),
  schema: cookieSchema,
});

const providers = defineCollection({
  loader: file(contentPaths.providers),
  schema: providerSchema,
});

/** One MDX tree per locale (content/policy/fr/index.mdx ...), mirrored path for path. */
const policy = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentPaths.pages }),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Shown under the title in the locale's date format. */
    lastUpdated: z.coerce.date(),
  }),
});

export const collections = { cookies, providers, policy };
