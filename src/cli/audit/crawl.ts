/**
 * The live audit: opens the start pages in a fresh headless Chromium (the browser tests' own
 * launcher), follows links to the same origins breadth-first, and after each page reads the
 * browser's cookie jar and every frame's localStorage and sessionStorage. Reading the jar (rather
 * than only Set-Cookie headers) catches cookies that scripts write; the headers seen on the way
 * tell the two apart.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium, NO_BROWSER_MESSAGE, type ChromiumSession } from '../../lib/chromium.ts';
import { AuditError } from './errors.ts';
import {
  mergeCookie,
  type Observation,
  type ObservedCookie,
  type ObservedStorageKey,
  type SkippedPage,
} from './observation.ts';
import { parseSetCookie } from './set-cookie.ts';

export interface CrawlOptions {
  urls: string[];
  /** Link hops from a start page: 0 audits only the start pages. */
  depth: number;
  maxPages: number;
  /** Per page, for loading it. */
  timeoutSeconds: number;
  /** Called before each page, for a progress line. */
  onPage?: (url: string, index: number, max: number) => void;
}

/** Links to files, not pages: a portal links to many dataset exports and they set no cookie. */
const FILE_EXTENSIONS =
  /\.(pdf|zip|gz|csv|tsv|json|geojson|jsonl|xml|rdf|ttl|xls|xlsx|ods|odt|doc|docx|ppt|pptx|kml|kmz|shp|gpx|parquet|png|jpe?g|gif|svg|webp|ico|mp3|mp4|webm|txt)$/i;

/** After `load`, scripts (tag managers, consent banners) may still write; wait at most this long. */
const SETTLE_MS = 2000;

/** What Chromium's network error codes mean, in words. */
const NET_ERRORS: Record<string, string> = {
  ERR_CONNECTION_REFUSED: 'connection refused',
  ERR_NAME_NOT_RESOLVED: 'host name not found',
  ERR_NAME_RESOLUTION_FAILED: 'host name not found',
  ERR_ADDRESS_UNREACHABLE: 'address unreachable',
  ERR_CONNECTION_RESET: 'connection reset',
  ERR_CONNECTION_CLOSED: 'connection closed',
  ERR_CONNECTION_TIMED_OUT: 'connection timed out',
  ERR_EMPTY_RESPONSE: 'the server closed the connection without answering',
  ERR_INTERNET_DISCONNECTED: 'no network',
  ERR_SSL_PROTOCOL_ERROR: 'TLS handshake failed',
  ERR_TOO_MANY_REDIRECTS: 'too many redirects',
  ERR_INVALID_RESPONSE: 'invalid response',
};

type LoadFailure = { kind: 'timeout' } | { kind: 'download' } | { kind: 'network'; reason: string };

/** Turns Playwright's error (message plus call log) into one fact a person can act on. */
function describeLoadError(error: unknown): LoadFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' };
  if (/Download is starting/.test(message)) return { kind: 'download' };
  const code = /net::(ERR_[A-Z0-9_]+)/.exec(message)?.[1];
  if (code?.startsWith('ERR_CERT_'))
    return { kind: 'network', reason: `certificate not valid, ${code}` };
  if (code) return { kind: 'network', reason: NET_ERRORS[code] ?? code };
  return { kind: 'network', reason: message.split('\n')[0] ?? message };
}

function startPageError(url: string, failure: LoadFailure, timeoutSeconds: number): AuditError {
  if (failure.kind === 'timeout') {
    return new AuditError(
      `${url} did not load within ${timeoutSeconds} s (timeout). Check that the site is up, or allow more time with --timeout <seconds>.`,
    );
  }
  if (failure.kind === 'download') {
    return new AuditError(
      `${url} is a file download, not a page. Start from a page of the portal.`,
    );
  }
  return new AuditError(
    `cannot reach ${url} (${failure.reason}). Check the address and that the site is up.`,
  );
}

const skipReason = (failure: LoadFailure, timeoutSeconds: number) =>
  failure.kind === 'timeout'
    ? `did not load within ${timeoutSeconds} s`
    : failure.kind === 'download'
      ? 'a file download, not a page'
      : failure.reason;

/** The URL without its #fragment: fragments are one page. */
function normalize(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/** Cookie names each response set, by domain, to tell header cookies from script cookies. */
class HeaderCookies {
  private readonly seen = new Set<string>();
  private readonly pending: Promise<void>[] = [];

  watch(context: BrowserContext): void {
    context.on('response', (response) => {
      const url = new URL(response.url());
      this.pending.push(
        response
          .headerValues('set-cookie')
          .then((values) => {
            for (const value of values.flatMap((line) => line.split('\n'))) {
              const parsed = parseSetCookie(value);
              if (parsed) this.seen.add(`${parsed.name}\u0000${parsed.domain ?? url.hostname}`);
            }
          })
          // A response whose page has gone (a redirect, a closed frame) has nothing to tell.
          .catch(() => undefined),
      );
    });
  }

  async settled(): Promise<void> {
    await Promise.all(this.pending.splice(0));
  }

  has(name: string, domain: string): boolean {
    return this.seen.has(`${name}\u0000${domain}`);
  }
}

async function readCookies(
  context: BrowserContext,
  headers: HeaderCookies,
  seenOn: string,
): Promise<ObservedCookie[]> {
  const jar = await context.cookies();
  const now = Date.now();
  return jar.map((cookie) => {
    const domain = cookie.domain.replace(/^\./, '');
    const session = cookie.expires === -1;
    return {
      storage: 'http-cookie',
      name: cookie.name,
      domain,
      path: cookie.path,
      lifetimeSeconds: session ? undefined : Math.round(cookie.expires - now / 1000),
      expires: session ? undefined : new Date(cookie.expires * 1000).toISOString(),
      httpOnly: cookie.httpOnly,
      secure: cookie.secure,
      sameSite: cookie.sameSite,
      setBy: headers.has(cookie.name, domain) ? 'header' : 'script',
      seenOn,
    };
  });
}

/** Keys in every frame's storage: embedded third-party frames store things too. */
async function readStorage(page: Page, seenOn: string): Promise<ObservedStorageKey[]> {
  const found: ObservedStorageKey[] = [];
  for (const frame of page.frames()) {
    try {
      const keys = await frame.evaluate(() => ({
        origin: location.origin,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      }));
      for (const name of keys.local)
        found.push({ storage: 'local-storage', name, origin: keys.origin, seenOn });
      for (const name of keys.session) {
        found.push({ storage: 'session-storage', name, origin: keys.origin, seenOn });
      }
    } catch {
      // about:blank, sandboxed or detached frames have no storage to read.
    }
  }
  return found;
}

async function readLinks(page: Page): Promise<string[]> {
  try {
    return await page.$$eval('a[href], area[href]', (links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
  } catch {
    return [];
  }
}

export async function crawl(options: CrawlOptions): Promise<Observation> {
  const { depth, maxPages, timeoutSeconds } = options;
  let session: ChromiumSession;
  try {
    session = await launchChromium();
  } catch (error) {
    if (error instanceof Error && error.message === NO_BROWSER_MESSAGE) {
      throw new AuditError(
        NO_BROWSER_MESSAGE.replace('The browser checks need', 'The audit needs'),
      );
    }
    throw new AuditError(`Chromium did not start (${(error as Error).message.split('\n')[0]}).`);
  }
  const cookies = new Map<string, ObservedCookie>();
  const storage = new Map<string, ObservedStorageKey>();
  const pages: string[] = [];
  const skipped: SkippedPage[] = [];
  try {
    const { context } = session;
    const headers = new HeaderCookies();
    headers.watch(context);
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeoutSeconds * 1000);
    const origins = new Set(options.urls.map((url) => new URL(url).origin));
    const queue = options.urls.map((url) => ({ url: normalize(url), hops: 0, start: true }));
    const queued = new Set(queue.map((item) => item.url));
    while (queue.length > 0 && pages.length + skipped.length < maxPages) {
      const { url, hops, start } = queue.shift()!;
      options.onPage?.(url, pages.length + skipped.length + 1, maxPages);
      try {
        await page.goto(url, { waitUntil: 'load', timeout: timeoutSeconds * 1000 });
      } catch (error) {
        const failure = describeLoadError(error);
        if (start) throw startPageError(url, failure, timeoutSeconds);
        skipped.push({ url, reason: skipReason(failure, timeoutSeconds) });
        continue;
      }
      await page
        .waitForLoadState('networkidle', { timeout: Math.min(SETTLE_MS, timeoutSeconds * 1000) })
        .catch(() => undefined);
      await headers.settled();
      pages.push(url);
      // A start page that redirects (http to https, bare domain to www) makes its target's
      // origin the one to explore.
      if (start) origins.add(new URL(page.url()).origin);
      for (const cookie of await readCookies(context, headers, url)) mergeCookie(cookies, cookie);
      for (const key of await readStorage(page, url)) {
        const id = `${key.storage}\u0000${key.origin}\u0000${key.name}`;
        if (!storage.has(id)) storage.set(id, key);
      }
      if (hops >= depth) continue;
      for (const link of await readLinks(page)) {
        if (!URL.canParse(link)) continue;
        const target = new URL(normalize(link));
        if (!origins.has(target.origin) || FILE_EXTENSIONS.test(target.pathname)) continue;
        if (queued.has(target.href)) continue;
        queued.add(target.href);
        queue.push({ url: target.href, hops: hops + 1, start: false });
      }
    }
  } finally {
    await session.close().catch(() => undefined);
  }
  return {
    source: { kind: 'crawl', urls: options.urls },
    pages,
    skipped,
    cookies: [...cookies.values()],
    storage: [...storage.values()],
  };
}
