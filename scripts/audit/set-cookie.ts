/**
 * A cookie as the wire states it: a Set-Cookie line (parsed by set-cookie-parser) or the text a
 * script assigned to document.cookie, which has the same syntax. The lifetime counts from the
 * response's Date header (or the moment of writing), never from the browser's jar, which caps
 * every expiry at 400 days.
 */
import { parseSetCookie } from 'set-cookie-parser';
import type { Evidence, ObservedCookie } from './observation.ts';

/** The last moment a JavaScript Date can hold, in ms since 1970. */
export const MAX_DATE_MS = 8.64e15;

/** The default Path for a cookie set without one: the request path up to its last slash. */
export function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

/**
 * One cookie line set for `url` at `setAt` (epoch ms): undefined when it has no `name=` pair
 * (browsers ignore such lines too). A Max-Age or Expires in the past is a deletion: lifetime ≤ 0.
 */
export function readCookieLine(
  line: string,
  url: URL,
  setAt: number,
  evidence: Evidence,
): ObservedCookie | undefined {
  const [cookie] = parseSetCookie(line, { decodeValues: false, split: false });
  if (!cookie || cookie.name === '' || !line.includes('=')) return undefined;
  let lifetimeSeconds: number | undefined;
  if (cookie.maxAge !== undefined && !Number.isNaN(cookie.maxAge))
    // A Max-Age of more digits than a number holds is as long as a lifetime can be (RFC 6265
    // 5.2.2 caps it at the latest date the client can represent): still reported, never lost.
    lifetimeSeconds = Math.min(cookie.maxAge, Number.MAX_SAFE_INTEGER);
  else if (cookie.expires && !Number.isNaN(cookie.expires.getTime())) {
    lifetimeSeconds = Math.round((cookie.expires.getTime() - setAt) / 1000);
  }
  const expiresAt = lifetimeSeconds === undefined ? undefined : setAt + lifetimeSeconds * 1000;
  // JavaScript dates end 8.64e15 ms from 1970 (the year 275760): a cookie set to outlive that is
  // reported with its lifetime in seconds and "beyond any date", instead of an expiry date.
  const beyondDates = expiresAt !== undefined && Math.abs(expiresAt) > MAX_DATE_MS;
  return {
    storage: 'http-cookie',
    name: cookie.name,
    domain: cookie.domain ? cookie.domain.replace(/^\./, '').toLowerCase() : url.hostname,
    path: cookie.path?.startsWith('/') ? cookie.path : defaultPath(url),
    lifetimeSeconds,
    expires: expiresAt === undefined || beyondDates ? undefined : new Date(expiresAt).toISOString(),
    ...(beyondDates ? { beyondDates } : {}),
    httpOnly: cookie.httpOnly ?? false,
    secure: cookie.secure ?? false,
    sameSite: cookie.sameSite,
    evidence,
    refreshedOn: [],
  };
}

/** The moment a response's lifetimes count from: its Date header, else when it arrived. */
export function responseTime(dateHeader: string | undefined | null, arrivedAt: number): number {
  const date = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  return Number.isNaN(date) ? arrivedAt : date;
}

/**
 * Some tools join several Set-Cookie headers into one value with newlines (Firefox's HAR export
 * does); commas cannot be used to split because Expires dates contain them.
 */
export const splitLines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** "a=1; b=2" from a Cookie request header into names. */
export const cookieNamesFromHeader = (value: string) =>
  value
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter(Boolean);

/** A cookie whose header deletes it (Max-Age ≤ 0, or an expiry in the past). */
export const isDeletion = (cookie: ObservedCookie) =>
  cookie.lifetimeSeconds !== undefined && cookie.lifetimeSeconds <= 0;
