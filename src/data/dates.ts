/**
 * Dates as content files write them (YYYY-MM-DD, kept as text by the core schema): a real day of
 * the calendar (not 30 February, not month 13), in a plausible range: not before 2000, the
 * earliest a record of this policy could bear (the ePrivacy directive is of 2002), and, where the
 * date records something done, not after today. Checked by arithmetic: `new Date()` on
 * 2026-13-45 throws "Invalid time value".
 */
import { z } from 'astro/zod';
import { TODAY_VARIABLE, todayInBrussels } from '../lib/today.ts';

export const EARLIEST_DATE = '2000-01-01';

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** YYYY-MM-DD naming a day of the calendar. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** A real date from 2000 on, and with `upToToday` not after today (Brussels, or POLICY_TODAY). */
export function isPlausibleDate(value: string, upToToday: boolean): boolean {
  return (
    isCalendarDate(value) && value >= EARLIEST_DATE && (!upToToday || value <= todayInBrussels())
  );
}

/** A date field of a content file; `fix` is the rest of the message after the date rule. */
export function dateField(upToToday: boolean, fix = '') {
  const rule = `Write a real date as YYYY-MM-DD, from ${EARLIEST_DATE}${upToToday ? ' up to today' : ''}, e.g. 2026-11-29.`;
  // z.iso.date() first, so the editors' JSON Schemas keep the date's format for their editor.
  return z.iso
    .date({ abort: true })
    .refine((value) => isPlausibleDate(value, upToToday))
    .describe(fix ? `${rule} ${fix}` : rule);
}

/** What is wrong with POLICY_TODAY (or --date), or undefined when it is unset or a real date. */
export function todaySettingProblem(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[TODAY_VARIABLE];
  if (value === undefined || value === '' || isPlausibleDate(value, false)) return undefined;
  return `${TODAY_VARIABLE} (or --date) "${value.length > 20 ? `${value.slice(0, 19)}…` : value}" is not a date: write the day to act as of as YYYY-MM-DD, from ${EARLIEST_DATE}, e.g. 2026-12-08.`;
}
