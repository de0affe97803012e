import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { cookieSchema, providerSchema } from './data/schema.ts';
import { operatorSchema } from './data/operator-schema.ts';
import { pageSchema } from './data/page-schema.ts';
import { contentPaths } from './config/paths.ts';
import { loadYaml } from './data/parse.ts';
import { parseVersions, VERSIONS_FILE } from './versions/versions-file.ts';

/**
 * Astro's file() loader wants an id per entry: a cookie's name is unique (the check ensures it).
 * Both files are parsed as the content check parsed them (src/data/parse.ts), so the collections
 * hold exactly what it accepted.
 */
const cookiesByName = (text: string) =>
  Object.fromEntries((loadYaml(text) as { name: string }[]).map((cookie) => [cookie.name, cookie]));

const cookies = defineCollection({
  loader: file(contentPaths.cookies, { parser: cookiesByName }),
  schema: cookieSchema,
});

const providers = defineCollection({
  loader: file(contentPaths.providers, {
    parser: (text) => loadYaml(text) as Record<string, unknown>[],
  }),
  schema: providerSchema,
});

/** content/operator.yaml is one entry, `operator`: the portal, its controller, their facts. */
const operator = defineCollection({
  loader: file(contentPaths.operator, {
    parser: (text) => ({ operator: loadYaml(text) as Record<string, unknown> }),
  }),
  schema: operatorSchema,
});

/** One MDX tree per locale (content/policy/fr/index.mdx ...), mirrored path for path. */
const policy = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: contentPaths.pages }),
  schema: pageSchema,
});

/**
 * Every recorded version, oldest first, with its position as id ("1", "2", ...), one per day.
 * The content check has validated the file before Astro reads it.
 */
const versions = defineCollection({
  loader: file(VERSIONS_FILE, {
    parser: (text) =>
      Object.fromEntries(
        parseVersions(text).versions.map((version, index) => [
          String(index + 1),
          // Plain data for the loader; src/collections.ts gives it its type back.
          version as unknown as Record<string, unknown>,
        ]),
      ),
  }),
});

export const collections = { cookies, providers, operator, policy, versions };
