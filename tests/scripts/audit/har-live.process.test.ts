/**
 * HAR and live agree: a portal that sends a GA4 page view and a Meta pixel (neither declared) is
 * audited live, then the HAR file that very visit recorded (--evidence) is audited: the same
 * hosts, attributed the same (Google Analytics, Meta), counted the same, and the same exit code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { resolveArgs } from './fixtures/consent-portals.ts';
import { runAudit } from './support/run-cli.ts';
import { PORTAL_DATA, SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

let origin: string;
useConsentPortals((started) => (origin = started));
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-har-live-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Host {
  host: string;
  organization: string | null;
  tracker: string | null;
  category: string | null;
  tracking: boolean;
  provider: string | null;
  count: number;
}
const attribution = (report: { hosts: Host[] }) =>
  report.hosts.map(({ host, organization, tracker, category, tracking, provider, count }) => ({
    host,
    organization,
    tracker,
    category,
    tracking,
    provider,
    count,
  }));

describeWithBrowser(
  'a HAR file and a live visit of the same traffic',
  () => {
    it('attribute the trackers the same and exit the same: 1, with Google and Meta named', async () => {
      const evidence = join(scratch, 'evidence');
      const live = await runAudit([
        `${origin}/trackers/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '0',
        ...resolveArgs,
        '--evidence',
        evidence,
        '--json',
      ]);
      expect(live.stderr).toBe('');
      const har = await runAudit([
        '--har',
        join(evidence, 'no-answer/requests.har'),
        '--data',
        PORTAL_DATA,
        '--json',
      ]);
      expect(har.stderr).toBe('');
      expect([live.code, har.code]).toEqual([1, 1]);
      const liveReport = JSON.parse(live.stdout);
      const harReport = JSON.parse(har.stdout);
      expect(attribution(harReport)).toEqual(attribution(liveReport));
      expect(attribution(harReport)).toEqual([
        {
          host: 'region1.google-analytics.com',
          organization: 'Google',
          tracker: 'Google Analytics',
          category: 'site_analytics',
          tracking: true,
          provider: null,
          count: 1,
        },
        {
          host: 'www.facebook.com',
          organization: 'Meta',
          tracker: 'Facebook',
          category: 'advertising',
          tracking: true,
          provider: null,
          count: 1,
        },
      ]);
      expect(harReport.undeclaredTrackingHosts).toEqual(liveReport.undeclaredTrackingHosts);

      const text = await runAudit([
        '--har',
        join(evidence, 'no-answer/requests.har'),
        '--data',
        PORTAL_DATA,
      ]);
      expect(text.stdout)
        .toContain(`Hosts that track, declared by no provider (2): add each to its provider's domains in providers.yaml (with the cookies it sets), or stop the portal from calling it.
  Host                          Organisation  Tracker           Category
  region1.google-analytics.com  Google        Google Analytics  Site Analytics
  www.facebook.com              Meta          Facebook          Advertising
`);
      expect(text.stdout).toContain(', 2 undeclared tracking hosts).');
    });
  },
  { timeout: SLOW_MACHINE_MS },
);
