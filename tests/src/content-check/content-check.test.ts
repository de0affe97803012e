/**
 * The checks beyond the cookie data: every locale mirrors the French pages, every UI string
 * exists in every locale (what `npm run check` reports is tests/scripts/check.process.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { checkSiteConfig } from '../../../src/content-check/config.ts';
import { project, site as fixture } from '../../support/content-files.ts';

describe('the real content', () => {
  it('passes every check: pages, UI strings and inventory texts in every language', () => {
    expect(checkContent(project()).problems).toEqual([]);
  });
});

describe('the page tree check', () => {
  it('accepts locales that mirror the French pages', () => {
    expect(checkContent(fixture('complete')).problems).toEqual([]);
  });

  it('names the page a locale is missing and where to translate it', () => {
    expect(checkContent(fixture('missing-german-page')).problems).toEqual([
      'content/policy/de/archives/2025.mdx: the German page is missing; French has content/policy/fr/archives/2025.mdx. Translate it into content/policy/de/archives/2025.mdx.',
    ]);
  });

  it('refuses a page that has no French original', () => {
    expect(checkContent(fixture('page-without-original')).problems).toEqual([
      'content/policy/nl/extra.mdx: this page has no French original in content/policy/fr/. Add content/policy/fr/extra.mdx or remove this file.',
    ]);
  });
});

describe('pages outside a language folder', () => {
  it('names a folder that is not a site language, and a page outside any folder', () => {
    expect(checkContent(fixture('page-outside-locales')).problems).toEqual([
      'content/policy/es: "es" is not a language of the site (fr, en, nl, de). Move its pages into one of those folders.',
      'content/policy/extra.mdx: a page must be inside a language folder. Move it to content/policy/fr/extra.mdx and translate it into the other languages.',
    ]);
  });
});

describe('the UI string check', () => {
  it('reports missing, empty, unknown and unreadable strings per locale', () => {
    expect(checkContent(fixture('incomplete-ui-strings')).problems).toEqual([
      'src/i18n/ui/en.json: the JSON cannot be read (Expected double-quoted property name in JSON at position 26 (line 3 column 1)). Fix the syntax: keys and texts in double quotes, commas between entries.',
      'src/i18n/ui/nl.json: "site.skipLink" is empty. Write its Dutch text.',
      'src/i18n/ui/nl.json: "table.unused" is not used by src/i18n/ui/fr.json. Remove it, or add it there first.',
      'src/i18n/ui/de.json: "table.caption" is missing. Add its German text (see src/i18n/ui/fr.json).',
    ]);
  });
});

describe('untranslated UI strings', () => {
  it('flags a string left as in French, and says how to allow it', () => {
    expect(checkContent(fixture('ui-string-copied-from-french')).problems).toEqual([
      'src/i18n/ui/de.json: "table.caption" is the same as in French ("y"). Translate it; if it is rightly the same in German, add "table.caption" to "de" in src/i18n/same-as-french.json.',
    ]);
  });
});

describe('the language configuration', () => {
  const french = { englishName: 'French', bcp47: 'fr-BE' };

  it('accepts the real locale list and site settings', () => {
    expect(checkSiteConfig()).toEqual([]);
  });

  it('names src/config/locales.ts for a tag that is not BCP 47, instead of a RangeError', () => {
    expect(
      checkSiteConfig({ fr: french, es: { englishName: 'Spanish', bcp47: 'es_ES' } }, {}, 'fr'),
    ).toEqual([
      'src/config/locales.ts: es (Spanish): bcp47 "es_ES" is not a BCP 47 language tag. Write the language, a hyphen and the region, e.g. es-BE.',
    ]);
  });

  it('gives the standard spelling of a tag written in lower case', () => {
    expect(
      checkSiteConfig({ fr: french, it: { englishName: 'Italian', bcp47: 'it-it' } }, {}, 'fr'),
    ).toEqual([
      'src/config/locales.ts: it (Italian): bcp47 "it-it" is not written the standard way. Write "it-IT".',
    ]);
  });

  it('names a per-language setting the new language lacks, and the explicit fallback', () => {
    const table = { fr: french, es: { englishName: 'Spanish', bcp47: 'es-ES' } };
    const settings = {
      name: 'APD',
      url: { fr: 'https://www.autoriteprotectiondonnees.be' },
    };
    expect(checkSiteConfig(table, settings, 'fr')).toEqual([
      "src/config/site.ts: authority.url has no value for \"es\" (Spanish). Add es: with its Spanish value, or reuse another language's on purpose, e.g. es: 'https://www.autoriteprotectiondonnees.be'.",
    ]);
  });
});
