/**
 * In one language, the translations behind the French, as stale.ts finds them and the pages
 * receive them (src/route-data/site-data.ts): pages and cookie rows with the day of the French
 * change they miss, summaries, cookies never or partly translated, the operator file's texts.
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
  /**
   * Of those cookies, the ones partly translated: a text missing (shown in French) beside others
   * translated; their notice says both.
   */
  partlyUntranslatedCookies: string[];
  /**
   * The per-language texts of content/operator.yaml behind the French, by their place in the file
   * (controller.name.value.inSentence): not translated yet (shown in French), or translated
   * from an older French text.
   */
  operatorTexts: Record<string, 'untranslated' | 'behind'>;
}
