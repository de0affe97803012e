/**
 * A cookie's lifetime is stored as an ISO 8601 duration (`P2W`, `P6M`, `P1Y`, `PT30M`) or the word
 * `session` (deleted when the browser closes). Storing the machine value keeps the data
 * language-neutral; each locale writes it in words with Intl.DurationFormat.
 */
export const SESSION = 'session';

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
  { kind: 'session' } | { kind: 'duration'; parts: DurationParts; seconds: number };

/** Returns undefined when the value is neither `session` nor an ISO 8601 duration. */
export function parseLifetime(value: string): Lifetime | undefined {
  if (value === SESSION) return { kind: 'session' };
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

/** "2 semaines", "2 weeks", "2 weken", "2 Wochen"; `sessionLabel` is the locale's word for session. */
export function formatLifetime(value: string, locale: string, sessionLabel: string): string {
  const lifetime = parseLifetime(value);
  if (!lifetime)
    throw new Error(`Invalid lifetime "${value}": the data check should have caught it.`);
  if (lifetime.kind === 'session') return sessionLabel;
  return new Intl.DurationFormat(locale, { style: 'long' }).format(lifetime.parts);
}
