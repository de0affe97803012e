/**
 * The live audit end to end: the real CLI (a child process, as `npm run audit` runs it) against
 * the fixture portal on 127.0.0.1, with its findings, evidence, exit codes and one full table
 * pinned.
 */
import { expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import manifest from '../../../package.json' with { type: 'json' };
import {
  about,
  DAY,
  isoDate,
  normalize,
  PORTAL_DATA,
  sha256,
  SLOW_MACHINE_MS,
  useFixturePortal,
} from './support/fixture-portal.ts';

/** The tracker database the audit credits: the version package.json pins. */
const TRACKERDB_VERSION = manifest.optionalDependencies['@ghostery/trackerdb'];

let origin: string;
useFixturePortal((started) => (origin = started));

/** A cookie on the fixture portal's host, as the JSON says it. */
const firstParty = (name: string, lifetimeSeconds: unknown, evidence: object, extra = {}) => ({
  name,
  storage: 'http-cookie',
  domain: '127.0.0.1',
  path: '/',
  lifetimeSeconds,
  expires: lifetimeSeconds === null ? null : isoDate,
  httpOnly: false,
  secure: false,
  sameSite: null,
  refreshedOn: [],
  evidence,
  ...extra,
});
const byHeader = (page: string, header: string | object) => ({
  setBy: 'header',
  page: `${origin}${page}`,
  time: isoDate,
  // No consent banner on this portal: its one visit gives no answer.
  state: 'no-answer',
  response: `${origin}${page}`,
  header,
});
/** Inline scripts: the page is the script, and the write is on line 4 of each fixture page. */
const byScript = (page: string, text: RegExp) => ({
  setBy: 'script',
  page: `${origin}${page}`,
  time: isoDate,
  state: 'no-answer',
  header: expect.stringMatching(text),
  script: `${origin}${page}`,
  line: 4,
});

describeWithBrowser(
  'auditing the fixture portal',
  () => {
    it('reads lifetimes from the wire and gives evidence for every item (JSON)', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      expect(report).toMatchObject({
        tool: { name: 'odwb-cookie-policy audit', version: '1.0.0', node: process.version },
        browser: expect.stringMatching(/^Chromium \d+\.[\d.]+$/),
        startedAt: isoDate,
        inventory: [
          { path: `${PORTAL_DATA}/cookies.yaml`, sha256: sha256(`${PORTAL_DATA}/cookies.yaml`) },
          {
            path: `${PORTAL_DATA}/providers.yaml`,
            sha256: sha256(`${PORTAL_DATA}/providers.yaml`),
          },
        ],
        source: { kind: 'crawl', urls: [`${origin}/`] },
        // /about#team is /about; the external link, mailto: and the .csv file are not followed.
        pages: [`${origin}/`, `${origin}/about`, `${origin}/login`, `${origin}/contact`],
        skipped: [],
        coverage: {
          hosts: ['127.0.0.1'],
          languages: ['en'],
          signedIn: false,
          consentChoice: false,
          storageObservable: true,
        },
        ok: false,
      });
      expect(report.undeclared).toEqual([
        firstParty('fx_tracker', DAY, byHeader('/contact', 'fx_tracker=1; Max-Age=86400; Path=/')),
        // Two years as the script wrote it; the jar would have said 400 days.
        firstParty('_ga', about(730 * DAY), byScript('/contact', /^_ga=GA1\.1\.1\.1; expires=/)),
      ]);
      expect(report.lifetimeTooShort).toEqual([
        // Expires minus the response's Date header: 730 days, not the jar's 400.
        firstParty(
          'fx_remember',
          about(730 * DAY),
          byHeader('/', expect.stringMatching(/^fx_remember=1; Expires=.* GMT; Path=\/$/)),
          { declaredAs: 'fx_remember', declaredLifetime: 'P12M', declaredSeconds: 31_556_952 },
        ),
        firstParty('fx_theme', about(30 * DAY), byScript('/about', /^fx_theme=dark; expires=/), {
          declaredAs: 'fx_theme',
          declaredLifetime: 'P1W',
          declaredSeconds: 7 * DAY,
        }),
      ]);
      // The pixel on every page: a request the policy must cover, though it stores nothing.
      expect(report.hosts).toEqual([
        {
          host: 'localhost',
          firstPage: `${origin}/`,
          count: 2,
          types: ['image'],
          provider: null,
          // Attributed, as the per-state hosts are: nobody the tracker database knows.
          domain: 'localhost',
          party: 'third',
          organization: null,
          category: null,
          categoryName: null,
          tracker: null,
          tracking: false,
        },
      ]);
      // No banner: one visit without an answer, and the pixel's host is nobody the database knows.
      expect(report.consentStates).toMatchObject({
        consent: { found: false, page: `${origin}/` },
        states: ['no-answer'],
        storedWithoutConsent: [
          { state: 'no-answer', name: 'fx_tracker', declaredAs: null, category: null },
          { state: 'no-answer', name: '_ga', declaredAs: null, category: null },
        ],
        trackingWithoutConsent: [],
        undeclaredTrackingHosts: [],
        hosts: [
          {
            host: 'localhost',
            domain: 'localhost',
            party: 'third',
            organization: null,
            category: null,
            tracking: false,
            provider: null,
            requests: { 'no-answer': 2 },
            evidence: [],
          },
        ],
      });
      expect(report.notSeen).toEqual([
        { name: 'fx_never', storage: 'http-cookie', lifetime: 'P1D', setWhen: null },
      ]);
      // Set only by submitting the sign-in form, which a crawl never does.
      expect(report.notExpected).toEqual([
        { name: 'sessionid', storage: 'http-cookie', lifetime: 'P2W', setWhen: 'sign-in' },
      ]);
      expect(report.notObservable).toEqual([]);
      expect(report.matched).toEqual([
        firstParty(
          'fx_session',
          null,
          byHeader('/', 'fx_session=abc; Path=/; HttpOnly; SameSite=Lax'),
          { httpOnly: true, sameSite: 'Lax', declaredAs: 'fx_session' },
        ),
        firstParty('fx_pref', 14 * DAY, byHeader('/', 'fx_pref=fr; Max-Age=1209600; Path=/'), {
          declaredAs: 'fx_pref',
        }),
        // Set again on each later page: it lives 30 minutes after the last one.
        firstParty('fx_visit', 1800, byHeader('/', 'fx_visit=1; Max-Age=1800; Path=/'), {
          refreshedOn: [`${origin}/about`, `${origin}/login`, `${origin}/contact`],
          declaredAs: 'fx_visit',
        }),
        firstParty(
          '_fx_id.1',
          365 * DAY,
          byHeader('/about', '_fx_id.1=xyz; Max-Age=31536000; Path=/'),
          { declaredAs: '_fx_id.*' },
        ),
        {
          name: 'fx_consent',
          storage: 'local-storage',
          origin,
          evidence: {
            setBy: 'script',
            page: `${origin}/about`,
            time: isoDate,
            state: 'no-answer',
            script: `${origin}/about`,
            line: 5,
          },
          declaredAs: 'fx_consent',
        },
      ]);
      // Suggestions travel in the JSON too; their YAML is pinned in suggest.process.test.ts.
      expect(report.suggestions.map((item: { names: string[] }) => item.names)).toEqual([
        ['fx_tracker'],
        ['_ga'],
      ]);
      expect(report.suggestions[1].hint).toEqual({
        confidence: 'medium',
        why: 'the database lists the name _ga without a domain',
        platform: 'Google Analytics',
        category: 'Analytics',
      });
    });

    it('follows links only --depth hops away, and prints a table a person reads top to bottom', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '1',
      ]);
      expect(stderr).toBe('');
      // fx_tracker and _ga live on /contact, two hops away: unseen, so nothing is undeclared, but
      // the understated lifetimes still fail the audit.
      expect(code).toBe(1);
      // The Where column is as wide as the origin, whose port changes from run to run.
      const where = (text: string) => text.padEnd(origin.length);
      expect(normalize(stdout)).toBe(
        `Cookie audit of 3 pages:
  ${origin}/
  ${origin}/about
  ${origin}/login
Covered: an anonymous first visit to 127.0.0.1 in a fresh profile: not signed in, no consent choice, page languages en.
Compared with: ${PORTAL_DATA}/cookies.yaml (sha256 ${sha256(`${PORTAL_DATA}/cookies.yaml`).slice(0, 12)}), ${PORTAL_DATA}/providers.yaml (sha256 ${sha256(`${PORTAL_DATA}/providers.yaml`).slice(0, 12)}).
Seen by: Chromium <version>, started <time>; odwb-cookie-policy audit 1.0.0, Node <node>.

Consent interface: none found on ${origin}/ (autoconsent's rules, within 3 s of loading; name a banner they do not know with --consent <file>). One visit, without an answer.

Declared lifetime shorter than the real one (2): raise the lifetime in ${PORTAL_DATA}/cookies.yaml, or shorten the cookie.
  Name         Declared as  Declared         Real      Where       Set by
  fx_remember  fx_remember  P12M (365 days)  730 days  127.0.0.1/  header
  fx_theme     fx_theme     P1W (7 days)     30 days   127.0.0.1/  script
  Evidence:
    fx_remember: Set-Cookie: fx_remember=1; Expires=<http-date>; Path=/ from ${origin}/ on ${origin}/ at <time> (No answer)
    fx_theme: script ${origin}/about:4 wrote "fx_theme=dark; expires=<http-date>; path=/" on ${origin}/about at <time> (No answer)

Requests to other hosts (1, 1 undeclared, for information): add each host to its provider's domains in providers.yaml, or stop the portal from calling it. Domain and party come from the Public Suffix List, organisation and category from Ghostery's tracker database (@ghostery/trackerdb ${TRACKERDB_VERSION}, © Ghostery GmbH, CC BY-NC-SA 4.0, https://github.com/ghostery/trackerdb).
  Host       Domain     Party  Organisation  Category  Declared by  Requests  Types  First caused by
  localhost  localhost  third  unknown       unknown   undeclared   2         image  ${origin}/

Declared but not seen (1, for information): the audit could have seen these; if the portal no longer sets one, remove its entry.
  Name      Storage      Declared lifetime
  fx_never  http-cookie  P1D

Not expected in this audit (1, for information): declared as set only when the audit did not go (setWhen).
  Name       Storage      Declared lifetime  Set when
  sessionid  http-cookie  P2W                sign-in

Seen and declared (5):
  Name        Declared as  Storage        ${where('Where')}  Lifetime                                Set by
  fx_session  fx_session   http-cookie    ${where('127.0.0.1/')}  session                                 header
  fx_pref     fx_pref      http-cookie    ${where('127.0.0.1/')}  14 days                                 header
  fx_visit    fx_visit     http-cookie    ${where('127.0.0.1/')}  30 minutes, refreshed on 2 later pages  header
  _fx_id.1    _fx_id.*     http-cookie    ${where('127.0.0.1/')}  365 days                                header
  fx_consent  fx_consent   local-storage  ${origin}  until cleared                           script

Result: the policy does not match the portal (0 undeclared items, 2 lifetimes declared too short, 0 items stored without consent, 0 tracking requests without consent, 0 undeclared tracking hosts).
`,
      );
    });

    it('stops at --max-pages; declared but not seen alone exits 0', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/login`,
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--json',
        '--max-pages',
        '1',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.pages).toEqual([`${origin}/login`]);
      expect(report.ok).toBe(true);
      expect(report.notSeen.map((entry: { name: string }) => entry.name)).toEqual([
        'fx_session',
        'fx_pref',
        '_fx_id.*',
        'fx_theme',
        'fx_consent',
        'fx_never',
        'fx_remember',
      ]);
      expect(report.matched.map((item: { name: string }) => item.name)).toEqual(['fx_visit']);
    });

    it('--strict-hosts: a request to a host no provider declares fails the audit', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '0',
        '--strict-hosts',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(stdout).toContain(
        'Requests to other hosts (1, 1 undeclared): add each host to its provider',
      );
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        'Result: the policy does not match the portal (0 undeclared items, 1 lifetime declared too short, 1 undeclared host, 0 items stored without consent, 0 tracking requests without consent, 0 undeclared tracking hosts).',
      );
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
