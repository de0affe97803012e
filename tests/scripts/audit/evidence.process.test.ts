/**
 * `--evidence DIR` end to end against the Klaro portal: per state the first page's screenshot and
 * source and a HAR file with cookie headers, the reports, and a manifest whose SHA-256s match the
 * files. A folder that exists or cannot be written is refused before the crawl, and an audit that
 * stops leaves nothing behind.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { resolveArgs } from './fixtures/consent-portals.ts';
import { runAudit } from './support/run-cli.ts';
import { isoDate, SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

const DATA = 'tests/scripts/audit/fixtures/consent-data';
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-evidence-'));
let origin: string;
useConsentPortals((started) => (origin = started));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STATES = ['no-answer', 'refuse-all', 'accept-all'];
const PER_STATE = ['first-page.html', 'first-page.png', 'requests.har'];

describeWithBrowser(
  'the evidence folder',
  () => {
    it('holds, per state, the first page and every request with its cookies; the manifest fingerprints each file', async () => {
      const dir = join(scratch, 'klaro');
      const args = [`${origin}/klaro/`, '--data', DATA, ...resolveArgs, '--evidence', dir];
      const { code, stderr } = await runAudit(args);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const files = [
        ...STATES.flatMap((state) => PER_STATE.map((file) => `${state}/${file}`)),
        'report.html',
        'report.json',
      ].sort();
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({
        tool: { name: 'odwb-cookie-policy audit', version: '1.0.0' },
        node: process.version,
        browser: expect.stringMatching(/^Chromium \d+\./),
        packages: {
          '@duckduckgo/autoconsent': expect.stringMatching(/^\d+\.\d+\.\d+$/),
          '@ghostery/trackerdb': expect.stringMatching(/^\d+\.\d+\.\d+$/),
        },
        startedAt: isoDate,
        endedAt: isoDate,
        command: ['node', 'scripts/audit.ts', ...args],
        states: STATES,
      });
      expect(manifest.files.map((file: { path: string }) => file.path)).toEqual(files);
      for (const file of manifest.files) {
        const bytes = readFileSync(join(dir, file.path));
        expect(file).toEqual({
          path: file.path,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          bytes: bytes.length,
        });
      }
      // A PNG of the first page, and its source: with Klaro's banner before any answer.
      expect(readFileSync(join(dir, 'no-answer/first-page.png')).subarray(1, 4).toString()).toBe(
        'PNG',
      );
      expect(readFileSync(join(dir, 'no-answer/first-page.html'), 'utf8')).toContain(
        'cookie-notice',
      );
      // The HAR keeps the cookie headers browsers leave out by default: the audit reads it back.
      const har = JSON.parse(readFileSync(join(dir, 'accept-all/requests.har'), 'utf8'));
      const headers = har.log.entries.flatMap(
        (entry: {
          request: { headers: { name: string; value: string }[] };
          response: { headers: { name: string; value: string }[] };
        }) => [...entry.request.headers, ...entry.response.headers],
      );
      expect(headers).toContainEqual({
        name: 'set-cookie',
        value: 'fx_session=1; Path=/; HttpOnly; SameSite=Lax',
      });
      expect(headers).toContainEqual({
        name: 'Cookie',
        value: expect.stringContaining('fx_stats=1'),
      });
      // Each HAR is its own state's: before any answer, no request carries Klaro's choice.
      const sent = (state: string) =>
        JSON.parse(readFileSync(join(dir, `${state}/requests.har`), 'utf8')).log.entries.flatMap(
          (entry: { request: { cookies: { name: string }[] } }) =>
            entry.request.cookies.map((cookie) => cookie.name),
        );
      expect(sent('no-answer')).not.toContain('klaro');
      expect(sent('refuse-all')).toContain('klaro');
      expect(sent('refuse-all')).not.toContain('fx_stats');
      expect(sent('accept-all')).toContain('fx_stats');
      const reread = await runAudit([
        '--har',
        join(dir, 'accept-all/requests.har'),
        '--data',
        DATA,
        '--json',
      ]);
      expect(
        JSON.parse(reread.stdout).matched.map((item: { name: string }) => item.name),
      ).toContain('fx_stats');
      expect(
        JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).consentStates.states,
      ).toEqual(STATES);
    });

    it('an audit that stops leaves no folder and no partial file behind', async () => {
      const parent = join(scratch, 'stopped');
      mkdirSync(parent);
      // Selectors that do not fit the page stop the audit once the browser has opened it.
      const result = await runAudit([
        `${origin}/custom/`,
        '--data',
        DATA,
        '--consent',
        'tests/scripts/audit/fixtures/consent/wrong.yaml',
        '--timeout',
        '2',
        '--evidence',
        join(parent, 'evidence'),
      ]);
      expect(result.code).toBe(2);
      expect(readdirSync(parent)).toEqual([]);
    });

    it.each([
      [
        'exists',
        () => scratch,
        (dir: string) =>
          `audit: the evidence folder ${dir} already exists. Give a new folder: an audit's evidence is never mixed with another's.\n`,
      ],
      [
        'cannot be written',
        () => 'tests/scripts/audit/fixtures/consent/custom.yaml/evidence',
        (dir: string) =>
          `audit: cannot write the evidence folder ${dir} (its parent is a file, not a folder). Give a new folder in a place you can write.\n`,
      ],
    ])('a folder that %s is refused before any page opens', async (_case, folder, message) => {
      const dir = folder();
      // The port is closed: a crawl would fail differently, so the message proves it never started.
      const result = await runAudit(['http://127.0.0.1:9/', '--data', DATA, '--evidence', dir]);
      expect(result).toEqual({ code: 2, stdout: '', stderr: message(dir) });
      expect(existsSync('tests/scripts/audit/fixtures/consent/custom.yaml')).toBe(true);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
