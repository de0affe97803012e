/**
 * The one list of the site's languages. Routing, i18next resources, the data check, hreflang
 * alternates and the root language chooser all derive from it: to add a language, add it here
 * (see content/README.md, "Adding a language").
 */
export const locales = {
  fr: { label: 'Français', englishName: 'French', bcp47: 'fr-BE', national: true },
  en: { label: 'English', englishName: 'English', bcp47: 'en-GB', national: false },
  nl: { label: 'Nederlands', englishName: 'Dutch', bcp47: 'nl-BE', national: true },
  de: { label: 'Deutsch', englishName: 'German', bcp47: 'de-BE', national: true },
} as const;

export type Locale = keyof typeof locales;

/** French is the portal's first language: it is the default and the reference for translations. */
export const defaultLocale: Locale = 'fr';

export const localeCodes = Object.keys(locales) as Locale[];

/**
 * The order in which visitors are offered the languages (switcher, chooser, a row's other
 * languages): Belgium's national languages first, as Belgian public sites list them, then the rest.
 */
export const offeredLocales: Locale[] = [
  ...localeCodes.filter((code) => locales[code].national),
  ...localeCodes.filter((code) => !locales[code].national),
];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && Object.hasOwn(locales, value);
}
