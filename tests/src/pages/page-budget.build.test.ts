/**
 * The product's page budgets, on the real dist/, each page as the host sends it (the build's .gz
 * twin): the first paint needs one response (no stylesheet, script or font to fetch first) whose
 * first 14,336 bytes carry the head, the stylesheet and the top of the policy; the whole page stays
 * within the budget its number of cookies allows; no page needs JavaScript. They count bytes, so
 * they are exact tests; the nginx tests weigh the same pages as the real nginx sends them, and
 * tests/src/pages/first-paint.build.test.ts shows a browser painting from the first 14,336 bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { firstPaintBudgetBytes, pageBudgetBytes } from '../../../src/config/hosting.ts';
import { localeCodes } from '../../../src/config/locales.ts';
import { firstPaintPart, weighPage } from '../../../src/lib/page-weight.ts';

type Document = ReturnType<typeof parseDocument>;
const distDir = inject('distDir');
const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .sort();
const elements = (document: Document) => DomUtils.findAll(() => true, document.children);
const rels = (attribs: Record<string, string>) => (attribs.rel ?? '').toLowerCase().split(/\s+/);

/** Script types a browser runs; any other type (application/ld+json) is a data block. */
const executable = (type = '') =>
  /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i.test(type.trim());

/** What makes a page need JavaScript: scripts, module preloads, on… handlers, javascript: URLs. */
function javascriptUses(document: Document): string[] {
  return elements(document).flatMap(({ name, attribs }) => [
    ...(name === 'script' && executable(attribs.type)
      ? [attribs.src ? `<script src="${attribs.src}">` : '<script>']
      : []),
    ...(name === 'link' && rels(attribs).includes('modulepreload') ? ['modulepreload'] : []),
    ...Object.entries(attribs)
      .filter(([key, value]) => key.startsWith('on') || /^\s*javascript:/i.test(value))
      .map(([key]) => `<${name} ${key}>`),
  ]);
}

/** What a browser must fetch before it may paint: stylesheets, scripts, preloads, imports. */
function renderBlocking(document: Document): string[] {
  return elements(document).flatMap(({ name, attribs }) => [
    ...(name === 'link' && rels(attribs).some((rel) => /^(stylesheet|preload)$/.test(rel))
      ? [`<link rel="${attribs.rel}" href="${attribs.href}">`]
      : []),
    ...(name === 'script' && attribs.src ? [`<script src="${attribs.src}">`] : []),
  ]);
}

const weigh = (page: string) =>
  weighPage(
    readFileSync(join(distDir, page), 'utf8'),
    readFileSync(join(distDir, `${page}.gz`)),
    'gzip',
  );

describe('page budgets', () => {
  it('weighs every page: the language chooser, each language and their 404 pages', () => {
    expect(pages).toContain('index.html');
    for (const locale of localeCodes) expect(pages).toContain(`${locale}/index.html`);
    expect(pages.length).toBeGreaterThan(2 * localeCodes.length);
  });

  it.each(pages)(
    `%s: paints from its first response: no render-blocking request, no JavaScript, its stylesheet inline`,
    (page) => {
      const html = readFileSync(join(distDir, page), 'utf8');
      const document = parseDocument(html);
      expect(renderBlocking(document)).toEqual([]);
      expect(javascriptUses(document)).toEqual([]);
      const styles = DomUtils.findAll((el) => el.name === 'style', document.children);
      expect(styles).toHaveLength(1);
      expect(DomUtils.textContent(styles[0]!)).not.toContain('@import');
      // The stylesheet is in the part the first round trip carries.
      expect(firstPaintPart(html)).toContain('</style>');
    },
  );

  it.each(pages)(
    `%s: head, stylesheet and top of the policy within ${firstPaintBudgetBytes} bytes as sent; the whole page within its cookies' budget`,
    (page) => {
      const weight = weigh(page);
      expect(weight.firstPaint).toBeGreaterThan(0);
      expect(weight.firstPaint).toBeLessThanOrEqual(firstPaintBudgetBytes);
      expect(weight.whole).toBeLessThanOrEqual(pageBudgetBytes(weight.cookies));
    },
  );

  it('counts each language page’s cookies, and ends its first paint at the first section heading', () => {
    for (const locale of localeCodes) {
      const html = readFileSync(join(distDir, locale, 'index.html'), 'utf8');
      const weight = weigh(`${locale}/index.html`);
      expect(weight.cookies).toBe(4);
      const part = firstPaintPart(html);
      expect(html.slice(part.length)).toMatch(/^<h2[ >]/);
      expect(part).toContain('<h1');
      expect(weight.firstPaint).toBeLessThan(weight.whole);
    }
  });

  it('sees every way a page can ask for JavaScript, and not a JSON-LD block', () => {
    const html = `<script type="application/ld+json">{}</script><p>onload= in text</p>
      <script>1</script><script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js">
      <button onclick="x()">b</button><a href=" JavaScript:void 0">a</a>`;
    expect(javascriptUses(parseDocument(html))).toEqual([
      '<script>',
      '<script src="/a.js">',
      'modulepreload',
      '<button onclick>',
      '<a href>',
    ]);
  });

  it('sees a stylesheet or a script that holds up the first paint', () => {
    const html = `<link rel="stylesheet" href="/a.css"><link rel="icon" href="/i.svg">
      <script src="/b.js"></script>`;
    expect(renderBlocking(parseDocument(html))).toEqual([
      '<link rel="stylesheet" href="/a.css">',
      '<script src="/b.js">',
    ]);
  });
});
