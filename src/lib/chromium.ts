/**
 * Finds the machine's Chromium (for the browser tests, the cookie audit and the build's PDFs) and
 * launches it through Playwright for the tests and the audit; the build drives it directly
 * (src/lib/print-pdfs.ts).
 * Playwright's own browser download cannot run everywhere (it cannot here), so we drive a
 * system Chromium through playwright-core and say plainly how to get one when none is found.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
// Types only: the module itself is loaded by launchChromium(), so code that merely asks whether a
// browser exists (every build, through the PDF integration) never loads playwright-core.
import type { BrowserContext, BrowserContextOptions, LaunchOptions } from 'playwright-core';

const CANDIDATES = [
  // Chromium's headless shell (Debian's chromium-headless-shell), the build Playwright itself runs
  // headless: the same Blink without the desktop browser around it. Measured here it starts in
  // 0.5 s and 0.85 s of CPU, against 2.4 s and 2.1 s for the full browser. The binary itself
  // first: /usr/bin's is a script that starts it, and a browser behind a script is neither
  // ended with it nor counted in its CPU time.
  '/usr/lib/chromium/chromium-headless-shell',
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags measured on these machines: without the networking ones Chromium calls home at start. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_BROWSER_MESSAGE = [
  'No Chromium found. The browser checks need one; any of these works:',
  '  - set CHROMIUM_PATH=/path/to/chromium (or Chrome);',
  '  - install the system package: sudo apt-get install -y chromium-headless-shell (Debian; the',
  '    fastest), or chromium (Debian/Ubuntu);',
  '  - or let Playwright fetch its own: npx playwright install chromium, then set CHROMIUM_PATH',
  '    to the path it prints.',
].join('\n');

/** The Chromium to use: $CHROMIUM_PATH if set, else the first system install found. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Whether this Chromium is a headless shell (Debian's chromium-headless-shell, Playwright's). */
export const isHeadlessShell = (executable: string) =>
  /headless[-_]shell/.test(basename(executable));

export interface ChromiumSession {
  context: BrowserContext;
  /** Closes the browser and removes its throw-away profile. */
  close: () => Promise<void>;
}

/**
 * A fresh, empty profile every time, so no cookie or storage survives from another run. `args`
 * replaces CHROMIUM_ARGS (the audit adds host resolver rules to them).
 */
export async function launchChromium(
  options: BrowserContextOptions & Pick<LaunchOptions, 'args' | 'ignoreDefaultArgs'> = {},
): Promise<ChromiumSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_BROWSER_MESSAGE);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'odwb-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
