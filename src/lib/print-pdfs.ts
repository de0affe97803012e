/**
 * Prints the policy pages of a built dist/ to PDF, in one Chromium driven over its DevTools pipe
 * (devtools-pipe.ts), every page in its own tab and all at once. Every PDF carries the policy's
 * date, not the clock, and stable structure IDs, so the same content prints to the same bytes
 * (reproducible-pdf.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CHROMIUM_ARGS, findChromium, isHeadlessShell, NO_BROWSER_MESSAGE } from './chromium.ts';
import { startDevToolsBrowser, type DevToolsBrowser } from './devtools-pipe.ts';
import { reproduciblePdf } from './reproducible-pdf.ts';
import { serveStatic } from './static-server.ts';

export interface PrintJob {
  /** The page's URL path below the site's base, e.g. `fr/` or `` for the root. */
  page: string;
  /** Where its PDF is written. */
  pdf: string;
}

const inches = (millimetres: number) => millimetres / 25.4;
/** CSS pixels (96 to the inch) in that many millimetres. */
const pixels = (millimetres: number) => Math.round(inches(millimetres) * 96);

/** A4 with the margins the print stylesheet was designed for; tagged, with an outline. */
const PAGE = {
  paperWidth: inches(210),
  paperHeight: inches(297),
  marginTop: inches(16),
  marginBottom: inches(16),
  marginLeft: inches(14),
  marginRight: inches(14),
  generateTaggedPDF: true,
  generateDocumentOutline: true,
};

/** The page's printed area (A4 less the margins above), as a window of that size. */
const PRINTED_AREA = {
  width: pixels(210 - 14 - 14),
  height: pixels(297 - 16 - 16),
  deviceScaleFactor: 1,
  mobile: false,
};

/**
 * Starts the Chromium that prints. A headless shell runs as one process (--single-process), which
 * halves its start-up and its CPU; it prints only the build's own pages, so the isolation of a
 * process per page buys nothing here. The full browser crashes in that mode, so it keeps its
 * processes.
 */
export function startPrinter(): DevToolsBrowser {
  const executable = findChromium();
  if (!executable) throw new Error(NO_BROWSER_MESSAGE);
  const oneProcess = isHeadlessShell(executable) ? ['--single-process'] : [];
  return startDevToolsBrowser(executable, [...CHROMIUM_ARGS, ...oneProcess]);
}

/** Loads one page in a new tab, checks it was found, and returns it printed. */
async function printPage(browser: DevToolsBrowser, url: string): Promise<Buffer> {
  const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', {
    url: 'about:blank',
  });
  const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', {
    targetId,
    flatten: true,
  });
  await Promise.all([
    browser.send('Page.enable', {}, sessionId),
    browser.send('Network.enable', {}, sessionId),
    // Laid out for print from the start, at the width of the printed area, so printing does not
    // lay the page out a second time: a tenth of the printing time.
    browser.send('Emulation.setEmulatedMedia', { media: 'print' }, sessionId),
    browser.send('Emulation.setDeviceMetricsOverride', PRINTED_AREA, sessionId),
  ]);
  const answered = browser.next<{ type: string; response: { status: number } }>(
    'Network.responseReceived',
    sessionId,
    (event) => event.type === 'Document',
  );
  const loaded = browser.next('Page.loadEventFired', sessionId);
  const { errorText } = await browser.send<{ errorText?: string }>(
    'Page.navigate',
    { url },
    sessionId,
  );
  if (errorText) throw new Error(`${url} could not be loaded: ${errorText}`);
  const { status } = (await answered).response;
  if (status !== 200) throw new Error(`${url} answered ${status} instead of the page`);
  await loaded;
  const { data } = await browser.send<{ data: string }>('Page.printToPDF', PAGE, sessionId);
  await browser.send('Target.closeTarget', { targetId });
  return Buffer.from(data, 'base64');
}

/**
 * Prints every job, then closes the browser. `browser` is one started earlier (the build starts
 * it while Astro renders the pages, so its start-up overlaps that work); without it, one is
 * started here.
 */
export async function printPdfs(
  distDir: string,
  base: string,
  jobs: PrintJob[],
  policyDate: Date,
  browser: DevToolsBrowser = startPrinter(),
): Promise<void> {
  try {
    const site = await serveStatic(distDir, base);
    try {
      await Promise.all(
        jobs.map(async (job) => {
          const pdf = await printPage(browser, new URL(job.page, site.url).href);
          mkdirSync(dirname(job.pdf), { recursive: true });
          writeFileSync(job.pdf, reproduciblePdf(pdf, policyDate));
        }),
      );
    } finally {
      await site.close();
    }
  } finally {
    await browser.close();
  }
}
