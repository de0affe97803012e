/** The known names close enough to a mistyped one to be what was meant, the closest first. */
function closest(
  name: string,
  known: readonly string[],
): { candidate: string; distance: number }[] {
  // More than a third of the letters changed is another word, not a typo.
  const limit = Math.max(1, Math.floor(name.length / 3));
  return known
    .map((candidate) => ({
      candidate,
      distance: editDistance(name.toLowerCase(), candidate.toLowerCase()),
    }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance);
}

/** The known name closest to a mistyped one, for "Did you mean ...?", or undefined if none is close. */
export function nearest(name: string, known: readonly string[]): string | undefined {
  return closest(name, known)[0]?.candidate;
}

/**
 * The one known name a mistyped one stands for, for a fix a command may apply by itself:
 * undefined when none is close, or when two are as close (then a person chooses).
 */
export function onlyNearest(name: string, known: readonly string[]): string | undefined {
  const [first, second] = closest(name, known);
  return first && (!second || second.distance > first.distance) ? first.candidate : undefined;
}

/** The known names that are all as close as the closest, for "Did you mean a or b?"; none when none is close. */
export function closeNames(name: string, known: readonly string[]): string[] {
  const found = closest(name, known);
  return found
    .filter(({ distance }) => distance === found[0]?.distance)
    .map(({ candidate }) => candidate);
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
