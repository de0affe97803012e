/**
 * A pass means everything was looked at: the real CLI against portals it cannot fully check ends
 * "could not check" (exit 3), with the reason in every report, instead of a green "matches".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import { SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

const DATA = 'tests/scripts/audit/fixtures/consent-data';
let origin: string;
useConsentPortals((started) => (origin = started));
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-not-checked-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CONSENT_REASON = (page: string) =>
  `${DATA}/cookies.yaml declares the consent choice cookies "fx_choice", "klaro" and 2 entries set only after consent ("fx_stats", "_pk_id.*"), so the portal shows a consent interface, but the audit found none it could answer on ${page}: it could not refuse or accept. Name the banner's buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`;

describeWithBrowser(
  'an audit that could not look at everything does not pass',
  () => {
    it('a banner no rule knows, without --consent, while the inventory declares consent cookies: exit 3', async () => {
      const markdown = join(scratch, 'unknown-banner.md');
      const { code, stdout, stderr } = await runAudit([
        `${origin}/custom/`,
        '--data',
        DATA,
        '--depth',
        '0',
        '--markdown',
        markdown,
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      expect(stdout).toContain(
        `Could not check (1): the audit could not look at everything it had to, so it cannot say that the policy matches the portal. Resolve each, then audit again.\n  What was not checked\n  ${CONSENT_REASON(`${origin}/custom/`)}\n`,
      );
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        'Result: could not check: the audit could not look at 1 thing it had to (see "Could not check"), so it cannot say whether the policy matches the portal.',
      );
      const summary = readFileSync(markdown, 'utf8');
      expect(summary.split('\n\n').slice(1, 2)).toEqual([
        '**Could not check: the audit could not look at 1 thing it had to (see "Could not check"), so it cannot say whether the policy matches the portal.**',
      ]);
      expect(summary).toContain('### Could not check (1)');
      expect(summary).toContain('fx\\_choice');
    });

    it('a start page that answers 503: exit 3, with the status named', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/unavailable/`,
        '--data',
        DATA,
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(3);
      const report = JSON.parse(stdout);
      expect(report.ok).toBe(false);
      expect(report.result).toBe('could-not-check');
      expect(report.pages).toEqual([]);
      expect(report.skipped).toEqual([
        { url: `${origin}/unavailable/`, reason: 'answered 503 (Service Unavailable)' },
      ]);
      expect(report.notChecked).toEqual([
        `the start page ${origin}/unavailable/ answered 503 (Service Unavailable): the audit saw an error page (a bot wall, a maintenance page, a wrong address), not the portal. Check that the portal is up and lets ordinary visitors in, then audit again.`,
        CONSENT_REASON(`${origin}/unavailable/`),
      ]);
    });

    it('a portal the inventory expects no banner on still passes', async () => {
      // No banner, and an inventory without consent entries: one visit checks everything.
      const { code, stderr } = await runAudit([
        `${origin}/plain/`,
        '--data',
        'tests/scripts/audit/fixtures/portal-data',
        '--depth',
        '0',
      ]);
      expect(stderr).toBe('');
      // portal-data declares cookies /plain/ does not set: "declared but not seen" is no finding.
      expect(code).toBe(0);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
