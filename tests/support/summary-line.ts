/**
 * The one plain line that ends a test run, `Tests: N passed, N failed`, that any CI can read
 * whatever the reporter's colours and layout (Vitest's own summary is made for people). When
 * tests that need a browser were skipped on request, a banner above that line says so.
 * No Vitest runtime import: it runs in Vitest's main process.
 */
import type { TestModule } from 'vitest/node';
import { SKIPPED_MARK, skipBanner } from './browser-policy.ts';

export function summaryLine(testModules: ReadonlyArray<TestModule>): string {
  const counts = { passed: 0, failed: 0, skipped: 0, skippedForBrowser: 0 };
  for (const testModule of testModules) {
    // A file that fails before declaring its tests (a syntax error, a failing import) has none.
    if (testModule.state() === 'failed' && testModule.children.size === 0) counts.failed++;
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
  const banner = counts.skippedForBrowser ? `\n${skipBanner(counts.skippedForBrowser)}\n` : '';
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  return `${banner}\nTests: ${counts.passed} passed, ${counts.failed} failed${skipped}\n`;
}
