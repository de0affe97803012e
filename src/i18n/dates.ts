/** Dates as each language writes them, and the slot that marks where a sentence puts one. */
import { locales, type Locale } from '../config/locales.ts';

/** Passed as the date to t(), then split on, so <time> sits where each language puts the date. */
export const DATE_SLOT = '\u0000';

/** 2026-11-29 -> "29 novembre 2026", "29 November 2026", "29 november 2026", "29. November 2026". */
export function formatDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locales[locale].bcp47, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}
