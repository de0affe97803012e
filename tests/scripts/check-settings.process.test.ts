/**
 * `npm run check` refuses a POLICY_PUBLISH that is neither 1 nor 0 before checking anything, as
 * the build does (SECURITY.md, "Settings"): `POLICY_PUBLISH=true` must not pass as a draft.
 */
import { execFile } from 'node:child_process';
import { expect, it } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { scriptFile } from '../support/npm-script.ts';

it('names the value and the fix, and exits 2', async () => {
  const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [scriptFile('check')],
      { cwd: projectRoot, env: { ...process.env, POLICY_PUBLISH: 'yes' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
  expect(result.stderr).toBe(
    'POLICY_PUBLISH="yes" is neither 1 nor 0: set POLICY_PUBLISH=1 to publish (a draft is then refused), or leave it unset to build a draft with its notice.\n',
  );
  expect(result.stdout).toBe('');
  expect(result.code).toBe(2);
});
