/**
 * `describe` for tests that need a Chromium, following the one policy of browser-policy.ts: the
 * suite runs, is skipped (with a banner) or is replaced by one failing test that says how to get
 * a browser.
 */
import { describe, it } from 'vitest';
import { browserPolicy, SKIPPED_MARK } from './browser-policy.ts';

export interface BrowserSuiteOptions {
  /** Run the suite's tests side by side (describe.concurrent). */
  concurrent?: boolean;
  timeout?: number;
}

export function describeWithBrowser(
  name: string,
  body: () => void,
  options: BrowserSuiteOptions = {},
): void {
  const decision = browserPolicy();
  if (decision.kind === 'run') {
    const { concurrent, ...suiteOptions } = options;
    (concurrent ? describe.concurrent : describe)(name, suiteOptions, body);
  } else if (decision.kind === 'skip') {
    // One line per suite here; the end-of-run reporter prints the banner with the count.
    process.stderr.write(`SKIPPED, needs a browser (SKIP_BROWSER_TESTS=1): ${name}\n`);
    describe.skip(`${name} ${SKIPPED_MARK}`, body);
  } else {
    describe(name, () => {
      it('has a Chromium to run in', () => {
        throw new Error(decision.message);
      });
    });
  }
}
