/**
 * Ends the run with one plain line, `Tests: N passed, N failed`, that any CI can read whatever
 * the reporter's colours and layout (Vitest's own summary is made for people). When tests that
 * need a browser were skipped on request, a banner above that line says so, where it is seen.
 */
import type { Reporter, TestModule } from 'vitest/node';
import { SKIPPED_MARK, skipBanner } from './browser-policy.ts';

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    const counts = { passed: 0, failed: 0, skipped: 0, skippedForBrowser: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else {
          counts.skipped++;
          if (test.fullName.includes(SKIPPED_MARK)) counts.skippedForBrowser++;
        }
      }
    }
    if (counts.skippedForBrowser) {
      process.stdout.write(`\n${skipBanner(counts.skippedForBrowser)}\n`);
    }
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
    process.stdout.write(`\nTests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
  }
}
