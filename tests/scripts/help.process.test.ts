/**
 * `--help` on every command of package.json that runs a project script (`node scripts/…`): its
 * usage on stdout, nothing on stderr, exit 0, and nothing done: `check -- --help` does not run the
 * check, `bench -- --help` does not look for a step named --help, `schemas -- --help` writes no
 * file, `accessibility -- --help` builds nothing. A new command is in this list by being in
 * package.json.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/copy-project.ts';
import { scriptFile } from '../support/npm-script.ts';

const copy = copyProject();
afterAll(copy.remove);

const { scripts } = JSON.parse(readFileSync(join(copy.dir, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const commands = Object.keys(scripts).filter((name) => /^node scripts\//.test(scripts[name]!));

/** Files a command could write (schemas writes the last two), to see that --help wrote nothing. */
function snapshot(): string {
  return ['content/site.yaml', 'src/config/site.json', 'content/schemas/cookies.schema.json']
    .map((path) => readFileSync(join(copy.dir, path), 'utf8'))
    .join('\n');
}

function run(name: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [scriptFile(name), '--help'],
      { cwd: copy.dir, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}

describe('--help', () => {
  it('is known to every project command', () => {
    expect(commands.sort()).toEqual(
      [
        'accessibility',
        'audit',
        'bench',
        'check',
        'init',
        'licences',
        'nginx',
        'policy:publish',
        'policy:version',
        'schemas',
        'translations',
        'verify',
      ].sort(),
    );
  });

  it.each(commands)('npm run %s -- --help prints its usage and exits 0', async (name) => {
    const before = snapshot();
    const result = await run(name);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // "Usage: npm run check [...]", or "Usage:" then the forms on the next lines (audit).
    expect(result.stdout).toMatch(new RegExp(`^Usage:(?: |\\n {2})npm run ${name}\\b`));
    expect(result.stdout).not.toMatch(/Cookie policy content is complete|No step named/);
    expect(snapshot()).toBe(before);
  });
});
