/**
 * The page check decides which links to anchors work from each page's text (src/content-check/
 * mdx.ts). Here its anchors are held to the ids of the real built pages, so it neither refuses a
 * link that works nor accepts one to a heading the build names otherwise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { contentPaths } from '../../../src/config/paths.ts';
import { checkContent, readContentFiles } from '../../../src/content-check/index.ts';
import { pageAnchors, pageUrl } from '../../../src/content-check/mdx.ts';
import { localeCodes } from '../../../src/config/locales.ts';
import { projectRoot } from '../../support/build-site.ts';
import { attributes, elements, parseHtml } from '../../../src/lib/html.ts';

const cookieNames = checkContent(readContentFiles(projectRoot)).inventory.cookies.map(
  (cookie) => cookie.name,
);
const pages = localeCodes.flatMap((locale) =>
  readdirSync(join(projectRoot, contentPaths.pages, locale), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => ({ locale, file })),
);

describe('the anchors the page check knows', () => {
  it.each(pages)('$locale/$file: every id of the built page, and every heading', (page) => {
    const html = readFileSync(join(inject('distDir'), pageUrl(page), 'index.html'), 'utf8');
    const built = new Set(attributes(elements(parseHtml(html), '*', { id: true }), 'id'));
    const known = pageAnchors(
      readFileSync(join(projectRoot, contentPaths.pages, page.locale, page.file), 'utf8'),
      cookieNames,
    );
    expect([...built].filter((id) => !known.has(id))).toEqual([]);
    // The check may know an id the page lacks only for an empty category of the table.
    expect([...known].filter((id) => !built.has(id) && !id.startsWith('category-'))).toEqual([]);
  });
});
