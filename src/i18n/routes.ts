/**
 * Where each policy page lives in each language. Pages mirror one another path for path (the
 * content check guarantees it), so a page's twin in another locale is the same slug there.
 */
import type { CollectionEntry } from 'astro:content';
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from 'astro:i18n';
import { isLocale, offeredLocales, type Locale } from '../config/locales.ts';

/** content/policy/fr/index.mdx -> { locale: 'fr', slug: '' }; fr/a/b.mdx -> { 'fr', 'a/b' }. */
export function splitEntryId(entry: CollectionEntry<'policy'>): { locale: Locale; slug: string } {
  const [locale, ...rest] = entry.id.split('/');
  if (!isLocale(locale))
    throw new Error(`content/policy/${entry.id}: "${locale}" is not a site locale.`);
  const slug = rest.join('/').replace(/(^|\/)index$/, '');
  return { locale, slug };
}

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
