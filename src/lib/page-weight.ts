/**
 * What a page weighs as sent, against the budgets of src/config/hosting.ts: the bytes of its
 * compressed response that carry the first paint (the head with its inlined stylesheet and the top
 * of the policy), the whole response, and the cookies its table lists (the whole-page budget grows
 * with them). The build's warning (src/integrations/page-weight.ts), `npm run verify` and the tests
 * all weigh pages here. Node only (zlib).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { firstPaintBudgetBytes, pageBudgetBytes } from '../config/hosting.ts';

/** How the body is sent: `none` when the host sends it as is. */
export type Encoding = 'gzip' | 'br' | 'none';

export interface PageWeight {
  /** Compressed bytes from the start of the response to the end of the top of the policy. */
  firstPaint: number;
  /** Compressed bytes of the whole response. */
  whole: number;
  /** Rows of the cookie table: the whole-page budget allows for each. */
  cookies: number;
}

/**
 * The part of a page the first paint needs: everything before the first section heading (`<h2>`)
 * of `<main>`: the head with the stylesheet, the header, a draft notice, the title, the dates and
 * the introduction. A page without a section heading (the chooser, a 404) is all first paint.
 */
export function firstPaintPart(html: string): string {
  const document = parseDocument(html, { withStartIndices: true });
  const main = DomUtils.findOne((element) => element.name === 'main', document.children);
  const heading = main && DomUtils.findOne((element) => element.name === 'h2', main.children, true);
  return heading?.startIndex == null ? html : html.slice(0, heading.startIndex);
}

/** The cookies a page's table lists: its rows with a cookie's anchor (src/data/anchors.ts). */
export function cookieRows(html: string): number {
  return DomUtils.findAll(
    (element) => element.name === 'tr' && (element.attribs.id ?? '').startsWith('cookie-'),
    parseDocument(html).children,
  ).length;
}

const decompressPrefix = (compressed: Buffer, encoding: Exclude<Encoding, 'none'>) =>
  encoding === 'gzip'
    ? gunzipSync(compressed, { finishFlush: constants.Z_SYNC_FLUSH })
    : brotliDecompressSync(compressed, { finishFlush: constants.BROTLI_OPERATION_FLUSH });

/**
 * How many bytes of `compressed`, as sent, a browser needs before it has the first `plainBytes`
 * bytes of the page: the smallest prefix of the real compressed file that decompresses that far.
 */
export function compressedBytesFor(
  compressed: Buffer,
  encoding: Encoding,
  plainBytes: number,
): number {
  if (encoding === 'none') return plainBytes;
  let [low, high] = [0, compressed.length];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    let decoded = 0;
    try {
      decoded = decompressPrefix(compressed.subarray(0, middle), encoding).length;
    } catch {
      // Too short to hold even the compressed stream's header.
    }
    if (decoded >= plainBytes) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** A page's weight, from its HTML and its body as sent (compressed with `encoding`). */
export function weighPage(html: string, sent: Buffer, encoding: Encoding): PageWeight {
  return {
    firstPaint: compressedBytesFor(sent, encoding, Buffer.byteLength(firstPaintPart(html), 'utf8')),
    whole: sent.length,
    cookies: cookieRows(html),
  };
}

const bytes = (count: number) => count.toLocaleString('en-GB');

/** One line per budget a page exceeds, naming the page, the figure and the budget. */
export function overBudget(page: string, weight: PageWeight): string[] {
  const wholeBudget = pageBudgetBytes(weight.cookies);
  return [
    ...(weight.firstPaint > firstPaintBudgetBytes
      ? [
          `${page}: the first paint needs ${bytes(weight.firstPaint)} bytes as sent, over the ${bytes(firstPaintBudgetBytes)} of one round trip`,
        ]
      : []),
    ...(weight.whole > wholeBudget
      ? [
          `${page}: ${bytes(weight.whole)} bytes as sent, over the ${bytes(wholeBudget)} allowed for a page of ${weight.cookies} cookies`,
        ]
      : []),
  ];
}
