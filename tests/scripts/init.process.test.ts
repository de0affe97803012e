/**
 * `npm run init` refusing what it was given: every wrong value at once, in the words of
 * content/site.yaml's fields, the usage, exit 1, and nothing changed in the project.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/copy-project.ts';
import { scriptFile } from '../support/npm-script.ts';

const run = promisify(execFile);
let dir: string;
let remove: () => void;
beforeAll(() => ({ dir, remove } = copyProject()));
afterAll(() => remove?.());

describe('npm run init', () => {
  it('names every wrong value, changes nothing and exits 1', async () => {
    const before = readFileSync(join(dir, 'content/site.yaml'), 'utf8');
    const cookies = readFileSync(join(dir, 'content/cookies.yaml'), 'utf8');
    const failure = await run(
      process.execPath,
      [
        scriptFile('init'),
        ...['--languages', 'fr,es,fr', '--reference', 'de'],
        ...['--address', 'http://cookies.example.be', '--deployment-name', 'Example cookies'],
      ],
      { cwd: dir },
    ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    const [first, ...lines] = (failure as { stderr: string }).stderr.split('\n');
    expect(first).toBe(
      'npm run init: nothing changed. What --languages, --reference, --address and --deployment-name would write in content/site.yaml:',
    );
    expect(lines.slice(0, 5)).toEqual([
      '  - languages 2 "es" is not valid. List the site’s languages in the order visitors are offered them, each once, from fr, en, nl, de, e.g. languages: [fr, nl].',
      '  - address "http://cookies.example.be" is not valid. Write the https:// address the site is published at, scheme and host only, e.g. address: https://cookies.example.be (a sub-path goes in BASE_PATH; SITE_URL overrides it for one build).',
      '  - deploymentName "Example cookies" is not valid. Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.',
      '  - languages: list each language once.',
      '  - reference "de" is not one of languages (fr, es, fr).',
    ]);
    expect(lines).toContain(
      'Usage: npm run init -- --languages fr,nl --address https://cookies.example.be --deployment-name example-cookies [--reference fr]',
    );
    expect(readFileSync(join(dir, 'content/site.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'content/cookies.yaml'), 'utf8')).toBe(cookies);
  });
});
