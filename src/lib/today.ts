/**
 * Today's date where the policy is published (Brussels), as YYYY-MM-DD: the day a version is
 * recorded, a translation marked, a date judged "in the future". POLICY_TODAY=YYYY-MM-DD (or a
 * command's --date, which sets it) acts as of another day: a translator finishing tomorrow's
 * work, a test. The commands check the setting before they use it (todaySettingProblem).
 */
export const TODAY_VARIABLE = 'POLICY_TODAY';

export function todayInBrussels(now?: Date): string {
  const set = process.env[TODAY_VARIABLE];
  if (now === undefined && set) return set;
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(
    now ?? new Date(),
  );
}
