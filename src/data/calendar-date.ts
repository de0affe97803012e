/**
 * A date an editor writes in YAML: YYYY-MM-DD, and a day that exists. YAML would turn 2026-11-31
 * into 1 December without a word, so the check reads dates as text and refuses what the calendar
 * does not have; Astro, which reads YAML dates as Date objects, gets them back as text first.
 */
import { z } from 'astro/zod';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is YYYY-MM-DD and that day exists (no 31 November, no 29 February 2027). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A calendar date as a `Date` at midnight UTC; the hint is the message an editor reads. */
export function calendarDate(hint: string) {
  return z
    .preprocess(
      (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
      z.string().refine(isCalendarDate),
    )
    .transform((text) => new Date(`${text}T00:00:00Z`))
    .describe(hint);
}
