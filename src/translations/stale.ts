/**
 * Which pages, cookie rows and version summaries of each language follow an older French text
 * (or have none yet): the part of the translation status the built pages show (a notice on the
 * page, a note on the row, the French summary in the history). Pages and rows come with the day
 * of the French change they miss. Computed once by the content check's integration and handed to
 * the pages in its virtual module (src/integrations/content-module.ts). Each text says what it
 * is as a record (its `subject`), so nothing here takes an id apart.
 */
import type { Locale } from '../config/locales.ts';
import type { StaleTranslations } from './stale-translations.ts';
import type { LocaleStatus, TextStatus } from './status.ts';

/** The page or the cookie a text belongs to; undefined for summaries and interface strings. */
type Owner = (text: TextStatus) => string | undefined;
const pageOf: Owner = ({ subject }) => (subject.kind === 'page' ? subject.page : undefined);
const cookieOf: Owner = ({ subject }) => (subject.kind === 'cookie' ? subject.name : undefined);
const operatorTextOf: Owner = ({ subject }) =>
  subject.kind === 'operator' ? subject.path : undefined;

/** By owner, the latest day of the French changes its texts miss. */
function latestChange(texts: TextStatus[], owner: Owner): Record<string, string> {
  const days: Record<string, string> = {};
  for (const text of texts) {
    const key = owner(text);
    const since = text.since ?? '';
    if (key !== undefined && !(days[key] && days[key] >= since)) days[key] = since;
  }
  return days;
}

/** The owners whose every text is missing (never translated). */
function neverTranslated(texts: TextStatus[], owner: Owner): string[] {
  const translated = new Set<string>();
  const keys = new Set<string>();
  for (const text of texts) {
    const key = owner(text);
    if (key === undefined) continue;
    keys.add(key);
    if (text.status !== 'missing') translated.add(key);
  }
  return [...keys].filter((key) => !translated.has(key));
}

/** The owners with a text missing beside a text translated. */
function partlyTranslated(texts: TextStatus[], owner: Owner): string[] {
  const missing = new Set<string>();
  const written = new Set<string>();
  for (const text of texts) {
    const key = owner(text);
    if (key !== undefined) (text.status === 'missing' ? missing : written).add(key);
  }
  return [...missing].filter((key) => written.has(key));
}

export function staleTranslations(
  statuses: LocaleStatus[],
): Partial<Record<Locale, StaleTranslations>> {
  return Object.fromEntries(
    statuses.map(({ locale, texts }) => {
      const behind = texts.filter(({ status }) => status !== 'up-to-date');
      return [
        locale,
        {
          pages: latestChange(behind, pageOf),
          cookies: latestChange(behind, cookieOf),
          summaries: behind.flatMap(({ subject }) =>
            subject.kind === 'summary' ? [subject.date] : [],
          ),
          untranslatedCookies: neverTranslated(texts, cookieOf),
          partlyUntranslatedCookies: partlyTranslated(texts, cookieOf),
          operatorTexts: Object.fromEntries(
            behind.flatMap((text) => {
              const path = operatorTextOf(text);
              return path === undefined
                ? []
                : [[path, text.status === 'missing' ? 'untranslated' : 'behind'] as const];
            }),
          ),
        },
      ];
    }),
  );
}
