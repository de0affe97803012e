/**
 * Where each policy page lives in each language. Pages mirror one another path for path (the
 * content check guarantees it), so a page's twin in another locale is the same slug there.
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { offeredLocales, type Locale } from '../config/locales.ts';

export interface Alternate {
  locale: Locale;
  href: string;
}

/** Every language's version of one page, as absolute URLs (canonical, hreflang) and relative ones (links). */
export function alternatesOf(slug: string) {
  return {
    absolute: offeredLocales.map((locale) => ({
      locale,
      href: getAbsoluteLocaleUrl(locale, slug),
    })),
    relative: offeredLocales.map((locale) => ({
      locale,
      href: getRelativeLocaleUrl(locale, slug),
    })),
  };
}
