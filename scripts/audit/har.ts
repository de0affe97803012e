/**
 * Reads a saved HAR file (browser devtools: Network, "Save all as HAR") into an Observation.
 * Cookies come from each response's Set-Cookie headers and its `cookies` list (exporters fill
 * one, the other or both); cookies that only appear in later requests' Cookie headers were set
 * by a script or before the recording, so they are listed with an unknown lifetime. A HAR file
 * holds no browser storage: the report says declared storage could not be observed.
 */
import { readInput } from './read-input.ts';
import type { Cookie, Entry, Har, Header } from 'har-format';
import { AuditError } from './errors.ts';
import {
  countRequest,
  mergeCookie,
  type HostRequests,
  type Observation,
  type ObservedCookie,
} from './observation.ts';
import {
  cookieNamesFromHeader,
  isDeletion,
  readCookieLine,
  responseTime,
  splitLines,
} from './set-cookie.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Checks just what the audit reads, naming the first thing wrong so the file can be fixed. */
function validEntries(json: unknown): Entry[] | string {
  if (!isRecord(json) || !isRecord(json.log)) return 'it has no "log" object';
  const entries = json.log.entries;
  if (!Array.isArray(entries)) return 'it has no "log.entries" list';
  for (const [index, entry] of entries.entries()) {
    const where = `log.entries[${index}]`;
    if (!isRecord(entry) || !isRecord(entry.request) || !isRecord(entry.response)) {
      return `${where} has no "request" and "response"`;
    }
    if (typeof entry.request.url !== 'string' || !URL.canParse(entry.request.url)) {
      return `${where}.request.url is not a URL`;
    }
    if (
      typeof entry.startedDateTime !== 'string' ||
      Number.isNaN(Date.parse(entry.startedDateTime))
    ) {
      return `${where}.startedDateTime is not a date`;
    }
    for (const part of ['request', 'response'] as const) {
      for (const list of ['headers', 'cookies'] as const) {
        const value = (entry[part] as Record<string, unknown>)[list];
        if (value !== undefined && !Array.isArray(value))
          return `${where}.${part}.${list} is not a list`;
        if (
          Array.isArray(value) &&
          value.some((item) => !isRecord(item) || typeof item.name !== 'string')
        ) {
          return `${where}.${part}.${list} has an item without a "name"`;
        }
      }
    }
  }
  return entries as Entry[];
}

export function readHarFile(file: string): unknown {
  const text = readInput(file);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AuditError(`${file} is not a valid HAR file: ${(error as Error).message}.`);
  }
}

const named = (headers: Header[] | undefined, name: string) =>
  (headers ?? []).filter((header) => header.name.toLowerCase() === name);

/** Chrome, Edge and Firefox export without cookies unless told to: an audit of that is blind. */
function hasCookies(entries: Entry[]): boolean {
  return entries.some(
    (entry) =>
      named(entry.request.headers, 'cookie').length > 0 ||
      named(entry.response.headers, 'set-cookie').length > 0 ||
      (entry.request.cookies ?? []).length > 0 ||
      (entry.response.cookies ?? []).length > 0,
  );
}

const sanitizedMessage = (file: string, count: number) =>
  `${file} holds no cookies at all: no Cookie or Set-Cookie header and no cookie list in any of its ${count} requests. Browsers export HAR files without them by default, so this file cannot show what the portal stores. Export it again with cookies: in Chrome or Edge, open DevTools settings (F1), tick Preferences > Network > "Allow to generate HAR with sensitive data", then in the Network tab choose "Export HAR (with sensitive data)"; in Firefox, right-click in the Network tab and choose "Save All As HAR".`;

/** The cookies one response set, from its headers and its cookie list, as one list. */
function cookiesSetBy(entry: Entry, page: string): ObservedCookie[] {
  const url = new URL(entry.request.url);
  const arrivedAt = Date.parse(entry.startedDateTime);
  const setAt = responseTime(named(entry.response.headers, 'date')[0]?.value, arrivedAt);
  const evidence = (header?: string) => ({
    setBy: 'header' as const,
    page,
    time: new Date(arrivedAt).toISOString(),
    response: url.href,
    ...(header ? { header } : {}),
  });
  const fromHeaders = named(entry.response.headers, 'set-cookie')
    .flatMap((header) => splitLines(String(header.value ?? '')))
    .map((line) => readCookieLine(line, url, setAt, evidence(line)));
  // A cookie list item as a Set-Cookie line, so both are read by the very same rules.
  // Chrome adds sameSite to HAR 1.2's cookie fields.
  const fromList = (entry.response.cookies ?? []).map((cookie: Cookie & { sameSite?: string }) => {
    const attributes = [
      `${cookie.name}=${cookie.value ?? ''}`,
      cookie.domain && `Domain=${cookie.domain}`,
      cookie.path && `Path=${cookie.path}`,
      cookie.expires && `Expires=${new Date(cookie.expires).toUTCString()}`,
      cookie.httpOnly && 'HttpOnly',
      cookie.secure && 'Secure',
      cookie.sameSite && `SameSite=${cookie.sameSite}`,
    ];
    return readCookieLine(attributes.filter(Boolean).join('; '), url, setAt, evidence());
  });
  return [...fromHeaders, ...fromList].filter(
    (cookie): cookie is ObservedCookie => cookie !== undefined && !isDeletion(cookie),
  );
}

/** Names a request carried in its Cookie header or cookie list. */
function cookiesSentBy(entry: Entry): string[] {
  return [
    ...new Set([
      ...(entry.request.cookies ?? []).map((cookie) => cookie.name),
      ...named(entry.request.headers, 'cookie').flatMap((header) =>
        cookieNamesFromHeader(String(header.value ?? '')),
      ),
    ]),
  ];
}

export function observeHar(file: string, json: unknown): Observation {
  const entries = validEntries(json);
  if (typeof entries === 'string')
    throw new AuditError(`${file} is not a valid HAR file: ${entries}.`);
  if (!hasCookies(entries)) throw new AuditError(sanitizedMessage(file, entries.length));
  const log = (json as Har).log;
  // The page each request belongs to: its pageref's title when that is a URL, else the first request.
  const titles = new Map((log.pages ?? []).map((page) => [page.id, page.title]));
  const pageOf = (entry: Entry) => {
    const title = entry.pageref ? titles.get(entry.pageref) : undefined;
    return title && URL.canParse(title) ? title : entries[0]!.request.url;
  };
  const audited = [...new Set(entries.map(pageOf).map((page) => new URL(page).hostname))];
  const set = new Map<string, ObservedCookie>();
  const sentOnly: ObservedCookie[] = [];
  const hosts = new Map<string, HostRequests>();
  for (const entry of entries) {
    const page = pageOf(entry);
    const url = new URL(entry.request.url);
    // The browser's own upgrade to https (HSTS) is recorded as a redirect, then the request
    // again: one request, counted once, as a live visit counts it.
    const hsts = named(entry.response.headers, 'non-authoritative-reason').some(
      (header) => header.value === 'HSTS',
    );
    if (!audited.includes(url.hostname) && !hsts) {
      const type = String(entry._resourceType ?? 'unknown');
      countRequest(hosts, url.hostname, page, type, {
        url: url.href,
        type,
        page,
        time: new Date(Date.parse(entry.startedDateTime)).toISOString(),
      });
    }
    for (const cookie of cookiesSetBy(entry, page)) mergeCookie(set, cookie);
    const time = new Date(Date.parse(entry.startedDateTime)).toISOString();
    for (const name of cookiesSentBy(entry)) {
      sentOnly.push({
        storage: 'http-cookie',
        name,
        domain: url.hostname,
        path: '/',
        lifetimeSeconds: undefined,
        expires: undefined,
        httpOnly: undefined,
        secure: undefined,
        sameSite: undefined,
        evidence: { setBy: 'request', page, time, response: url.href },
        refreshedOn: [],
      });
    }
  }
  // A cookie sent back to a host is one some response set for it (or for a parent domain):
  // only names that no response set are listed from request headers.
  const setByResponse = [...set.values()];
  for (const cookie of sentOnly) {
    const covered = setByResponse.some(
      (known) =>
        known.name === cookie.name &&
        (cookie.domain === known.domain || cookie.domain.endsWith(`.${known.domain}`)),
    );
    if (!covered) mergeCookie(set, cookie);
  }
  const creator = log.browser ?? log.creator;
  return {
    source: { kind: 'har', file },
    browser: creator ? `${creator.name} ${creator.version}`.trim() : 'unknown',
    startedAt: entries[0]!.startedDateTime,
    pages: entries.map((entry) => entry.request.url),
    skipped: [],
    cookies: [...set.values()],
    storage: [],
    hosts: [...hosts.values()],
    coverage: {
      hosts: audited,
      languages: [],
      signedIn: 'unknown',
      consentChoice: 'unknown',
      storageObservable: false,
    },
    notChecked: [],
  };
}
