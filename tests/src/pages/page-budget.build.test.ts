/**
 * The product's page budgets, on the real dist/: every page's first visit (the page, its
 * stylesheet and icon, each as the host sends it: the build's .gz twin when it wrote one, the file
 * itself otherwise) fits the first network round trip of src/config/hosting.ts, and no page needs
 * JavaScript. They count bytes, so they are exact tests; the nginx tests count the same visit as
 * the real nginx sends it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, inject, it } from 'vitest';
import { firstVisitBudgetBytes } from '../../../src/config/hosting.ts';
import { localeCodes } from '../../../src/config/locales.ts';

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

/** The page, its stylesheets and icons as sent; `missing` lists what dist/ lacks. */
function firstVisit(page: string) {
  const document = parseDocument(readFileSync(join(distDir, page), 'utf8'));
  const files = elements(document)
    .filter(
      (el) => el.name === 'link' && rels(el.attribs).some((rel) => /^(stylesheet|icon)$/.test(rel)),
    )
    .map((el) => new URL(el.attribs.href ?? '', `http://site.invalid/${page}`))
    .filter((url) => url.protocol !== 'data:')
    .map((url) => join(distDir, decodeURIComponent(url.pathname)));
  const missing = files.filter((file) => !existsSync(file));
  const sent = (file: string) => statSync(existsSync(`${file}.gz`) ? `${file}.gz` : file).size;
  const bytes = [join(distDir, page), ...files.filter(existsSync)].map(sent);
  return { document, missing, bytes: bytes.reduce((sum, size) => sum + size, 0) };
}

describe('page budgets', () => {
  it('weighs every page: the language chooser, each language and their 404 pages', () => {
    expect(pages).toContain('index.html');
    for (const locale of localeCodes) expect(pages).toContain(`${locale}/index.html`);
    expect(pages.length).toBeGreaterThan(2 * localeCodes.length);
  });

  it.each(pages)(
    `%s: first visit <= ${firstVisitBudgetBytes} bytes as sent, no JavaScript`,
    (page) => {
      const visit = firstVisit(page);
      expect(visit.missing).toEqual([]);
      expect(visit.bytes).toBeGreaterThan(0);
      expect(visit.bytes).toBeLessThanOrEqual(firstVisitBudgetBytes);
      expect(javascriptUses(visit.document)).toEqual([]);
    },
  );

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
});
