/**
 * The operator facts of src/config/site.ts: each one sourced or explicitly not found, never
 * guessed. A missing fact the policy cannot go without stops `npm run check` (and the build),
 * naming the field and where such a fact is usually published; any other missing fact is listed
 * as shown on the pages as not yet published.
 */
import { describe, expect, it } from 'vitest';
import { notFound, operator, type OperatorFact } from '../../../src/config/site.ts';
import { checkOperatorFacts } from '../../../src/content-check/operator-facts.ts';

const sourced = <T>(value: T): OperatorFact<T> => ({
  value,
  source: { url: 'https://portal.example.org/legal', note: 'The legal notice states it.' },
});
const allFound = {
  controller: sourced('Example Agency'),
  contactUrl: sourced('https://portal.example.org/contact/'),
  postalAddress: sourced('Rue de l’Exemple 1, 5000 Namur'),
  dpoContact: sourced('mailto:dpo@example.org'),
  consentSettings: sourced({
    url: 'https://portal.example.org/cookies/',
    label: { fr: 'Cookies', en: 'Cookies', nl: 'Cookies', de: 'Cookies' },
  }),
};

describe('the operator facts check', () => {
  it('accepts facts that all carry a source', () => {
    expect(checkOperatorFacts(allFound, { consentAsked: true })).toEqual({
      problems: [],
      notices: [],
    });
  });

  it('refuses to publish without the controller, naming the field and where to look', () => {
    const facts = { ...allFound, controller: notFound('Nowhere yet.') };
    expect(checkOperatorFacts(facts, { consentAsked: false }).problems).toEqual([
      'src/config/site.ts: operator.controller (the controller’s name) is missing, and the policy cannot be published without it. It is usually found on the portal’s terms of use or legal notice, or in the act that entrusts the portal to its operator. Write it as value with a source (url and note) once found.',
    ]);
  });

  it('requires where to withdraw consent only while a cookie needs consent', () => {
    const facts = { ...allFound, consentSettings: notFound('Nowhere yet.') };
    expect(checkOperatorFacts(facts, { consentAsked: true }).problems).toEqual([
      'src/config/site.ts: operator.consentSettings (where visitors change or withdraw their cookie choices) is missing, and the policy cannot be published without it while a cookie needs consent. It is usually found on the portal’s own pages (Opendatasoft portals show a cookie management link at the bottom of each page). Write it as value with a source (url and note) once found.',
    ]);
    expect(checkOperatorFacts(facts, { consentAsked: false })).toEqual({
      problems: [],
      notices: [
        'src/config/site.ts: operator.consentSettings (where visitors change or withdraw their cookie choices): not found yet. It is usually found on the portal’s own pages (Opendatasoft portals show a cookie management link at the bottom of each page).',
      ],
    });
  });

  it('lists a missing DPO contact as not yet published, without stopping the build', () => {
    const facts = { ...allFound, dpoContact: notFound('Nowhere yet.') };
    expect(checkOperatorFacts(facts, { consentAsked: true })).toEqual({
      problems: [],
      notices: [
        'src/config/site.ts: operator.dpoContact (the data protection officer’s contact): not found yet. It is usually found in the operator’s privacy statement or legal notice (a public body must publish it, GDPR art. 37(7)).',
      ],
    });
  });

  it('refuses a fact whose source is not a web page', () => {
    const facts = {
      ...allFound,
      postalAddress: { value: 'Somewhere', source: { url: 'memory', note: 'I think so.' } },
    };
    expect(checkOperatorFacts(facts, { consentAsked: false }).problems).toEqual([
      'src/config/site.ts: operator.postalAddress (the controller’s postal address) has no valid source. Give the url (starting with https://) of the public page it was read on, and a note saying what that page states.',
    ]);
  });

  it('holds no fact about the real operator without a source', () => {
    for (const fact of Object.values(operator)) {
      if ('missing' in fact) expect(fact.searched.length).toBeGreaterThan(20);
      else expect(fact.source.url).toMatch(/^https:\/\//);
    }
  });
});
