/**
 * How a page is weighed (src/lib/page-weight.ts), on small pages written here: where its first
 * paint ends, how many cookies its table lists, and how many bytes of the real compressed file
 * carry a part of it. The built pages are weighed in tests/src/pages/page-budget.build.test.ts.
 */
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  compressedBytesFor,
  cookieRows,
  firstPaintPart,
  weighPage,
} from '../../../src/lib/page-weight.ts';

const page = (main: string) =>
  `<!doctype html><html><head><style>p{color:red}</style></head><body><h2>Header aside</h2><main>${main}</main></body></html>`;

describe('the weight of a page', () => {
  it('paints first everything before the first section heading of main', () => {
    const html = page('<h1>Policy</h1><p>Intro</p><h2 id="a">A</h2><p>More</p><h2>B</h2>');
    expect(firstPaintPart(html)).toBe(html.slice(0, html.indexOf('<h2 id="a">')));
  });

  it('paints first the whole of a page without a section heading', () => {
    const html = page('<h1>Not found</h1><p>Go back</p>');
    expect(firstPaintPart(html)).toBe(html);
  });

  it('counts the rows that carry a cookie’s anchor, not the category rows', () => {
    const table =
      '<table><tr class="category-row"><th>Necessary</th></tr><tr id="cookie-a"><th>a</th></tr>' +
      '<tr id="cookie-_pk_id-"><th>_pk_id.*</th></tr><tr id="other"><td>x</td></tr></table>';
    expect(cookieRows(page(table))).toBe(2);
  });

  it('counts the bytes of the real compressed file a prefix needs, gzip and brotli alike', () => {
    // Letters from a seeded generator: text that compresses as prose does, not to nothing.
    let seed = 7;
    const letter = () => 'abcdefghij klmnop'[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 17];
    const text = Buffer.from(Array.from({ length: 20_000 }, letter).join(''));
    for (const [encoding, compressed] of [
      ['gzip', gzipSync(text, { level: 9 })],
      ['br', brotliCompressSync(text)],
    ] as const) {
      const all = compressedBytesFor(compressed, encoding, text.length);
      const start = compressedBytesFor(compressed, encoding, 2000);
      expect(all, encoding).toBeLessThanOrEqual(compressed.length);
      expect(all, encoding).toBeGreaterThan(compressed.length - 16);
      expect(start, encoding).toBeLessThan(all / 2);
    }
    expect(compressedBytesFor(text, 'none', 2000)).toBe(2000);
  });

  it('weighs a page: first paint, whole and cookies', () => {
    const html = page(
      `<h1>P</h1><p>${'intro '.repeat(50)}</p><h2>C</h2>${'<p>text</p>'.repeat(300)}`,
    );
    const sent = gzipSync(Buffer.from(html), { level: 9 });
    const weight = weighPage(html, sent, 'gzip');
    expect(weight.whole).toBe(sent.length);
    expect(weight.cookies).toBe(0);
    expect(weight.firstPaint).toBeGreaterThan(0);
    expect(weight.firstPaint).toBeLessThan(weight.whole);
    expect(weighPage(html, Buffer.from(html), 'none').firstPaint).toBe(
      Buffer.byteLength(firstPaintPart(html)),
    );
  });
});
