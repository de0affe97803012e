/**
 * The audit of a saved HAR file end to end: cookies from Set-Cookie headers, response cookie
 * lists and request Cookie headers, lifetimes counted from the response's Date, requests to other
 * hosts, storage keys reported as not observable, and an absolute --data folder.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from './support/run-cli.ts';
import { DAY, HAR, ODWB_DATA, sha256, SLOW_MACHINE_MS } from './support/fixture-portal.ts';

/** The ODWB inventory plus a Matomo provider that declares stats.example.net's parent domain. */
const withMatomo = mkdtempSync(join(tmpdir(), 'odwb-audit-har-'));
copyFileSync(join(ODWB_DATA, 'cookies.yaml'), join(withMatomo, 'cookies.yaml'));
writeFileSync(
  join(withMatomo, 'providers.yaml'),
  `${readFileSync(join(ODWB_DATA, 'providers.yaml'), 'utf8')}
- id: matomo
  name: Matomo
  role: controller
  website: https://matomo.org
  privacyPolicy: https://matomo.org/privacy-policy/
  domains: [example.net]
`,
);
afterAll(() => rmSync(withMatomo, { recursive: true, force: true }));

const portal = 'https://www.portal.example/explore/';
const api = 'https://www.portal.example/api/explore/v2.1/catalog/datasets?limit=10';
const matomo = 'https://stats.example.net/matomo.php?idsite=1&rec=1';
const cookie = (name: string, domain: string, fields: object) => ({
  name,
  storage: 'http-cookie',
  domain,
  path: '/',
  refreshedOn: [],
  ...fields,
});

describe.concurrent('auditing a HAR file', { timeout: SLOW_MACHINE_MS }, () => {
  it('reads headers, cookie lists and Cookie headers, with their evidence (JSON)', async () => {
    const { code, stdout, stderr } = await runAudit([
      '--har',
      `${HAR}/portal.har`,
      '--data',
      ODWB_DATA,
      '--json',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      browser: 'WebInspector 537.36',
      startedAt: '2026-03-02T09:15:00.000Z',
      inventory: [
        { path: `${ODWB_DATA}/cookies.yaml`, sha256: sha256(`${ODWB_DATA}/cookies.yaml`) },
        { path: `${ODWB_DATA}/providers.yaml`, sha256: sha256(`${ODWB_DATA}/providers.yaml`) },
      ],
      source: { kind: 'har', file: `${HAR}/portal.har` },
      pages: [portal, api, matomo],
      coverage: {
        hosts: ['www.portal.example'],
        languages: [],
        signedIn: 'unknown',
        consentChoice: 'unknown',
        storageObservable: false,
      },
      ok: false,
    });
    const matomoHeader = (line: string) => ({
      setBy: 'header',
      page: portal,
      time: '2026-03-02T09:15:01.500Z',
      response: matomo,
      header: line,
    });
    // Firefox-style: two Set-Cookie lines joined by a newline in one header, third-party
    // domain; Max-Age counts from the response's Date header (09:15:02), not the request.
    expect(report.undeclared).toEqual([
      cookie('_pk_id.1.5a3c', 'example.net', {
        lifetimeSeconds: 33_955_200,
        expires: '2027-03-30T09:15:02.000Z',
        httpOnly: false,
        secure: true,
        sameSite: 'None',
        evidence: matomoHeader(
          '_pk_id.1.5a3c=4f1e2d.1772442901.; Max-Age=33955200; Domain=.example.net; Path=/; Secure; SameSite=None',
        ),
      }),
      cookie('_pk_ses.1.5a3c', 'example.net', {
        lifetimeSeconds: 1800,
        expires: '2026-03-02T09:45:02.000Z',
        httpOnly: false,
        secure: true,
        sameSite: 'None',
        evidence: matomoHeader(
          '_pk_ses.1.5a3c=1; Max-Age=1800; Domain=.example.net; Path=/; Secure; SameSite=None',
        ),
      }),
    ]);
    // Only in the response's cookie list, 400 days from the request: longer than P12M.
    expect(report.lifetimeTooShort).toEqual([
      cookie('django_language', 'www.portal.example', {
        lifetimeSeconds: 400 * DAY,
        expires: '2027-04-06T09:15:01.200Z',
        httpOnly: false,
        secure: true,
        sameSite: null,
        evidence: {
          setBy: 'header',
          page: portal,
          time: '2026-03-02T09:15:01.200Z',
          response: api,
        },
        declaredAs: 'django_language',
        declaredLifetime: 'P12M',
        declaredSeconds: 31_556_952,
      }),
    ]);
    expect(report.hosts).toEqual([
      {
        host: 'stats.example.net',
        firstPage: portal,
        count: 1,
        types: ['image'],
        provider: null,
        // Attributed as a live visit's hosts are: matomo.php is Matomo's, which tracks.
        domain: 'example.net',
        party: 'third',
        organization: 'Matomo',
        category: 'site_analytics',
        categoryName: 'Site Analytics',
        tracker: 'Matomo',
        tracking: true,
      },
    ]);
    expect(report.notSeen).toEqual([]);
    // An anonymous visit: no sign-in, so no session cookie, and it is not expected either.
    expect(report.notExpected).toEqual([
      { name: 'sessionid', storage: 'http-cookie', lifetime: 'P2W', setWhen: 'sign-in' },
    ]);
    // A HAR file holds no storage: the key is not observable, not "not seen".
    expect(report.notObservable).toEqual([
      { name: 'fx_layout', storage: 'local-storage', lifetime: 'P1Y', setWhen: null },
    ]);
    expect(report.matched).toEqual([
      // In both the header and the cookie list: one cookie. The Max-Age=0 deletion is no cookie.
      cookie('csrftoken', 'www.portal.example', {
        lifetimeSeconds: 31_449_600,
        expires: '2027-03-01T09:15:00.000Z',
        httpOnly: false,
        secure: true,
        sameSite: 'Lax',
        evidence: {
          setBy: 'header',
          page: portal,
          time: '2026-03-02T09:15:00.000Z',
          response: portal,
          header:
            'csrftoken=Qm9uam91cg; expires=Mon, 01 Mar 2027 09:15:00 GMT; Max-Age=31449600; Path=/; SameSite=Lax; Secure',
        },
        declaredAs: 'csrftoken',
      }),
      // Set by a script (or an earlier visit): only a later request carries it.
      cookie('cookies_preferences', 'www.portal.example', {
        lifetimeSeconds: null,
        expires: null,
        httpOnly: null,
        secure: null,
        sameSite: null,
        evidence: {
          setBy: 'request',
          page: portal,
          time: '2026-03-02T09:15:01.200Z',
          response: api,
        },
        declaredAs: 'cookies_preferences',
      }),
    ]);
  });

  it('exits 3 with a table when everything seen is declared but declared storage keys cannot be checked', async () => {
    const { code, stdout, stderr } = await runAudit([
      '--har',
      `${HAR}/clean.har`,
      '--data',
      ODWB_DATA,
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(3);
    expect(stdout.replace(process.version, '<node>'))
      .toBe(`Cookie audit of tests/scripts/audit/fixtures/har/clean.har (1 request)
Covered: a recording made by a person: whether it includes signing in or a consent choice is unknown; it holds no browser storage (localStorage, sessionStorage, IndexedDB, Cache Storage, service workers).
Compared with: ${ODWB_DATA}/cookies.yaml (sha256 ${sha256(`${ODWB_DATA}/cookies.yaml`).slice(0, 12)}), ${ODWB_DATA}/providers.yaml (sha256 ${sha256(`${ODWB_DATA}/providers.yaml`).slice(0, 12)}).
Seen by: WebInspector 537.36, started 2026-03-02T09:15:00.000Z; odwb-cookie-policy audit 1.0.0, Node <node>.

Could not check (1): the audit could not look at everything it had to, so it cannot say that the policy matches the portal. Resolve each, then audit again.
  What was not checked
  ${ODWB_DATA}/cookies.yaml declares 1 storage key ("fx_layout"), and a HAR file holds no browser storage: audit the live portal to check them.

Declared but not seen (1, for information): the audit could have seen these; if the portal no longer sets one, remove its entry.
  Name                 Storage      Declared lifetime
  cookies_preferences  http-cookie  P6M

Not expected in this audit (2, for information): declared as set only when the audit did not go (setWhen).
  Name             Storage      Declared lifetime  Set when
  sessionid        http-cookie  P2W                sign-in
  django_language  http-cookie  P12M               multilingual

Not observable in a HAR file (1): audit the live portal to check these storage keys.
  Name       Storage        Declared lifetime
  fx_layout  local-storage  P1Y

Seen and declared (1):
  Name       Declared as  Storage      Where                Lifetime  Set by
  csrftoken  csrftoken    http-cookie  www.portal.example/  364 days  header

Result: could not check: the audit could not look at 1 thing it had to (see "Could not check"), so it cannot say whether the policy matches the portal.
`);
  });

  it('with an absolute --data: a host in a provider’s domains is declared, and its cookies are suggested with that provider', async () => {
    const { code, stdout, stderr } = await runAudit([
      '--har',
      `${HAR}/portal.har`,
      '--data',
      withMatomo,
      '--json',
      '--strict-hosts',
    ]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.inventory[0].path).toBe(join(withMatomo, 'cookies.yaml'));
    expect(report.hosts).toEqual([
      {
        host: 'stats.example.net',
        firstPage: portal,
        count: 1,
        types: ['image'],
        provider: 'matomo',
        domain: 'example.net',
        party: 'third',
        organization: 'Matomo',
        category: 'site_analytics',
        categoryName: 'Site Analytics',
        tracker: 'Matomo',
        tracking: true,
      },
    ]);
    expect(report.suggestions[0].yaml).toContain(
      '- name: _pk_id.*\n  wildcard: true\n  provider: matomo\n  category: TODO\n  party: third\n  storage: http-cookie\n  lifetime: P13M\n',
    );
  });
});
