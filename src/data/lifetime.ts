/**
 * A cookie's lifetime is stored as an ISO 8601 duration (`P2W`, `P6M`, `P1Y`, `PT30M`), the word
 * `session` (deleted when the browser closes) or, for a local-storage key, which has no expiry,
 * `until-cleared` (kept until the visitor or the site clears it). Storing the machine value keeps
 * the data language-neutral; each locale writes it in words with Intl.DurationFormat.
 */
export const SESSION = 'session';
export const UNTIL_CLEARED = 'until-cleared';

const ISO_DURATION =
  /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const UNITS = ['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds'] as const;
type Unit = (typeof UNITS)[number];
export type DurationParts = Partial<Record<Unit, number>>;

/** Seconds per unit; months and years use the average Gregorian lengths, as browsers do not care. */
const SECONDS: Record<Unit, number> = {
  years: 31_556_952,
  months: 2_629_746,
  weeks: 604_800,
  days: 86_400,
  hours: 3_600,
  minutes: 60,
  seconds: 1,
};

export type Lifetime =
  | { kind: 'session' }
  | { kind: 'until-cleared' }
  | { kind: 'duration'; parts: DurationParts; seconds: number };

/** Returns undefined when the value is neither `session` nor an ISO 8601 duration. */
export function parseLifetime(value: string): Lifetime | undefined {
  if (value === SESSION) return { kind: 'session' };
  if (value === UNTIL_CLEARED) return { kind: 'until-cleared' };
  const match = ISO_DURATION.exec(value);
  if (!match) return undefined;
  const parts: DurationParts = {};
  let seconds = 0;
  UNITS.forEach((unit, index) => {
    const digits = match[index + 1];
    if (digits === undefined) return;
    parts[unit] = Number(digits);
    seconds += Number(digits) * SECONDS[unit];
  });
  return { kind: 'duration', parts, seconds };
}

/** The locale's words for the lifetimes that are not durations (`lifetime.*` in src/i18n/ui). */
export interface LifetimeWords {
  session: string;
  untilCleared: string;
}

/** The words of `lifetime.*` from a translate function, for formatLifetime. */
export const lifetimeWords = (
  t: (key: 'lifetime.session' | 'lifetime.untilCleared') => string,
) => ({
  session: t('lifetime.session'),
  untilCleared: t('lifetime.untilCleared'),
});

/** Seconds a lifetime lasts, or null when it has no fixed end (session, until cleared). */
export const lifetimeSeconds = (lifetime: Lifetime): number | null =>
  lifetime.kind === 'duration' ? lifetime.seconds : null;

/** "2 semaines", "2 weeks", "2 weken", "2 Wochen"; the other kinds in the locale's words. */
export function formatLifetime(value: string, locale: string, words: LifetimeWords): string {
  const lifetime = parseLifetime(value);
  if (!lifetime)
    throw new Error(`Invalid lifetime "${value}": the data check should have caught it.`);
  if (lifetime.kind === 'session') return words.session;
  if (lifetime.kind === 'until-cleared') return words.untilCleared;
  return new Intl.DurationFormat(locale, { style: 'long' }).format(lifetime.parts);
}
