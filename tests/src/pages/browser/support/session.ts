/**
 * One Chromium for the whole browser-check file, against the built dist/ served on 127.0.0.1: a
 * few tabs lent to one check at a time (so checks run side by side), every request recorded for
 * the privacy check, and the browser and server closed at the end, even after a failure.
 */
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../../../../../src/lib/chromium.ts';
import { serveStatic, type StaticSite } from '../../../../support/static-server.ts';
import type { Scheme } from './site.ts';

/** Tabs working side by side: two keep both cores of the build machines busy. */
const TABS = 2;

export interface RecordedRequest {
  url: string;
  /** The URL of the page that made it. */
  from: string;
}

export interface OpenOptions {
  width?: number;
  scheme?: Scheme;
  media?: 'screen' | 'print';
}

export class BrowserSession {
  readonly requests: RecordedRequest[] = [];
  private site: StaticSite | undefined;
  private chromium: ChromiumSession | undefined;
  private readonly freeTabs: Page[] = [];
  private readonly waitingForTab: ((page: Page) => void)[] = [];

  /** Serves dist/ and starts the browser; on failure, closes what had started. */
  async start(distDir: string): Promise<void> {
    try {
      this.site = await serveStatic(distDir);
      this.chromium = await launchChromium({ viewport: { width: 1280, height: 800 } });
      const { context } = this.chromium;
      context.setDefaultTimeout(15_000);
      context.on('request', (request) => {
        let from = '(no page)';
        try {
          from = request.frame().url();
        } catch {
          // A request from no frame (a worker) is still recorded, by its URL.
        }
        this.requests.push({ url: request.url(), from });
      });
      this.freeTabs.push(context.pages()[0] ?? (await context.newPage()));
      while (this.freeTabs.length < TABS) this.freeTabs.push(await context.newPage());
    } catch (error) {
      await this.close();
      throw error;
    }
  }

  async close(): Promise<void> {
    const [chromium, site] = [this.chromium, this.site];
    this.chromium = undefined;
    this.site = undefined;
    await Promise.allSettled([chromium?.close(), site?.close()]);
  }

  /** The local server's origin and base, e.g. http://127.0.0.1:41234/ */
  get url(): string {
    if (!this.site) throw new Error('the browser session has not started');
    return this.site.url;
  }

  /** Every cookie the browser holds, from any page. */
  cookies() {
    if (!this.chromium) throw new Error('the browser session has not started');
    return this.chromium.context.cookies();
  }

  /** Lends a tab to one check at a time, so concurrent checks share the browser's few tabs. */
  async withTab<R>(check: (page: Page) => Promise<R>): Promise<R> {
    const page =
      this.freeTabs.pop() ?? (await new Promise<Page>((lend) => this.waitingForTab.push(lend)));
    try {
      return await check(page);
    } finally {
      const next = this.waitingForTab.shift();
      if (next) next(page);
      else this.freeTabs.push(page);
    }
  }

  /** Loads a page of the site, as a fresh document, at a width, in a colour scheme, for a medium. */
  async open(page: Page, path: string, options: OpenOptions = {}): Promise<void> {
    const { width = 1280, scheme = 'light', media = 'screen' } = options;
    await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
    await page.emulateMedia({ colorScheme: scheme, media });
    const url = new URL(path.replace(/^\//, ''), this.url);
    // A URL that differs only by its #fragment would not load a new document: go via about:blank.
    if (page.url().replace(/#.*/, '') === url.href.replace(/#.*/, '')) {
      await page.goto('about:blank');
    }
    const response = await page.goto(url.href);
    if (!response?.ok()) throw new Error(`${path} answers ${response?.status()}`);
  }
}
