/**
 * The scheduled audit (.github/workflows/audit.yml): its YAML is checked for what the job needs,
 * then its own audit command, as its `run:` line says, runs in a copy of the project whose
 * inventory is the consent portals' one, against a fixture portal instead of the configured
 * portal, with $GITHUB_STEP_SUMMARY pointing at a file. What is pinned is what a person reads in
 * the job's summary, and the exit code that fails the job.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../support/copy-project.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { normalize, sha256, SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';
import { projectRoot } from './support/run-cli.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  'continue-on-error'?: unknown;
}
interface Workflow {
  on: { schedule?: { cron: string }[]; workflow_dispatch?: unknown };
  jobs: Record<string, { steps: Step[]; 'continue-on-error'?: unknown }>;
}

const workflow = load(
  readFileSync(join(projectRoot, '.github/workflows/audit.yml'), 'utf8'),
) as Workflow;
const { scripts } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const auditStep = steps.find((step) => step.run?.startsWith('npm run audit '));
/** The audit step's command line, word by word (a quoted word keeps its quotes). */
const auditWords: string[] = (auditStep?.run ?? '').match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
const evidenceDir = auditWords[auditWords.indexOf('--evidence') + 1];

describe('the scheduled audit workflow', () => {
  it('runs every week and on demand', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    const crons = (workflow.on.schedule ?? []).map((entry) => entry.cron.split(' '));
    expect(crons).toHaveLength(1);
    // minute hour day-of-month month day-of-week: one day of each week, any month.
    const [minute, hour, dayOfMonth, month, dayOfWeek] = crons[0]!;
    expect([dayOfMonth, month]).toEqual(['*', '*']);
    expect(`${minute} ${hour} ${dayOfWeek}`).toMatch(/^\d{1,2} \d{1,2} [0-6]$/);
  });

  it('checks out the project, installs what an operator installs and runs only npm scripts that exist', () => {
    // Which version each action is pinned to is the security checks' business (SECURITY.md).
    expect(steps.map((step) => step.uses?.split('@')[0] ?? step.run)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci --omit=dev',
      auditStep?.run,
      'actions/upload-artifact',
    ]);
    expect(steps[1]?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    for (const step of steps.filter((each) => each.run?.startsWith('npm run '))) {
      const name = step.run!.split(' ')[2]!;
      expect(scripts, `${step.run} names no script of package.json`).toHaveProperty(name);
    }
  });

  it('audits the configured portal with evidence, writes the summary in Markdown and fails the job on a non-zero exit', () => {
    expect(auditWords.slice(0, 4)).toEqual(['npm', 'run', 'audit', '--']);
    expect(auditWords).toContain('--portal-from-config');
    expect(auditWords[auditWords.indexOf('--markdown') + 1]).toBe('"$GITHUB_STEP_SUMMARY"');
    expect(evidenceDir).toMatch(/^[\w-]+$/);
    // Nothing swallows the exit code: the step, and so the job, fails with the audit.
    expect(auditStep?.run).not.toMatch(/\|\||;|&&/);
    expect(auditStep?.['continue-on-error']).toBeUndefined();
    expect(Object.values(workflow.jobs)[0]?.['continue-on-error']).toBeUndefined();
  });

  it('uploads the evidence folder, also when the audit failed', () => {
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    expect(upload?.with?.path).toBe(evidenceDir);
    expect(upload?.if).toMatch(/^\$\{\{ (!cancelled\(\)|always\(\)) \}\}$/);
    expect(steps.indexOf(upload!)).toBeGreaterThan(steps.indexOf(auditStep!));
  });
});

let origin: string;
useConsentPortals((started) => (origin = started));
let copy: ReturnType<typeof copyProject>;
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-workflow-'));
const DATA = join(projectRoot, 'tests/scripts/audit/fixtures/consent-data');
beforeAll(() => {
  copy = copyProject();
  for (const file of ['cookies.yaml', 'providers.yaml']) {
    copyFileSync(join(DATA, file), join(copy.dir, 'content', file));
  }
});
afterAll(() => {
  copy?.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** The audit step's `run:` line in bash, as GitHub runs it, against `portal` instead of the configured one. */
function runAuditStep(portal: string, summary: string): Promise<number | null> {
  const line = auditStep!.run!.replace('--portal-from-config', portal);
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-c', line], {
      cwd: copy.dir,
      env: { ...process.env, GITHUB_STEP_SUMMARY: summary, NO_COLOR: '1' },
      stdio: 'ignore',
    });
    child.on('error', reject);
    child.on('close', resolve);
  });
}

/** Sizes in pixels depend on the machine's fonts: the verdict and the texts do not. */
const readSummary = (file: string) =>
  normalize(readFileSync(file, 'utf8'))
    .replaceAll(origin, '<portal>')
    .replaceAll(/[\d.]+ px/g, '<n> px');

const fingerprints = (path: string) =>
  [
    `- Compared with content/cookies.yaml, SHA-256 ${sha256(`${path}/cookies.yaml`)}`,
    `- Compared with content/providers.yaml, SHA-256 ${sha256(`${path}/providers.yaml`)}`,
  ].join('\n');

describeWithBrowser(
  "the scheduled audit workflow's command",
  () => {
    it('fails the job on a marketing cookie stored before consent, and says so in the summary', async () => {
      const summary = join(scratch, 'fault.md');
      const code = await runAuditStep(`${origin}/scheduled-fault/`, summary);
      expect(code).toBe(1);
      expect(readSummary(summary)).toBe(`## Cookie audit of <portal>/scheduled-fault/

**The policy does not match the portal (0 undeclared items, 0 lifetimes declared too short, 2 items stored without consent, 0 tracking requests without consent, 0 undeclared tracking hosts).**

Consent interface: found by autoconsent's Klaro rule on <portal>/scheduled-fault/. Visited in 3 states, each from an empty profile: No answer, Refused all, Accepted all. First layer of the banner: refusing is offered as prominently as accepting: "I decline" (<n> px high, <n> px text) against "That's ok" (<n> px high, <n> px text).

|  | No answer | Refused all | Accepted all |
| --- | --- | --- | --- |
| Cookies and storage keys | 2 | 3 | 4 |
| of which need consent | 1, without consent | 1, without consent | 2 |
| Requests to other hosts | 0 | 0 | 0 |
| of which to hosts that track | 0 | 0 | 0 |

### Stored without consent (2)

Each needs consent (declared in a category other than necessary, or declared nowhere) but was stored before an answer or after refusal. Have the portal wait for the visitor to accept; if it is strictly necessary, declare it so.

| Name | Declared as | Category | State | Set by |
| --- | --- | --- | --- | --- |
| fx\\_ads | fx\\_ads | marketing | No answer | script |
| fx\\_ads | fx\\_ads | marketing | Refused all | script |

<details><summary>Evidence (2)</summary>

\`\`\`text
fx_ads: script <portal>/scheduled-fault/:16 wrote "fx_ads=1; max-age=7776000; path=/" on <portal>/scheduled-fault/ at <time> (No answer)
fx_ads: script <portal>/scheduled-fault/:16 wrote "fx_ads=1; max-age=7776000; path=/" on <portal>/scheduled-fault/ at <time> (Refused all)
\`\`\`

</details>

### Stored in each state (4, for information)

What each visit found stored, and how (header, script, jar). "Only after consent" is what a category that needs consent should show.

| Name | Declared as | Category | No answer | Refused all | Accepted all | Verdict |
| --- | --- | --- | --- | --- | --- | --- |
| fx\\_session | fx\\_session | necessary | header | header | header | necessary |
| fx\\_ads | fx\\_ads | marketing | script | script | script | needs consent, stored without it |
| klaro | klaro | necessary | - | script | script | the visitor's consent choice |
| fx\\_stats | fx\\_stats | statistics | - | - | script | only after consent |

### Declared but not seen (2, for information)

The audit could have seen these; if the portal no longer sets one, remove its entry.

| Name | Storage | Declared lifetime |
| --- | --- | --- |
| fx\\_choice | http-cookie | P6M |
| \\_pk\\_id.\\* | http-cookie | P2Y |

### Seen and declared (4)

| Name | Declared as | Storage | Where | Lifetime | Set by |
| --- | --- | --- | --- | --- | --- |
| fx\\_session | fx\\_session | http-cookie | 127.0.0.1/ | session | header |
| fx\\_ads | fx\\_ads | http-cookie | 127.0.0.1/ | 90 days | script |
| klaro | klaro | http-cookie | 127.0.0.1/ | 180 days | script |
| fx\\_stats | fx\\_stats | http-cookie | 127.0.0.1/ | 365 days | script |

### How this report was made

- 1 page audited
- Covered: an anonymous first visit to 127.0.0.1 in a fresh profile: not signed in, one visit in each state of consent, each from an empty profile, page languages en.
${fingerprints('tests/scripts/audit/fixtures/consent-data')}
- Seen by Chromium <version>, started <time>; odwb-cookie-policy audit 1.0.0, Node <node>
`);
      // The folder the upload step keeps: every state's evidence, fingerprinted.
      const manifest = JSON.parse(
        readFileSync(join(copy.dir, evidenceDir!, 'manifest.json'), 'utf8'),
      );
      expect(manifest.states).toEqual(['no-answer', 'refuse-all', 'accept-all']);
      expect(manifest.files.map((file: { path: string }) => file.path)).toContain(
        'accept-all/requests.har',
      );
    });

    it('fails the job when it could not answer the banner the inventory declares, with the reason in the summary', async () => {
      rmSync(join(copy.dir, evidenceDir!), { recursive: true, force: true });
      const summary = join(scratch, 'not-checked.md');
      const code = await runAuditStep(`${origin}/custom/`, summary);
      expect(code).toBe(3);
      expect(readSummary(summary).split('\n\n').slice(0, 5).join('\n\n'))
        .toBe(`## Cookie audit of <portal>/custom/

**Could not check: the audit could not look at 1 thing it had to (see "Could not check"), so it cannot say whether the policy matches the portal.**

Consent interface: none found on <portal>/custom/ (autoconsent's rules, within 3 s of loading; name a banner they do not know with --consent \\<file\\>). One visit, without an answer.

### Could not check (1)

The audit could not look at everything it had to, so it cannot say that the policy matches the portal. Resolve each, then audit again.`);
      expect(readSummary(summary)).toContain(
        `| content/cookies.yaml declares the consent choice cookies "fx\\_choice", "klaro" and 2 entries set only after consent ("fx\\_stats", "\\_pk\\_id.\\*"), so the portal shows a consent interface, but the audit found none it could answer on <portal>/custom/: it could not refuse or accept. Name the banner's buttons with --consent \\<file\\> (scripts/audit/README.md, "A banner no rule knows"). |`,
      );
    });

    it('passes on a portal that waits for consent, and the summary says so first', async () => {
      rmSync(join(copy.dir, evidenceDir!), { recursive: true, force: true });
      const summary = join(scratch, 'clean.md');
      const code = await runAuditStep(`${origin}/scheduled-clean/`, summary);
      expect(code).toBe(0);
      expect(readSummary(summary).split('\n\n').slice(0, 4).join('\n\n'))
        .toBe(`## Cookie audit of <portal>/scheduled-clean/

**The policy matches the portal in every state of consent: everything seen is declared with a long enough lifetime, and nothing that needs consent was stored or called without it.**

Consent interface: found by autoconsent's Klaro rule on <portal>/scheduled-clean/. Visited in 3 states, each from an empty profile: No answer, Refused all, Accepted all. First layer of the banner: refusing is offered as prominently as accepting: "I decline" (<n> px high, <n> px text) against "That's ok" (<n> px high, <n> px text).

|  | No answer | Refused all | Accepted all |
| --- | --- | --- | --- |
| Cookies and storage keys | 1 | 2 | 3 |
| of which need consent | 0 | 0 | 1 |
| Requests to other hosts | 0 | 0 | 0 |
| of which to hosts that track | 0 | 0 | 0 |`);
      expect(existsSync(join(copy.dir, evidenceDir!, 'manifest.json'))).toBe(true);
    });
  },
  { timeout: SLOW_MACHINE_MS },
);
