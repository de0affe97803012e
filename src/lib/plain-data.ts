/**
 * Whether a value survives JSON unchanged: strings, finite numbers, booleans, null, arrays and
 * plain objects (an absent optional field, `undefined`, stays absent). Anything else (a Date, a
 * Map, a Set, a class instance, a function, NaN) would come back as something else.
 */
export function notPlainData(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return undefined;
    case 'number':
      return Number.isFinite(value) ? undefined : `${path} (${value})`;
    case 'object':
      break;
    default:
      return `${path} (a ${typeof value})`;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (item === undefined) return `${path}[${index}] (undefined)`;
      const where = notPlainData(item, `${path}[${index}]`);
      if (where) return where;
    }
    return undefined;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null)
    return `${path} (a ${(value as object).constructor?.name ?? 'non-plain object'})`;
  for (const [key, item] of Object.entries(value)) {
    const where = notPlainData(item, `${path}.${key}`);
    if (where) return where;
  }
  return undefined;
}
