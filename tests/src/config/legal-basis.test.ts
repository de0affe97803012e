/**
 * The legal bases are declared once (src/config/legal-basis.ts): each language's sentences and
 * /cookies.json cite them from there, as each language's GDPR writes a citation, so the page and
 * the export cannot give different bases (the built page and cookies.json side by side:
 * tests/src/pages/exports.build.test.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  citation,
  exportCitation,
  legalBasis,
  type Provision,
} from '../../../src/config/legal-basis.ts';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';

const NBSP = '\u00a0';

/** Each basis as the policy has always cited it, written out by hand per language. */
const CITED: Record<keyof typeof legalBasis, Record<Locale, string>> = {
  necessary: {
    fr: `article${NBSP}6, paragraphe${NBSP}1, point${NBSP}e), et paragraphe${NBSP}3, du RGPD`,
    en: 'Article 6(1)(e) and 6(3) GDPR',
    nl: 'artikel 6, lid 1, punt e), en lid 3, AVG',
    de: 'Artikel 6 Absatz 1 Buchstabe e und Absatz 3 DSGVO',
  },
  consent: {
    fr: `article${NBSP}6, paragraphe${NBSP}1, point${NBSP}a), du RGPD`,
    en: 'Article 6(1)(a) GDPR',
    nl: 'artikel 6, lid 1, punt a), AVG',
    de: 'Artikel 6 Absatz 1 Buchstabe a DSGVO',
  },
  consentRecord: {
    fr: `article${NBSP}6, paragraphe${NBSP}1, point${NBSP}c), et article${NBSP}7, paragraphe${NBSP}1, du RGPD`,
    en: 'Article 6(1)(c) and Article 7(1) GDPR',
    nl: 'artikel 6, lid 1, punt c), en artikel 7, lid 1, AVG',
    de: 'Artikel 6 Absatz 1 Buchstabe c und Artikel 7 Absatz 1 DSGVO',
  },
};

describe('the legal bases', () => {
  it('have their citations written out for every site language', () => {
    for (const texts of Object.values(CITED))
      expect(Object.keys(texts).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('are cited in %s as that language’s GDPR writes them', (locale) => {
    for (const [basis, provisions] of Object.entries(legalBasis))
      expect(citation(provisions, locale), basis).toBe(CITED[basis as keyof typeof CITED][locale]);
  });

  it('are cited in cookies.json by article number', () => {
    expect(exportCitation(legalBasis.necessary)).toBe('GDPR art. 6(1)(e) and 6(3)');
    expect(exportCitation(legalBasis.consent)).toBe('GDPR art. 6(1)(a)');
    expect(exportCitation(legalBasis.consentRecord)).toBe('GDPR art. 6(1)(c) and 7(1)');
  });

  it('changed in the declaration, change the sentence and the export alike', () => {
    // Legitimate interests instead of the public task: one edit, every citation follows.
    const interests: Provision[] = [{ article: 6, paragraph: 1, point: 'f' }];
    expect(localeCodes.map((locale) => citation(interests, locale))).toEqual(
      localeCodes.map(
        (locale) =>
          ({
            fr: `article${NBSP}6, paragraphe${NBSP}1, point${NBSP}f), du RGPD`,
            en: 'Article 6(1)(f) GDPR',
            nl: 'artikel 6, lid 1, punt f), AVG',
            de: 'Artikel 6 Absatz 1 Buchstabe f DSGVO',
          })[locale],
      ),
    );
    expect(exportCitation(interests)).toBe('GDPR art. 6(1)(f)');
  });
});

describe('the sentences that give a basis', () => {
  const keys = ['legal.publicTask', 'legal.consentRecord'] as const;

  it.each(localeCodes)(
    'take it from the declaration in %s, never write it themselves',
    (locale) => {
      const t = useTranslations(locale);
      for (const key of keys) {
        const sentence = t(key, { legalText: 'L', cookies: 'c', count: 1, basis: '‹basis›' });
        expect(sentence, key).toMatch(/\(‹basis›\)\.$/);
        expect(sentence, key).not.toMatch(/GDPR|RGPD|AVG|DSGVO|\b6\b/);
      }
    },
  );
});
