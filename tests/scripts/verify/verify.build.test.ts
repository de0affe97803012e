/**
 * `npm run verify` against the real nginx: a configuration that drops the security headers in a
 * block that adds its own (nginx's classic trap, here the root's language redirect) fails with
 * lines naming the response and the header; a host that cannot be reached, a missing address or a
 * missing browser stop it with one sentence saying what to do. (The good configuration passing is
 * in tests/scripts/hosting/nginx.build.test.ts.)
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { nginxName } from '../../../src/config/hosting.ts';
import { startNginx, type NginxSite } from '../../support/nginx-server.ts';
import { nginxSuite } from '../hosting/support/nginx-suite.ts';
import { runVerify, runVerifyWithEnv } from '../hosting/support/run-verify.ts';
import { distStyleHash } from '../../support/inline-style.ts';

const dist = inject('distDir');

/** A port nothing listens on. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

it('says how to call it when the address is missing', async () => {
  const result = await runVerify();
  expect(result.stderr).toBe(
    'Give the deployed site’s address: npm run verify -- https://cookies.odwb.be/ [--json]\n',
  );
  expect(result.code).toBe(2);
});

it('says what to do, in one sentence, when the site cannot be reached', async () => {
  const port = await closedPort();
  const result = await runVerify(`http://127.0.0.1:${port}/`);
  expect(result.stderr).toBe(
    `Cannot reach the site (http://127.0.0.1:${port}/: ECONNREFUSED): check the address and that this machine can reach it, then run npm run verify again.\n`,
  );
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
});

it('says what to do when there is no browser for the page checks', async () => {
  const result = await runVerifyWithEnv(
    { CHROMIUM_PATH: '/nonexistent/chromium' },
    'http://127.0.0.1:9/',
  );
  expect(result.stderr).toBe(
    'No Chromium found for the browser check: install one (sudo apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH, then run npm run verify again.\n',
  );
  expect(result.code).toBe(2);
});

nginxSuite()?.('npm run verify on a configuration missing the headers on the redirect', () => {
  let site: NginxSite;
  beforeAll(async () => {
    site = await startNginx({
      distDir: dist,
      base: '/',
      // nginx drops inherited add_header lines in a block with its own: the classic mistake.
      edit: (files) => {
        const path = `${nginxName}/site.conf`;
        const broken = files[path]!.replace(/(location = \/ \{\n)\s*include [^\n]*\n/, '$1');
        expect(broken).not.toBe(files[path]);
        return { ...files, [path]: broken };
      },
    });
  });
  afterAll(async () => {
    await site?.close();
  });

  it('fails (exit 1) naming the redirect and each missing header', async () => {
    const result = await runVerify(site.url);
    const lines = result.stdout.split('\n');
    const failed = lines.filter((line) => line.startsWith('FAIL') || line.startsWith('        - '));
    expect(failed).toEqual([
      expect.stringMatching(/^FAIL {2}security headers {4}all 6 on each of: page, icon, /),
      `        - redirect /: Content-Security-Policy missing (expected "default-src 'none'; style-src '${distStyleHash(dist)}'; img-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")`,
      `        - redirect /: Strict-Transport-Security missing (expected "max-age=63072000")`,
      `        - redirect /: X-Content-Type-Options missing (expected "nosniff")`,
      `        - redirect /: Referrer-Policy missing (expected "strict-origin-when-cross-origin")`,
      `        - redirect /: Permissions-Policy missing (expected "camera=(), microphone=(), geolocation=(), payment=(), usb=()")`,
      `        - redirect /: X-Frame-Options missing (expected "DENY")`,
    ]);
    expect(lines.slice(-3)).toEqual([
      '9 checks: 8 passed, 1 failed.',
      'The deployment falls short: fix what the FAIL lines name (scripts/hosting/README.md says what each check expects).',
      '',
    ]);
    expect(result.code).toBe(1);
  }, 180_000);

  it('gives the same verdict as JSON with --json', async () => {
    const result = await runVerify(site.url, '--json');
    const report = JSON.parse(result.stdout);
    expect(report.pass).toBe(false);
    expect(
      report.checks
        .filter((check: { pass: boolean }) => !check.pass)
        .map((check: { name: string }) => check.name),
    ).toEqual(['security headers']);
    expect(report.pageWeights.length).toBeGreaterThan(0);
    expect(result.code).toBe(1);
  }, 180_000);
});
