/** Today's date where the policy is published (Brussels), as YYYY-MM-DD. */
export function todayInBrussels(now = new Date()): string {
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}
