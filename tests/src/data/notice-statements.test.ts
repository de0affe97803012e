/**
 * The parts of the notice GDPR art. 13 asks for that the inventory and the audit decide, in every
 * language: the summary at the top, the basis of the consent-record cookie, what refusing leads to
 * and how long a choice is kept, and profiling. Read from the real inventory (content/) and from
 * one with third-party statistics and marketing cookies; with no audit, and with an audit that found
 * the inventory whole. French puts a no-break space (\u00a0) before a colon and a semicolon.
 */
import { describe, expect, it } from 'vitest';
import { type Locale } from '../../../src/config/locales.ts';
import { inventoryFacts } from '../../../src/data/inventory-statements.ts';
import {
  choiceSentences,
  consentRecordBasis,
  profilingSentences,
  summarySentences,
  type AuditSupport,
} from '../../../src/data/notice-statements.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';
import { inventoryIn } from '../../support/inventory-in.ts';

const REAL = 'content';
const THIRD_PARTY = 'tests/fixtures/sites/third-party-consent/content';

const NO_AUDIT: AuditSupport = {
  checkedOn: undefined,
  auditGap: 'no-audit',
  unobserved: [],
  consentVerified: false,
  inventoryConfirmed: false,
};
/** An audit of 5 December 2026 that saw every cookie as declared, and nothing else. */
const CONFIRMED: AuditSupport = {
  checkedOn: '2026-12-05',
  auditGap: undefined,
  unobserved: [],
  consentVerified: true,
  inventoryConfirmed: true,
};

function sentences(dir: string, locale: Locale, audit: AuditSupport) {
  const { cookies, providers } = inventoryIn(dir);
  const facts = inventoryFacts(cookies, providers);
  const t = useTranslations(locale);
  return {
    summary: summarySentences(facts, locale, t, audit),
    basis: consentRecordBasis(facts, locale, t),
    choices: choiceSentences(facts, cookies, locale, t, audit),
    profiling: profilingSentences(cookies, locale, t, audit),
  };
}

describe('the summary at the top', () => {
  it('counts the cookies, who sets them and which need consent, and says the rest is unchecked', () => {
    expect(sentences(REAL, 'fr', NO_AUDIT).summary).toEqual([
      '4 cookies, tous déposés par le portail lui-même\u00a0; 3 strictement nécessaires et 1 soumis à votre accord.',
      'Que le portail ne dépose aucun autre cookie n’a pas encore été vérifié.',
    ]);
    expect(sentences(REAL, 'en', NO_AUDIT).summary).toEqual([
      '4 cookies, all set by the portal itself; 3 strictly necessary and 1 subject to your consent.',
      'Whether the portal sets no other cookie has not yet been checked.',
    ]);
    expect(sentences(REAL, 'nl', NO_AUDIT).summary[0]).toBe(
      '4 cookies, allemaal geplaatst door het portaal zelf; 3 strikt noodzakelijk en 1 waarvoor uw toestemming nodig is.',
    );
    expect(sentences(REAL, 'de', NO_AUDIT).summary[0]).toBe(
      '4 Cookies, alle vom Portal selbst gesetzt; 3 unbedingt erforderlich und 1 einwilligungspflichtig.',
    );
  });

  it('says what the portal does not set only once an audit found the inventory whole', () => {
    expect(sentences(REAL, 'fr', CONFIRMED).summary[1]).toBe(
      'Selon l’audit du portail du 5 décembre 2026\u00a0: aucun cookie de mesure d’audience, aucun cookie publicitaire et aucun cookie tiers.',
    );
    expect(sentences(REAL, 'de', CONFIRMED).summary[1]).toBe(
      'Laut der Prüfung des Portals vom 5. Dezember 2026: keine Cookies zur Reichweitenmessung, keine Werbe-Cookies und keine Cookies von Drittanbietern.',
    );
    // An audit that saw every cookie but also something undeclared confirms nothing.
    expect(sentences(REAL, 'en', { ...CONFIRMED, inventoryConfirmed: false }).summary[1]).toBe(
      'Whether the portal sets no other cookie has not yet been checked.',
    );
  });

  it('names third parties and claims no negative the inventory contradicts', () => {
    expect(sentences(THIRD_PARTY, 'fr', CONFIRMED).summary).toEqual([
      '6 cookies, dont 2 déposés par des tiers\u00a0; 4 strictement nécessaires et 2 soumis à votre accord.',
    ]);
    expect(sentences(THIRD_PARTY, 'en', CONFIRMED).summary).toEqual([
      '6 cookies, 2 of them set by third parties; 4 strictly necessary and 2 subject to your consent.',
    ]);
  });
});

describe('the consent-record cookie', () => {
  it('rests on the duty to show consent, art. 6(1)(c) with 7(1), in every language', () => {
    expect(sentences(REAL, 'fr', NO_AUDIT).basis).toEqual([
      'Le cookie cookies_preferences, qui enregistre vos choix en matière de cookies, repose quant à lui sur une obligation légale\u00a0: le responsable du traitement doit pouvoir démontrer que vous avez donné votre consentement (article\u00a06, paragraphe\u00a01, point\u00a0c), et article\u00a07, paragraphe\u00a01, du RGPD).',
    ]);
    expect(sentences(REAL, 'en', NO_AUDIT).basis[0]).toContain(
      'The cookies_preferences cookie, which records your cookie choices, rests on a legal obligation instead',
    );
    expect(sentences(REAL, 'nl', NO_AUDIT).basis[0]).toContain(
      '(artikel 6, lid 1, punt c), en artikel 7, lid 1, AVG)',
    );
    expect(sentences(REAL, 'de', NO_AUDIT).basis[0]).toContain(
      '(Artikel 6 Absatz 1 Buchstabe c und Artikel 7 Absatz 1 DSGVO)',
    );
  });
});

describe('refusing, not choosing, and asking again', () => {
  it('says what the law allows and that the lifetime is documented, until the audit observed them', () => {
    expect(sentences(REAL, 'fr', NO_AUDIT).choices).toEqual([
      'Aucune obligation légale ou contractuelle ne vous impose d’accepter ces cookies ni de fournir les informations qu’ils contiennent.',
      'Si vous refusez, ou si vous ne faites aucun choix, aucun consentement n’est donné\u00a0: le portail ne peut alors déposer que les cookies strictement nécessaires. Ce qu’il fait en l’absence de choix n’a pas encore été vérifié sur le portail.',
      'Selon la documentation de la plateforme, votre choix est conservé 6\u00a0mois (cookie cookies_preferences), ce qui n’a pas encore été vérifié sur le portail\u00a0; à l’expiration de ce délai, ou lorsque les cookies soumis à votre accord changent, il doit vous être redemandé.',
    ]);
  });

  it('states what the portal does once the audit observed it', () => {
    expect(sentences(REAL, 'en', CONFIRMED).choices.slice(1)).toEqual([
      'If you refuse, or make no choice, the portal sets only the strictly necessary cookies, and you can go on using it.',
      'The portal keeps your choice for 6 months (cookie cookies_preferences); when that time is up, or when the cookies that need your consent change, it must ask you again.',
    ]);
    expect(sentences(REAL, 'nl', CONFIRMED).choices[2]).toBe(
      'Het portaal bewaart uw keuze 6 maanden lang (cookie cookies_preferences); daarna, of wanneer de cookies waarvoor uw toestemming nodig is veranderen, moet het u opnieuw om uw keuze vragen.',
    );
    // The consent-record cookie seen with another lifetime: its lifetime is documented only.
    const otherLifetime = {
      ...CONFIRMED,
      unobserved: [{ name: 'cookies_preferences', why: 'another lifetime' }],
    };
    expect(sentences(REAL, 'de', otherLifetime).choices[2]).toMatch(
      /^Laut der Dokumentation der Plattform wird Ihre Auswahl 6 Monate lang gespeichert/,
    );
  });
});

describe('profiling and automated decisions (art. 13(2)(f))', () => {
  it('says no cookie described profiles, and whether the audit found no other', () => {
    expect(sentences(REAL, 'fr', NO_AUDIT).profiling).toEqual([
      'Aucun des cookies décrits dans cette politique ne sert à établir un profil de vous ni à prendre à votre égard une décision fondée exclusivement sur un traitement automatisé (article 22 du RGPD)\u00a0: aucune de leurs finalités, indiquées dans le tableau, n’en comporte.',
      'Que le portail ne dépose pas d’autres cookies n’a pas encore été vérifié.',
    ]);
    expect(sentences(REAL, 'nl', CONFIRMED).profiling[1]).toBe(
      'De audit van het portaal van 5 december 2026 heeft geen andere cookies aangetroffen.',
    );
  });

  it('names the marketing cookies as profiling, never claiming there is none', () => {
    expect(sentences(THIRD_PARTY, 'en', CONFIRMED).profiling).toEqual([
      'The marketing cookie ad_visitor is used to build a profile of your browsing (profiling within the meaning of Article 4(4) GDPR) and therefore needs your prior consent.',
    ]);
    expect(sentences(THIRD_PARTY, 'de', CONFIRMED).profiling[0]).toMatch(
      /^Das Marketing-Cookie ad_visitor dient dazu, ein Profil Ihres Surfverhaltens zu erstellen/,
    );
  });
});
