/**
 * Where the accessibility statement lives in each language: a word of that language, as Belgian
 * public sites name theirs. Every language must have one (the type says so).
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { offeredLocales, type Locale } from '../config/locales.ts';

export const statementSlugs: Record<Locale, string> = {
  fr: 'accessibilite',
  en: 'accessibility',
  nl: 'toegankelijkheid',
  de: 'barrierefreiheit',
};

/** The statement in every language, absolute (hreflang) and relative (links). */
export function statementAlternates() {
  return {
    absolute: offeredLocales.map((locale) => ({
      locale,
      href: getAbsoluteLocaleUrl(locale, statementSlugs[locale]),
    })),
    relative: offeredLocales.map((locale) => ({
      locale,
      href: getRelativeLocaleUrl(locale, statementSlugs[locale]),
    })),
  };
}

export const statementHref = (locale: Locale) =>
  getRelativeLocaleUrl(locale, statementSlugs[locale]);
