/**
 * What the built pages need to know about stale translations: whether a page, or a cookie's row,
 * follows an older French text. The content check computes it once per build (and again after
 * each edit in `npm run dev`) and hands it over in its virtual module.
 */
import { staleTranslations } from 'virtual:odwb/content';
import type { Locale } from '../config/locales.ts';

/** Whether any text of a page (content/policy/<locale>/<page>) follows an older French text. */
export function isPageStale(locale: Locale, page: string): boolean {
  return staleTranslations[locale]?.pages.includes(page) ?? false;
}

/** The names of the cookies whose service, purpose or condition follows an older French text. */
export function staleCookies(locale: Locale): Set<string> {
  return new Set(staleTranslations[locale]?.cookies);
}
