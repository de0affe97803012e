/**
 * The one policy for a missing Chromium, for every test that needs a browser (the browser
 * checks, the Content-Security-Policy, the PDFs, the audit's crawls):
 *   - a Chromium is found: the tests run;
 *   - SKIP_BROWSER_TESTS=1 (outside CI): they are skipped, listed as skipped (never as passed),
 *     and a banner says what was not checked;
 *   - CI=true: nothing is skipped, whatever SKIP_BROWSER_TESTS says;
 *   - otherwise, without a browser: they fail, saying how to get one.
 * The build follows POLICY_PDF (src/integrations/policy-pdf.ts) and the audit fails without a
 * browser; all three name the same ways to get one (NO_BROWSER_MESSAGE).
 * No Vitest import here: the end-of-run reporter reads this in Vitest's main process.
 */
import { findChromium, NO_BROWSER_MESSAGE } from '../../src/lib/chromium.ts';

export type BrowserDecision =
  { kind: 'run' } | { kind: 'skip' } | { kind: 'fail'; message: string };

/** Marks the suites skipped for want of a browser, in their names and in the final count. */
export const SKIPPED_MARK = '[SKIPPED: SKIP_BROWSER_TESTS=1]';

const isTrue = (value: string | undefined) => ['true', '1'].includes((value ?? '').toLowerCase());

export function skipBanner(skippedTests?: number): string {
  const line = '!'.repeat(78);
  const what = skippedTests === undefined ? 'The tests' : `${skippedTests} tests`;
  return [
    line,
    'BROWSER TESTS SKIPPED because SKIP_BROWSER_TESTS=1.',
    `${what} that need a browser (accessibility, keyboard, layout, language switching,`,
    'privacy, the Content-Security-Policy, the PDFs, the audit crawls) were NOT run: they',
    'count as skipped, not passed. Unset SKIP_BROWSER_TESTS to run them.',
    line,
  ].join('\n');
}

export function browserPolicy(
  env: NodeJS.ProcessEnv = process.env,
  chromium: string | undefined = findChromium(),
): BrowserDecision {
  const ci = isTrue(env.CI);
  if (!ci && env.SKIP_BROWSER_TESTS === '1') return { kind: 'skip' };
  if (chromium) return { kind: 'run' };
  return {
    kind: 'fail',
    message:
      `${NO_BROWSER_MESSAGE}\n` +
      (ci
        ? 'CI=true: the tests that need a browser cannot be skipped here.'
        : 'To skip the tests that need a browser on this machine only (they then count as ' +
          'skipped, not passed), set SKIP_BROWSER_TESTS=1.'),
  };
}
