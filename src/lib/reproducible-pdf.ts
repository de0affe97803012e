/**
 * The same policy must print to the same bytes, or a deploy uploads the PDFs again every time.
 * Two things in Chromium's PDFs change from one print to the next:
 *   - /CreationDate and /ModDate, the clock at printing: set to the policy's date instead;
 *   - the /ID of each element of a tagged PDF's structure (`node00000074`), numbered from a
 *     counter of Chromium's renderer that may run one ahead or behind between prints: numbered
 *     afresh, in the same order, from node00000001.
 * Chromium's PDF writer (Skia) keeps both uncompressed and writes no document /ID. Each value is
 * replaced by one of exactly the same length, which leaves every byte offset of the
 * cross-reference table valid: no PDF library and no re-serialisation of the file are needed. The
 * new structure IDs keep their order, so the /IDTree stays sorted. If a Chromium ever writes these
 * fields differently, the functions refuse rather than write a damaged file.
 */

const DATE_FIELD = /\/(CreationDate|ModDate) \((D:\d{14}(?:Z|[+-]\d{2}'\d{2}')?)\)/g;

/** A PDF date (PDF 1.7, 7.9.4) for midnight UTC of that day, e.g. D:20261129000000+00'00'. */
export function pdfDate(day: Date): string {
  const digits = day.toISOString().slice(0, 10).replaceAll('-', '');
  return `D:${digits}000000+00'00'`;
}

/** The PDF as text: latin1 maps every byte to one character and back, binary streams too. */
const asText = (pdf: Buffer) => pdf.toString('latin1');
const asBytes = (text: string) => Buffer.from(text, 'latin1');

/** The PDF with both dates set to `day`; throws when the dates are not where Chromium puts them. */
export function stampPdfDates(pdf: Buffer, day: Date): Buffer {
  const text = asText(pdf);
  const found = [...text.matchAll(DATE_FIELD)].map((match) => match[1]);
  if (found.filter((name) => name === 'CreationDate').length !== 1 || !found.includes('ModDate')) {
    throw new Error(
      `expected one /CreationDate and one /ModDate in the printed PDF, found ${JSON.stringify(found)}`,
    );
  }
  const stamp = pdfDate(day);
  const stamped = text.replace(DATE_FIELD, (_field, name: string, date: string) => {
    if (date.length !== stamp.length) {
      throw new Error(`the printed PDF's /${name} "${date}" has not the length of "${stamp}"`);
    }
    return `/${name} (${stamp})`;
  });
  return asBytes(stamped);
}

const STRUCTURE_ID = /\bnode(\d{8})\b/g;

/** The structure element IDs numbered 1, 2, 3… in their own order, each as long as before. */
export function renumberStructureIds(pdf: Buffer): Buffer {
  const text = asText(pdf);
  const numbers = [...new Set([...text.matchAll(STRUCTURE_ID)].map((match) => match[1]!))].sort();
  const rank = new Map(
    numbers.map((number, index) => [number, String(index + 1).padStart(8, '0')]),
  );
  return asBytes(text.replace(STRUCTURE_ID, (_id, number: string) => `node${rank.get(number)}`));
}

/** The printed PDF as the site publishes it: the policy's date, stable structure IDs. */
export function reproduciblePdf(pdf: Buffer, day: Date): Buffer {
  return renumberStructureIds(stampPdfDates(pdf, day));
}
