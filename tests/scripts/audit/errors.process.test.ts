/**
 * Every way the audit can refuse to run: one readable line on standard error, exit 2, nothing on
 * standard output, never a stack trace. Each message is pinned: it is what the user reads.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closedPort } from './fixtures/server.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import { HAR, PORTAL_DATA, SLOW_MACHINE_MS, useFixturePortal } from './support/fixture-portal.ts';

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

let origin: string;
useFixturePortal((started) => (origin = started));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

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
        ['--har', `${HAR}/sanitized.har`],
        `audit: ${HAR}/sanitized.har holds no cookies at all: no Cookie or Set-Cookie header and no cookie list in any of its 3 requests. Browsers export HAR files without them by default, so this file cannot show what the portal stores. Export it again with cookies: in Chrome or Edge, open DevTools settings (F1), tick Preferences > Network > "Allow to generate HAR with sensitive data", then in the Network tab choose "Export HAR (with sensitive data)"; in Firefox, right-click in the Network tab and choose "Save All As HAR".`,
      ],
      [
        ['--har', `${HAR}/clean.har`, '--html', 'tests/scripts/audit/nowhere/report.html'],
        'audit: cannot write the HTML report to tests/scripts/audit/nowhere/report.html (its folder does not exist). Give a file in an existing folder.',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--html', 'tests/scripts/audit'],
        'audit: cannot write the HTML report to tests/scripts/audit (it is a folder). Give a file in an existing folder.',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--markdown', 'tests/scripts/audit/nowhere/summary.md'],
        'audit: cannot write the Markdown report to tests/scripts/audit/nowhere/summary.md (its folder does not exist). Give a file in an existing folder.',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--markdown', 'tests/scripts/audit'],
        'audit: cannot write the Markdown report to tests/scripts/audit (it is a folder). Give a file in an existing folder.',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--data', '/srv/portal-b/content'],
        "audit: /srv/portal-b/content/cookies.yaml does not exist. Run the audit from the project's root, or point --data at the folder that holds cookies.yaml and providers.yaml.",
      ],
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
        ['http://127.0.0.1/', '--consent', 'tests/scripts/audit/fixtures/consent/nonsense.yaml'],
        `audit: the consent selectors cannot be used:
  - tests/scripts/audit/fixtures/consent/nonsense.yaml: banner: write the CSS selector of the banner (visible until the visitor answers); it is empty.
  - tests/scripts/audit/fixtures/consent/nonsense.yaml: refuse: write the CSS selector of the button that refuses everything in quotes, e.g. '#cookie-banner'.
  - tests/scripts/audit/fixtures/consent/nonsense.yaml: accept: write the CSS selector of the button that accepts everything in quotes, e.g. '#cookie-banner'.
  - tests/scripts/audit/fixtures/consent/nonsense.yaml: "reject" is not a field; use banner, refuse and accept only.`,
      ],
      [
        ['http://127.0.0.1/', '--consent', 'tests/scripts/audit/fixtures/consent/missing.yaml'],
        'audit: cannot read the consent selectors in tests/scripts/audit/fixtures/consent/missing.yaml (no such file).',
      ],
      [
        ['http://127.0.0.1/', '--resolve', 'www.odwb.be'],
        'audit: --resolve needs <host>=<ip address>, e.g. --resolve www.odwb.be=192.0.2.10, not "www.odwb.be".',
      ],
      [
        [
          '--har',
          `${HAR}/clean.har`,
          '--consent',
          'tests/scripts/audit/fixtures/consent/custom.yaml',
        ],
        'audit: --consent applies to a live audit, not to a HAR file. Run `npm run audit -- --help` for the options.',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--evidence', 'evidence', '--resolve', 'a.example=127.0.0.1'],
        'audit: --resolve and --evidence apply to a live audit, not to a HAR file. Run `npm run audit -- --help` for the options.',
      ],
      [
        ['http://127.0.0.1/', '--timeout', '0'],
        'audit: --timeout must be a number of seconds above 0, not "0".',
      ],
      [
        ['--har', `${HAR}/clean.har`, '--data', 'tests/scripts/audit/fixtures/nowhere'],
        "audit: tests/scripts/audit/fixtures/nowhere/cookies.yaml does not exist. Run the audit from the project's root, or point --data at the folder that holds cookies.yaml and providers.yaml.",
      ],
    ])('%j', async (args, message) => {
      const result = await runAudit(args);
      expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });

    it('a HAR file recorded after a consent answer: refused, and no report file written', async () => {
      const html = join(scratch, 'after-consent.html');
      const markdown = join(scratch, 'after-consent.md');
      const result = await runAudit([
        '--har',
        `${HAR}/after-consent.har`,
        '--data',
        'tests/scripts/audit/fixtures/consent-data',
        '--html',
        html,
        '--markdown',
        markdown,
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: ${HAR}/after-consent.har was recorded after a consent answer: its first request (https://www.portal.example/) already sends klaro (setWhen: consent-choice) and fx_stats (setWhen: consent), which tests/scripts/audit/fixtures/consent-data/cookies.yaml says the portal sets only once the visitor has answered the consent banner. A recording that starts after the answer cannot show what the portal stores before it. Record it again from a private window: open the Network tab, tick "Preserve log", then load the portal and answer the banner while recording; or audit the live portal, which visits each state of consent by itself.\n`,
      });
      expect([existsSync(html), existsSync(markdown)]).toEqual([false, false]);
    });

    it('an inventory with problems: the data check report, before any page is opened', async () => {
      const result = await runAudit([
        'http://127.0.0.1:9/',
        '--data',
        'tests/scripts/audit/fixtures/broken-data',
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: the inventory has problems; fix them first.
The cookie policy cannot be published: 1 problem found.
  - tests/scripts/audit/fixtures/broken-data/cookies.yaml: line 3: cookie "fx_*": name contains "*" but wildcard is not true. Add wildcard: true if the name is a pattern, or write the exact cookie name.
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
