/**
 * What one page renders from: its language and the content check's result, with the translation
 * notices of that language, set on `Astro.locals.policy` once per page by the route-data
 * middleware (middleware.ts), as Starlight's route-data middleware does for its pages. Layouts,
 * pages and the components MDX pages use read it there instead of each finding the page's
 * language and fetching the content again.
 */
import { defaultLocale, isLocale, type Locale } from '../config/locales.ts';
import type { PolicyPage, SiteData } from './site-data.ts';

/** This language's translations behind the French; all empty in French, the reference. */
export interface StaleNotices {
  /** By page below the language's folder (index.mdx): the day of the French change it misses. */
  pages: ReadonlyMap<string, string>;
  /** By cookie: the day of the French change its row misses. */
  cookies: ReadonlyMap<string, string>;
  /** The dates of the versions whose summary has no up-to-date translation. */
  summaries: ReadonlySet<string>;
  /** The cookies never translated: their rows show the French texts as they are. */
  untranslatedCookies: ReadonlySet<string>;
  /** The cookies with a text not translated yet beside texts translated: their notice says both. */
  partlyUntranslatedCookies: ReadonlySet<string>;
  /**
   * The per-language texts of content/operator.yaml not translated yet (shown in French) or
   * behind their French, by their place in the file (controller.name.value.inSentence).
   */
  operatorTexts: ReadonlyMap<string, 'untranslated' | 'behind'>;
}

export interface PolicyRoute extends Omit<SiteData, 'stale'> {
  /** The page's language: the one in its address, French for the pages that have none. */
  locale: Locale;
  /** Every policy page of every language, in the order of their files. */
  pages: PolicyPage[];
  stale: StaleNotices;
}

/** The language of the page at this address, as Astro's i18n routing found it. */
export const routeLocale = (current: string | undefined): Locale =>
  isLocale(current) ? current : defaultLocale;

export function routeData(site: SiteData, pages: PolicyPage[], locale: Locale): PolicyRoute {
  const stale = locale === defaultLocale ? undefined : site.stale[locale];
  return {
    ...site,
    locale,
    pages,
    stale: {
      pages: new Map(Object.entries(stale?.pages ?? {})),
      cookies: new Map(Object.entries(stale?.cookies ?? {})),
      summaries: new Set(stale?.summaries),
      untranslatedCookies: new Set(stale?.untranslatedCookies),
      partlyUntranslatedCookies: new Set(stale?.partlyUntranslatedCookies),
      operatorTexts: new Map(Object.entries(stale?.operatorTexts ?? {})),
    },
  };
}
