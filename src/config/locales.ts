/**
 * The one list of the site's languages. Routing, i18next resources, the data check, hreflang
 * alternates and the root language chooser all derive from it: to add a language, add it here
 * (see content/README.md, "Adding a language").
 */
export const locales = {
  fr: { label: 'Français', englishName: 'French', bcp47: 'fr-BE' },
  en: { label: 'English', englishName: 'English', bcp47: 'en-GB' },
  nl: { label: 'Nederlands', englishName: 'Dutch', bcp47: 'nl-BE' },
  de: { label: 'Deutsch', englishName: 'German', bcp47: 'de-BE' },
} as const;

export type Locale = keyof typeof locales;

/** French is the portal's first language: it is the default and the reference for translations. */
export const defaultLocale: Locale = 'fr';

export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}
