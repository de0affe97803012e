/** "1 problem", "3 problems": a count and its noun, for the English messages of the checks and tools. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
