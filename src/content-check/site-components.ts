/**
 * The components MDX pages may use: the keys of `mdxComponents` in src/components/site/index.ts,
 * read from its text because that module imports .astro files, which only Astro can load. A test
 * holds this reading to the module Astro imports, so the two cannot disagree.
 */
import { readFileSync } from 'node:fs';

export const siteComponentsFile = 'src/components/site/index.ts';

export function siteComponents(): string[] {
  const text = readFileSync(new URL('../components/site/index.ts', import.meta.url), 'utf8');
  const body = /export const mdxComponents\s*=\s*\{([^}]*)\}/.exec(text)?.[1];
  if (body === undefined)
    throw new Error(
      `${siteComponentsFile} no longer declares \`export const mdxComponents = {...}\`.`,
    );
  return body
    .replace(/\/\/.*|\/\*[\s\S]*?\*\//g, '')
    .split(',')
    .map((entry) => entry.replace(/:[\s\S]*/, '').trim())
    .filter(Boolean)
    .sort();
}
