/**
 * "Download as PDF", as the live policy offers: after the build, Chromium prints each policy page
 * (print stylesheet, selectable text, the document language set) to the file its download link
 * names. Where no Chromium is found the pages are built without that link, so no build leaves a
 * link to a PDF that does not exist; if printing fails, the half-built dist/ is removed.
 *   POLICY_PDF=auto (default)  PDFs when a Chromium is found, else no PDF links (with a warning)
 *   POLICY_PDF=on              PDFs required: the build fails without a Chromium
 *   POLICY_PDF=off             no PDFs and no PDF links (fast builds, benchmarks)
 * Chromium starts when the build starts (its start-up overlaps Astro's work) and prints every page
 * at once (src/lib/print-pdfs.ts); each PDF carries the policy's date, so the same content gives
 * the same bytes. playwright-core, which drives Chromium, is loaded only when PDFs are printed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  findChromium,
  launchChromium,
  NO_BROWSER_MESSAGE,
  type ChromiumSession,
} from '../lib/chromium.ts';
import { printPdfs, type PrintJob } from '../lib/print-pdfs.ts';

/** The attribute that marks a page's PDF link; its href is where the PDF is written. */
const PDF_LINK =
  /<a[^>]*\bdata-pdf\b[^>]*\bhref="([^"]+)"|<a[^>]*\bhref="([^"]+)"[^>]*\bdata-pdf\b/;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Each page that links to its PDF, and where that PDF goes. */
export function printJobs(out: string, base: string): PrintJob[] {
  return htmlFiles(out).flatMap((file) => {
    const match = PDF_LINK.exec(readFileSync(file, 'utf8'));
    const href = match?.[1] ?? match?.[2];
    if (!href) return [];
    const page = `${relative(out, dirname(file))}/`.replace(/^\.?\//, '');
    return [{ page, pdf: join(out, href.slice(base.length)) }];
  });
}

/**
 * The date the PDFs carry: the policy's date as the build published it in cookies.json
 * (`updated`, from policyUpdated() in src/data/collections.ts), so the PDFs and the exports
 * change together and never with the clock.
 */
export function policyDateOfBuild(out: string): Date {
  const file = join(out, 'cookies.json');
  const { updated } = JSON.parse(readFileSync(file, 'utf8')) as { updated?: string };
  const date = new Date(`${updated}T00:00:00Z`);
  if (!updated || Number.isNaN(date.getTime())) {
    throw new Error(`${file} has no "updated" date (YYYY-MM-DD) to stamp the PDFs with`);
  }
  return date;
}

/** An error Astro prints as the build's own (message and hint, no trace of this file). */
function buildError(message: string, hint: string): AstroError {
  const error = new AstroError(message, hint);
  error.name = 'PolicyPdfError';
  error.stack = '';
  return error;
}

export default function policyPdf(): AstroIntegration {
  let enabled = false;
  let base = '/';
  /** Launched when the build starts, so Chromium starts up while Astro renders the pages. */
  let browser: Promise<ChromiumSession> | undefined;
  return {
    name: 'odwb:policy-pdf',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, logger }) => {
        const mode = process.env.POLICY_PDF ?? 'auto';
        if (!['auto', 'on', 'off'].includes(mode)) {
          throw buildError(
            `POLICY_PDF="${mode}" is not one of auto, on, off.`,
            'Set POLICY_PDF to auto (the default), on or off.',
          );
        }
        const browser = mode === 'off' ? undefined : findChromium();
        if (command === 'build' && mode === 'on' && !browser) {
          throw buildError(
            `POLICY_PDF=on, but the PDFs cannot be printed.\n${NO_BROWSER_MESSAGE}`,
            'Install a Chromium as above, or build with POLICY_PDF=auto or off.',
          );
        }
        if (command === 'build' && mode === 'auto' && !browser) {
          logger.warn('No Chromium found: building without the PDF downloads (see README).');
        }
        enabled = command === 'build' && browser !== undefined;
        // A plain global, not import.meta.env: Vitest copies env defines into process.env.
        updateConfig({ vite: { define: { __POLICY_PDF__: JSON.stringify(enabled) } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:start': () => {
        if (!enabled) return;
        browser = launchChromium();
        // Awaited in astro:build:done; if the build fails first, Playwright ends Chromium on exit.
        browser.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!enabled) return;
        const out = fileURLToPath(dir);
        const jobs = printJobs(out, base);
        try {
          await printPdfs(out, base, jobs, policyDateOfBuild(out), browser);
          logger.info(`Printed ${jobs.length} policy PDFs.`);
        } catch (error) {
          rmSync(out, { recursive: true, force: true });
          throw buildError(
            `The policy PDFs could not be printed, so the build stopped and dist/ was left as it ` +
              `was rather than published with broken download links: ${(error as Error).message}`,
            'Build with POLICY_PDF=off to publish without PDFs.',
          );
        }
      },
    },
  };
}
