/**
 * Which pages, cookie rows and version summaries of each language follow an older French text
 * (or have none yet): the part of the translation status the built pages show (a notice on the
 * page, a note on the row, the French summary in the history). Pages and rows come with the day
 * of the French change they miss. Computed once by the content check's integration and handed to
 * the pages in its virtual module (src/integrations/content-module.ts).
 */
import type { LocaleStatus, TextStatus } from './status.ts';

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
   * translated, their notice says both.
   */
  partlyUntranslatedCookies: string[];
  /**
   * The per-language texts of content/operator.yaml behind the French, by their place in the file
   * (controller.name.value.inSentence): not translated yet (shown in French), or translated
   * from an older French text.
   */
  operatorTexts: Record<string, 'untranslated' | 'behind'>;
}

/** Text ids read by their documented shape (src/translations/texts.ts). */
const PAGE = /^policy\/(.+)#[^#]+$/;
const COOKIE = /^cookies\/(.+)\/[^/]+$/;
const SUMMARY = /^versions\/(.+)\/summary$/;
const OPERATOR = /^operator\/(.+)$/;

/** By what `pattern` captures, the latest day of the French changes its texts miss. */
function latestChange(texts: TextStatus[], pattern: RegExp): Record<string, string> {
  const days: Record<string, string> = {};
  for (const { id, since = '' } of texts) {
    const key = pattern.exec(id)?.[1];
    if (key !== undefined && !(days[key] && days[key] >= since)) days[key] = since;
  }
  return days;
}

/** What `pattern` captures, for the keys whose every text is missing (never translated). */
function neverTranslated(texts: TextStatus[], pattern: RegExp): string[] {
  const translated = new Set<string>();
  const keys = new Set<string>();
  for (const { id, status } of texts) {
    const key = pattern.exec(id)?.[1];
    if (key === undefined) continue;
    keys.add(key);
    if (status !== 'missing') translated.add(key);
  }
  return [...keys].filter((key) => !translated.has(key));
}

/** What `pattern` captures, for the keys with a text missing beside a text translated. */
function partlyTranslated(texts: TextStatus[], pattern: RegExp): string[] {
  const missing = new Set<string>();
  const written = new Set<string>();
  for (const { id, status } of texts) {
    const key = pattern.exec(id)?.[1];
    if (key !== undefined) (status === 'missing' ? missing : written).add(key);
  }
  return [...missing].filter((key) => written.has(key));
}

export function staleTranslations(statuses: LocaleStatus[]): Record<string, StaleTranslations> {
  return Object.fromEntries(
    statuses.map(({ locale, texts }) => {
      const behind = texts.filter(({ status }) => status !== 'up-to-date');
      return [
        locale,
        {
          pages: latestChange(behind, PAGE),
          cookies: latestChange(behind, COOKIE),
          summaries: behind.flatMap(({ id }) => SUMMARY.exec(id)?.[1] ?? []),
          untranslatedCookies: neverTranslated(texts, COOKIE),
          partlyUntranslatedCookies: partlyTranslated(texts, COOKIE),
          operatorTexts: Object.fromEntries(
            behind.flatMap(({ id, status }) => {
              const path = OPERATOR.exec(id)?.[1];
              return path === undefined
                ? []
                : [[path, status === 'missing' ? 'untranslated' : 'behind'] as const];
            }),
          ),
        },
      ];
    }),
  );
}
