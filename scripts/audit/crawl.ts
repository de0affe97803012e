/**
 * The live audit: opens the start pages in a fresh headless Chromium (the browser tests' own
 * launcher) and follows links to the same origins breadth-first. It listens to the wire (every
 * Set-Cookie header, every script write through the page probe, every request to another host)
 * and after each page asks the browser's jar which cookies it really kept, and every frame which
 * storage keys it holds. Lifetimes come from the wire; the jar only says what exists.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  findChromium,
  launchChromium,
  NO_BROWSER_MESSAGE,
  type ChromiumSession,
} from '../../src/lib/chromium.ts';
import type { ConsentState } from './consent-states.ts';
import { AuditError } from './errors.ts';
import {
  describeLoadError,
  describeStatus,
  errorStartPage,
  skipReason,
  startPageError,
} from './load-errors.ts';
import {
  cookieKey,
  countRequest,
  mergeCookie,
  type HostRequests,
  type Observation,
  type ObservedCookie,
  type ObservedStorageKey,
  type SkippedPage,
  type UnreadableStorage,
} from './observation.ts';
import { pageProbe, PROBE_BINDING, type ProbeWrite } from './page-probe.ts';
import { MAX_LISTED, readFrameStorage, type FrameStorage } from './read-storage.ts';
import { isDeletion, readCookieLine, responseTime, splitLines } from './set-cookie.ts';
import { ordinaryVisitor, type Visitor } from './visitor.ts';

export interface CrawlOptions {
  urls: string[];
  /** Link hops from a start page: 0 audits only the start pages. */
  depth: number;
  maxPages: number;
  /** Per page, for loading it. */
  timeoutSeconds: number;
  /** Called before each page, for a progress line. */
  onPage?: ((url: string, index: number, max: number) => void) | undefined;
  /** The state of consent this visit stands for; every sighting carries it. */
  state?: ConsentState;
  /** Before the first page opens (e.g. to expose the consent rules' binding). */
  prepare?: ((context: BrowserContext) => Promise<void>) | undefined;
  /** Once the first page has loaded, before it is read: finds or answers the consent banner. */
  onFirstPage?: ((page: Page) => Promise<void>) | undefined;
  /** Once every later page has settled, before it is read: checks the consent answer was kept. */
  onLaterPage?: ((page: Page) => Promise<void>) | undefined;
  /** Keep a screenshot and the source of the first page, as it is after onFirstPage. */
  capture?: boolean;
  /** Record every request and response, with cookie headers, in this HAR file. */
  harPath?: string | undefined;
  /** Host names to send to another address (Chromium's host resolver rules), host to IP. */
  resolve?: Record<string, string>;
}

/** The first page as the visitor saw it, for the evidence folder. */
export interface FirstPageCapture {
  screenshot: Buffer;
  source: string;
}

/** Links to files, not pages: a portal links to many dataset exports and they set no cookie. */
const FILE_EXTENSIONS =
  /\.(pdf|zip|gz|csv|tsv|json|geojson|jsonl|xml|rdf|ttl|xls|xlsx|ods|odt|doc|docx|ppt|pptx|kml|kmz|shp|gpx|parquet|png|jpe?g|gif|svg|webp|ico|mp3|mp4|webm|txt)$/i;

/** After `load`, scripts (tag managers, consent banners) may still write; wait at most this long. */
const SETTLE_MS = 2000;

/** The URL without its #fragment: fragments are one page. */
function normalize(href: string): string {
  const url = new URL(href);
  url.hash = '';
  return url.href;
}

/**
 * Everything the wire says while one page loads: cookies by header and by script (in the order
 * they were set), storage writes with their script, and requests by host.
 */
class Wire {
  page = '';
  state: ConsentState | undefined;
  cookies: ObservedCookie[] = [];
  readonly storageWriters = new Map<string, ObservedStorageKey['evidence']>();
  readonly hosts = new Map<string, HostRequests>();
  /** Set-Cookie lines the reader failed on: reported, never silently dropped. */
  readonly unread: { line: string; response: string; reason: string }[] = [];
  private readonly pending: Promise<void>[] = [];

  async listen(context: BrowserContext): Promise<void> {
    await context.exposeBinding(PROBE_BINDING, ({ frame }, write: ProbeWrite) => {
      const url = new URL(frame.url());
      const evidence = {
        setBy: 'script' as const,
        page: this.page,
        time: new Date(write.at).toISOString(),
        ...(this.state ? { state: this.state } : {}),
        ...(write.kind === 'cookie' ? { header: write.text } : {}),
        ...(write.script ? { script: write.script } : {}),
        ...(write.line ? { line: write.line } : {}),
      };
      if (write.kind !== 'cookie') {
        const id = `${write.kind}\u0000${url.origin}\u0000${write.text}`;
        if (!this.storageWriters.has(id)) this.storageWriters.set(id, evidence);
        return;
      }
      const cookie = readCookieLine(write.text, url, write.at, evidence);
      if (cookie) this.cookies.push(cookie);
    });
    await context.addInitScript(pageProbe, PROBE_BINDING);
    context.on('request', (request) => {
      const url = new URL(request.url());
      // An HSTS upgrade is the browser's own internal redirect of the very same request to
      // https: it never reached the network as http, so it is one request, counted once.
      const from = request.redirectedFrom();
      if (from && isHstsUpgrade(from.url(), url)) return;
      if (url.protocol === 'http:' || url.protocol === 'https:') {
        countRequest(this.hosts, url.hostname, this.page, request.resourceType(), {
          url: url.href,
          type: request.resourceType(),
          page: this.page,
          time: new Date().toISOString(),
          ...(this.state ? { state: this.state } : {}),
        });
      }
    });
    context.on('response', (response) => {
      const arrivedAt = Date.now();
      const url = new URL(response.url());
      this.pending.push(
        Promise.all([response.headerValues('set-cookie'), response.headerValue('date')])
          .then(([values, date]) => {
            const setAt = responseTime(date, arrivedAt);
            for (const line of values.flatMap(splitLines)) {
              // One line the reader cannot make sense of must not take the others with it.
              try {
                const evidence = {
                  setBy: 'header' as const,
                  page: this.page,
                  time: new Date(arrivedAt).toISOString(),
                  ...(this.state ? { state: this.state } : {}),
                  response: url.href,
                  header: line,
                };
                const cookie = readCookieLine(line, url, setAt, evidence);
                if (cookie) this.cookies.push(cookie);
              } catch (error) {
                this.unread.push({ line, response: url.href, reason: (error as Error).message });
              }
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
}

/**
 * The cookies this page set, as the wire stated them, for those the jar kept; a jar cookie the
 * wire did not show (cookieStore, a frame the probe could not reach) keeps the jar's lifetime.
 */
async function readCookies(
  context: BrowserContext,
  wire: Wire,
  known: Map<string, ObservedCookie>,
): Promise<{ cookies: ObservedCookie[]; dropped: ObservedCookie[] }> {
  const jar = await context.cookies();
  const kept = new Set(
    jar.map((cookie) => cookieKey({ ...cookie, domain: cookie.domain.replace(/^\./, '') })),
  );
  // Headers are read asynchronously and may be reported after a script's write: list a page's
  // header cookies first (its own response's arrive before its scripts run), each kind in order.
  const written = wire.cookies.splice(0);
  const fromWire = [...written]
    .sort((a, b) => Number(a.evidence.setBy === 'script') - Number(b.evidence.setBy === 'script'))
    .filter((cookie) => !isDeletion(cookie) && kept.has(cookieKey(cookie)));
  const wireKeys = new Set(fromWire.map(cookieKey));
  // Set on the wire, never deleted since, yet not in the jar: the browser evicted it (Chromium
  // keeps 180 cookies per domain) or refused it. Named, so nothing the portal sets goes unseen.
  const last = new Map<string, ObservedCookie>();
  for (const cookie of written) last.set(cookieKey(cookie), cookie);
  const dropped = [...last.values()].filter(
    (cookie) => !isDeletion(cookie) && !kept.has(cookieKey(cookie)),
  );
  const now = Date.now();
  const fromJar = jar
    .map((cookie) => ({ ...cookie, domain: cookie.domain.replace(/^\./, '') }))
    .filter((cookie) => !wireKeys.has(cookieKey(cookie)) && !known.has(cookieKey(cookie)))
    .map((cookie): ObservedCookie => {
      const session = cookie.expires === -1;
      return {
        storage: 'http-cookie',
        name: cookie.name,
        domain: cookie.domain,
        path: cookie.path,
        lifetimeSeconds: session ? undefined : Math.round(cookie.expires - now / 1000),
        expires: session ? undefined : new Date(cookie.expires * 1000).toISOString(),
        httpOnly: cookie.httpOnly,
        secure: cookie.secure,
        sameSite: cookie.sameSite,
        evidence: {
          setBy: 'jar',
          page: wire.page,
          time: new Date(now).toISOString(),
          ...(wire.state ? { state: wire.state } : {}),
        },
        refreshedOn: [],
      };
    });
  return { cookies: [...fromWire, ...fromJar], dropped };
}

/**
 * Every frame's storage (read-storage.ts): embedded third-party frames store things too. Each item
 * carries the script that created it when the probe saw it, else the page it was found on.
 */
async function readStorage(
  page: Page,
  wire: Wire,
  unreadable: UnreadableStorage[],
): Promise<ObservedStorageKey[]> {
  const found: ObservedStorageKey[] = [];
  const time = new Date().toISOString();
  for (const frame of page.frames()) {
    let storage: FrameStorage;
    try {
      storage = await frame.evaluate(readFrameStorage, MAX_LISTED);
    } catch {
      // about:blank, sandboxed or detached frames have no storage to read.
      continue;
    }
    for (const item of storage.found) {
      const evidence = wire.storageWriters.get(
        `${item.storage}\u0000${storage.origin}\u0000${item.name}`,
      ) ?? {
        setBy: 'script' as const,
        page: wire.page,
        time,
        ...(wire.state ? { state: wire.state } : {}),
      };
      found.push({
        storage: item.storage,
        name: item.name,
        origin: storage.origin,
        evidence: item.detail ? { ...evidence, detail: item.detail } : evidence,
      });
    }
    for (const problem of storage.unreadable) {
      unreadable.push({ ...problem, origin: storage.origin, page: wire.page });
    }
  }
  return found;
}

async function readPage(page: Page): Promise<{ links: string[]; lang: string }> {
  try {
    return await page.evaluate(() => ({
      links: [...document.querySelectorAll<HTMLAnchorElement>('a[href], area[href]')].map(
        (link) => link.href,
      ),
      lang: document.documentElement.lang,
    }));
  } catch {
    return { links: [], lang: '' };
  }
}

async function launch(options: CrawlOptions, visitor: Visitor): Promise<ChromiumSession> {
  const rules = Object.entries(options.resolve ?? {}).map(([host, ip]) => `MAP ${host} ${ip}`);
  try {
    return await launchChromium({
      ...visitor.launch,
      args: [
        ...CHROMIUM_ARGS,
        ...visitor.args,
        ...(rules.length > 0 ? [`--host-resolver-rules=${rules.join(', ')}`] : []),
      ],
      ...(options.harPath ? { recordHar: { path: options.harPath, content: 'omit' } } : {}),
    });
  } catch (error) {
    if (error instanceof Error && error.message === NO_BROWSER_MESSAGE) {
      throw new AuditError(
        NO_BROWSER_MESSAGE.replace('The browser checks need', 'The audit needs'),
      );
    }
    throw new AuditError(`Chromium did not start (${(error as Error).message.split('\n')[0]}).`);
  }
}

export async function crawl(
  options: CrawlOptions,
): Promise<Observation & { firstPage: FirstPageCapture | undefined }> {
  const { depth, maxPages, timeoutSeconds } = options;
  const startedAt = new Date().toISOString();
  const visitor = ordinaryVisitor(findChromium());
  const session = await launch(options, visitor);
  let firstPage: FirstPageCapture | undefined;
  const cookies = new Map<string, ObservedCookie>();
  const storage = new Map<string, ObservedStorageKey>();
  const pages: string[] = [];
  const skipped: SkippedPage[] = [];
  const notChecked: string[] = [];
  const unreadable: UnreadableStorage[] = [];
  const notKept = new Map<string, ObservedCookie>();
  const languages = new Set<string>();
  const origins = new Set(options.urls.map((url) => new URL(url).origin));
  const wire = new Wire();
  wire.state = options.state;
  const { context } = session;
  const browser = `Chromium ${context.browser()?.version() ?? ''}`.trim();
  try {
    await wire.listen(context);
    await options.prepare?.(context);
    const page = context.pages()[0] ?? (await context.newPage());
    await visitor.present(context, page);
    page.setDefaultTimeout(timeoutSeconds * 1000);
    const queue = options.urls.map((url) => ({ url: normalize(url), hops: 0, start: true }));
    const queued = new Set(queue.map((item) => item.url));
    while (queue.length > 0 && pages.length + skipped.length < maxPages) {
      const { url, hops, start } = queue.shift()!;
      options.onPage?.(url, pages.length + skipped.length + 1, maxPages);
      wire.page = url;
      let status: number | undefined;
      try {
        const response = await page.goto(url, {
          waitUntil: 'load',
          timeout: timeoutSeconds * 1000,
        });
        status = response?.status();
      } catch (error) {
        const failure = describeLoadError(error);
        if (start) throw startPageError(url, failure, timeoutSeconds);
        skipped.push({ url, reason: skipReason(failure, timeoutSeconds) });
        continue;
      }
      // A bot wall or a maintenance page is not the portal: what it stores proves nothing.
      if (start && status !== undefined && status >= 400) {
        const reason = `answered ${describeStatus(status)}`;
        skipped.push({ url, reason });
        notChecked.push(errorStartPage(url, status));
        continue;
      }
      const first = pages.length === 0;
      if (first) await options.onFirstPage?.(page);
      await page
        .waitForLoadState('networkidle', { timeout: Math.min(SETTLE_MS, timeoutSeconds * 1000) })
        .catch(() => undefined);
      await wire.settled();
      if (!first) await options.onLaterPage?.(page);
      if (first && options.capture) {
        firstPage = {
          screenshot: await page.screenshot({ timeout: timeoutSeconds * 1000 }),
          source: await page.content(),
        };
      }
      pages.push(url);
      // A start page that redirects (http to https, bare domain to www) makes its target's
      // origin the one to explore.
      if (start) origins.add(new URL(page.url()).origin);
      const read = await readCookies(context, wire, cookies);
      for (const cookie of read.cookies) mergeCookie(cookies, cookie);
      for (const cookie of read.dropped) {
        if (!cookies.has(cookieKey(cookie))) mergeCookie(notKept, cookie);
      }
      for (const key of await readStorage(page, wire, unreadable)) {
        const id = `${key.storage}\u0000${key.origin}\u0000${key.name}`;
        if (!storage.has(id)) storage.set(id, key);
      }
      const { links, lang } = await readPage(page);
      if (lang) languages.add(lang);
      if (hops >= depth) continue;
      for (const link of links) {
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
  const hosts = [...origins].map((origin) => new URL(origin).hostname);
  return {
    firstPage,
    ...(options.state ? { state: options.state } : {}),
    source: { kind: 'crawl', urls: options.urls },
    browser,
    startedAt,
    pages,
    skipped,
    cookies: [...cookies.values()],
    storage: [...storage.values()],
    hosts: [...wire.hosts.values()].filter((entry) => !hosts.includes(entry.host)),
    coverage: {
      hosts: [...new Set(hosts)],
      languages: [...languages],
      signedIn: false,
      consentChoice:
        options.state === undefined || options.state === 'no-answer' ? false : options.state,
      storageObservable: true,
    },
    notChecked: [
      ...notChecked,
      ...wire.unread.map(
        ({ line, response, reason }) =>
          `the Set-Cookie line "${line}" from ${response} could not be read (${reason}), so its cookie was not compared with the inventory.`,
      ),
    ],
    unreadable,
    notKept: [...notKept.values()].filter((cookie) => !cookies.has(cookieKey(cookie))),
  };
}

/** http://host/path turned into https://host/path by the browser itself (HSTS). */
function isHstsUpgrade(from: string, to: URL): boolean {
  if (!URL.canParse(from)) return false;
  const before = new URL(from);
  if (before.protocol !== 'http:' || to.protocol !== 'https:') return false;
  before.protocol = 'https:';
  // The default port follows the scheme; an explicit one stays.
  return before.href === to.href;
}
