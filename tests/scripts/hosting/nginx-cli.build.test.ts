/**
 * `npm run nginx` as the README runs it: the files it writes are the generated configuration for
 * the build's SITE_URL and BASE_PATH, and it refuses, writing nothing, when they do not match dist/
 * or a setting is not an absolute path, or when there is no build whose inlined stylesheet the
 * policy could allow. (That the files work is nginx.build.test.ts.)
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, inject, it } from 'vitest';
import { nginxFiles } from '../../../scripts/hosting/nginx-config.ts';
import { distStyleHash } from '../../support/inline-style.ts';

const cli = fileURLToPath(new URL('../../../scripts/nginx.ts', import.meta.url));
const dist = inject('distDir');
const README_FLAGS = [
  '--site-dir=/var/www/odwb-cookies/dist',
  '--certificate=/etc/letsencrypt/live/cookies.odwb.be/fullchain.pem',
  '--certificate-key=/etc/letsencrypt/live/cookies.odwb.be/privkey.pem',
];

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

function run(env: Record<string, string>, ...args: string[]) {
  return runOn(dist, env, ...args);
}

function runOn(built: string, env: Record<string, string>, ...args: string[]) {
  work = mkdtempSync(join(tmpdir(), 'odwb-nginx-cli-'));
  const { SITE_URL: _s, BASE_PATH: _b, BASE_URL: _u, SITE: _t, ...inherited } = process.env;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [cli, `--dist=${built}`, ...args],
      { cwd: work, env: { ...inherited, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

it('writes the configuration for the build, laid out as /etc/nginx', async () => {
  const result = await run({ SITE_URL: 'https://cookies.odwb.be' }, ...README_FLAGS);
  const expected = nginxFiles({
    base: '/',
    serverName: 'cookies.odwb.be',
    siteDir: '/var/www/odwb-cookies/dist',
    certificate: '/etc/letsencrypt/live/cookies.odwb.be/fullchain.pem',
    certificateKey: '/etc/letsencrypt/live/cookies.odwb.be/privkey.pem',
    styleHashes: [distStyleHash(dist)],
  });
  expect(result.stdout).toBe(
    [
      'nginx configuration for https://cookies.odwb.be/ written to nginx/:',
      ...Object.keys(expected).map((path) => `  nginx/${path}`),
      'Install: sudo cp -r nginx/. /etc/nginx/ && sudo nginx -t && sudo systemctl reload nginx',
      '',
    ].join('\n'),
  );
  for (const [path, text] of Object.entries(expected)) {
    expect(readFileSync(join(work, 'nginx', path), 'utf8'), path).toBe(text);
  }
  expect(readFileSync(join(work, 'nginx/odwb-cookies/security-headers.conf'), 'utf8')).toContain(
    `style-src '${distStyleHash(dist)}';`,
  );
  expect(readFileSync(join(work, 'nginx/conf.d/odwb-cookies.conf'), 'utf8')).toContain(
    '    ssl_certificate /etc/letsencrypt/live/cookies.odwb.be/fullchain.pem;\n',
  );
  expect(result.code).toBe(0);
});

it('refuses a BASE_PATH other than the build’s, and a relative path, writing nothing', async () => {
  const result = await run({ BASE_PATH: '/odwb-cookies/' }, '--site-dir=dist');
  expect(result.stderr).toBe(
    [
      'npm run nginx: nothing written.',
      '  - --site-dir="dist" must be an absolute path without spaces, quotes, ; { } $ # or \\.',
      `  - ${dist}/ was built with BASE_PATH=/, but BASE_PATH is /odwb-cookies/ now: run npm run nginx with the BASE_PATH of the build (or build again).`,
      '',
    ].join('\n'),
  );
  expect(existsSync(join(work, 'nginx'))).toBe(false);
  expect(result.code).toBe(1);
});

it('refuses to write a configuration without a build, since its policy names the build’s stylesheet', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'odwb-no-build-'));
  try {
    const result = await runOn(empty, { SITE_URL: 'https://cookies.odwb.be' }, ...README_FLAGS);
    expect(result.stderr).toBe(
      [
        'npm run nginx: nothing written.',
        `  - ${empty}/ holds no built page: build the site first (npm run build), then run npm run nginx (the Content-Security-Policy allows the stylesheet the pages inline by its hash).`,
        '',
      ].join('\n'),
    );
    expect(existsSync(join(work, 'nginx'))).toBe(false);
    expect(result.code).toBe(1);
  } finally {
    rmSync(empty, { recursive: true, force: true });
  }
});
