/**
 * Every UI string and every text of the real cookie inventory exists, non-empty, in every
 * locale of src/config/locales.ts, read from the files an editor changes (not from the code that uses them).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { defaultLocale, localeCodes } from '../../src/config/locales.ts';

const LOCALES = localeCodes;
const reference = defaultLocale;
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const strings = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(read(`src/i18n/ui/${locale}.json`)) as Record<string, string>,
  ]),
);
const cookies = yaml.load(read('content/cookies.yaml')) as Record<string, unknown>[];

describe('UI strings', () => {
  it.each(LOCALES)('%s has exactly the keys French has, none empty', (locale) => {
    expect(Object.keys(strings[locale]!).sort()).toEqual(Object.keys(strings[reference]!).sort());
    for (const [key, value] of Object.entries(strings[locale]!)) {
      expect(value.trim(), `${locale}: ${key}`).not.toBe('');
    }
  });

  // Words that are the same in both languages; anything else equal to French was not translated.
  const sameWord: Record<string, string[]> = {
    en: ['table.name', 'table.type', 'table.count_one', 'table.count_other', 'csv.condition'],
    nl: ['table.name', 'table.count_one', 'table.count_other'],
    de: ['table.name'],
  };
  it('knows the words each language shares with French', () => {
    expect(Object.keys(sameWord).sort()).toEqual(
      LOCALES.filter((locale) => locale !== reference).sort(),
    );
  });
  it.each(Object.keys(sameWord))('%s is translated, not copied from French', (locale) => {
    const copied = Object.keys(strings[reference]!).filter(
      (key) => strings[locale]![key] === strings[reference]![key],
    );
    expect(copied).toEqual(sameWord[locale]);
  });
});

describe('cookie texts', () => {
  it('the inventory is not empty', () => {
    expect(cookies.length).toBeGreaterThan(0);
  });

  it.each(cookies.map((cookie) => [String(cookie.name), cookie] as const))(
    '%s has a purpose and a service in every locale',
    (_name, cookie) => {
      for (const field of ['purpose', 'service']) {
        const texts = cookie[field] as Record<string, string>;
        expect(Object.keys(texts).sort()).toEqual([...LOCALES].sort());
        for (const locale of LOCALES) expect(texts[locale]!.trim()).not.toBe('');
      }
      if (cookie.condition) {
        expect(Object.keys(cookie.condition as object).sort()).toEqual([...LOCALES].sort());
      }
    },
  );
});
