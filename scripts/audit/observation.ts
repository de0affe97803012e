/**
 * What the audit saw, whatever it came from (a live crawl or a saved HAR file): the one shape the
 * comparison and the reports read, so both sources are judged by the very same rules. Every item
 * carries its evidence: what a data-protection officer needs to show how it was seen.
 */

import type { StorageType } from '../../src/data/schema.ts';
import type { ConsentState } from './consent-states.ts';

/** How the item reached the browser; tells the reader where to look to change it. */
export type SetBy = 'header' | 'script' | 'request' | 'jar';

/** One sighting, as a person would cite it. */
export interface Evidence {
  /** `header`: a response's Set-Cookie; `script`: a document.cookie or storage write;
   *  `request`: only a later request's Cookie header (HAR); `jar`: only in the browser's jar. */
  setBy: SetBy;
  /** The page being audited (crawl) or the page the request belonged to (HAR). */
  page: string;
  /** UTC, ISO 8601. */
  time: string;
  /** The state of consent of the visit that saw it (a live audit; a HAR file does not say). */
  state?: ConsentState;
  /** The response that carried the header, or the request that carried the cookie. */
  response?: string;
  /** The raw Set-Cookie (or Cookie) line, or the text a script wrote to document.cookie. */
  header?: string;
  /** The script that wrote it, and the line where the browser gives it. */
  script?: string;
  line?: number;
  /** What a database, cache or service worker holds: its stores and keys, requests or scope. */
  detail?: string;
}

export interface ObservedCookie {
  storage: 'http-cookie';
  name: string;
  /** Without a leading dot: the host (host-only cookie) or the Domain attribute. */
  domain: string;
  path: string;
  /** From the wire (Max-Age, else Expires minus the response's Date); undefined: session or unknown. */
  lifetimeSeconds: number | undefined;
  /** When it expires, as an ISO date; undefined for a session cookie, when unknown, or beyond dates. */
  expires: string | undefined;
  /** Its lifetime ends after the last date a date can hold (year 275760): no expiry date to show. */
  beyondDates?: boolean;
  httpOnly: boolean | undefined;
  secure: boolean | undefined;
  sameSite: string | undefined;
  /** The sighting that gave the lifetime (the first, unless a later one set it longer). */
  evidence: Evidence;
  /** Later pages that set it again with a new expiry: it lives that long after the last visit. */
  refreshedOn: string[];
}

/** Browser storage other than cookies, as the inventory's `storage:` names it. */
export type BrowserStorage = Exclude<StorageType, 'http-cookie'>;

/**
 * A key of local or session storage, an IndexedDB database, a Cache Storage cache or a service
 * worker (by its script's path), with the origin that holds it.
 */
export interface ObservedStorageKey {
  storage: BrowserStorage;
  name: string;
  /** The origin whose storage holds the key, e.g. https://www.odwb.be. */
  origin: string;
  evidence: Evidence;
}

export type Observed = ObservedCookie | ObservedStorageKey;

/** Requests to one host other than the audited one: it receives the visitor's address at least. */
export interface HostRequests {
  host: string;
  /** The first page that caused a request to it. */
  firstPage: string;
  count: number;
  /** Playwright's or the HAR's resource types: script, image, xhr, fetch… */
  types: string[];
  /** Every request to it, in order: the evidence for a host that tracks. */
  requests: HostRequest[];
}

/** One request to another host, as a person would cite it. */
export interface HostRequest {
  url: string;
  type: string;
  /** The page being audited when it was sent. */
  page: string;
  time: string;
  state?: ConsentState;
}

/** A page the crawl wanted to audit but could not; the report lists it so gaps are visible. */
export interface SkippedPage {
  url: string;
  reason: string;
}

/** What the audit could and could not have seen, so "not seen" is read for what it is. */
export interface Coverage {
  /** The audited hosts: the start pages' and where they redirected. */
  hosts: string[];
  /** The `lang` of the pages audited (crawl only). */
  languages: string[];
  /** A crawl never signs in; a HAR may have. */
  signedIn: boolean | 'unknown';
  /** The answer the visit gave the consent banner (false: none); a HAR may hold any. */
  consentChoice: false | 'refuse-all' | 'accept-all' | 'unknown';
  /** False for a HAR file, which holds no browser storage. */
  storageObservable: boolean;
}

export interface Observation {
  /** The state of consent of a live visit. */
  state?: ConsentState;
  source: { kind: 'crawl'; urls: string[] } | { kind: 'har'; file: string };
  /** Which browser saw it (crawl: Chromium's version; HAR: the exporter the file names). */
  browser: string;
  startedAt: string;
  /** Pages audited (crawl) or requests read (HAR), in order. */
  pages: string[];
  skipped: SkippedPage[];
  cookies: ObservedCookie[];
  storage: ObservedStorageKey[];
  hosts: HostRequests[];
  coverage: Coverage;
  /**
   * What this visit could not look at, one sentence each (a start page that answered an error,
   * a storage it could not read): the audit then ends "could not check" (not-checked.ts).
   */
  notChecked: string[];
  /** Storage the browser would not let the audit read, per page: see not-checked.ts. */
  unreadable?: UnreadableStorage[];
  /** Cookies set on the wire that the browser did not keep (evicted, or refused). */
  notKept?: ObservedCookie[];
}

export interface UnreadableStorage {
  storage: BrowserStorage;
  origin: string;
  page: string;
  reason: string;
}

/** One key per distinct cookie: the browser itself keeps one cookie per name, domain and path. */
export const cookieKey = (cookie: { name: string; domain: string; path: string }) =>
  `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;

/**
 * Keeps the first sighting of each cookie but the longest lifetime seen for it, and notes the later
 * pages that set it again: a cookie re-set on every page lives its lifetime after the last visit.
 */
export function mergeCookie(into: Map<string, ObservedCookie>, cookie: ObservedCookie): void {
  const key = cookieKey(cookie);
  const known = into.get(key);
  if (!known || (known.evidence.setBy === 'request' && cookie.evidence.setBy !== 'request')) {
    // A cookie first known only from a request header gains its real attributes once set.
    into.set(key, known ? { ...cookie, refreshedOn: known.refreshedOn } : cookie);
    return;
  }
  const page = cookie.evidence.page;
  if (
    cookie.lifetimeSeconds !== undefined &&
    page !== known.evidence.page &&
    !known.refreshedOn.includes(page)
  ) {
    known.refreshedOn.push(page);
  }
  if (
    cookie.lifetimeSeconds !== undefined &&
    (known.lifetimeSeconds === undefined || cookie.lifetimeSeconds > known.lifetimeSeconds)
  ) {
    into.set(key, { ...cookie, refreshedOn: known.refreshedOn });
  }
}

/** Tallies one request to another host. */
export function countRequest(
  hosts: Map<string, HostRequests>,
  host: string,
  page: string,
  type: string,
  request: HostRequest,
): void {
  const known = hosts.get(host);
  if (!known)
    hosts.set(host, { host, firstPage: page, count: 1, types: [type], requests: [request] });
  else {
    known.count += 1;
    if (!known.types.includes(type)) known.types.push(type);
    known.requests.push(request);
  }
}
