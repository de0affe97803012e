/**
 * UI strings (headers, labels, category names) through i18next: one flat JSON file per locale in
 * ./ui/, French being the reference. `npm run check` and every build refuse a file that lacks a
 * key, so `t()` never falls back to another language on a published page.
 */
import { createInstance } from 'i18next';
import { defaultLocale, type Locale } from '../config/locales.ts';
import fr from './ui/fr.json';
import en from './ui/en.json';
import nl from './ui/nl.json';
import de from './ui/de.json';

/** Every key French has. i18next's plural forms (`_one`, `_other`) are asked for by their stem. */
type Key = keyof typeof fr;
type PluralStem<K> = K extends `${infer Stem}_${'one' | 'other'}` ? Stem : never;
export type UiKey = Key | PluralStem<Key>;

const resources = { fr, en, nl, de } satisfies Record<Locale, Record<Key, string>>;

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

export type Translate = (key: UiKey, options?: Record<string, string | number>) => string;

export function useTranslations(locale: Locale): Translate {
  // i18next's own key typing knows nothing of our JSON; UiKey above is the check that matters.
  return i18n.getFixedT(locale) as unknown as Translate;
}
