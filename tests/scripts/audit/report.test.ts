/**
 * The text report and the JSON without a browser: the verdict a person reads last, the words for
 * lifetimes and evidence, and the JSON other tools read.
 */
import { describe, expect, it } from 'vitest';
import { formatTable, resultSentence, toJson } from '../../../scripts/audit/report.ts';
import { evidenceOf, lifetimeOf } from '../../../scripts/audit/report-values.ts';
import { cookie, PORTAL, sampleAudit, storageKey, TIME } from './support/samples.ts';

describe('the verdict', () => {
  it('counts every kind of finding when the policy does not match', () => {
    const { comparison, context } = sampleAudit();
    expect(resultSentence(comparison, { ...context, strictHosts: true })).toBe(
      'Result: the policy does not match the portal (1 undeclared item, 1 lifetime declared too short, 1 undeclared host, 5 items stored without consent, 2 tracking requests without consent, 1 undeclared tracking host).',
    );
  });

  it('says "in every state of consent" only when more than one state was visited', () => {
    const { context } = sampleAudit();
    const clean = {
      matches: [],
      undeclared: [],
      tooShort: [],
      notSeen: [],
      notExpected: [],
      notObservable: [],
      hosts: [],
    };
    const calm = {
      ...context.states!,
      storedWithoutConsent: [],
      trackingWithoutConsent: [],
      undeclaredTrackingHosts: [],
    };
    expect(resultSentence(clean, { ...context, states: calm })).toBe(
      'Result: the policy matches the portal in every state of consent: everything seen is declared with a long enough lifetime, and nothing that needs consent was stored or called without it.',
    );
    expect(resultSentence(clean, { ...context, states: { ...calm, states: ['no-answer'] } })).toBe(
      'Result: the policy matches the portal: everything seen is declared with a long enough lifetime.',
    );
    expect(resultSentence(clean, { ...context, states: undefined })).toBe(
      'Result: the policy matches the portal: everything seen is declared with a long enough lifetime.',
    );
  });
});

describe('the text report', () => {
  it('reads top to bottom: what was audited, the consent interface, the findings, the verdict', () => {
    const { observation, comparison, context } = sampleAudit();
    const blocks = formatTable(observation, comparison, context).split('\n\n');
    expect(blocks.map((block) => block.split('\n')[0]!.split(':')[0])).toEqual([
      'Cookie audit of 1 page',
      'Consent interface',
      'Stored without consent (5)',
      'Requests to hosts that track, without consent (2)',
      'Hosts that track, declared by no provider (1)',
      'Seen but not declared in content/cookies.yaml (1)',
      'Declared lifetime shorter than the real one (1)',
      'Requests to other hosts (1, 1 undeclared, for information)',
      'Stored in each state (6, for information)',
      'Declared but not seen (1, for information)',
      'Not expected in this audit (1, for information)',
      'Seen and declared (4)',
      'Result',
    ]);
  });

  it('lines up each table in columns, and quotes the evidence under it', () => {
    const { observation, comparison, context } = sampleAudit();
    const text = formatTable(observation, comparison, context);
    expect(text)
      .toContain(`Declared lifetime shorter than the real one (1): raise the lifetime in content/cookies.yaml, or shorten the cookie.
  Name     Declared as  Declared      Real     Where                Set by
  fx_pref  fx_pref      P1W (7 days)  30 days  www.portal.example/  header
  Evidence:
    fx_pref: Set-Cookie: fx_pref=fr; Max-Age=2592000 from https://www.portal.example/ on https://www.portal.example/ at 2026-12-03T09:00:00.000Z (No answer)
`);
  });

  it('says so when nothing at all was stored', () => {
    const { observation, comparison, context } = sampleAudit();
    const empty = { ...observation, cookies: [], storage: [] };
    const none = { ...comparison, matches: [], undeclared: [], tooShort: [] };
    expect(formatTable(empty, none, context)).toContain(
      '\n\nNothing was stored: no cookie, no localStorage or sessionStorage key, no IndexedDB database, no Cache Storage cache, no service worker.\n\n',
    );
  });

  it('names the pages it could not audit, so the findings are read with that gap', () => {
    const { observation, comparison, context } = sampleAudit();
    const skipped = {
      ...observation,
      skipped: [{ url: `${PORTAL}slow`, reason: 'did not load within 15 s' }],
    };
    expect(formatTable(skipped, comparison, context)).toContain(
      '\nNot audited (1): the findings may miss what these set:\n  https://www.portal.example/slow: did not load within 15 s\n',
    );
  });
});

describe('lifetimes and evidence in words', () => {
  it('a cookie lives its lifetime after the last page that set it again', () => {
    const refreshed = {
      ...cookie('fx_visit', 1800, 'no-answer'),
      refreshedOn: [`${PORTAL}a`, `${PORTAL}b`],
    };
    expect(lifetimeOf(refreshed)).toBe('30 minutes, refreshed on 2 later pages');
    expect(lifetimeOf(cookie('fx_session', undefined, 'no-answer'))).toBe('session');
    expect(lifetimeOf(storageKey('fx_consent', 'no-answer'))).toBe('until cleared');
    expect(lifetimeOf(cookie('sid', undefined, undefined, { setBy: 'request' }))).toBe('unknown');
  });

  it('each way of being seen says where to look', () => {
    const at = `on ${PORTAL} at ${TIME}`;
    expect(evidenceOf({ setBy: 'jar', page: PORTAL, time: TIME })).toBe(
      `only in the browser's cookie jar ${at}`,
    );
    expect(
      evidenceOf({ setBy: 'request', page: PORTAL, time: TIME, response: `${PORTAL}api` }),
    ).toBe(`only sent in a Cookie header to ${PORTAL}api ${at}`);
    expect(evidenceOf({ setBy: 'script', page: PORTAL, time: TIME, state: 'accept-all' })).toBe(
      `a script the browser did not name ${at} (Accepted all)`,
    );
    expect(evidenceOf({ setBy: 'header', page: PORTAL, time: TIME, response: PORTAL })).toBe(
      `cookie list from ${PORTAL} ${at}`,
    );
  });
});

describe('the JSON', () => {
  it('says whether the audit passed, with lifetimes in seconds and null where unknown', () => {
    const { observation, comparison, context } = sampleAudit();
    const json = toJson(observation, comparison, context);
    expect(json.ok).toBe(false);
    expect(json.undeclared).toEqual([
      expect.objectContaining({ name: 'fx_tracker', lifetimeSeconds: 86_400, expires: null }),
    ]);
    expect(json.lifetimeTooShort).toEqual([
      expect.objectContaining({
        name: 'fx_pref',
        declaredLifetime: 'P1W',
        declaredSeconds: 604_800,
        lifetimeSeconds: 2_592_000,
      }),
    ]);
    expect(json.consentStates?.states).toEqual(['no-answer', 'refuse-all', 'accept-all']);
    expect(json.consentStates?.trackingWithoutConsent[0]?.request.query).toEqual({
      campaign: 'x',
      page: 'home',
    });
    expect(
      toJson(observation, comparison, { ...context, states: undefined }).consentStates,
    ).toBeNull();
  });

  it('a storage key carries its origin, not a cookie’s attributes', () => {
    const { observation, comparison, context } = sampleAudit();
    const key = storageKey('fx_consent', 'no-answer');
    const json = toJson(observation, { ...comparison, undeclared: [key] }, context);
    expect(json.undeclared).toEqual([
      {
        name: 'fx_consent',
        storage: 'local-storage',
        origin: 'https://www.portal.example',
        evidence: key.evidence,
      },
    ]);
  });
});
