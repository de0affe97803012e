/**
 * The same content prints to the same bytes: the PDFs of the test build, printed again later
 * (so the clock has moved on) from the same pages, are byte for byte the PDFs the build wrote.
 * A deploy then uploads a PDF only when the policy changed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { printJobs } from '../../../src/integrations/policy-pdf.ts';
import { builtPolicyDate } from '../../support/built-policy-date.ts';
import { printPdfs } from '../../../src/lib/print-pdfs.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';

const dist = inject('distDir');
const again = mkdtempSync(join(tmpdir(), 'odwb-pdf-again-'));
afterAll(() => rmSync(again, { recursive: true, force: true }));

describeWithBrowser('the policy PDFs', () => {
  it('are byte-identical when the same pages are printed again', async () => {
    cpSync(dist, again, { recursive: true });
    const jobs = printJobs(again, '/');
    expect(jobs.map((job) => relative(again, job.pdf)).sort()).toEqual(
      localeCodes.map((locale) => join(locale, `cookie-policy-${locale}.pdf`)).sort(),
    );
    // Printed over the copies, so a file that is not rewritten would compare equal: remove them.
    for (const job of jobs) rmSync(job.pdf);
    await printPdfs(again, '/', jobs, builtPolicyDate(again));
    for (const job of jobs) {
      const name = relative(again, job.pdf);
      const first = readFileSync(join(dist, name));
      const second = readFileSync(job.pdf);
      expect(second.length, name).toBeGreaterThan(10_000);
      expect(second.equals(first), `${name} differs between two prints`).toBe(true);
    }
  });
});
