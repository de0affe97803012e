/**
 * The audit visits as an ordinary visitor would: a desktop Chromium that does not say it is
 * automated. Consent managers may hide from automated browsers (vanilla-cookieconsent 3 shows no
 * banner when `navigator.webdriver` is true or the user agent looks like a bot), and a portal may
 * serve them another page: an audit that looks like a bot audits something no visitor sees.
 *
 * - No automation flag: Playwright's `--enable-automation` is left out and Blink's
 *   AutomationControlled feature is off, so `navigator.webdriver` is false.
 * - The user agent of the desktop Chrome of the same version, as Chrome itself reduces it
 *   (`Chrome/156.0.0.0`), not `HeadlessChrome`, on the machine's real platform; the client hints
 *   (`Sec-CH-UA`, navigator.userAgentData) of a plain Chromium of that version.
 * - A common desktop window (1366 × 768) and one language, American English, in
 *   `navigator.language` and the `Accept-Language` header alike, the same for every state of
 *   consent, so the three visits differ only by the answer given to the banner.
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, BrowserContextOptions, LaunchOptions, Page } from 'playwright-core';

export const VISITOR_LOCALE = 'en-US';
export const VISITOR_VIEWPORT = { width: 1366, height: 768 };

/** The version the browser states (`Chromium 156.0.8078.129`, `Google Chrome 156.…`). */
export function browserVersion(executablePath: string): string | undefined {
  try {
    const stated = execFileSync(executablePath, ['--version'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    return /\d+\.\d+\.\d+\.\d+/.exec(stated)?.[0];
  } catch {
    return undefined;
  }
}

const PLATFORMS: Partial<Record<NodeJS.Platform, { agent: string; hint: string }>> = {
  linux: { agent: 'X11; Linux x86_64', hint: 'Linux' },
  darwin: { agent: 'Macintosh; Intel Mac OS X 10_15_7', hint: 'macOS' },
  win32: { agent: 'Windows NT 10.0; Win64; x64', hint: 'Windows' },
};
const platformOf = (platform: NodeJS.Platform) => PLATFORMS[platform] ?? PLATFORMS.linux!;

/** Chrome's reduced user agent for this version and platform. */
export const userAgentFor = (version: string, platform: NodeJS.Platform = process.platform) =>
  `Mozilla/5.0 (${platformOf(platform).agent}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${version.split('.')[0]}.0.0.0 Safari/537.36`;

/**
 * The user-agent client hints (`Sec-CH-UA`, navigator.userAgentData) of a plain Chromium of this
 * version: a headless shell otherwise names itself `HeadlessChrome` there.
 */
export const clientHintsFor = (version: string, platform: NodeJS.Platform = process.platform) => ({
  brands: [
    { brand: 'Chromium', version: version.split('.')[0]! },
    { brand: 'Not:A-Brand', version: '8' },
  ],
  fullVersionList: [
    { brand: 'Chromium', version },
    { brand: 'Not:A-Brand', version: '8.0.0.0' },
  ],
  platform: platformOf(platform).hint,
  platformVersion: '',
  architecture: 'x86',
  model: '',
  mobile: false,
  bitness: '64',
  wow64: false,
});

export interface Visitor {
  /** For launchChromium, on top of the shared flags. */
  launch: BrowserContextOptions & Pick<LaunchOptions, 'ignoreDefaultArgs'>;
  args: string[];
  /** Gives a page the visitor's client hints; call it before the page's first navigation. */
  present: (context: BrowserContext, page: Page) => Promise<void>;
}

/** The ordinary visitor for this browser. */
export function ordinaryVisitor(executablePath: string | undefined): Visitor {
  const version = executablePath ? browserVersion(executablePath) : undefined;
  const userAgent = version && userAgentFor(version);
  return {
    launch: {
      ...(userAgent ? { userAgent } : {}),
      locale: VISITOR_LOCALE,
      viewport: VISITOR_VIEWPORT,
      ignoreDefaultArgs: ['--enable-automation'],
    },
    args: ['--disable-blink-features=AutomationControlled'],
    present: async (context, page) => {
      if (!version || !userAgent) return;
      // The session stays open with the page: its override lasts as long as the session.
      const session = await context.newCDPSession(page);
      await session.send('Emulation.setUserAgentOverride', {
        userAgent,
        acceptLanguage: VISITOR_LOCALE,
        platform: platformOf(process.platform).agent.includes('Linux') ? 'Linux x86_64' : '',
        userAgentMetadata: clientHintsFor(version),
      });
    },
  };
}
