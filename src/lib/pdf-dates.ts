/**
 * Chromium stamps every PDF it prints with the clock (/CreationDate and /ModDate in the document
 * information dictionary), so the same policy printed twice gave new bytes and a deploy uploaded
 * the PDFs again every time. These functions put the policy's own date there instead.
 *
 * Chromium's PDF writer (Skia) keeps that dictionary uncompressed and writes no document /ID, so
 * the two dates are the only bytes that change between prints. Each is replaced by a date string
 * of exactly the same length, which leaves every byte offset of the cross-reference table valid:
 * no PDF library and no re-serialisation of the file are needed. If a Chromium ever writes these
 * fields differently, stampPdfDates() refuses rather than write a damaged file.
 */

const DATE_FIELD = /\/(CreationDate|ModDate) \((D:\d{14}(?:Z|[+-]\d{2}'\d{2}')?)\)/g;

/** A PDF date (PDF 1.7, 7.9.4) for midnight UTC of that day, e.g. D:20261129000000+00'00'. */
export function pdfDate(day: Date): string {
  const digits = day.toISOString().slice(0, 10).replaceAll('-', '');
  return `D:${digits}000000+00'00'`;
}

/** The PDF with both dates set to `day`; throws when the dates are not where Chromium puts them. */
export function stampPdfDates(pdf: Buffer, day: Date): Buffer {
  // latin1 maps every byte to one character and back, so offsets and binary streams survive.
  const text = pdf.toString('latin1');
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
  return Buffer.from(stamped, 'latin1');
}
