/**
 * The printed policies carry links a reader can follow safely: every link annotation of every PDF
 * of the build is http, https, mailto or tel, or a place in the document itself; never
 * `javascript:` or `data:` (SECURITY.md, "Exports"). Read from the PDFs with pdf.js, as a reader
 * opens them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { PRINTABLE_SCHEMES } from '../../../src/lib/pdf-links.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';

const dist = inject('distDir');

/** Each link of the PDF: its address, or `#` for a place in the document. */
async function pdfLinks(path: string): Promise<string[]> {
  const loading = getDocument({ data: new Uint8Array(readFileSync(path)), verbosity: 0 });
  const document = await loading.promise;
  const links: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const annotations = (await (await document.getPage(number)).getAnnotations()) as {
      subtype: string;
      unsafeUrl?: string;
      dest?: unknown;
    }[];
    for (const annotation of annotations.filter(({ subtype }) => subtype === 'Link')) {
      links.push(annotation.unsafeUrl ?? (annotation.dest === undefined ? '' : '#'));
    }
  }
  await loading.destroy();
  return links;
}

describeWithBrowser('the links of the PDFs', () => {
  it.each(localeCodes)('the %s PDF links only to the web, mail or itself', async (locale) => {
    const links = await pdfLinks(join(dist, locale, `cookie-policy-${locale}.pdf`));
    // The policy links to the authority, the providers' policies and its own sections.
    expect(links.filter((link) => link.startsWith('https://')).length).toBeGreaterThan(2);
    expect(
      links.filter(
        (link) =>
          link !== '#' &&
          !(PRINTABLE_SCHEMES as readonly string[]).includes(new URL(link).protocol),
      ),
    ).toEqual([]);
  });
});
