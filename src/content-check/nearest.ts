/** The known name closest to a mistyped one, for "Did you mean ...?", or undefined if none is close. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  // More than a third of the letters changed is another word, not a typo.
  return best && best.distance <= Math.max(2, Math.floor(name.length / 3))
    ? best.candidate
    : undefined;
}

/** Levenshtein distance: insertions, deletions and substitutions to turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        cell(previous, j) + 1,
        cell(current, j - 1) + 1,
        cell(previous, j - 1) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return cell(previous, b.length);
}

/** A cell the loops above have already filled; a missing one is a mistake in this file. */
function cell(row: readonly number[], index: number): number {
  const value = row[index];
  if (value === undefined) throw new Error(`editDistance: cell ${index} read before it was filled`);
  return value;
}
