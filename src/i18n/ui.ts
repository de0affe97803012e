/**
 * UI strings (headers, labels, category names) through i18next: one flat JSON file per locale in
 * ./ui/, French being the reference. `npm run check` and every build refuse a file that lacks a
 * key, so `t()` never falls back to another language on a published page.
 */
import { createInstance } from 'i18next';
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
// French is the reference: its keys are the type of every key (the check holds the others to it).
import type fr from './ui/fr.json';

/** Every key French has. i18next's plural forms (`_one`, `_other`) are asked for by their stem. */
type Key = keyof typeof fr;
type PluralStem<K> = K extends `${infer Stem}_${'one' | 'other'}` ? Stem : never;
export type UiKey = Key | PluralStem<Key>;

/** Each locale's file, found from the locale list: a new language needs no line here. */
const files = import.meta.glob<Record<Key, string>>('./ui/*.json', {
  eager: true,
  import: 'default',
});
const resources = Object.fromEntries(
  localeCodes.map((locale) => [locale, files[`./ui/${locale}.json`] ?? {}]),
);

const i18n = createInstance();
void i18n.init({
  resources: Object.fromEntries(
    Object.entries(resources).map(([locale, strings]) => [locale, { translation: strings }]),
  ),
  lng: defaultLocale,
  fallbackLng: false,
  // Keys are flat ("table.caption"), and Astro escapes what it prints.
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});

/**
 * `{{count, words}}`: numbers under ten in running text are written as words ("quatre cookies"),
 * from each language's `numbers.words`; larger ones stay in digits.
 */
i18n.services.formatter?.add('words', (value: unknown, lng: string | undefined) => {
  const words = i18n
    .getFixedT(lng ?? defaultLocale)('numbers.words')
    .split(',');
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < words.length
    ? words[value]!
    : String(value);
});

export type Translate = (key: UiKey, options?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  // i18next's own key typing knows nothing of our JSON; UiKey above is the check that matters.
  return i18n.getFixedT(locale) as unknown as Translate;
}
