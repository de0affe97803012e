/** The accessibility statement's addresses in every language (slugs.ts names them). */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { offeredLocales, type Locale } from '../config/locales.ts';
import { statementSlugs } from './slugs.ts';

export { statementSlugs };

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
