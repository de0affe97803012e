/** The bench's budgets and the rules that decide them, as pure functions the tests hold. */

export interface Budget {
  name: string;
  /** The figure, with what it was measured over. */
  measured: string;
  pass: boolean;
}

/** A step that could not measure (a failed build, no hyperfine): reported as a failed budget. */
export class BenchError extends Error {}

export const checkBudgetSeconds = 1;
export const checkBudgetCookies = 1000;
export const pdfBudgetRatio = 1.3;
/** How much more a cookie may cost from 1,000 to 5,000 cookies than from 10 to 1,000. */
export const linearTolerance = 1.5;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Each round times one build with the PDFs and one without, back to back; the budget takes the
 * median of the rounds' ratios, so a busy spell of a shared machine, which slows both builds of a
 * round, does not count as the PDFs' cost, and one unlucky round does not decide.
 */
export function pdfRatio(rounds: { withPdf: number; withoutPdf: number }[]): number {
  return median(rounds.map((round) => round.withPdf / round.withoutPdf));
}

/**
 * Linear growth means a constant cost per extra cookie. The build has a large fixed cost (Astro,
 * Vite and Tailwind starting), so a ratio of total times would hide a curve: compare the cost per
 * cookie of the upper range with that of the lower. Cheaper per cookie at the top passes.
 */
type Point = { cookies: number; seconds: number };
export function linearGrowth(
  small: Point,
  middle: Point,
  large: Point,
  tolerance = linearTolerance,
) {
  const lowSlope = (middle.seconds - small.seconds) / (middle.cookies - small.cookies);
  const highSlope = (large.seconds - middle.seconds) / (large.cookies - middle.cookies);
  // A lower slope that noise made zero or negative: only a flat upper range is linear then.
  const ratio = lowSlope > 0 ? highSlope / lowSlope : highSlope <= 0 ? 0 : Infinity;
  return { lowSlope, highSlope, ratio, pass: ratio <= tolerance };
}

/** One line per budget, and the exit code: 1 when any failed. */
export function report(budgets: Budget[]): { lines: string[]; exitCode: number } {
  return {
    lines: budgets.map((b) => `${b.pass ? 'ok  ' : 'FAIL'} ${b.name}: ${b.measured}`),
    exitCode: budgets.length > 0 && budgets.every((budget) => budget.pass) ? 0 : 1,
  };
}

export const ms = (seconds: number) => `${Math.round(seconds * 1000)} ms`;
export const secs = (seconds: number) => `${seconds.toFixed(2)} s`;
