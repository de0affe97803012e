/**
 * What only the inventory can tell the audit it could not check: a consent interface it did not
 * find although consent cookies are declared, and storage keys a HAR file cannot hold.
 */
import { describe, expect, it } from 'vitest';
import { notCheckedReasons } from '../../../scripts/audit/not-checked.ts';
import { declared, visit } from './support/samples.ts';

const PAGE = 'https://www.portal.example/';
const none = { found: false as const, page: PAGE };
const oneVisit = visit('no-answer', []);

describe('what the audit could not check', () => {
  it('no banner found while the inventory declares a consent-choice cookie', () => {
    expect(
      notCheckedReasons(
        oneVisit,
        none,
        [declared('cookies_preferences', { setWhen: 'consent-choice' })],
        'content/cookies.yaml',
      ),
    ).toEqual([
      `content/cookies.yaml declares the consent choice cookie "cookies_preferences", so the portal shows a consent interface, but the audit found none it could answer on ${PAGE}: it could not refuse or accept. Name the banner's buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`,
    ]);
  });

  it('no banner found and an entry set only after consent', () => {
    expect(
      notCheckedReasons(oneVisit, none, [declared('_ga', { setWhen: 'consent' })], 'cookies.yaml'),
    ).toEqual([
      `cookies.yaml declares 1 entry set only after consent ("_ga"), so the portal shows a consent interface, but the audit found none it could answer on ${PAGE}: it could not refuse or accept. Name the banner's buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`,
    ]);
  });

  it('nothing to say when the banner was found, or when the inventory expects none', () => {
    const found = { found: true as const, page: PAGE, by: 'rules' as const, name: 'Klaro' };
    const consentCookie = [declared('klaro', { setWhen: 'consent-choice' })];
    expect(notCheckedReasons(oneVisit, found, consentCookie, 'c.yaml')).toEqual([]);
    expect(notCheckedReasons(oneVisit, none, [declared('fx_session')], 'c.yaml')).toEqual([]);
  });

  it('a banner found through --consent whose accept selector shows nothing on the first layer', () => {
    const found = {
      found: true as const,
      page: PAGE,
      by: 'selectors' as const,
      name: 'consent.yaml',
      firstLayer: { refuse: undefined, accept: undefined, verdict: 'unknown' as const },
    };
    expect(notCheckedReasons(oneVisit, found, [], 'c.yaml')).toEqual([
      `the accept selector of consent.yaml matches no visible control on the first layer of the banner on ${PAGE}, so whether refusing is offered there as prominently as accepting was not checked. Check that accept names the banner's first-layer button.`,
    ]);
    // Measured, whatever the verdict: the first layer was checked.
    const measured = {
      ...found,
      firstLayer: { ...found.firstLayer, verdict: 'no-refusal' as const },
    };
    expect(notCheckedReasons(oneVisit, measured, [], 'c.yaml')).toEqual([]);
  });

  it("keeps the visits' own reasons first", () => {
    const blocked = { ...oneVisit, notChecked: ['the start page answered 403'] };
    expect(notCheckedReasons(blocked, none, [], 'c.yaml')).toEqual(['the start page answered 403']);
  });

  it('a declared storage the browser would not let the audit read', () => {
    const blocked = {
      ...oneVisit,
      unreadable: [
        {
          storage: 'indexed-db' as const,
          origin: 'https://www.portal.example',
          page: PAGE,
          reason: 'The user denied permission to access the database.',
        },
        // Not declared: nothing the inventory claims depends on it.
        {
          storage: 'cache-storage' as const,
          origin: 'https://www.portal.example',
          page: PAGE,
          reason: 'SecurityError',
        },
      ],
    };
    expect(
      notCheckedReasons(
        blocked,
        undefined,
        [declared('fx_ids', { storage: 'indexed-db', lifetime: 'until-cleared' })],
        'cookies.yaml',
      ),
    ).toEqual([
      `cookies.yaml declares indexed-db "fx_ids", but the browser would not let the audit read indexed-db of https://www.portal.example on ${PAGE} (The user denied permission to access the database.), so whether it holds them is unknown.`,
    ]);
  });

  it('a HAR file cannot check declared storage keys', () => {
    const har = { ...oneVisit, coverage: { ...oneVisit.coverage, storageObservable: false } };
    expect(
      notCheckedReasons(
        har,
        undefined,
        [
          declared('fx_layout', { storage: 'local-storage', lifetime: 'until-cleared' }),
          declared('fx_session'),
        ],
        'cookies.yaml',
      ),
    ).toEqual([
      'cookies.yaml declares 1 storage key ("fx_layout"), and a HAR file holds no browser storage: audit the live portal to check them.',
    ]);
  });
});
