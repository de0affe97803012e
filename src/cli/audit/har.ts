/**
 * Reads a saved HAR file (browser devtools: Network, "Save all as HAR") into an Observation.
 * Cookies come from each response's Set-Cookie headers and its `cookies` list (exporters fill
 * one, the other or both); cookies that only appear in later requests' Cookie headers were set
 * by a script or before the recording, so they are listed with an unknown lifetime. A HAR file
 * holds no localStorage or sessionStorage: use the live crawl for those.
 */
import { readFileSync } from 'node:fs';
import { AuditError } from './errors.ts';
import { mergeCookie, type Observation, type ObservedCookie } from './observation.ts';
import {
  cookieNamesFromHeader,
  defaultPath,
  parseSetCookie,
  splitSetCookieHeader,
  type SetCookie,
} from './set-cookie.ts';

interface HarHeader {
  name: string;
  value: string;
}
interface HarCookie {
  name: string;
  value?: string;
  path?: string;
  domain?: string;
  expires?: string | null;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
}
interface HarEntry {
  startedDateTime: string;
  request: { url: string; headers?: HarHeader[]; cookies?: HarCookie[] };
  response: { headers?: HarHeader[]; cookies?: HarCookie[] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Checks just what the audit reads, naming the first thing wrong so the file can be fixed. */
function validEntries(json: unknown): HarEntry[] | string {
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
  return entries as HarEntry[];
}

export function readHarFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new AuditError(`cannot read ${file} (${reason ?? (error as Error).message}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AuditError(`${file} is not a valid HAR file: ${(error as Error).message}.`);
  }
}

/** Lifetime from the time the response arrived, as the browser would count it. */
function lifetimeOf(maxAge: number | undefined, expires: number | undefined, seenAt: number) {
  if (maxAge !== undefined) {
    return { lifetimeSeconds: maxAge, expires: new Date(seenAt + maxAge * 1000).toISOString() };
  }
  if (expires !== undefined) {
    return {
      lifetimeSeconds: Math.round((expires - seenAt) / 1000),
      expires: new Date(expires).toISOString(),
    };
  }
  return { lifetimeSeconds: undefined, expires: undefined };
}

function fromSetCookie(parsed: SetCookie, url: URL, seenAt: number): ObservedCookie {
  return {
    storage: 'http-cookie',
    name: parsed.name,
    domain: parsed.domain ?? url.hostname,
    path: parsed.path ?? defaultPath(url),
    ...lifetimeOf(parsed.maxAge, parsed.expires, seenAt),
    httpOnly: parsed.httpOnly,
    secure: parsed.secure,
    sameSite: parsed.sameSite,
    setBy: 'header',
    seenOn: url.href,
  };
}

function fromHarCookie(cookie: HarCookie, url: URL, seenAt: number): ObservedCookie {
  const expires = cookie.expires ? Date.parse(cookie.expires) : undefined;
  return {
    storage: 'http-cookie',
    name: cookie.name,
    domain: cookie.domain ? cookie.domain.replace(/^\./, '').toLowerCase() : url.hostname,
    path: cookie.path ?? defaultPath(url),
    ...lifetimeOf(undefined, Number.isNaN(expires) ? undefined : expires, seenAt),
    httpOnly: cookie.httpOnly,
    secure: cookie.secure,
    sameSite: cookie.sameSite,
    setBy: 'header',
    seenOn: url.href,
  };
}

/** A cookie whose deletion is what the header says (Max-Age ≤ 0, or an expiry in the past). */
const isDeletion = (cookie: ObservedCookie) =>
  cookie.lifetimeSeconds !== undefined && cookie.lifetimeSeconds <= 0;

export function observeHar(file: string, json: unknown): Observation {
  const entries = validEntries(json);
  if (typeof entries === 'string')
    throw new AuditError(`${file} is not a valid HAR file: ${entries}.`);
  const set = new Map<string, ObservedCookie>();
  const sentOnly: ObservedCookie[] = [];
  for (const entry of entries) {
    const url = new URL(entry.request.url);
    const seenAt = Date.parse(entry.startedDateTime);
    const headers = entry.response.headers ?? [];
    const fromHeaders = headers
      .filter((header) => header.name.toLowerCase() === 'set-cookie')
      .flatMap((header) => splitSetCookieHeader(String(header.value ?? '')))
      .map(parseSetCookie)
      .filter((parsed) => parsed !== undefined)
      .map((parsed) => fromSetCookie(parsed, url, seenAt));
    const fromList = (entry.response.cookies ?? []).map((cookie) =>
      fromHarCookie(cookie, url, seenAt),
    );
    for (const cookie of [...fromHeaders, ...fromList]) {
      if (!isDeletion(cookie)) mergeCookie(set, cookie);
    }
    const sent = new Set([
      ...(entry.request.cookies ?? []).map((cookie) => cookie.name),
      ...(entry.request.headers ?? [])
        .filter((header) => header.name.toLowerCase() === 'cookie')
        .flatMap((header) => cookieNamesFromHeader(String(header.value ?? ''))),
    ]);
    for (const name of sent) {
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
        setBy: 'request',
        seenOn: url.href,
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
  return {
    source: { kind: 'har', file },
    pages: entries.map((entry) => entry.request.url),
    skipped: [],
    cookies: [...set.values()],
    storage: [],
  };
}
