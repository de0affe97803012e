/**
 * Prints the policy pages of a built dist/ to PDF: one Chromium, one tab per page, all pages at
 * once (printing is mostly Chromium's own work, spread over its processes, so the pages print side
 * by side instead of one after another). Every PDF carries the policy's date, not the clock, and
 * stable structure IDs, so the same content prints to the same bytes (reproducible-pdf.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium, type ChromiumSession } from './chromium.ts';
import { reproduciblePdf } from './reproducible-pdf.ts';
import { serveStatic } from './static-server.ts';

export interface PrintJob {
  /** The page's URL path below the site's base, e.g. `fr/` or `` for the root. */
  page: string;
  /** Where its PDF is written. */
  pdf: string;
}

/** A4 with the margins the print stylesheet was designed for. */
const PAGE = {
  format: 'A4',
  margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
  tagged: true,
  outline: true,
} as const;

/**
 * Prints every job, then closes the browser. `starting` is a browser launched earlier (the build
 * starts one while Astro renders the pages, so its start-up overlaps that work); without it, one
 * is launched here.
 */
export async function printPdfs(
  distDir: string,
  base: string,
  jobs: PrintJob[],
  policyDate: Date,
  starting: Promise<ChromiumSession> = launchChromium(),
): Promise<void> {
  const site = await serveStatic(distDir, base);
  const browser = await starting.catch(async (error: unknown) => {
    await site.close();
    throw error;
  });
  try {
    await Promise.all(
      jobs.map(async (job) => {
        const tab = await browser.context.newPage();
        await tab.emulateMedia({ media: 'print' });
        await tab.goto(new URL(job.page, site.url).href, { waitUntil: 'load' });
        const pdf = await tab.pdf(PAGE);
        await tab.close();
        mkdirSync(dirname(job.pdf), { recursive: true });
        writeFileSync(job.pdf, reproduciblePdf(pdf, policyDate));
      }),
    );
  } finally {
    await browser.close();
    await site.close();
  }
}
