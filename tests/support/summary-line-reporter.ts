/** Ends a `npx vitest run` with the plain summary line of summary-line.ts. */
import type { Reporter, TestModule } from 'vitest/node';
import { summaryLine } from './summary-line.ts';

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    process.stdout.write(summaryLine(testModules));
  }
}
