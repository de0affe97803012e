/**
 * What makes a printed PDF reproducible: the policy's day in place of Chromium's clock, structure
 * IDs numbered afresh, without moving a byte.
 */
import { describe, expect, it } from 'vitest';
import { pdfDate, renumberStructureIds, stampPdfDates } from '../../../src/lib/reproducible-pdf.ts';

const day = new Date('2026-11-29T00:00:00Z');
/** The information dictionary as Chromium (Skia) writes it, with binary bytes around it. */
const printed = Buffer.concat([
  Buffer.from([0x25, 0x50, 0x44, 0x46, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x0a]),
  Buffer.from(
    "1 0 obj\n<</Producer (Skia/PDF m156)\n/CreationDate (D:20261129140057+00'00')\n" +
      "/ModDate (D:20261129140057+00'00')>>\nendobj\n",
    'latin1',
  ),
  Buffer.from([0x00, 0xff, 0x80]),
]);

describe('PDF dates', () => {
  it('writes a day as a PDF date at midnight UTC', () => {
    expect(pdfDate(day)).toBe("D:20261129000000+00'00'");
  });

  it('replaces both of Chromium’s dates and keeps every other byte in place', () => {
    const stamped = stampPdfDates(printed, day);
    expect(stamped.length).toBe(printed.length);
    expect(stamped.toString('latin1')).toContain(
      "/CreationDate (D:20261129000000+00'00')\n/ModDate (D:20261129000000+00'00')>>",
    );
    expect(stamped.subarray(0, 10)).toEqual(printed.subarray(0, 10));
    expect(stamped.subarray(-3)).toEqual(printed.subarray(-3));
  });

  it('refuses a PDF whose dates are not where Chromium puts them', () => {
    expect(() => stampPdfDates(Buffer.from('%PDF-1.7\n<</Producer (x)>>'), day)).toThrow(
      'expected one /CreationDate and one /ModDate in the printed PDF, found []',
    );
  });
});

describe('structure IDs', () => {
  it('are numbered from 1 in their order, whatever Chromium’s counter started at', () => {
    const tagged = (first: number) =>
      Buffer.from(
        [first + 2, first, first + 9]
          .map((n) => `/ID (node${String(n).padStart(8, '0')})`)
          .concat(`/Headers [(node${String(first).padStart(8, '0')})]`)
          .join('\n'),
        'latin1',
      );
    const expected =
      '/ID (node00000002)\n/ID (node00000001)\n/ID (node00000003)\n/Headers [(node00000001)]';
    expect(renumberStructureIds(tagged(73)).toString('latin1')).toBe(expected);
    expect(renumberStructureIds(tagged(74)).toString('latin1')).toBe(expected);
    expect(renumberStructureIds(tagged(74)).length).toBe(tagged(74).length);
  });
});
