/**
 * Settings from outside never become nginx syntax: `npm run nginx` refuses a SITE_URL or BASE_PATH
 * that would write a directive into the configuration, a path holding nginx syntax, and an output
 * folder it would have to delete other files from, writing nothing (SECURITY.md, "Settings").
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { scriptFile } from '../../support/npm-script.ts';
import { projectRoot } from '../../support/build-site.ts';

let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

/**
 * A one-page build, in a folder of its own: the configuration's policy names the stylesheet a
 * build's pages inline, so without one the command would refuse for that reason too.
 */
const build = mkdtempSync(join(tmpdir(), 'odwb-nginx-settings-build-'));
writeFileSync(join(build, 'index.html'), '<!doctype html><style>p{color:#000}</style><p>Page</p>');
afterAll(() => rmSync(build, { recursive: true, force: true }));

/**
 * `npm run nginx` in an empty folder (or, with `files`, one holding those files, and whatever
 * `prepare` puts there), on the one-page build and with only these settings set.
 */
function run(
  env: Record<string, string>,
  args: string[] = [],
  files: string[] = [],
  prepare: (dir: string) => void = () => undefined,
) {
  work = mkdtempSync(join(tmpdir(), 'odwb-nginx-settings-'));
  for (const file of files) writeFileSync(join(work, file), 'mine');
  prepare(work);
  const { SITE_URL: _s, BASE_PATH: _b, ...inherited } = process.env;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [join(projectRoot, scriptFile('nginx')), `--dist=${build}`, ...args],
      { cwd: work, env: { ...inherited, ...env } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

it('refuses a BASE_PATH that would close the location block and open another', async () => {
  const result = await run({ BASE_PATH: '/x/ { return 200 "pwned"; } location /y' });
  expect(result.stderr).toBe(
    'npm run nginx: nothing written.\n' +
      '  - BASE_PATH="/x/ { return 200 \\"pwned\\"; } location /y" is not a path the site can live under: it holds " ", "{", "\\"", ";", "}". Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/odwb-cookies/.\n',
  );
  expect(result.code).toBe(1);
  expect(readdirSync(work)).toEqual([]);
});

it('refuses a SITE_URL whose host would end server_name, and one with a path', async () => {
  const braces = await run({ SITE_URL: 'https://a;b{c}.example' });
  expect(braces.stderr).toBe(
    'npm run nginx: nothing written.\n' +
      '  - SITE_URL="https://a;b{c}.example" is not the address of a site: its host name holds ";", "{", "}". Give the scheme and host only, like SITE_URL=https://cookies.odwb.be (a sub-path goes in BASE_PATH).\n',
  );
  expect(braces.code).toBe(1);
  expect(readdirSync(work)).toEqual([]);
  rmSync(work, { recursive: true });

  const path = await run({ SITE_URL: 'https://example.org/cookies', BASE_PATH: '/a/\nb/' });
  expect(path.stderr).toBe(
    'npm run nginx: nothing written.\n' +
      '  - SITE_URL="https://example.org/cookies" is not the address of a site: it has a path (/cookies), which belongs in BASE_PATH. Give the scheme and host only, like SITE_URL=https://cookies.odwb.be (a sub-path goes in BASE_PATH).\n' +
      '  - BASE_PATH="/a/\\nb/" is not a path the site can live under: it holds "\\n". Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/odwb-cookies/.\n',
  );
  expect(readdirSync(work)).toEqual([]);
});

it('refuses a path holding an nginx variable, and an output folder it would empty', async () => {
  const result = await run({}, ['--site-dir=/var/www/$host', '--out=.'], ['keep.txt']);
  expect(result.stderr).toBe(
    'npm run nginx: nothing written.\n' +
      '  - --site-dir="/var/www/$host" must be an absolute path without spaces, quotes, ; { } $ # or \\.\n' +
      '  - --out=. holds files this command did not write (keep.txt), which writing would delete: give an empty or a new folder.\n',
  );
  expect(result.code).toBe(1);
  expect(readdirSync(work)).toEqual(['keep.txt']);
});

it('refuses an output folder that is a symbolic link, leaving what it points to alone', async () => {
  const elsewhere = mkdtempSync(join(tmpdir(), 'odwb-nginx-elsewhere-'));
  writeFileSync(join(elsewhere, 'nginx.conf'), 'mine');
  try {
    const result = await run({}, ['--out=linked'], [], (dir) =>
      symlinkSync(elsewhere, join(dir, 'linked')),
    );
    expect(result.stderr).toBe(
      'npm run nginx: nothing written.\n' +
        '  - --out=linked is a symbolic link: give a folder of its own, which this command empties before writing.\n',
    );
    expect(result.code).toBe(1);
    expect(readdirSync(elsewhere)).toEqual(['nginx.conf']);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
