/**
 * The audit's rules without a browser: name and wildcard matching, storage kinds, the lifetime
 * tolerance and the session rule, setWhen and HAR coverage, providers' domains, Set-Cookie lines
 * read from the wire (set-cookie-parser) and the words the table uses for durations.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import type { Cookie } from '../../../src/data/schema.ts';
import {
  compare,
  findDeclaration,
  hasFindings,
  providerOfHost,
  tolerance,
} from '../../../scripts/audit/compare.ts';
import type {
  Evidence,
  Observation,
  ObservedCookie,
  ObservedStorageKey,
} from '../../../scripts/audit/observation.ts';
import { describeSeconds } from '../../../scripts/audit/report-values.ts';
import { defaultPath, readCookieLine } from '../../../scripts/audit/set-cookie.ts';

const text = Object.fromEntries(localeCodes.map((locale) => [locale, 'x'])) as Record<
  Locale,
  string
>;
function declared(name: string, lifetime: string, extra: Partial<Cookie> = {}): Cookie {
  return {
    name,
    provider: 'p',
    category: 'necessary',
    party: 'first',
    storage: 'http-cookie',
    lifetime,
    service: text,
    purpose: text,
    source: [{ url: 'https://example.org', note: 'x' }],
    ...extra,
  };
}
function cookie(name: string, lifetimeSeconds: number | undefined): ObservedCookie {
  return {
    storage: 'http-cookie',
    name,
    domain: 'example.org',
    path: '/',
    lifetimeSeconds,
    expires: undefined,
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    evidence,
    refreshedOn: [],
  };
}
const evidence: Evidence = {
  setBy: 'header',
  page: 'https://example.org/',
  time: '2026-03-02T09:15:00.000Z',
};
const key = (name: string, storage: ObservedStorageKey['storage']): ObservedStorageKey => ({
  storage,
  name,
  origin: 'https://example.org',
  evidence: { ...evidence, setBy: 'script' },
});
const seen = (
  cookies: ObservedCookie[],
  storage: ObservedStorageKey[] = [],
  coverage: Partial<Observation['coverage']> = {},
): Observation => ({
  source: { kind: 'crawl', urls: ['https://example.org/'] },
  browser: 'Chromium',
  startedAt: evidence.time,
  pages: ['https://example.org/'],
  skipped: [],
  cookies,
  storage,
  hosts: [
    {
      host: 'stats.example.net',
      firstPage: 'https://example.org/',
      count: 2,
      types: ['image'],
      requests: [],
    },
  ],
  coverage: {
    hosts: ['example.org'],
    languages: ['fr'],
    signedIn: false,
    consentChoice: false,
    storageObservable: true,
    ...coverage,
  },
  notChecked: [],
});
const names = (items: { name: string }[]) => items.map((item) => item.name);

describe('matching names', () => {
  const inventory = [
    declared('_pk_id.*', 'P13M', { wildcard: true }),
    declared('_pk_id.special', 'P1D'),
    declared('*_consent', 'P6M', { wildcard: true, storage: 'local-storage' }),
    declared('a.b', 'P1D'),
  ];

  it('an exact name wins over a pattern that also matches', () => {
    expect(findDeclaration(cookie('_pk_id.special', 1), inventory)?.name).toBe('_pk_id.special');
    expect(findDeclaration(cookie('_pk_id.1.ab12', 1), inventory)?.name).toBe('_pk_id.*');
  });

  it('* matches any run of characters, including none; other characters match only themselves', () => {
    expect(findDeclaration(cookie('_pk_id.', 1), inventory)?.name).toBe('_pk_id.*');
    expect(findDeclaration(cookie('_pk_idX1', 1), inventory)).toBeUndefined();
    expect(findDeclaration(cookie('aXb', 1), inventory)).toBeUndefined();
  });

  it('storage keys match only entries of their own storage kind', () => {
    expect(findDeclaration(key('odwb_consent', 'local-storage'), inventory)?.name).toBe(
      '*_consent',
    );
    expect(findDeclaration(key('odwb_consent', 'session-storage'), inventory)).toBeUndefined();
    expect(findDeclaration(cookie('odwb_consent', 1), inventory)).toBeUndefined();
  });
});

describe('lifetimes', () => {
  it('allows the larger of 1% and 60 s', () => {
    expect(tolerance(600)).toBe(60);
    expect(tolerance(1_209_600)).toBe(12_096);
  });

  it('a cookie set for exactly 14 days matches P2W, a day more does not', () => {
    const inventory = [declared('sid', 'P2W')];
    expect(hasFindings(compare(seen([cookie('sid', 14 * 86_400)]), inventory))).toBe(false);
    const longer = compare(seen([cookie('sid', 15 * 86_400)]), inventory);
    expect(longer.tooShort).toEqual([
      {
        observed: cookie('sid', 15 * 86_400),
        declaredAs: 'sid',
        declaredLifetime: 'P2W',
        declaredSeconds: 1_209_600,
        realSeconds: 1_296_000,
      },
    ]);
  });

  it('months are average months: 52 weeks fits P12M, 400 days does not', () => {
    const inventory = [declared('csrftoken', 'P12M')];
    expect(compare(seen([cookie('csrftoken', 31_449_600)]), inventory).tooShort).toEqual([]);
    expect(
      names(
        compare(seen([cookie('csrftoken', 400 * 86_400)]), inventory).tooShort.map(
          (f) => f.observed,
        ),
      ),
    ).toEqual(['csrftoken']);
  });

  it('a declared session cookie seen with an expiry is declared too short; a session cookie never is', () => {
    const inventory = [declared('lang', 'session'), declared('sid', 'P1D')];
    const result = compare(seen([cookie('lang', 3600), cookie('sid', undefined)]), inventory);
    expect(result.tooShort).toEqual([
      {
        observed: cookie('lang', 3600),
        declaredAs: 'lang',
        declaredLifetime: 'session',
        declaredSeconds: undefined,
        realSeconds: 3600,
      },
    ]);
    expect(names(result.matches.map((match) => match.observed))).toEqual(['sid']);
  });
});

describe('findings and the exit decision', () => {
  it('undeclared items fail the audit; declared but not seen alone does not', () => {
    const inventory = [declared('sid', 'P2W'), declared('never', 'P1D')];
    const onlyMissing = compare(seen([cookie('sid', 60)]), inventory);
    expect(names(onlyMissing.notSeen)).toEqual(['never']);
    expect(hasFindings(onlyMissing)).toBe(false);
    const withExtra = compare(seen([cookie('sid', 60)], [key('x', 'session-storage')]), inventory);
    expect(names(withExtra.undeclared)).toEqual(['x']);
    expect(hasFindings(withExtra)).toBe(true);
  });
});

describe('Set-Cookie lines, read from the wire', () => {
  const url = new URL('https://x.org/a/b/c');
  const setAt = Date.UTC(2026, 2, 2, 9, 15);

  it('reads domain, path, Max-Age (which wins over Expires) and flags, case-insensitively', () => {
    expect(
      readCookieLine(
        'sid=a=b; Domain=.Example.org; path=/api; max-age=60; Expires=Mon, 01 Mar 2027 09:15:00 GMT; HttpOnly; SECURE; SameSite=Strict',
        url,
        setAt,
        evidence,
      ),
    ).toEqual({
      storage: 'http-cookie',
      name: 'sid',
      domain: 'example.org',
      path: '/api',
      lifetimeSeconds: 60,
      expires: '2026-03-02T09:16:00.000Z',
      httpOnly: true,
      secure: true,
      sameSite: 'Strict',
      evidence,
      refreshedOn: [],
    });
  });

  it('counts Expires from the response time: two years stay two years (no 400-day cap)', () => {
    const cookie = readCookieLine(
      'r=1; Expires=Thu, 02 Mar 2028 09:15:00 GMT',
      url,
      setAt,
      evidence,
    );
    expect(cookie?.lifetimeSeconds).toBe(731 * 86_400);
    expect(cookie?.path).toBe('/a/b');
  });

  it('ignores a line without a name', () => {
    expect(readCookieLine('=x; Path=/', url, setAt, evidence)).toBeUndefined();
    expect(readCookieLine('garbage', url, setAt, evidence)).toBeUndefined();
  });

  it('defaults the path to the request directory', () => {
    expect(defaultPath(new URL('https://x.org/a/b/c'))).toBe('/a/b');
    expect(defaultPath(new URL('https://x.org/a'))).toBe('/');
  });
});

describe('what the audit could not have seen', () => {
  const inventory = [
    declared('sessionid', 'P2W', { setWhen: 'sign-in' }),
    declared('django_language', 'P12M', { setWhen: 'multilingual' }),
    declared('cookies_preferences', 'P6M', { setWhen: 'consent-choice' }),
    declared('layout', 'P1Y', { storage: 'local-storage' }),
    declared('gone', 'P1D'),
  ];

  it('a visit that never signs in or answers a banner: those entries are not expected, not "not seen"', () => {
    const result = compare(seen([]), inventory);
    expect(names(result.notExpected)).toEqual([
      'sessionid',
      'django_language',
      'cookies_preferences',
    ]);
    expect(names(result.notSeen)).toEqual(['layout', 'gone']);
  });

  it('refusing everything is a consent choice; only accepting everything gives consent', () => {
    const consent = [...inventory, declared('_pk_id.*', 'P13M', { setWhen: 'consent' })];
    const refused = compare(seen([], [], { consentChoice: 'refuse-all' }), consent);
    expect(names(refused.notExpected)).toEqual(['sessionid', 'django_language', '_pk_id.*']);
    expect(names(refused.notSeen)).toEqual(['cookies_preferences', 'layout', 'gone']);
    const accepted = compare(seen([], [], { consentChoice: 'accept-all' }), consent);
    expect(names(accepted.notExpected)).toEqual(['sessionid', 'django_language']);
    expect(names(accepted.notSeen)).toEqual(['cookies_preferences', 'layout', 'gone', '_pk_id.*']);
  });

  it('pages in two languages make a multilingual entry expected', () => {
    const result = compare(seen([], [], { languages: ['fr', 'nl'] }), inventory);
    expect(names(result.notSeen)).toEqual(['django_language', 'layout', 'gone']);
  });

  it('a HAR file cannot show storage keys: not observable', () => {
    const result = compare(seen([], [], { storageObservable: false }), inventory);
    expect(names(result.notObservable)).toEqual(['layout']);
    expect(names(result.notSeen)).toEqual(['gone']);
  });
});

describe('other hosts', () => {
  const providers = [
    {
      id: 'matomo',
      name: 'Matomo',
      role: 'controller' as const,
      website: 'https://matomo.org',
      privacyPolicy: 'https://matomo.org/privacy-policy/',
      domains: ['example.net'],
    },
  ];

  it('a host belongs to the provider that declares it or a parent domain', () => {
    expect(providerOfHost('stats.example.net', providers)?.id).toBe('matomo');
    expect(providerOfHost('example.net', providers)?.id).toBe('matomo');
    expect(providerOfHost('badexample.net', providers)).toBeUndefined();
  });

  it('an undeclared host is a finding only with --strict-hosts', () => {
    const result = compare(seen([]), [], []);
    expect(result.hosts).toEqual([
      {
        host: 'stats.example.net',
        firstPage: 'https://example.org/',
        count: 2,
        types: ['image'],
        requests: [],
        provider: undefined,
      },
    ]);
    expect(hasFindings(result)).toBe(false);
    expect(hasFindings(result, true)).toBe(true);
    expect(hasFindings(compare(seen([]), [], providers), true)).toBe(false);
  });
});

describe('durations in words', () => {
  it.each([
    [30, '30 seconds'],
    [1800, '30 minutes'],
    [86_399, '1 day'],
    [7_200, '2 hours'],
    [2_591_999, '30 days'],
  ])('%i s is "%s"', (seconds, words) => {
    expect(describeSeconds(seconds)).toBe(words);
  });
});
