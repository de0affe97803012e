/**
 * What the built pages need to know about translations behind the French: whether a page, a
 * cookie's row or a version's summary follows an older French text (or has none yet), and the
 * day of the French change it misses. The content check computes it once per build (and again
 * after each edit in `npm run dev`) and hands it over in its virtual module.
 */
import { staleTranslations } from 'virtual:odwb/content';
import type { Locale } from '../config/locales.ts';

/** For a page (content/policy/<locale>/<page>) behind the French: the day of the change it misses. */
export function pageBehindSince(locale: Locale, page: string): string | undefined {
  return staleTranslations[locale]?.pages[page];
}

/** The cookies whose service, purpose or condition follows an older French text, with its day. */
export function staleCookies(locale: Locale): Map<string, string> {
  return new Map(Object.entries(staleTranslations[locale]?.cookies ?? {}));
}

/** The dates of the versions whose summary has no up-to-date translation in this language. */
export function untranslatedSummaries(locale: Locale): Set<string> {
  return new Set(staleTranslations[locale]?.summaries);
}

/** The cookies of this language never translated: their rows show the French texts as they are. */
export function untranslatedCookies(locale: Locale): Set<string> {
  return new Set(staleTranslations[locale]?.untranslatedCookies);
}

/** The cookies of this language with a text not translated yet beside texts translated. */
export function partlyUntranslatedCookies(locale: Locale): Set<string> {
  return new Set(staleTranslations[locale]?.partlyUntranslatedCookies);
}

/**
 * Whether a per-language text of content/operator.yaml (by its place in the file) is not
 * translated yet in this language, or behind its French; undefined when it is up to date.
 */
export function operatorTextBehind(
  locale: Locale,
  path: string,
): 'untranslated' | 'behind' | undefined {
  return staleTranslations[locale]?.operatorTexts?.[path];
}
