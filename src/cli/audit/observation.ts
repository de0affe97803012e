/**
 * What the audit saw, whatever it came from (a live crawl or a saved HAR file): the one shape the
 * comparison and the report read, so both sources are judged by the very same rules.
 */

/** How the cookie reached the browser; tells the reader where to look to change it. */
export type SetBy = 'header' | 'script' | 'request';

export interface ObservedCookie {
  storage: 'http-cookie';
  name: string;
  /** Without a leading dot: the host (host-only cookie) or the Domain attribute. */
  domain: string;
  path: string;
  /** Seconds the browser keeps it after it was seen; undefined for a session cookie or when unknown. */
  lifetimeSeconds: number | undefined;
  /** When it expires, as an ISO date; undefined for a session cookie or when unknown. */
  expires: string | undefined;
  httpOnly: boolean | undefined;
  secure: boolean | undefined;
  sameSite: string | undefined;
  /** `request` means only a later request's Cookie header showed it (HAR): lifetime unknown. */
  setBy: SetBy;
  /** The page (crawl) or request (HAR) where it was first seen. */
  seenOn: string;
}

export interface ObservedStorageKey {
  storage: 'local-storage' | 'session-storage';
  name: string;
  /** The origin whose storage holds the key, e.g. https://www.odwb.be. */
  origin: string;
  seenOn: string;
}

export type Observed = ObservedCookie | ObservedStorageKey;

/** A page the crawl wanted to audit but could not; the report lists it so gaps are visible. */
export interface SkippedPage {
  url: string;
  reason: string;
}

export interface Observation {
  source: { kind: 'crawl'; urls: string[] } | { kind: 'har'; file: string };
  /** Pages audited (crawl) or responses read (HAR), in order. */
  pages: string[];
  skipped: SkippedPage[];
  cookies: ObservedCookie[];
  storage: ObservedStorageKey[];
}

/** One key per distinct cookie: the browser itself keeps one cookie per name, domain and path. */
export const cookieKey = (cookie: { name: string; domain: string; path: string }) =>
  `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`;

/**
 * Keeps the first sighting of each cookie but the longest lifetime seen for it: a cookie that is
 * re-set later with a longer expiry really lives that long.
 */
export function mergeCookie(into: Map<string, ObservedCookie>, cookie: ObservedCookie): void {
  const key = cookieKey(cookie);
  const known = into.get(key);
  if (!known) {
    into.set(key, cookie);
    return;
  }
  if (
    cookie.lifetimeSeconds !== undefined &&
    (known.lifetimeSeconds === undefined || cookie.lifetimeSeconds > known.lifetimeSeconds)
  ) {
    into.set(key, { ...known, lifetimeSeconds: cookie.lifetimeSeconds, expires: cookie.expires });
  }
  // A cookie first known only from a request header gains its real attributes once a response
  // is seen setting it.
  if (known.setBy === 'request' && cookie.setBy !== 'request') {
    into.set(key, { ...cookie, seenOn: known.seenOn });
  }
}
