/**
 * A banner that will not take the answer: the audit found it, but refusing or accepting left it
 * on screen. The state it could not reach is not visited under its name (it would show another
 * state), and the audit ends "could not check" (exit 3) with the reason in every report, the
 * scheduled workflow's Markdown summary included, instead of stopping with no report (exit 2).
 * Against a real consent manager from npm whose buttons a portal script breaks, the same whose
 * answer a portal script deletes (the banner shows again on the next page), and the portal's own
 * banner, answered through --consent, whose buttons do nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import { SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

let origin: string;
useConsentPortals((started) => (origin = started));
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-unreached-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const STILL_SHOWN = (page: string, verb: string, after: string, label: string) =>
  `the cookieconsent3 banner on ${page} was still shown 2 s after autoconsent's rule clicked to ${verb}, so the audit could not ${verb}: what the portal stores ${after} ("${label}") was not checked. Check that the banner's buttons close it and that its answer is kept, or name its buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`;

describeWithBrowser(
  'a banner that does not take the answer: could not check, with a report',
  () => {
    it('vanilla-cookieconsent 3 whose buttons do nothing: both answered states not checked, exit 3', async () => {
      const markdown = join(scratch, 'summary.md');
      const page = `${origin}/cookieconsent-broken/`;
      const { code, stdout, stderr } = await runAudit([
        page,
        '--data',
        'tests/scripts/audit/fixtures/cookieconsent-data',
        '--depth',
        '0',
        '--timeout',
        '2',
        '--markdown',
        markdown,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      const refused = STILL_SHOWN(page, 'refuse everything', 'after refusing', 'Refused all');
      const accepted = STILL_SHOWN(page, 'accept everything', 'after accepting', 'Accepted all');
      expect(stdout).toContain(
        `Could not check (2): the audit could not look at everything it had to, so it cannot say that the policy matches the portal. Resolve each, then audit again.\n  What was not checked\n  ${refused}\n  ${accepted}\n`,
      );
      expect(stdout).toContain(
        `Consent interface: found by autoconsent's cookieconsent3 rule on ${page}. Visited in 1 state, each from an empty profile: No answer (the others could not be reached: see "Could not check").`,
      );
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        'Result: could not check: the audit could not look at 2 things it had to (see "Could not check"), so it cannot say whether the policy matches the portal.',
      );
      // The scheduled workflow's summary says it first, in the same words.
      const summary = readFileSync(markdown, 'utf8');
      expect(summary.split('\n\n').slice(1, 2)).toEqual([
        '**Could not check: the audit could not look at 2 things it had to (see "Could not check"), so it cannot say whether the policy matches the portal.**',
      ]);
      expect(summary).toContain('### Could not check (2)');
      expect(summary).toContain('was still shown 2 s after autoconsent');
    });

    it('vanilla-cookieconsent 3 whose answer a portal script deletes: the banner shows again on the next page, exit 3', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/cookieconsent-forgetful/`,
        '--data',
        'tests/scripts/audit/fixtures/cookieconsent-data',
        '--timeout',
        '2',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      const report = JSON.parse(stdout);
      expect(report.consentStates.states).toEqual(['no-answer']);
      expect(report.notChecked).toEqual(
        (
          [
            ['refuse everything', 'after refusing', 'Refused all'],
            ['accept everything', 'after accepting', 'Accepted all'],
          ] as const
        ).map(
          ([verb, after, label]) =>
            `the consent banner ('#cc-main .cm-wrapper') showed again on ${origin}/cookieconsent-forgetful/data, a later page of the "${label}" visit: the portal did not keep the answer, so the audit could not ${verb}: what the portal stores ${after} ("${label}") was not checked. Check that the consent manager stores the answer and that nothing on the portal deletes it, then audit again.`,
        ),
      );
    });

    it("the portal's own banner whose buttons do nothing, answered through --consent: exit 3, not 2", async () => {
      const page = `${origin}/stuck/`;
      const { code, stdout, stderr } = await runAudit([
        page,
        '--data',
        'tests/scripts/audit/fixtures/consent-data',
        '--consent',
        'tests/scripts/audit/fixtures/consent/custom.yaml',
        '--timeout',
        '2',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      const report = JSON.parse(stdout);
      expect(report.result).toBe('could-not-check');
      expect(report.consentStates.states).toEqual(['no-answer']);
      expect(report.notChecked).toEqual(
        (
          [
            ['refuse', 'refuse everything', 'after refusing', 'Refused all'],
            ['accept', 'accept everything', 'after accepting', 'Accepted all'],
          ] as const
        ).map(
          ([button, verb, after, label]) =>
            `the consent banner on ${page} was still shown 2 s after clicking ${button} ('#notice .${button === 'refuse' ? 'no' : 'yes'}'), so the audit could not ${verb}: what the portal stores ${after} ("${label}") was not checked. Check that ${button} names the button that closes the banner and that the banner keeps the answer, or allow more time with --timeout <seconds>.`,
        ),
      );
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
