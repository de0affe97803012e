/**
 * The data check without Node's start-up: checkContent() called in this process on the 1,000-cookie
 * inventory, to show how much of the standalone command's time is Node starting.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../../content-check/index.ts';
import { checkBudgetCookies } from '../budgets.ts';
import { median } from '../measure.ts';
import { BenchError, type BenchStep } from '../step.ts';
import { syntheticCopy } from './synthetic-copies.ts';

export const inProcessCheck: BenchStep = {
  name: 'in-process check',
  async run({ repo, scratch, results, options, progress }) {
    if (!options.sizes.includes(checkBudgetCookies)) {
      results.inProcessCheck = null;
      return;
    }
    // The scaling step's copy when it made one, else a copy of our own.
    const made = join(scratch, `cookies-${checkBudgetCookies}`);
    const dir = existsSync(made) ? made : syntheticCopy(repo, scratch, checkBudgetCookies).dir;
    const time = () => {
      const start = process.hrtime.bigint();
      const { problems } = checkContent(dir);
      if (problems.length > 0) throw new BenchError(problems.join('\n'));
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const firstMs = time();
    const runsMs = Array.from({ length: options.inProcessRuns }, time);
    results.inProcessCheck = {
      cookies: checkBudgetCookies,
      runs: options.inProcessRuns,
      firstMs,
      medianMs: median(runsMs),
    };
    progress(`in-process check: ${results.inProcessCheck.medianMs.toFixed(0)} ms`);
  },
  // Shown as a note under the growth table (steps/scaling.ts).
  tables: () => [],
};
