/**
 * A value a test reads by index or key and needs to exist (a regex group, a table row, a
 * fixture's entry): returned as it is, or a failure that names what is missing, instead of a
 * TypeError further down.
 */
export function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Expected ${what}, found none.`);
  return value;
}
