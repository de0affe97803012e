/**
 * `npm run nginx` names its files after content/site.yaml's deploymentName: a wrong site file stops
 * it, with the check's message and nothing written, instead of files under a name nobody chose.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { copyProject } from '../../support/copy-project.ts';
import { scriptFile } from '../../support/npm-script.ts';

let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = copyProject()));
afterAll(() => remove?.());

/** The 1-based line of `text` in a file. */
const lineOf = (file: string, text: string) =>
  readFileSync(file, 'utf8').split('\n').indexOf(text) + 1;

it('refuses a site file with a wrong deployment name, writing nothing', async () => {
  const site = join(dir, 'content/site.yaml');
  writeFileSync(
    site,
    readFileSync(site, 'utf8').replace(/^deploymentName: .*$/m, 'deploymentName: ODWB Cookies'),
  );
  const { SITE_URL: _s, BASE_PATH: _b, ...env } = process.env;
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, [scriptFile('nginx')], { cwd: dir, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
  expect(result).toEqual({
    code: 1,
    stdout: '',
    stderr:
      'npm run nginx: nothing written.\n' +
      `  - content/site.yaml: line ${lineOf(site, 'deploymentName: ODWB Cookies')}: deploymentName "ODWB Cookies" is not valid. Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.\n` +
      '  - dist/ holds no built page: build the site first (npm run build), then run npm run nginx (the Content-Security-Policy allows the stylesheet the pages inline by its hash).\n',
  });
  expect(existsSync(join(dir, 'nginx'))).toBe(false);
});
