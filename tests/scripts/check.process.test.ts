/**
 * `npm run check` as an editor runs it: on the real content it confirms the policy is complete;
 * on broken content it lists every problem in words and exits non-zero, without a stack trace.
 * (The checks themselves, message by message, are tested in process: tests/src/content-check/.)
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { scriptFile } from '../support/npm-script.ts';
import { copyProject } from '../support/copy-project.ts';
import { fixtureSite, siteWithOverlay } from '../support/fixture-site.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('npm run check', () => {
  it('confirms the real content is complete, with its counts', async () => {
    const { stdout } = await run(process.execPath, [scriptFile('check')], { cwd: projectRoot });
    const [summary, ...rest] = stdout.trimEnd().split('\n');
    // Then what the audit observed: the real content has no recorded audit yet.
    expect(rest.slice(0, 2)).toEqual([
      'Observed on the portal:',
      '  - content/observations.yaml: no audit recorded yet, so every cookie is documented only, not observed. Record one with `npm run audit -- <portal URL> --record`.',
    ]);
    const draft = rest[2];
    expect(summary).toMatch(
      /^Cookie policy content is complete: \d+ cookies from \d+ providers?, every text in every language\.$/,
    );
    // Operator facts not found yet keep it a draft (see publish.process.test.ts).
    expect(draft).toMatch(/^The cookie policy is a draft \(\d+ reasons?\)/);
  });

  it('lists every problem and exits non-zero, without a stack trace', async () => {
    const site = fixtureSite('incomplete-ui-strings');
    const failure = await run(process.execPath, [scriptFile('check'), site.root])
      .catch((error: { code: number; stdout: string; stderr: string }) => error)
      .finally(site.remove);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr.split('\n')[0]).toBe('The cookie policy cannot be published: 4 problems found.');
    expect(stderr).toContain(
      '  - src/i18n/ui/de.json: "table.caption" is missing. Add its German text (see src/i18n/ui/fr.json).',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('quotes a 50 MB value cut after 60 characters, on the one line of its message', async () => {
    const site = fixtureSite('complete');
    const file = join(site.root, 'content/cookies.yaml');
    const cookies = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      cookies.replace('lifetime: P2W', `lifetime: ${'P'.repeat(50 * 1024 * 1024)}`),
    );
    const failure = await run(process.execPath, [scriptFile('check'), site.root], {
      maxBuffer: 1024 * 1024,
    })
      .catch((error: { code: number; stdout: string; stderr: string }) => error)
      .finally(site.remove);
    expect(failure).toMatchObject({ code: 1, stdout: '' });
    expect((failure as { stderr: string }).stderr.split('\n')).toEqual([
      'The cookie policy cannot be published: 1 problem found.',
      `  - content/cookies.yaml: line ${cookies.split('\n').indexOf('  lifetime: P2W') + 1}: cookie "sessionid": lifetime "${'P'.repeat(59)}…" is not valid. Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session; for storage with no expiry (local-storage, indexed-db, cache-storage, service-worker), until-cleared.`,
      '',
    ]);
  });

  it('asks for npm run schemas when the editors’ schemas no longer match the site', async () => {
    const { dir, remove } = copyProject();
    try {
      const schema = join(dir, 'content/schemas/site.schema.json');
      writeFileSync(schema, readFileSync(schema, 'utf8').replace('"fr",', ''));
      const failure = await run(process.execPath, [scriptFile('check')], { cwd: dir }).catch(
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure).toMatchObject({ code: 1 });
      expect((failure as { stderr: string }).stderr).toContain(
        "  - content/schemas/site.schema.json: the editors' JSON Schema does not match the site's languages (content/site.yaml) and fields. Run npm run schemas.",
      );
    } finally {
      remove();
    }
  });

  it('--fix renames misspelt fields, says so, then lists what is left', async () => {
    const fixtureDir = fileURLToPath(new URL('../fixtures/fix/misspelt-fields/', import.meta.url));
    const lines = (name: string) => readFileSync(join(fixtureDir, name), 'utf8').trimEnd();
    const site = siteWithOverlay(fixtureDir);
    try {
      const failure = await run(process.execPath, [scriptFile('check'), '--fix', site.root]).catch(
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure).toMatchObject({
        code: 1,
        stdout: `Fixed 3 mistakes:\n${lines('applied.txt').replace(/^/gm, '  - ')}\n`,
        stderr: `The cookie policy cannot be published: 3 problems found.\n${lines('expected.txt').replace(/^/gm, '  - ')}\n`,
      });
    } finally {
      site.remove();
    }
  });
});
