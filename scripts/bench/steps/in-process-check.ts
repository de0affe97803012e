/**
 * The data check without Node's start-up: checkContent() called over and over in one process on
 * the 1,000-cookie inventory (../time-check.ts, run from the copy so that it reads the copy's
 * configuration), to show how much of the standalone command's time is Node starting.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
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
    const timer = join(dir, 'scripts', 'bench', 'time-check.ts');
    const output = execFileSync(process.execPath, [timer, dir, String(options.inProcessRuns)], {
      cwd: dir,
      encoding: 'utf8',
    });
    const { firstMs, runsMs, problems } = JSON.parse(output) as {
      firstMs: number;
      runsMs: number[];
      problems: string[];
    };
    if (problems.length > 0) throw new BenchError(problems.join('\n'));
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
