// `npm run bench`: the steps of scripts/bench/steps/ (page weight of the real site, the build with
// and without the policy PDFs, how the data check and the build grow with the inventory), with
// budgets. Everything is built in throw-away copies under the system's temp folder (never
// content/ or dist/ of the working tree), removed at the end and on Ctrl-C. Results: console
// tables, and bench-results/<date>.{md,json} plus bench-results/latest.{md,json}.
// See scripts/bench/README.md.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMethod, killChildren, memoryMethod } from './bench/measure.ts';
import { parseOptions, usage } from './bench/options.ts';
import { describeMachine, loadNote, roundedLoad } from './bench/report/machine.ts';
import { consoleReport, markdownReport, tablesOf } from './bench/report/report.ts';
import { readPrevious, writeResults, type BenchResults } from './bench/report/results.ts';
import { BenchError, type BenchContext, type BenchOptions } from './bench/step.ts';
import { steps } from './bench/steps/index.ts';
import { makeTempDir, removeWorkspaces } from './bench/workspace.ts';

const repo = fileURLToPath(new URL('..', import.meta.url));
const resultsDir = join(repo, 'bench-results');
const progress = (message: string) => console.error(`[bench] ${message}`);

/** Set on Ctrl-C: stops the running commands, removes the temp folders, exits with 130. */
let interruption: Promise<void> | undefined;
function stopOnSignals() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      interruption ??= (async () => {
        console.error(
          `\nBenchmark interrupted (${signal}): stopping builds and removing temp folders.`,
        );
        await killChildren();
        removeWorkspaces();
        process.exit(130);
      })();
    });
  }
}

function emptyResults(options: BenchOptions): BenchResults {
  return {
    schemaVersion: 1,
    date: new Date().toISOString(),
    durationMs: 0,
    machine: describeMachine(),
    settings: {
      quick: options.quick,
      checkRuns: options.checkRuns,
      buildRuns: options.buildRuns,
      sizes: options.sizes,
      compression: '',
      memory: memoryMethod,
      cpu: cpuMethod,
      builds:
        'cold (dist/, .astro/ and the node_modules caches of the copy are removed before every build), POLICY_PDF=off (no Chromium printing)',
    },
    budgets: [],
    pass: false,
  };
}

/** Prints the verdict; 0 when every budget evaluated was met. */
function verdict(results: BenchResults): number {
  const failed = results.budgets.filter((budget) => budget.pass === false);
  if (failed.length > 0) {
    console.error(
      `\nBudget failed:\n${failed.map((b) => `  - ${b.name}: ${b.measured}`).join('\n')}`,
    );
    if (loadNote(results.machine) && failed.some((budget) => budget.name.startsWith('data check')))
      console.error(
        'The data-check budget is a wall time and the machine was busy (see the note above): ' +
          'look at its CPU time, and run the benchmark again on a quiet machine before calling it a regression.',
      );
    return 1;
  }
  const skipped = results.budgets.filter((budget) => budget.pass === null);
  console.log(
    skipped.length > 0
      ? `\nBudgets met; not evaluated: ${skipped.map((budget) => budget.name).join(', ')}.`
      : '\nAll budgets met.',
  );
  return 0;
}

async function main(options: BenchOptions): Promise<number> {
  const started = process.hrtime.bigint();
  const previous = readPrevious(resultsDir);
  const scratch = makeTempDir();
  progress(`temp folder ${scratch} (removed at the end)`);
  const context: BenchContext = {
    repo,
    scratch,
    options,
    results: emptyResults(options),
    progress,
  };
  for (const step of steps) {
    progress(`step: ${step.name}`);
    await step.run(context);
  }
  const { results } = context;
  results.machine.loadAverageAtEnd = roundedLoad();
  results.durationMs = Number(process.hrtime.bigint() - started) / 1e6;
  results.pass = results.budgets.every((budget) => budget.pass !== false);
  const tables = tablesOf(steps, results, previous);
  console.log(`\n${consoleReport(tables, results)}\n`);
  const written = writeResults(resultsDir, results, markdownReport(tables, results));
  console.log(`Results: ${written.map((file) => relative(repo, file)).join(', ')}`);
  return verdict(results);
}

const options = parseOptions(process.argv.slice(2));
if (options === 'help') {
  console.log(usage);
  process.exit(0);
}
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}
stopOnSignals();
let exitCode: number;
try {
  exitCode = await main(options);
} catch (error) {
  // On Ctrl-C the killed build fails too: the signal handler reports and exits, not this.
  if (interruption) await interruption;
  console.error(
    error instanceof BenchError
      ? `\nBenchmark stopped: ${error.message}`
      : `\nBenchmark crashed: ${(error as Error).stack ?? String(error)}`,
  );
  exitCode = 1;
} finally {
  removeWorkspaces();
}
process.exit(exitCode);
