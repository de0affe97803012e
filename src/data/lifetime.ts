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

/**
 * How far an observed lifetime may be from a declared one and still match: clocks, rounding to
 * whole seconds and the moment between setting and observing a cookie nibble at a few seconds,
 * and "12 months" is an average-length month. The larger of 1% and 60 s.
 */
export const tolerance = (declaredSeconds: number) => Math.max(60, declaredSeconds * 0.01);

/**
 * Whether a declared lifetime (ISO duration or `session`) says something else than an observed one
 * (seconds, or null for a session cookie): a session declared for a cookie that has an expiry, an
 * expiry declared for a session cookie, an observed lifetime longer than declared beyond the
 * tolerance, or more than 5% shorter (months are average months, so 180 days fits P6M).
 */
export function lifetimeDiffers(declared: string, observedSeconds: number | null): boolean {
  const lifetime = parseLifetime(declared);
  // A key kept until cleared has no lifetime to compare with what was observed.
  if (!lifetime || lifetime.kind === 'until-cleared') return false;
  if (lifetime.kind === 'session' || observedSeconds === null) {
    return (lifetime.kind === 'session') !== (observedSeconds === null);
  }
  return (
    observedSeconds > lifetime.seconds + tolerance(lifetime.seconds) ||
    observedSeconds < lifetime.seconds * 0.95 - tolerance(lifetime.seconds)
  );
}
