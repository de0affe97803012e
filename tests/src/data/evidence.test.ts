/**
 * Observed before signed (src/data/evidence.ts): what a recorded audit of the portal supports,
 * and each reason it does not count as evidence for publishing, with the exact message an editor
 * reads: no audit, another portal, too old, not every state of consent, a cookie not observed or
 * observed with another lifetime; a cookie no crawl can see counts only with its reason.
 */
import { describe, expect, it } from 'vitest';
import { evidenceReasons, portalEvidence } from '../../../src/data/evidence.ts';
import type { Observations } from '../../../src/data/observations.ts';
import type { Cookie } from '../../../src/data/schema.ts';

const cookie = (name: string, extra: Partial<Cookie> = {}): Cookie => ({
  name,
  provider: 'opendatasoft',
  category: 'necessary',
  party: 'first',
  storage: 'http-cookie',
  lifetime: 'P2W',
  service: { fr: 's', nl: 's', de: 's', en: 's' },
  purpose: { fr: 'p', nl: 'p', de: 'p', en: 'p' },
  source: [{ url: 'https://example.org', note: 'n' }],
  ...extra,
});
const ALL = ['no-answer', 'refuse-all', 'accept-all'] as const;
const TODAY = new Date('2026-12-07T10:00:00Z');
const PORTAL = 'https://www.odwb.be';
const options = { portalUrl: PORTAL, today: TODAY, maxAgeDays: 30 };

const audit = (
  extra: Partial<Observations['audit']> = {},
  cookies: Observations['cookies'] = [],
) => ({
  audit: {
    portal: 'https://www.odwb.be/',
    observedOn: '2026-12-05',
    consentInterface: 'found' as const,
    consentManager: 'selectors',
    tool: 'odwb-cookie-policy audit 1.0.0',
    states: [...ALL],
    ...extra,
  },
  cookies,
});
const seen = (
  name: string,
  states: string[] = [...ALL],
  lifetimeSeconds: number | null = 1_209_600,
) => ({
  name,
  observedOn: '2026-12-05',
  lifetimeSeconds,
  setBy: 'header' as const,
  states: states as Observations['cookies'][number]['states'],
  pages: ['https://www.odwb.be/'],
});
const reasons = (observations: Observations | undefined, cookies: Cookie[]) =>
  evidenceReasons(portalEvidence(observations, cookies, options), observations, {
    portalUrl: PORTAL,
    maxAgeDays: 30,
  });

describe('the evidence of an audit of the portal', () => {
  it('none recorded: one reason, naming the command for the portal of operator.yaml', () => {
    expect(reasons(undefined, [cookie('sessionid')])).toEqual([
      'content/observations.yaml: no audit of the portal is recorded, so no cookie, lifetime or behaviour the policy states has been observed on https://www.odwb.be. Record one with `npm run audit -- https://www.odwb.be --record`, which visits the portal without an answer, after refusing and after accepting.',
    ]);
  });

  it('an audit of another portal, one too old, or one that skipped a state does not count', () => {
    expect(reasons(audit({ portal: 'http://127.0.0.1:8080/' }), [])).toEqual([
      'content/observations.yaml: the recorded audit observed http://127.0.0.1:8080/, not the portal content/operator.yaml names (https://www.odwb.be). Record an audit of that portal with `npm run audit -- https://www.odwb.be --record`.',
    ]);
    expect(reasons(audit({ observedOn: '2026-10-01' }), [])).toEqual([
      'content/observations.yaml: the recorded audit of the portal is of 2026-10-01, more than 30 days ago (auditMaxAgeDays in content/publications.yaml). Record a new one with `npm run audit -- https://www.odwb.be --record`.',
    ]);
    expect(reasons(audit({ states: ['no-answer'] }), [])).toEqual([
      'content/observations.yaml: the recorded audit of 2026-12-05 visited the portal only no-answer; publishing needs all three (no-answer, refuse-all, accept-all). Record a new one with `npm run audit -- https://www.odwb.be --record`, naming the banner’s buttons with --consent if it did not find them.',
    ]);
    const { states: _states, ...older } = audit().audit;
    expect(reasons({ audit: older, cookies: [] }, [])).toEqual([
      'content/observations.yaml: the recorded audit of 2026-12-05 does not say which states of consent it visited; publishing needs all three (no-answer, refuse-all, accept-all). Record a new one with `npm run audit -- https://www.odwb.be --record`.',
    ]);
  });

  it('an audit that could not check the portal does not count, whatever it saw', () => {
    const observations = audit({ result: 'could-not-check' }, [seen('sessionid')]);
    expect(reasons(observations, [cookie('sessionid')])).toEqual([
      'content/observations.yaml: the recorded audit of 2026-12-05 could not check the portal (its result is could-not-check: a banner it could not answer, a start page that answered an error, or storage it could not read), so it observed nothing a policy can be signed on. Record a new one with `npm run audit -- https://www.odwb.be --record`, naming the banner’s buttons with --consent if it did not find them.',
    ]);
    expect(portalEvidence(observations, [cookie('sessionid')], options).checkedOn).toBeUndefined();
    // The same audit with an answer counts.
    expect(
      reasons(audit({ result: 'does-not-match' }, [seen('sessionid')]), [cookie('sessionid')]),
    ).toEqual([]);
  });

  it('names each cookie not observed as declared; one that says why it cannot be counts', () => {
    const cookies = [
      cookie('sessionid'),
      cookie('csrftoken', { lifetime: 'P52W' }),
      cookie('login', {
        notObservedBecause: { fr: 'f', en: 'e', nl: 'n', de: 'd' },
        manualEvidence: { url: 'https://www.odwb.be/login', note: 'Checked by hand.' },
      }),
    ];
    const observations = audit({}, [seen('csrftoken', [...ALL], 86_400)]);
    const fix =
      'Correct the entry from what the audit saw, audit again where it is set, or, if no automatic audit can see it (set only after signing in, say), write notObservedBecause, in French at least, with manualEvidence (the check made by hand).';
    expect(reasons(observations, cookies)).toEqual([
      `content/cookies.yaml: cookie "sessionid": not observed as declared on the portal (the audit of 2026-12-05 did not observe it). ${fix}`,
      `content/cookies.yaml: cookie "csrftoken": not observed as declared on the portal (the audit of 2026-12-05 observed it with another lifetime than P52W). ${fix}`,
    ]);
    expect(portalEvidence(observations, cookies, options)).toMatchObject({
      checkedOn: '2026-12-05',
      allObserved: false,
    });
  });

  it('confirms the inventory whole only when every cookie was seen and the audit found nothing else', () => {
    const language = cookie('django_language', { category: 'preferences', lifetime: 'P12M' });
    const saw = [seen('django_language', ['accept-all'], 31_556_952)];
    expect(portalEvidence(audit({ result: 'matches' }, saw), [language], options)).toMatchObject({
      allObserved: true,
      inventoryConfirmed: true,
    });
    // Something undeclared was seen, or the record predates the result: what the portal does not
    // set cannot be said.
    for (const extra of [{ result: 'does-not-match' as const }, {}])
      expect(portalEvidence(audit(extra, saw), [language], options).inventoryConfirmed).toBe(false);
    expect(
      portalEvidence(audit({ result: 'matches' }, []), [language], options).inventoryConfirmed,
    ).toBe(false);
  });

  it('supports “only with your consent” only when each such cookie was seen only after acceptance', () => {
    const language = cookie('django_language', { category: 'preferences', lifetime: 'P12M' });
    const gated = audit({}, [seen('django_language', ['accept-all'], 31_556_952)]);
    expect(portalEvidence(gated, [language], options)).toMatchObject({
      auditGap: undefined,
      unobserved: [],
      consentVerified: true,
      allObserved: true,
    });
    const before = audit({}, [seen('django_language', ['no-answer', 'accept-all'], 31_556_952)]);
    expect(portalEvidence(before, [language], options).consentVerified).toBe(false);
  });
});
