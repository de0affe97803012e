/**
 * "Download as PDF", as the live policy offers: after the build, Chromium prints each policy page
 * (print stylesheet, selectable text, the document language set) to the file its download link
 * names. Where no Chromium is found the pages are built without that link, so no build leaves a
 * link to a PDF that does not exist; if printing fails, the half-built dist/ is removed.
 *   POLICY_PDF=auto (default)  PDFs when a Chromium is found, else no PDF links (with a warning)
 *   POLICY_PDF=on              PDFs required: the build fails without a Chromium
 *   POLICY_PDF=off             no PDFs and no PDF links (fast builds, benchmarks)
 * One Chromium prints every page at once (src/lib/print-pdfs.ts), driven over its DevTools pipe,
 * so the build never loads playwright-core; each PDF carries the policy's date as the content
 * check decided it (the date the pages and exports give), so the same content gives the same bytes.
 */
import type { AstroIntegration } from 'astro';
import { stopBuild } from './stop-build.ts';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium, NO_BROWSER_MESSAGE } from '../lib/chromium.ts';
import { printPdfs, type PrintJob } from '../lib/print-pdfs.ts';
import { PRINTABLE_SCHEMES, unprintableLinks } from '../lib/pdf-links.ts';
import { attributes, elements, parseHtml } from '../lib/html.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** Each page that links to its PDF, and where that PDF goes. */
export function printJobs(out: string, base: string): PrintJob[] {
  return htmlFiles(out).flatMap((file) => {
    // A page's PDF link carries data-pdf; its href is where the PDF is written.
    const [href] = attributes(
      elements(parseHtml(readFileSync(file, 'utf8')), 'a', { 'data-pdf': true }),
      'href',
    );
    if (!href) return [];
    const page = `${relative(out, dirname(file))}/`.replace(/^\.?\//, '');
    return [{ page, pdf: join(out, href.slice(base.length)) }];
  });
}

export interface PolicyPdfOptions {
  /** The policy's date (YYYY-MM-DD) as the content check decided it: each PDF carries it. */
  policyDate: () => string | undefined;
}

/** The integration, and whether this build prints the PDFs (the pages link to them if so). */
export type PolicyPdfIntegration = AstroIntegration & { prints: () => boolean };

export default function policyPdf({ policyDate }: PolicyPdfOptions): PolicyPdfIntegration {
  let enabled = false;
  let base = '/';
  /** The PDFs being printed, and how many. */
  let printing: Promise<number> | undefined;
  return {
    name: 'odwb:policy-pdf',
    prints: () => enabled,
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        const mode = process.env.POLICY_PDF ?? 'auto';
        if (!['auto', 'on', 'off'].includes(mode)) {
          stopBuild(
            logger,
            `POLICY_PDF="${mode}" is not one of auto, on, off.`,
            'Set POLICY_PDF to auto (the default), on or off.',
          );
        }
        const browser = mode === 'off' ? undefined : findChromium();
        if (command === 'build' && mode === 'on' && !browser) {
          stopBuild(
            logger,
            `POLICY_PDF=on, but the PDFs cannot be printed.\n${NO_BROWSER_MESSAGE}`,
            'Install a Chromium as above, or build with POLICY_PDF=auto or off.',
          );
        }
        if (command === 'build' && mode === 'auto' && !browser) {
          logger.warn('No Chromium found: building without the PDF downloads (see README).');
        }
        // The pages learn it from the content check's module (content-check.ts), which asks here.
        enabled = command === 'build' && browser !== undefined;
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // Chromium starts once the pages exist, not earlier: started while Vite bundles, it slowed
      // the whole build more than its own start-up costs here (`npm run bench -- pdf`). Printing runs
      // while the steps after this one (sitemap, host files, compression) do their work, and the
      // build waits for it in astro:build:done.
      'astro:build:generated': ({ dir, logger }) => {
        if (!enabled) return;
        const out = fileURLToPath(dir);
        const jobs = printJobs(out, base);
        const unprintable = unprintableLinks(out, jobs);
        if (unprintable.length > 0) {
          stopBuild(
            logger,
            `The policy PDFs were not printed, so the build stopped: a PDF would carry a link that runs or shows something of its own when opened.\n${unprintable.map((line) => `  - ${line}`).join('\n')}`,
            `Only ${PRINTABLE_SCHEMES.map((scheme) => scheme.slice(0, -1)).join(', ')} and relative links are printed: remove these links from the policy's text, then build again.`,
          );
        }
        const date = policyDate();
        if (date === undefined)
          throw new Error('The policy PDFs need the content check to have run.');
        printing = (async () => {
          await printPdfs(out, base, jobs, new Date(`${date}T00:00:00Z`));
          return jobs.length;
        })();
        // Awaited in astro:build:done; if the build fails before that, nobody is left to tell.
        printing.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!printing) return;
        try {
          logger.info(`Printed ${await printing} policy PDFs.`);
        } catch (error) {
          rmSync(fileURLToPath(dir), { recursive: true, force: true });
          stopBuild(
            logger,
            `The policy PDFs could not be printed, so the build stopped and dist/ was left as it ` +
              `was rather than published with broken download links: ${(error as Error).message}`,
            'Build with POLICY_PDF=off to publish without PDFs.',
          );
        }
      },
    },
  };
}
