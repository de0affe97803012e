/**
 * Where the site's settings live: content/site.yaml, written by people (comments, a JSON Schema
 * for the editor), and src/config/site.json, the same settings as `npm run schemas` writes them for
 * the code. src/config/locales.ts imports the JSON, so no module a page runs reads a file; the
 * content check (src/content-check/config.ts) checks the YAML, every problem at once, and that the
 * JSON says the same, before the build renders anything.
 */
import type { Site } from './site-schema.ts';
import { contentPaths } from './paths.ts';

export const SITE_FILE = contentPaths.site;
export const GENERATED_SITE_FILE = 'src/config/site.json';

/** src/config/site.json as `npm run schemas` writes it from content/site.yaml (as Prettier would). */
export function generatedSiteText(site: Site): string {
  const fields: [string, unknown][] = [
    ['//', `Written by npm run schemas from ${SITE_FILE}: edit that file, not this one.`],
    ['languages', site.languages],
    ['reference', site.reference],
    ['address', site.address],
    ['deploymentName', site.deploymentName],
  ];
  const value = (item: unknown) =>
    Array.isArray(item)
      ? `[${item.map((entry) => JSON.stringify(entry)).join(', ')}]`
      : JSON.stringify(item);
  return `{\n${fields.map(([key, item]) => `  "${key}": ${value(item)}`).join(',\n')}\n}\n`;
}
