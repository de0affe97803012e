/**
 * The inventory as data for other tools (a consent banner, an audit, a spreadsheet), built from
 * the same validated cookies as the table: `cookies.json` with every field and every language,
 * and one CSV per language with the table's columns in that language. Each says whether the
 * policy is a draft and carries the dates the history gives; none carries the internal notes on
 * where a fact comes from (`source`, `manualEvidence`), which stay in the repository.
 */
import { localeCodes, locales, type Locale } from '../config/locales.ts';
import { formatLifetime, lifetimeSeconds, lifetimeWords, parseLifetime } from './lifetime.ts';
import { categories, requiresConsent, type Cookie, type Provider } from './schema.ts';
import type { Translate } from '../i18n/ui.ts';

/** Raised when the shape of cookies.json changes in a way its readers must know about. */
export const EXPORT_FORMAT_VERSION = 1;

type Texts = Record<Locale, string>;
const inEveryLocale = (text: (locale: Locale) => string) =>
  Object.fromEntries(localeCodes.map((locale) => [locale, text(locale)])) as Texts;

/** Who answers for the policy and where to complain, as cookies.json carries them. */
export interface PolicyParties {
  /** True while a required operator fact is missing: the policy is not yet published. */
  draft: boolean;
  controller: { name: string | null; contact: string | null; dpoContact: string | null };
  /** Citations of src/config/legal-basis.ts, as the page gives them. */
  legalBasis: {
    necessary: string;
    consent: string;
    consentRecord: string;
    legalText: Texts | null;
  };
  authority: { url: Texts; complaintUrl: Texts; address: Texts };
}

/**
 * The exports list the cookies by name (code-unit order), whatever the order of
 * content/cookies.yaml, so reordering the file changes no export.
 */
export const byName = <T extends { name: string }>(cookies: readonly T[]): T[] =>
  [...cookies].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

/** What a public export leaves out of a cookie: where its facts come from stays in the repository. */
const publicFields = ({ source: _source, manualEvidence: _evidence, ...cookie }: Cookie) => cookie;

export function inventoryJson(
  cookies: Cookie[],
  providers: Provider[],
  meta: {
    updated: Date;
    /** The day the current version was published; null in a draft. */
    published: string | null;
    /** The day the inventory was last checked on the portal; null when it was not. */
    checkedOn: string | null;
    portalUrl: string;
    translate: (locale: Locale) => Translate;
    parties: PolicyParties;
  },
) {
  const label = (key: Parameters<Translate>[0]) =>
    inEveryLocale((locale) => meta.translate(locale)(key));
  return {
    version: EXPORT_FORMAT_VERSION,
    updated: meta.updated.toISOString().slice(0, 10),
    published: meta.published,
    checkedOn: meta.checkedOn,
    portal: meta.portalUrl,
    draft: meta.parties.draft,
    controller: meta.parties.controller,
    legalBasis: meta.parties.legalBasis,
    // The law names the authority in the project's four languages: the site's only are exported.
    authority: {
      name: label('authority.name'),
      ...Object.fromEntries(
        Object.entries(meta.parties.authority).map(([field, texts]) => [
          field,
          inEveryLocale((locale) => texts[locale]),
        ]),
      ),
    },
    locales: localeCodes,
    categories: categories.map((id) => ({
      id,
      consentRequired: requiresConsent(id),
      label: label(`category.${id}`),
    })),
    providers,
    cookies: cookies.map((cookie) => {
      const lifetime = parseLifetime(cookie.lifetime)!;
      return {
        ...publicFields(cookie),
        wildcard: cookie.wildcard ?? false,
        consentRequired: requiresConsent(cookie.category),
        lifetimeSeconds: lifetimeSeconds(lifetime),
        lifetimeText: inEveryLocale((locale) =>
          formatLifetime(
            cookie.lifetime,
            locales[locale].bcp47,
            lifetimeWords(meta.translate(locale)),
          ),
        ),
      };
    }),
  };
}

/**
 * A cell a spreadsheet reads as text: one starting with = + - @, a tab or a carriage return would
 * be a formula in Excel or LibreOffice (`=HYPERLINK(…)` in a provider name), so it gets a leading
 * apostrophe, as OWASP's "CSV Injection" page recommends. Every text comes from content files
 * that many people edit (SECURITY.md, "Exports").
 */
export const csvCell = (field: string) =>
  `"${(/^[=+\-@\t\r]/.test(field) ? `'${field}` : field).replaceAll('"', '""')}"`;

/**
 * Quote every field, double the quotes inside, CRLF line ends; fields end with ";", as Excel
 * expects with Belgian (and most European) regional settings, where "," is the decimal mark.
 */
const csvRow = (fields: string[]) => fields.map(csvCell).join(';');

/** The table's columns first, under the table's own headers, then what the table shows elsewhere. */
export function inventoryCsv(
  cookies: Cookie[],
  providers: Provider[],
  locale: Locale,
  t: Translate,
  /** A draft's CSV says so on its first line, with the draft's date, before the headers. */
  draft?: { date: string },
): string {
  const providerName = new Map(providers.map((provider) => [provider.id, provider.name]));
  const header = [
    t('table.name'),
    t('table.provider'),
    t('table.service'),
    t('table.purpose'),
    t('table.lifetime'),
    t('table.type'),
    t('csv.category'),
    t('csv.condition'),
    `${t('table.lifetime')} (ISO 8601)`,
    t('csv.consent'),
    t('csv.contents'),
  ];
  const rows = cookies.map((cookie) => [
    cookie.name,
    providerName.get(cookie.provider) ?? cookie.provider,
    cookie.service[locale],
    cookie.purpose[locale],
    formatLifetime(cookie.lifetime, locales[locale].bcp47, lifetimeWords(t)),
    `${t(`party.${cookie.party}`)}, ${t(`storage.${cookie.storage}`)}`,
    t(`category.${cookie.category}`),
    cookie.condition?.[locale] ?? '',
    cookie.lifetime,
    requiresConsent(cookie.category) ? t('csv.yes') : t('csv.no'),
    cookie.contents?.[locale] ?? '',
  ]);
  // The byte-order mark lets spreadsheet programs read the accents as UTF-8.
  const notice = draft ? [[t('csv.draft', { date: draft.date })]] : [];
  return `\uFEFF${[...notice, header, ...rows].map(csvRow).join('\r\n')}\r\n`;
}
