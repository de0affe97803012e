/**
 * The benchmark's budgets as pure functions, so the rules can be unit-tested and the report can
 * quote them word for word.
 */

import { firstVisitBudgetBytes } from '../../src/config/hosting.ts';

/**
 * One TCP initial congestion window (10 segments of ~1.4 KB), the usual "14 KB" rule: the same
 * round trip the hosting promises a page's first visit (src/config/hosting.ts), counted here before
 * the icon and the headers.
 */
export const pageBudgetBytes = firstVisitBudgetBytes;
export const pageBudgetRule =
  'gzip(HTML) + gzip(CSS) of each page <= 14 KB (14 × 1024 = 14,336 bytes), and no JavaScript';

export const checkBudgetMs = 1000;
export const checkBudgetCookies = 1000;
export const checkBudgetRule =
  'median wall time of the standalone `node scripts/check.mjs <root>` (Node startup included) for 1,000 cookies < 1 s';

/** Printing the four policy PDFs may cost at most this share on top of the build without them. */
export const pdfBudgetRatio = 1.3;
export const pdfBudgetRule = `median wall time of the real site's cold build with its PDFs <= ${pdfBudgetRatio} × without them (POLICY_PDF=on vs off, interleaved)`;

/** How much faster than linear-from-below the top of the range may grow before it fails. */
export const linearTolerance = 1.5;
/** `metric` is what the slopes are computed from: 'CPU time' normally, 'wall time' without GNU time. */
export const linearRule = (metric: string) =>
  `build ${metric} per extra cookie from 1,000 to 5,000 cookies <= ${linearTolerance} × build ${metric} per extra cookie from 10 to 1,000 (medians)`;

export interface BudgetResult {
  name: string;
  rule: string;
  measured: string;
  /** null when the budget was not evaluated (e.g. --quick skips 5,000 cookies). */
  pass: boolean | null;
}

export function pageBudget(
  page: string,
  budgetBytes: number,
  javascript: string[],
): { pass: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (budgetBytes > pageBudgetBytes) {
    reasons.push(`${page}: gzip HTML + CSS is ${budgetBytes} B, over ${pageBudgetBytes} B`);
  }
  if (javascript.length > 0) {
    reasons.push(`${page}: JavaScript required (${javascript.join('; ')})`);
  }
  return { pass: reasons.length === 0, reasons };
}

export interface LinearGrowth {
  /** Milliseconds per cookie between the small and the middle size. */
  lowSlopeMs: number;
  /** Milliseconds per cookie between the middle and the large size. */
  highSlopeMs: number;
  /** highSlope / lowSlope; <= tolerance passes. */
  slopeRatio: number;
  pass: boolean;
}

/**
 * Linear growth means a constant cost per extra cookie. The build has a large fixed cost (Astro,
 * Vite, Tailwind start-up), so ratios of total times hide any curve: 5,000 cookies could cost
 * several times as much per cookie as 1,000 and the total would still grow less than fivefold. Compare
 * the marginal cost per cookie instead. The lower range starts at 10 cookies, not 100, because the
 * longer range makes its slope less sensitive to noise on a busy machine. A build that gets cheaper
 * per cookie at the top (slope ratio below 1) passes: that is sub-linear.
 */
export function linearGrowth(
  small: { cookies: number; ms: number },
  middle: { cookies: number; ms: number },
  large: { cookies: number; ms: number },
  tolerance = linearTolerance,
): LinearGrowth {
  const lowSlopeMs = (middle.ms - small.ms) / (middle.cookies - small.cookies);
  const highSlopeMs = (large.ms - middle.ms) / (large.cookies - middle.cookies);
  // A non-positive lower slope means noise swamped the signal: then only a top range that also
  // costs nothing per cookie can be called linear.
  const slopeRatio = lowSlopeMs > 0 ? highSlopeMs / lowSlopeMs : highSlopeMs <= 0 ? 0 : Infinity;
  return { lowSlopeMs, highSlopeMs, slopeRatio, pass: slopeRatio <= tolerance };
}
