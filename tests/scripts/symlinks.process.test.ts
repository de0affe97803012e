/**
 * No command reads or writes content through a symbolic link (SECURITY.md, "Files"): a link in
 * place of a content file, as a pull request can commit one, is refused by the check, the build,
 * `policy:version`, `translations` (and `mark`), the audit (`--record` included) and `schemas`,
 * each naming the link and the fix, exiting non-zero, and leaving the file it points to as it was.
 */
import { execFile } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { buildSite } from '../support/build-site.ts';
import { copyProject } from '../support/copy-project.ts';
import { scriptFile } from '../support/npm-script.ts';

const SECRET = 'TOKEN=not-for-the-public-page';
const outside = mkdtempSync(join(tmpdir(), 'odwb-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));

let project: { dir: string; remove: () => void };
beforeEach(() => {
  project = copyProject();
});
afterEach(() => project.remove());

/** Puts a link to a file outside the project holding `text` in place of a content file. */
function linkOut(path: string, text: string): string {
  const target = join(outside, path.replaceAll('/', '_'));
  writeFileSync(target, text);
  rmSync(join(project.dir, path), { force: true });
  symlinkSync(target, join(project.dir, path));
  return target;
}

const refusal = (path: string, target: string, kind = 'file') =>
  `${path}: this ${kind} is a symbolic link (to "${target}"); no command reads or writes content through a link, which could publish or overwrite a file outside the project. Put the ${kind} itself in its place, then run the command again.`;

function run(script: string, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [scriptFile(script), ...args],
      { cwd: project.dir, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

it('npm run check and the build refuse a page linked to a file outside, and never quote it', async () => {
  const target = linkOut('content/policy/nl/index.mdx', `# ${SECRET}\n`);
  const check = await run('check');
  expect(check.stderr).toBe(
    `The cookie policy cannot be published: 1 problem found.\n  - ${refusal('content/policy/nl/index.mdx', target)}\n`,
  );
  expect(check.code).toBe(1);

  const build = await buildSite({ root: project.dir, outDir: join(project.dir, 'dist') });
  expect(build.output).toContain(`  - ${refusal('content/policy/nl/index.mdx', target)}\n`);
  expect(build.output).not.toContain(SECRET);
  expect(build.code).not.toBe(0);
});

it('npm run policy:version refuses a versions file linked outside, and leaves that file alone', async () => {
  const before = readFileSync(join(project.dir, 'content/versions.yaml'), 'utf8');
  const target = linkOut('content/versions.yaml', before);
  const result = await run('policy:version', '--summary', 'Une phrase.');
  expect(result.stderr).toBe(
    `Nothing was read or written: 1 content file or folder is a symbolic link.\n  - ${refusal('content/versions.yaml', target)}\n`,
  );
  expect(result.code).toBe(1);
  expect(readFileSync(target, 'utf8')).toBe(before);
});

it('npm run translations -- mark refuses a record linked outside, and a linked folder', async () => {
  const target = linkOut('content/translations/nl.json', '{}\n');
  const mark = await run('translations', 'mark', 'nl');
  expect(mark.stderr).toBe(
    `Nothing was read or written: 1 content file or folder is a symbolic link.\n  - ${refusal('content/translations/nl.json', target)}\n`,
  );
  expect(mark.code).toBe(1);
  expect(readFileSync(target, 'utf8')).toBe('{}\n');

  // A whole folder moved out and linked back: named once, as a folder.
  unlinkSync(join(project.dir, 'content/translations/nl.json'));
  const folder = join(outside, 'ui');
  renameSync(join(project.dir, 'src/i18n/ui'), folder);
  symlinkSync(folder, join(project.dir, 'src/i18n/ui'));
  const report = await run('translations');
  expect(report.stderr).toBe(
    `Nothing was read or written: 1 content file or folder is a symbolic link.\n  - ${refusal('src/i18n/ui', folder, 'folder')}\n`,
  );
  expect(report.code).toBe(1);
});

it('npm run audit -- --record refuses an observations file linked outside, before any visit', async () => {
  const target = linkOut('content/observations.yaml', 'not yours\n');
  const result = await run('audit', 'https://portal.invalid/', '--record');
  expect(result.stderr).toBe(`audit: ${refusal('content/observations.yaml', target)}\n`);
  expect(result.code).toBe(2);
  expect(readFileSync(target, 'utf8')).toBe('not yours\n');
});

it('npm run schemas refuses to write through a linked schema file', async () => {
  const target = linkOut('content/schemas/cookies.schema.json', 'not yours\n');
  const result = await run('schemas');
  expect(result.stderr).toBe(
    `Nothing was read or written: 1 content file or folder is a symbolic link.\n  - ${refusal('content/schemas/cookies.schema.json', target)}\n`,
  );
  expect(result.code).toBe(1);
  expect(readFileSync(target, 'utf8')).toBe('not yours\n');
});
