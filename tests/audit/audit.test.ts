/**
 * The audit end to end: the real CLI (a child process, as `npm run audit` runs it) against a
 * fixture portal on 127.0.0.1 and against hand-written HAR files, with every finding, the exit
 * code, one full table and every error message pinned.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithBrowser } from '../support/describe-with-browser.ts';
import { closedPort, startFixtureServer, type FixtureServer } from './fixtures/server.ts';
import { runAudit } from './run-cli.ts';

const PORTAL_DATA = 'tests/audit/fixtures/portal-data';
const ODWB_DATA = 'tests/audit/fixtures/odwb-data';
const HAR = 'tests/audit/fixtures/har';
const DAY = 86_400;
/** Each test waits for a free slot (run-cli.ts) and a Chromium start: generous on a busy machine. */
const SLOW_MACHINE_MS = 180_000;

/** Real lifetimes are read a moment after the cookie is set: within 5 s of the value set. */
const about = (seconds: number) => expect.closeTo(seconds, -1);
const isoDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

/**
 * A HAR file cut short, as a crashed export leaves it. Written at run time because Prettier (which
 * checks every .har in the repository) cannot parse a broken one.
 */
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-'));
const truncatedHar = join(scratch, 'truncated.har');
writeFileSync(
  truncatedHar,
  '{"log": {"version": "1.2", "entries": [{"startedDateTime": "2026-03-02T09:15:00.000Z", "request": {"url": "https://www.portal.exa',
);

let server: FixtureServer;
let origin: string;

beforeAll(async () => {
  server = await startFixtureServer();
  origin = server.origin;
});
afterAll(async () => {
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** What every crawl of the fixture portal sees on its first two pages, as the JSON says it. */
const firstPartyCookie = { storage: 'http-cookie', domain: '127.0.0.1', path: '/', secure: false };

// Each test runs its own CLI process (and browser) against one shared server: they can overlap.
describeWithBrowser(
  'auditing the fixture portal',
  () => {
    it('finds the undeclared cookie, the understated lifetime and the unseen entry (JSON)', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/`,
        '--data',
        PORTAL_DATA,
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      expect(JSON.parse(stdout)).toEqual({
        source: { kind: 'crawl', urls: [`${origin}/`] },
        // /about#team is /about; the external link, mailto: and the .csv file are not followed.
        pages: [`${origin}/`, `${origin}/about`, `${origin}/contact`],
        skipped: [],
        ok: false,
        undeclared: [
          {
            ...firstPartyCookie,
            name: 'fx_tracker',
            lifetimeSeconds: about(DAY),
            expires: isoDate,
            httpOnly: false,
            sameSite: 'Lax',
            setBy: 'header',
            seenOn: `${origin}/contact`,
          },
        ],
        lifetimeTooShort: [
          {
            ...firstPartyCookie,
            name: 'fx_theme',
            lifetimeSeconds: about(30 * DAY),
            expires: isoDate,
            httpOnly: false,
            sameSite: 'Lax',
            setBy: 'script',
            seenOn: `${origin}/about`,
            declaredAs: 'fx_theme',
            declaredLifetime: 'P1W',
            declaredSeconds: 7 * DAY,
          },
        ],
        notSeen: [{ name: 'fx_never', storage: 'http-cookie', lifetime: 'P1D' }],
        matched: [
          {
            ...firstPartyCookie,
            name: 'fx_session',
            lifetimeSeconds: null,
            expires: null,
            httpOnly: true,
            sameSite: 'Lax',
            setBy: 'header',
            seenOn: `${origin}/`,
            declaredAs: 'fx_session',
          },
          {
            ...firstPartyCookie,
            name: 'fx_pref',
            lifetimeSeconds: about(14 * DAY),
            expires: isoDate,
            httpOnly: false,
            sameSite: 'Lax',
            setBy: 'header',
            seenOn: `${origin}/`,
            declaredAs: 'fx_pref',
          },
          {
            ...firstPartyCookie,
            name: '_fx_id.1',
            lifetimeSeconds: about(365 * DAY),
            expires: isoDate,
            httpOnly: false,
            sameSite: 'Lax',
            setBy: 'header',
            seenOn: `${origin}/about`,
            declaredAs: '_fx_id.*',
          },
          {
            name: 'fx_consent',
            storage: 'local-storage',
            origin,
            seenOn: `${origin}/about`,
            declaredAs: 'fx_consent',
          },
        ],
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
      // fx_tracker lives on /contact, two hops away: unseen, so nothing is undeclared, but
      // fx_theme's understated lifetime still fails the audit.
      expect(code).toBe(1);
      // The Where column is as wide as the origin, whose port changes from run to run.
      const where = (text: string) => text.padEnd(origin.length);
      expect(stdout).toBe(
        `Cookie audit of 2 pages:
  ${origin}/
  ${origin}/about

Declared lifetime shorter than the real one (1): raise the lifetime in tests/audit/fixtures/portal-data/cookies.yaml, or shorten the cookie.
  Name      Declared as  Declared      Real     Where       Set by  First seen on
  fx_theme  fx_theme     P1W (7 days)  30 days  127.0.0.1/  script  ${origin}/about

Declared but not seen (1, for information): set only in some cases (signing in, a second language), or no longer set at all.
  Name      Storage      Declared lifetime
  fx_never  http-cookie  P1D

Seen and declared (4):
  Name        Declared as  Storage        ${where('Where')}  Lifetime       Set by
  fx_session  fx_session   http-cookie    ${where('127.0.0.1/')}  session        header
  fx_pref     fx_pref      http-cookie    ${where('127.0.0.1/')}  14 days        header
  _fx_id.1    _fx_id.*     http-cookie    ${where('127.0.0.1/')}  365 days       header
  fx_consent  fx_consent   local-storage  ${origin}  until cleared  script

Result: the policy does not match the portal (0 undeclared items, 1 lifetime declared too short).
`,
      );
    });

    it('stops at --max-pages; declared but not seen alone exits 0', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/`,
        `${origin}/contact`,
        '--data',
        PORTAL_DATA,
        '--json',
        '--max-pages',
        '1',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.pages).toEqual([`${origin}/`]);
      expect(report.ok).toBe(true);
      expect(report.undeclared).toEqual([]);
      expect(report.lifetimeTooShort).toEqual([]);
      expect(report.notSeen).toEqual([
        { name: '_fx_id.*', storage: 'http-cookie', lifetime: 'P13M' },
        { name: 'fx_theme', storage: 'http-cookie', lifetime: 'P1W' },
        { name: 'fx_consent', storage: 'local-storage', lifetime: 'P6M' },
        { name: 'fx_never', storage: 'http-cookie', lifetime: 'P1D' },
      ]);
      expect(report.matched.map((item: { name: string }) => item.name)).toEqual([
        'fx_session',
        'fx_pref',
      ]);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);

describe.concurrent('auditing a HAR file', { timeout: SLOW_MACHINE_MS }, () => {
  it('reads Set-Cookie headers, response cookie lists and request Cookie headers (JSON)', async () => {
    const { code, stdout, stderr } = await runAudit([
      '--har',
      `${HAR}/portal.har`,
      '--data',
      ODWB_DATA,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const matomo = 'https://stats.example.net/matomo.php?idsite=1&rec=1';
    const api = 'https://www.portal.example/api/explore/v2.1/catalog/datasets?limit=10';
    expect(JSON.parse(stdout)).toEqual({
      source: { kind: 'har', file: `${HAR}/portal.har` },
      pages: ['https://www.portal.example/explore/', api, matomo],
      skipped: [],
      ok: false,
      // Firefox-style: two Set-Cookie lines joined by a newline in one header, third-party domain.
      undeclared: [
        {
          name: '_pk_id.1.5a3c',
          storage: 'http-cookie',
          domain: 'example.net',
          path: '/',
          lifetimeSeconds: 33_955_200,
          expires: '2027-03-30T09:15:01.500Z',
          httpOnly: false,
          secure: true,
          sameSite: 'None',
          setBy: 'header',
          seenOn: matomo,
        },
        {
          name: '_pk_ses.1.5a3c',
          storage: 'http-cookie',
          domain: 'example.net',
          path: '/',
          lifetimeSeconds: 1800,
          expires: '2026-03-02T09:45:01.500Z',
          httpOnly: false,
          secure: true,
          sameSite: 'None',
          setBy: 'header',
          seenOn: matomo,
        },
      ],
      // Only in the response's cookie list, 400 days from the request: longer than P12M.
      lifetimeTooShort: [
        {
          name: 'django_language',
          storage: 'http-cookie',
          domain: 'www.portal.example',
          path: '/',
          lifetimeSeconds: 400 * DAY,
          expires: '2027-04-06T09:15:01.200Z',
          httpOnly: false,
          secure: true,
          sameSite: null,
          setBy: 'header',
          seenOn: api,
          declaredAs: 'django_language',
          declaredLifetime: 'P12M',
          declaredSeconds: 31_556_952,
        },
      ],
      // An anonymous visit: no sign-in, so no session cookie.
      notSeen: [{ name: 'sessionid', storage: 'http-cookie', lifetime: 'P2W' }],
      matched: [
        // In both the header and the cookie list: one cookie. The Max-Age=0 deletion is no cookie.
        {
          name: 'csrftoken',
          storage: 'http-cookie',
          domain: 'www.portal.example',
          path: '/',
          lifetimeSeconds: 31_449_600,
          expires: '2027-03-01T09:15:00.000Z',
          httpOnly: false,
          secure: true,
          sameSite: 'Lax',
          setBy: 'header',
          seenOn: 'https://www.portal.example/explore/',
          declaredAs: 'csrftoken',
        },
        // Set by a script (or an earlier visit): only a later request carries it.
        {
          name: 'cookies_preferences',
          storage: 'http-cookie',
          domain: 'www.portal.example',
          path: '/',
          lifetimeSeconds: null,
          expires: null,
          httpOnly: null,
          secure: null,
          sameSite: null,
          setBy: 'request',
          seenOn: api,
          declaredAs: 'cookies_preferences',
        },
      ],
    });
  });

  it('exits 0 with a table when everything seen is declared', async () => {
    const { code, stdout, stderr } = await runAudit([
      '--har',
      `${HAR}/clean.har`,
      '--data',
      ODWB_DATA,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(`Cookie audit of tests/audit/fixtures/har/clean.har (1 request)

Declared but not seen (3, for information): set only in some cases (signing in, a second language), or no longer set at all.
  Name                 Storage      Declared lifetime
  sessionid            http-cookie  P2W
  django_language      http-cookie  P12M
  cookies_preferences  http-cookie  P6M

Seen and declared (1):
  Name       Declared as  Storage      Where                Lifetime  Set by
  csrftoken  csrftoken    http-cookie  www.portal.example/  364 days  header

Result: the policy matches the portal: everything seen is declared with a long enough lifetime.
`);
  });
});

describe.concurrent(
  'errors: one readable line and exit 2, never a stack trace',
  { timeout: SLOW_MACHINE_MS },
  () => {
    // The audit starts its browser before it opens the first page.
    describeWithBrowser(
      'met by the browser',
      () => {
        it('an unreachable URL', async () => {
          const port = await closedPort();
          const result = await runAudit([`http://127.0.0.1:${port}/`, '--data', PORTAL_DATA]);
          expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: `audit: cannot reach http://127.0.0.1:${port}/ (connection refused). Check the address and that the site is up.\n`,
          });
        });

        it('a page that never answers, with --timeout 1', async () => {
          const result = await runAudit([
            `${origin}/slow`,
            '--data',
            PORTAL_DATA,
            '--timeout',
            '1',
          ]);
          expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: `audit: ${origin}/slow did not load within 1 s (timeout). Check that the site is up, or allow more time with --timeout <seconds>.\n`,
          });
        });
      },
      { concurrent: true },
    );

    it.each([
      [['ftp://x'], 'audit: "ftp://x" is not an http(s) URL.'],
      [['www.odwb.be'], 'audit: "www.odwb.be" is not an http(s) URL.'],
      [
        ['--har', truncatedHar],
        `audit: ${truncatedHar} is not a valid HAR file: Unterminated string in JSON at position 129 (line 1 column 130).`,
      ],
      [
        ['--har', `${HAR}/no-entries.har`],
        `audit: ${HAR}/no-entries.har is not a valid HAR file: it has no "log.entries" list.`,
      ],
      [['--har', `${HAR}/missing.har`], `audit: cannot read ${HAR}/missing.har (no such file).`],
      [
        [],
        "audit: give the portal's URL(s), or --har <file.har>. Run `npm run audit -- --help` for the options.",
      ],
      [
        ['http://127.0.0.1/', '--har', `${HAR}/clean.har`],
        'audit: give either URLs or --har <file.har>, not both. Run `npm run audit -- --help` for the options.',
      ],
      [
        ['http://127.0.0.1/', '--verbose'],
        'audit: unknown option --verbose. Run `npm run audit -- --help` for the options.',
      ],
      [
        ['http://127.0.0.1/', '--depth', 'two'],
        'audit: --depth must be a whole number of at least 0, not "two".',
      ],
      [
        ['http://127.0.0.1/', '--timeout', '0'],
        'audit: --timeout must be a number of seconds above 0, not "0".',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--data', 'tests/audit/fixtures/nowhere'],
        "audit: tests/audit/fixtures/nowhere/cookies.yaml does not exist. Run the audit from the project's root, or point --data at the folder that holds cookies.yaml and providers.yaml.",
      ],
    ])('%j', async (args, message) => {
      const result = await runAudit(args);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });

    it('an inventory with problems: the data check report, before any page is opened', async () => {
      const result = await runAudit([
        'http://127.0.0.1:9/',
        '--data',
        'tests/audit/fixtures/broken-data',
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: the inventory has problems; fix them first.
The cookie policy cannot be published: 1 problem found.
  - tests/audit/fixtures/broken-data/cookies.yaml: cookie "fx_*": name contains "*" but wildcard is not true. Add wildcard: true if the name is a pattern, or write the exact cookie name.
`,
      });
    });

    it('--help prints the usage and exits 0', async () => {
      const result = await runAudit(['--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(
        /^Usage:\n {2}npm run audit -- <url> \[more urls\] \[options\]\n/,
      );
      expect(result.stderr).toBe('');
    });
  },
);
