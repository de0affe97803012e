/**
 * In one language, the translations behind the French, as stale.ts finds them and the pages
 * receive them (src/route-data/site-data.ts): pages and cookie rows with the day of the French
 * change they miss, summaries, cookies never translated.
 */
export interface StaleTranslations {
  /** Pages below the language's folder (index.mdx), with the day of the French change missed. */
  pages: Record<string, string>;
  /** Cookies whose service, purpose or condition is behind, with the day of the change missed. */
  cookies: Record<string, string>;
  /** Dates of the versions whose summary has no up-to-date translation. */
  summaries: string[];
  /** Of those cookies, the ones never translated: every text of theirs missing or a copy. */
  untranslatedCookies: string[];
}
