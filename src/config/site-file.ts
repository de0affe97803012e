/**
 * Reads content/site.yaml once per process for src/config/locales.ts and src/config/deployment.ts.
 * A file that is missing or wrong does not stop the import: the content check
 * (src/content-check/config.ts) reports every problem with it, in the editor's words, before the
 * build renders anything, and until then the site is read as the four languages of the project.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { siteSchema, type Site } from './site-schema.ts';
import { contentPaths } from './paths.ts';

export const SITE_FILE = contentPaths.site;

/** The site's settings from `root`'s content/site.yaml, or undefined when it cannot be used. */
export function readSiteFile(
  root: string,
  supported: readonly [string, ...string[]],
): Site | undefined {
  let raw: unknown;
  try {
    raw = yaml.load(readFileSync(join(root, SITE_FILE), 'utf8'), { schema: yaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  const result = siteSchema(supported).safeParse(raw);
  return result.success ? result.data : undefined;
}

/**
 * The folder whose content/site.yaml a command uses: the one it runs in, as npm runs every script
 * (and a test runs a copy of the project); else, for a command started from another folder, the
 * project this file belongs to.
 */
export function siteRoot(): string {
  if (existsSync(join(process.cwd(), SITE_FILE))) return process.cwd();
  return fileURLToPath(new URL('../../', import.meta.url));
}
