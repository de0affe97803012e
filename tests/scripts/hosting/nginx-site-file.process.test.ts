/**
 * `npm run nginx` names its files after content/site.yaml's deploymentName: a wrong site file stops
 * it, with the check's message and nothing written, instead of files under a name nobody chose.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../../scripts/nginx.ts', import.meta.url));
const site = fileURLToPath(new URL('../../../content/site.yaml', import.meta.url));
let work: string;
afterEach(() => rmSync(work, { recursive: true, force: true }));

it('refuses a site file with a wrong deployment name, writing nothing', async () => {
  work = mkdtempSync(join(tmpdir(), 'nginx-site-file-'));
  mkdirSync(join(work, 'content'));
  writeFileSync(
    join(work, 'content/site.yaml'),
    readFileSync(site, 'utf8').replace(/^deploymentName: .*$/m, 'deploymentName: ODWB Cookies'),
  );
  const { SITE_URL: _s, BASE_PATH: _b, ...env } = process.env;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [cli], { cwd: work, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
  expect(result).toEqual({
    code: 1,
    stdout: '',
    stderr:
      'npm run nginx: nothing written.\n' +
      '  - content/site.yaml: deploymentName "ODWB Cookies" is not valid. Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.\n',
  });
  expect(existsSync(join(work, 'nginx'))).toBe(false);
});
