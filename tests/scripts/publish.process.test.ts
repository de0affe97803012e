/**
 * `npm run check` on content/operator.yaml: the shipped content is a draft, listed after the
 * summary; with POLICY_PUBLISH=1 it is refused, each missing fact named, without a stack trace;
 * once every required fact is found, and recorded as a version, it is still refused until an
 * audit of the portal is recorded and the version published (policy-publish.process.test.ts).
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { scriptFile } from '../support/npm-script.ts';
import { recordCompleteEvaluation } from '../support/manual-evaluation.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const completeText = readFileSync(
  new URL('../fixtures/operator/complete.yaml', import.meta.url),
  'utf8',
);

describe('npm run check on the shipped content, a draft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odwb-facts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('passes and lists why it is a draft; with POLICY_PUBLISH=1 it refuses, without a stack trace', async () => {
    const { stdout } = await run(process.execPath, [scriptFile('check')], { cwd: projectRoot });
    const lines = stdout.trimEnd().split('\n');
    // After the summary and what the audit observed.
    expect(lines.find((line) => line.startsWith('The cookie policy is a draft'))).toMatch(
      /^The cookie policy is a draft \(\d+ reasons\): it is built with a draft notice and not indexed, and `POLICY_PUBLISH=1` refuses to publish it until each is fixed\.$/,
    );
    expect(stdout).toContain(
      '  - content/operator.yaml: controller.dpoContact (the data protection officer’s contact) is missing',
    );

    const failure = await run(process.execPath, [scriptFile('check')], {
      cwd: projectRoot,
      env: { ...process.env, POLICY_PUBLISH: '1' },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('content/operator.yaml: controller.dpoContact');
    expect(stderr).toContain(
      'With POLICY_PUBLISH=1 a draft cannot be published: fix the reasons above.',
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('with every required fact found and recorded, still refuses until the portal is observed and the version published', async () => {
    cpSync(join(projectRoot, 'content'), join(dir, 'content'), { recursive: true });
    cpSync(join(projectRoot, 'src/i18n'), join(dir, 'src/i18n'), { recursive: true });
    writeFileSync(join(dir, 'content/operator.yaml'), completeText);
    recordCompleteEvaluation(dir);
    // Facts found are a change of the policy: refused until a version records them.
    const unrecorded = await run(process.execPath, [scriptFile('check'), dir], {
      cwd: projectRoot,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(unrecorded).toMatchObject({
      code: 1,
      stderr: expect.stringContaining(
        `  - content/operator.yaml: line ${completeText.split('\n').findIndex((line) => line === '  dpoContact:') + 1}: controller.dpoContact: changed since the last recorded version`,
      ),
    });
    await run(process.execPath, [scriptFile('policy:version'), dir], { cwd: projectRoot });
    const refused = await run(process.execPath, [scriptFile('check'), dir], {
      cwd: projectRoot,
      env: { ...process.env, POLICY_PUBLISH: '1' },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    const { stderr } = refused as { stderr: string };
    // No operator fact is missing any more: what is left is observing the portal, then publishing.
    // (The ombudsman's name, whose French differs from the shipped one, is translators' work:
    // a warning, no reason for a draft.)
    expect(stderr).toContain('The cookie policy is a draft');
    const draft = stderr.slice(stderr.indexOf('The cookie policy is a draft'));
    expect(draft).not.toContain('content/operator.yaml');
    expect(stderr).not.toMatch(/content\/operator\.yaml: (?:line \d+: )?controller/);
    expect(stderr).toContain(
      '  - content/observations.yaml: no audit of the portal is recorded, so no cookie, lifetime or behaviour the policy states has been observed on https://portal.example.org. Record one with `npm run audit -- https://portal.example.org --record`, which visits the portal without an answer, after refusing and after accepting.\n',
    );
    expect(stderr).toMatch(
      /  - content\/publications\.yaml: the version of \d{4}-\d\d-\d\d is recorded but not published\. Once nothing else keeps it a draft, publish it with `npm run policy:publish`, which records the day, the version and the commit\.\n/,
    );
  });

  it('stays a draft when the last audit saw no consent banner while the inventory asks for consent', async () => {
    // The same complete copy, with an audit recorded before the banner was put in.
    writeFileSync(
      join(dir, 'content/observations.yaml'),
      [
        'audit:',
        '  portal: https://www.odwb.be/',
        '  observedOn: 2026-12-02',
        '  consentInterface: none',
        '  consentManager: null',
        '  tool: odwb-cookie-policy audit 1.0.0',
        'cookies: []',
        '',
      ].join('\n'),
    );
    const failure = await run(process.execPath, [scriptFile('check'), dir], {
      cwd: projectRoot,
      env: { ...process.env, POLICY_PUBLISH: '1' },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toContain(
      '  - content/observations.yaml: the audit of 2026-12-02 saw no consent interface on the portal, yet content/cookies.yaml implies one ("django_language", "cookies_preferences"). Audit the portal again (`npm run audit -- <portal URL> --record`) if its banner is new or was missed (name its buttons with --consent), or correct the inventory.\n',
    );
  });
});
