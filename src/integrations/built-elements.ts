/**
 * The last guard of the closed MDX language (src/content-check/mdx-language.ts): every page the
 * build wrote is read with the HTML parser, and an element HTML does not know (a component spelt
 * with the wrong case reaches the page as <consentstatus>, and its sentence is lost) stops the
 * build before dist/ is replaced. Drawings (<svg>, <math>) have their own vocabularies and are
 * not looked into. It must come before atomic-out-dir in astro.config.mjs.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlTagNames } from 'html-tag-names';
import { elements, parseHtml, type HtmlElement } from '../lib/html.ts';
import { stopBuild } from './stop-build.ts';

const known = new Set(htmlTagNames);
const foreign = new Set(['svg', 'math']);

const insideForeign = (element: HtmlElement): boolean => {
  for (let parent = element.parent; parent; parent = parent.parent)
    if ('name' in parent && foreign.has(parent.name)) return true;
  return false;
};

/** "fr/index.html: <consentstatus>", one per unknown element name per page. */
export function unknownElements(dir: string): string[] {
  const found: string[] = [];
  const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const page of pages) {
    const names = new Set(
      elements(parseHtml(readFileSync(join(dir, page), 'utf8')), '*')
        .filter((element) => !known.has(element.name) && !insideForeign(element))
        .map((element) => element.name),
    );
    for (const name of names) found.push(`${page}: <${name}>`);
  }
  return found;
}

export default function builtElements(): AstroIntegration {
  return {
    name: 'odwb:built-elements',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const found = unknownElements(fileURLToPath(dir));
        if (found.length === 0) return;
        stopBuild(
          logger,
          `A built page holds an element HTML does not know, so the build stops and dist/ stays as it was:\n${found.map((line) => `  - ${line}`).join('\n')}\nA component written with the wrong case, or an element the content check does not know, reached the page: run \`npm run check\`, which names the line.`,
        );
      },
    },
  };
}
