/**
 * The languages: the four the project has texts and rules for (`locales`, and the `Locale` type),
 * and which of them this site publishes (content/site.yaml). Routing, i18next resources, the data
 * check, hreflang alternates, the sitemap, the exports and the root language chooser all derive
 * from the site's list, so a language left out of content/site.yaml leaves no page, string or
 * link behind (see content/README.md, "The site").
 */
import generated from './site.json' with { type: 'json' };
import { siteSchema } from './site-schema.ts';

export const locales = {
  fr: { label: 'Français', englishName: 'French', bcp47: 'fr-BE' },
  en: { label: 'English', englishName: 'English', bcp47: 'en-GB' },
  nl: { label: 'Nederlands', englishName: 'Dutch', bcp47: 'nl-BE' },
  de: { label: 'Deutsch', englishName: 'German', bcp47: 'de-BE' },
} as const;

/** A language the project supports; only those of content/site.yaml are published. */
export type Locale = keyof typeof locales;

const supported = Object.keys(locales) as [Locale, ...Locale[]];

/**
 * content/site.yaml as src/config/site.json holds it (site-file.ts says why). A JSON file edited by
 * hand into something else is not used: the content check says to write it again.
 */
const { '//': _generatedBy, ...values } = generated;
const parsed = siteSchema(supported).safeParse(values);
export const site = (parsed.success ? parsed.data : undefined) ?? {
  languages: ['fr', 'nl', 'de', 'en'],
  reference: 'fr',
  address: 'https://cookies.invalid',
  deploymentName: 'cookie-policy',
};

/** The site's reference language: the default, and the one every other is translated from. */
export const defaultLocale = site.reference as Locale;

/** The site's languages, in the project's order (files, checks and exports list them so). */
export const localeCodes = supported.filter((code) =>
  (site.languages as readonly string[]).includes(code),
);

/** The order in which visitors are offered the languages (switcher, chooser, a row's other languages). */
export const offeredLocales = site.languages as Locale[];

/** One of the site's languages (content/site.yaml); the project's others are not. */
export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (localeCodes as readonly string[]).includes(value);
}
