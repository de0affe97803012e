/**
 * The states side by side without a browser: what breaks consent, what is as it should be, and
 * the visits merged into the one observation the inventory is compared with.
 */
import { describe, expect, it } from 'vitest';
import { acrossStates, mergeVisits } from '../../../scripts/audit/across-states.ts';
import { adServer, inventory, PORTAL, providers, sampleAudit, visits } from './support/samples.ts';

const verdicts = () =>
  Object.fromEntries(
    sampleAudit().states.items.map((item) => [item.name, [item.verdict, Object.keys(item.seen)]]),
  );

describe('the states of consent', () => {
  it('judges each item by its category and the states it appeared in', () => {
    expect(verdicts()).toEqual({
      fx_session: ['necessary', ['no-answer', 'refuse-all', 'accept-all']],
      fx_ads: ['without-consent', ['no-answer', 'refuse-all', 'accept-all']],
      // Declared nowhere: it cannot be shown to be exempt.
      fx_tracker: ['without-consent', ['no-answer']],
      fx_pref: ['without-consent', ['no-answer', 'refuse-all', 'accept-all']],
      klaro: ['choice', ['refuse-all', 'accept-all']],
      fx_stats: ['after-consent', ['accept-all']],
    });
  });

  it('a finding per sighting before an answer or after refusal, never after accepting', () => {
    const { states } = sampleAudit();
    expect(
      states.storedWithoutConsent.map((finding) => `${finding.item.name} ${finding.state}`),
    ).toEqual([
      'fx_ads no-answer',
      'fx_tracker no-answer',
      'fx_pref no-answer',
      'fx_ads refuse-all',
      'fx_pref refuse-all',
    ]);
    expect(states.trackingWithoutConsent.map((finding) => finding.state)).toEqual([
      'no-answer',
      'refuse-all',
    ]);
    expect(states.undeclaredTrackingHosts).toEqual(['ad.doubleclick.net']);
  });

  it('a tracking host that a provider declares is no longer a finding of its own', () => {
    const google = { ...providers[0]!, id: 'google', domains: ['doubleclick.net'] };
    const states = acrossStates(
      { found: true, page: PORTAL, by: 'rules', name: 'Klaro' },
      visits,
      inventory,
      [...providers, google],
      new Map([['ad.doubleclick.net', adServer]]),
    );
    expect(states.undeclaredTrackingHosts).toEqual([]);
    expect(states.hosts[0]).toMatchObject({
      provider: 'google',
      requests: { 'no-answer': 1, 'refuse-all': 1, 'accept-all': 1 },
    });
  });
});

describe('the visits merged for the inventory', () => {
  it('keeps each item once, its first sighting, and every request to another host', () => {
    const merged = mergeVisits(visits);
    expect(merged.cookies.map((cookie) => `${cookie.name} ${cookie.evidence.state}`)).toEqual([
      'fx_session no-answer',
      'fx_ads no-answer',
      'fx_tracker no-answer',
      'fx_pref no-answer',
      'klaro refuse-all',
      'fx_stats accept-all',
    ]);
    expect(merged.hosts).toMatchObject([
      { host: 'ad.doubleclick.net', count: 3, types: ['image'] },
    ]);
    expect(merged.pages).toEqual([PORTAL]);
    // The answer the last visit gave: what the merged audit covered.
    expect(merged.coverage.consentChoice).toBe('accept-all');
  });

  it('needs at least one visit', () => {
    expect(() => mergeVisits([])).toThrow('mergeVisits needs at least one visit');
  });
});
