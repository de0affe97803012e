/**
 * The policy PDFs stay accessible documents (WCAG 1.3.1, 2.4.5 and 3.1.1 as PDF techniques apply
 * them): tagged, with a structure tree, the document's language, and an outline to move through
 * it, read back from each built PDF with pdf.js. An untagged PDF without outline, printed from
 * the same page by Chromium's defaults, fails the same check. The results are the accessibility
 * statement's evidence (content/accessibility/evidence.json).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { launchChromium } from '../../../src/lib/chromium.ts';
import { serveStatic } from '../../support/static-server.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import {
  EvidenceRun,
  installedVersion,
  reportFolder,
  staleEvidence,
  staleMessage,
  writePart,
} from '../../support/accessibility-evidence.ts';

const dist = inject('distDir');
const evidence = new EvidenceRun(['pdf'], { 'pdf.js': installedVersion('pdfjs-dist') });

/** Every problem that keeps a PDF from being read with assistive technology, one line each. */
async function pdfProblems(bytes: Uint8Array, name: string, language: string): Promise<string[]> {
  const loading = getDocument({ data: bytes, verbosity: 0 });
  const document = await loading.promise;
  try {
    const problems: string[] = [];
    // pdf.js gives the catalogue's MarkInfo as a Map (older versions: a plain object).
    const markInfo = (await document.getMarkInfo()) as
      Map<string, unknown> | { Marked?: boolean } | null;
    const marked = markInfo instanceof Map ? markInfo.get('Marked') : markInfo?.Marked;
    if (marked !== true) problems.push(`${name} is not tagged (no MarkInfo Marked) (WCAG 1.3.1)`);
    const tree = (await (await document.getPage(1)).getStructTree()) as {
      children?: unknown[];
    } | null;
    if (!tree?.children?.length)
      problems.push(`${name} has no structure tree on its first page (WCAG 1.3.1)`);
    const { info } = (await document.getMetadata()) as { info: { Language?: string } };
    if (info.Language !== language)
      problems.push(
        `${name} is in the language "${info.Language ?? 'none'}", not "${language}" (WCAG 3.1.1)`,
      );
    const outline = await document.getOutline();
    if (!outline?.length) problems.push(`${name} has no outline (bookmarks) (WCAG 2.4.5)`);
    return problems;
  } finally {
    await loading.destroy();
  }
}

describeWithBrowser('the policy PDFs as accessible documents', () => {
  const pdfs = localeCodes.map((locale) => ({
    locale,
    path: `/${locale}/cookie-policy-${locale}.pdf`,
  }));

  it('the build prints one PDF per language', () => {
    for (const { locale } of pdfs)
      expect(readdirSync(join(dist, locale))).toContain(`cookie-policy-${locale}.pdf`);
  });

  it.for(pdfs)('$path is tagged, in its language, with an outline', async ({ locale, path }) => {
    const problems = await pdfProblems(
      new Uint8Array(readFileSync(join(dist, path))),
      path,
      locale,
    );
    evidence.record(path, 'pdf', ['print, A4'], problems);
    expect(problems).toEqual([]);
  });

  it('an untagged PDF without outline, printed by Chromium’s defaults, fails the check', async () => {
    const site = await serveStatic(dist);
    const chromium = await launchChromium();
    try {
      const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      await page.goto(new URL('fr/', site.url).href);
      const bytes = await page.pdf({ format: 'A4', tagged: false, outline: false });
      expect(await pdfProblems(new Uint8Array(bytes), 'untagged.pdf', 'fr')).toEqual([
        'untagged.pdf is not tagged (no MarkInfo Marked) (WCAG 1.3.1)',
        'untagged.pdf has no structure tree on its first page (WCAG 1.3.1)',
        'untagged.pdf is in the language "none", not "fr" (WCAG 3.1.1)',
        'untagged.pdf has no outline (bookmarks) (WCAG 2.4.5)',
      ]);
    } finally {
      await Promise.allSettled([chromium.close(), site.close()]);
    }
  });

  it('content/accessibility/evidence.json says what this check found in every PDF', () => {
    const folder = reportFolder();
    if (folder) {
      writePart('pdf', evidence, folder);
      expect(evidence.part.results).toHaveLength(pdfs.length);
    } else expect(staleMessage(staleEvidence(evidence))).toBe('');
  });
});
