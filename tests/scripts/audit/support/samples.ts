/**
 * A small audit, built by hand without a browser, for the fast tests of the reports: a portal
 * with a consent banner, visited in its three states. Before any answer and after refusing it
 * stores fx_ads (marketing) and calls an ad server; after accepting it also stores fx_stats
 * (statistics) and Klaro's choice cookie. fx_tracker is declared nowhere, fx_pref is declared
 * too short, fx_never is never seen and sessionid waits for a sign-in.
 */
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import type { Cookie, Provider } from '../../../../src/data/schema.ts';
import { acrossStates, mergeVisits } from '../../../../scripts/audit/across-states.ts';
import { compare } from '../../../../scripts/audit/compare.ts';
import type { ConsentState } from '../../../../scripts/audit/consent-states.ts';
import type { HostAttribution } from '../../../../scripts/audit/host-attribution.ts';
import type {
  Evidence,
  HostRequests,
  Observation,
  ObservedCookie,
  ObservedStorageKey,
} from '../../../../scripts/audit/observation.ts';
import type { ReportContext } from '../../../../scripts/audit/report.ts';

export const PORTAL = 'https://www.portal.example/';
export const TIME = '2026-12-03T09:00:00.000Z';
const DAY = 86_400;

const text = Object.fromEntries(localeCodes.map((locale) => [locale, 'x'])) as Record<
  Locale,
  string
>;
export function declared(name: string, extra: Partial<Cookie> = {}): Cookie {
  return {
    name,
    provider: 'portal',
    category: 'necessary',
    party: 'first',
    storage: 'http-cookie',
    lifetime: 'P1Y',
    service: text,
    purpose: text,
    source: [{ url: 'https://example.org', note: 'x' }],
    ...extra,
  };
}

export const inventory: Cookie[] = [
  declared('fx_session', { lifetime: 'session' }),
  declared('fx_ads', { category: 'marketing', lifetime: 'P3M' }),
  declared('fx_stats', { category: 'statistics', setWhen: 'consent' }),
  declared('klaro', { lifetime: 'P6M', setWhen: 'consent-choice' }),
  declared('fx_pref', { category: 'preferences', lifetime: 'P1W' }),
  declared('fx_never', { lifetime: 'P1D' }),
  declared('sessionid', { lifetime: 'P2W', setWhen: 'sign-in' }),
];
export const providers: Provider[] = [
  {
    id: 'portal',
    name: 'Portal',
    role: 'controller',
    website: 'https://www.portal.example',
    privacyPolicy: 'https://www.portal.example/privacy',
  },
];

export const evidence = (state: ConsentState | undefined, extra: Partial<Evidence> = {}) => ({
  setBy: 'header' as const,
  page: PORTAL,
  time: TIME,
  ...(state ? { state } : {}),
  response: PORTAL,
  ...extra,
});

export function cookie(
  name: string,
  lifetimeSeconds: number | undefined,
  state: ConsentState | undefined,
  extra: Partial<Evidence> = {},
): ObservedCookie {
  return {
    storage: 'http-cookie',
    name,
    domain: 'www.portal.example',
    path: '/',
    lifetimeSeconds,
    expires: undefined,
    httpOnly: false,
    secure: true,
    sameSite: 'Lax',
    evidence: evidence(state, extra),
    refreshedOn: [],
  };
}

export const storageKey = (name: string, state: ConsentState): ObservedStorageKey => ({
  storage: 'local-storage',
  name,
  origin: 'https://www.portal.example',
  evidence: evidence(state, { setBy: 'script', script: `${PORTAL}app.js`, line: 3 }),
});

const AD = 'https://ad.doubleclick.net/pixel?campaign=x&page=home';
const adRequests = (state: ConsentState): HostRequests => ({
  host: 'ad.doubleclick.net',
  firstPage: PORTAL,
  count: 1,
  types: ['image'],
  requests: [{ url: AD, type: 'image', page: PORTAL, time: TIME, state }],
});

export function visit(state: ConsentState, cookies: ObservedCookie[]): Observation {
  return {
    state,
    source: { kind: 'crawl', urls: [PORTAL] },
    browser: 'Chromium 150.0.0.0',
    startedAt: TIME,
    pages: [PORTAL],
    skipped: [],
    cookies,
    storage: [],
    hosts: [adRequests(state)],
    coverage: {
      hosts: ['www.portal.example'],
      languages: ['fr'],
      signedIn: false,
      consentChoice: state === 'no-answer' ? false : state,
      storageObservable: true,
    },
    notChecked: [],
  };
}

const adsScript = (state: ConsentState) =>
  cookie('fx_ads', 90 * DAY, state, {
    setBy: 'script',
    script: PORTAL,
    line: 16,
    header: 'fx_ads=1; max-age=7776000; path=/',
  });

/** The three visits: the faults are in the first two. */
export const visits = (['no-answer', 'refuse-all', 'accept-all'] as const).map((state) => ({
  state,
  observation: visit(state, [
    cookie('fx_session', undefined, state, { header: 'fx_session=1; Path=/; HttpOnly' }),
    adsScript(state),
    ...(state === 'no-answer'
      ? [cookie('fx_tracker', DAY, state, { header: 'fx_tracker=1; Max-Age=86400' })]
      : []),
    ...(state === 'accept-all' ? [cookie('fx_stats', 365 * DAY, state)] : []),
    ...(state !== 'no-answer' ? [cookie('klaro', 180 * DAY, state)] : []),
    cookie('fx_pref', 30 * DAY, state, { header: 'fx_pref=fr; Max-Age=2592000' }),
  ]),
}));

export const adServer: HostAttribution = {
  domain: 'doubleclick.net',
  party: 'third',
  organization: 'Google',
  category: 'advertising',
  categoryName: 'Advertising',
  tracker: 'DoubleClick',
  tracking: true,
};

export function sampleAudit() {
  const observation = mergeVisits(visits);
  const states = acrossStates(
    { found: true, page: PORTAL, by: 'rules', name: 'Klaro' },
    visits,
    inventory,
    providers,
    new Map([['ad.doubleclick.net', adServer]]),
  );
  const comparison = compare(observation, inventory, providers);
  const context: ReportContext = {
    cookiesPath: 'content/cookies.yaml',
    files: [
      { path: 'content/cookies.yaml', sha256: 'a'.repeat(64) },
      { path: 'content/providers.yaml', sha256: 'b'.repeat(64) },
    ],
    suggestions: [],
    showSuggestions: false,
    strictHosts: false,
    states,
    notChecked: [],
  };
  return { observation, comparison, context, states };
}
