/**
 * Reads Set-Cookie header lines (RFC 6265, section 5.2) into name, domain, path, lifetime and
 * flags. The crawl needs only the names (to tell header cookies from script cookies); the HAR
 * reader needs everything, since a HAR file has no cookie jar to ask.
 */
export interface SetCookie {
  name: string;
  value: string;
  /** The Domain attribute without its leading dot, or undefined for a host-only cookie. */
  domain: string | undefined;
  path: string | undefined;
  /** Max-Age in seconds, which wins over Expires when both are given. */
  maxAge: number | undefined;
  /** Expires as epoch milliseconds. */
  expires: number | undefined;
  httpOnly: boolean;
  secure: boolean;
  sameSite: string | undefined;
}

/** One header line; undefined when it has no `name=` pair (browsers ignore such lines too). */
export function parseSetCookie(line: string): SetCookie | undefined {
  const [pair = '', ...attributes] = line.split(';');
  const equals = pair.indexOf('=');
  if (equals < 1) return undefined;
  const cookie: SetCookie = {
    name: pair.slice(0, equals).trim(),
    value: pair.slice(equals + 1).trim(),
    domain: undefined,
    path: undefined,
    maxAge: undefined,
    expires: undefined,
    httpOnly: false,
    secure: false,
    sameSite: undefined,
  };
  if (cookie.name === '') return undefined;
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'domain' && value) cookie.domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'path' && value.startsWith('/')) cookie.path = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.maxAge = Number(value);
    else if (key === 'expires') {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) cookie.expires = time;
    } else if (key === 'httponly') cookie.httpOnly = true;
    else if (key === 'secure') cookie.secure = true;
    else if (key === 'samesite' && value) cookie.sameSite = value;
  }
  return cookie;
}

/**
 * Some tools join several Set-Cookie headers into one value with newlines (Firefox's HAR export
 * does); commas cannot be used to split because Expires dates contain them.
 */
export const splitSetCookieHeader = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The default Path for a cookie set without one: the request path up to its last slash. */
export function defaultPath(url: URL): string {
  const path = url.pathname;
  if (!path.startsWith('/') || path.lastIndexOf('/') === 0) return '/';
  return path.slice(0, path.lastIndexOf('/'));
}

/** "a=1; b=2" from a Cookie request header into names. */
export const cookieNamesFromHeader = (value: string) =>
  value
    .split(';')
    .map((pair) => pair.split('=')[0]?.trim() ?? '')
    .filter(Boolean);
