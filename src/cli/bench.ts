// `npm run bench`: page weight of the real site and how the data check and the build grow with
// the cookie inventory, with budgets. Everything is built in throw-away copies under the system's
// temp folder (never content/ or dist/ of the working tree), removed at the end and on Ctrl-C.
// Results: a console table, and bench-results/<date>.{md,json} plus bench-results/latest.{md,json}.
// Options: --quick (1 run each, no 5,000 cookies), --check-runs=N, --build-runs=N. See README.md, "Benchmarks".
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { localeCodes } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { checkContent } from '../content-check/index.ts';
import {
  checkBudgetCookies,
  checkBudgetMs,
  checkBudgetRule,
  linearGrowth,
  linearRule,
  linearTolerance,
  pageBudget,
  pageBudgetRule,
  type BudgetResult,
} from './bench/budgets.ts';
import {
  cpuMethod,
  hasGnuTime,
  killChildren,
  median,
  medianOrNull,
  memoryMethod,
  run,
} from './bench/measure.ts';
import { nginxFirstVisitBudgets } from './bench/nginx-first-visit.ts';
import { compressionSettings, measureSite } from './bench/page-weight.ts';
import {
  bytes,
  describeMachine,
  loadNote,
  machineLine,
  roundedLoad,
  markdownReport,
  readPrevious,
  seconds,
  tablesOf,
  textTable,
  writeResults,
  type BenchResults,
  type ScalingResult,
} from './bench/report.ts';
import { generateInventory, syntheticConsentSettings, toYaml } from './bench/synthetic.ts';
import { publishConsentSettings } from '../config/publish-consent-settings.ts';
import { clearBuildState, copyProject, makeTempDir, removeWorkspaces } from './bench/workspace.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const resultsDir = join(repo, 'bench-results');
const astroCli = join(repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
const checkCli = join(repo, 'src', 'cli', 'check.ts');
const childEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
/**
 * Synthetic builds skip the policy PDFs (src/integrations/policy-pdf.ts): printing 5,000-row
 * tables with Chromium would time Chromium, not the build. The real site is built as deployed.
 */
const syntheticEnv = { ...childEnv, POLICY_PDF: 'off' };

// ---- options ------------------------------------------------------------------------------------

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(
    'Usage: npm run bench [-- --quick] [-- --check-runs=N --build-runs=N]\n' +
      '  --quick         1 run each and no 5,000-cookie inventory (for development; the growth budget is not evaluated)\n' +
      '  --check-runs=N  runs of the data check per inventory size (default 5)\n' +
      '  --build-runs=N  runs of the build per inventory size (default 3)',
  );
  process.exit(0);
}
const quick = args.includes('--quick');
const numberOption = (name: string, fallback: number) => {
  const arg = args.find((entry) => entry.startsWith(`--${name}=`));
  const value = arg ? Number(arg.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1.`);
    process.exit(2);
  }
  return value;
};
const checkRuns = numberOption('check-runs', quick ? 1 : 5);
const buildRuns = numberOption('build-runs', quick ? 1 : 3);
const sizes = quick ? [10, 100, 1000] : [10, 100, 1000, 5000];
const inProcessRuns = quick ? 3 : 7;

// ---- clean up, whatever happens ---------------------------------------------------------------

/** Set on Ctrl-C: stops the running commands, removes the temp folders, exits with 130. */
let interruption: Promise<void> | undefined;
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

const progress = (message: string) => console.error(`[bench] ${message}`);

class BenchError extends Error {}

/** `<tr id="cookie-` rows in each locale page of a build. */
function countRows(outDir: string): Record<string, number> {
  return Object.fromEntries(
    localeCodes.map((locale) => {
      const html = readFileSync(join(outDir, locale, 'index.html'), 'utf8');
      return [locale, html.split('<tr id="cookie-').length - 1];
    }),
  );
}

function failedRun(what: string, result: { exitCode: number; stdout: string; stderr: string }) {
  const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
  return new BenchError(`${what} failed (exit ${result.exitCode}):\n${output}`);
}

async function build(projectDir: string, scratchDir: string, env: NodeJS.ProcessEnv) {
  clearBuildState(projectDir);
  const result = await run('node', [astroCli, 'build', '--root', projectDir], {
    cwd: projectDir,
    scratchDir,
    env,
  });
  if (result.exitCode !== 0) throw failedRun(`astro build in ${projectDir}`, result);
  return result;
}

async function main(): Promise<number> {
  const started = process.hrtime.bigint();
  const date = new Date().toISOString();
  const machine = describeMachine();
  const previous = readPrevious(resultsDir);
  const scratch = makeTempDir();
  progress(`temp folder ${scratch} (removed at the end)`);

  // 1. The real site, built from a copy of the working tree.
  const config = (await import(pathToFileURL(join(repo, 'astro.config.mjs')).href)) as {
    default: { base?: string };
  };
  const base = config.default.base ?? '/';
  const siteDir = copyProject(repo, join(scratch, 'site'));
  progress(
    'building the real site (a copy of the working tree, PDFs included if Chromium is found)',
  );
  const siteBuild = await build(siteDir, scratch, childEnv);
  const siteCheck = checkContent(siteDir);
  const pages = measureSite(join(siteDir, 'dist'), base);
  const siteRows = countRows(join(siteDir, 'dist'));
  for (const [locale, count] of Object.entries(siteRows)) {
    if (count !== siteCheck.inventory.cookies.length) {
      throw new BenchError(
        `The real site's ${locale} page has ${count} cookie rows, the inventory ${siteCheck.inventory.cookies.length}.`,
      );
    }
  }
  progress(`real site built in ${seconds(siteBuild.wallMs)}; ${pages.length} pages measured`);

  // 2. Synthetic inventories, one project copy each.
  const copies = sizes.map((cookies) => {
    const dir = copyProject(repo, join(scratch, `cookies-${cookies}`));
    const yamlFiles = toYaml(generateInventory(cookies));
    writeFileSync(join(dir, contentPaths.cookies), yamlFiles.cookies);
    writeFileSync(join(dir, contentPaths.providers), yamlFiles.providers);
    // Synthetic inventories ask for consent, which the check refuses without a settings page.
    publishConsentSettings(dir, syntheticConsentSettings, {
      url: 'https://portal.example.org/terms/',
      note: 'A stand-in for the benchmark’s synthetic portal.',
    });
    return { cookies, dir, inventoryBytes: Buffer.byteLength(yamlFiles.cookies) };
  });
  const samples = new Map(
    sizes.map((cookies) => [
      cookies,
      {
        checkMs: [] as number[],
        checkCpu: [] as (number | null)[],
        checkRss: [] as (number | null)[],
        buildMs: [] as number[],
        buildCpu: [] as (number | null)[],
        buildRss: [] as (number | null)[],
        rows: {} as Record<string, number>,
        pageBytes: 0,
      },
    ]),
  );

  // Runs are interleaved (all sizes, then all sizes again) so that a slow spell of a shared
  // machine spreads over every size instead of inflating one.
  for (let round = 1; round <= checkRuns; round++) {
    for (const copy of copies) {
      const result = await run('node', [checkCli, copy.dir], { cwd: repo, scratchDir: scratch });
      if (result.exitCode !== 0) throw failedRun(`data check of ${copy.cookies} cookies`, result);
      const sample = samples.get(copy.cookies)!;
      sample.checkMs.push(result.wallMs);
      sample.checkCpu.push(result.cpuMs);
      sample.checkRss.push(result.peakRssBytes);
    }
    progress(`data check round ${round}/${checkRuns} done`);
  }
  for (let round = 1; round <= buildRuns; round++) {
    for (const copy of copies) {
      const result = await build(copy.dir, scratch, syntheticEnv);
      const sample = samples.get(copy.cookies)!;
      sample.buildMs.push(result.wallMs);
      sample.buildCpu.push(result.cpuMs);
      sample.buildRss.push(result.peakRssBytes);
      sample.rows = countRows(join(copy.dir, 'dist'));
      sample.pageBytes = statSync(join(copy.dir, 'dist', localeCodes[0]!, 'index.html')).size;
      for (const [locale, count] of Object.entries(sample.rows)) {
        if (count !== copy.cookies) {
          throw new BenchError(
            `The ${copy.cookies}-cookie build rendered ${count} rows on its ${locale} page: the build dropped rows, so its timing means nothing.`,
          );
        }
      }
      clearBuildState(copy.dir);
      progress(
        `build round ${round}/${buildRuns}: ${bytes(copy.cookies)} cookies in ${seconds(result.wallMs)}` +
          (result.cpuMs === null ? '' : ` (CPU ${seconds(result.cpuMs)})`),
      );
    }
  }

  // 3. The data check without Node's startup: checkContent() in this process.
  const inProcessCopy = copies.find((copy) => copy.cookies === checkBudgetCookies);
  let inProcessCheck: BenchResults['inProcessCheck'] = null;
  if (inProcessCopy) {
    const time = () => {
      const start = process.hrtime.bigint();
      const { problems } = checkContent(inProcessCopy.dir);
      if (problems.length > 0) throw new BenchError(problems.join('\n'));
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const firstMs = time();
    const runsMs = Array.from({ length: inProcessRuns }, time);
    inProcessCheck = {
      cookies: checkBudgetCookies,
      runs: inProcessRuns,
      firstMs,
      medianMs: median(runsMs),
    };
  }

  const baseline = samples.get(sizes[0]!)!;
  const baseCheck = median(baseline.checkMs);
  const baseBuild = median(baseline.buildMs);
  const baseRss = medianOrNull(baseline.buildRss);
  const baseCpu = medianOrNull(baseline.buildCpu);
  const scaling: ScalingResult[] = copies.map((copy) => {
    const sample = samples.get(copy.cookies)!;
    const checkMs = median(sample.checkMs);
    const buildMs = median(sample.buildMs);
    const buildRss = medianOrNull(sample.buildRss);
    const buildCpu = medianOrNull(sample.buildCpu);
    return {
      cookies: copy.cookies,
      inventoryBytes: copy.inventoryBytes,
      rowsRendered: sample.rows,
      pageBytes: sample.pageBytes,
      check: {
        runsMs: sample.checkMs,
        medianMs: checkMs,
        cpuMs: medianOrNull(sample.checkCpu),
        peakRssBytes: medianOrNull(sample.checkRss),
        ratio: checkMs / baseCheck,
      },
      build: {
        runsMs: sample.buildMs,
        medianMs: buildMs,
        cpuRunsMs: sample.buildCpu,
        cpuMs: buildCpu,
        peakRssBytes: buildRss,
        ratio: buildMs / baseBuild,
        cpuRatio: buildCpu !== null && baseCpu ? buildCpu / baseCpu : null,
        rssRatio: buildRss !== null && baseRss ? buildRss / baseRss : null,
      },
    };
  });

  // 4. Budgets.
  const budgets: BudgetResult[] = [];
  for (const page of pages) {
    const verdict = pageBudget(page.page, page.budgetBytes, page.javascript);
    budgets.push({
      name: `page ${page.page}`,
      rule: pageBudgetRule,
      measured:
        `${bytes(page.budgetBytes)} B gzip (brotli ${bytes(page.html.brotli + page.css.brotli)} B), ` +
        (page.javascript.length === 0
          ? 'no JavaScript'
          : `JavaScript: ${page.javascript.join('; ')}`),
      pass: verdict.pass,
    });
  }
  // The same pages as the generated nginx configuration serves them (src/hosting/).
  budgets.push(...(await nginxFirstVisitBudgets(join(siteDir, 'dist'), base)));
  const checkRow = scaling.find((row) => row.cookies === checkBudgetCookies);
  budgets.push({
    name: 'data check, 1,000 cookies',
    rule: checkBudgetRule,
    measured: checkRow
      ? `${checkRow.check.medianMs.toFixed(0)} ms` +
        (checkRow.check.cpuMs === null ? '' : ` (CPU ${checkRow.check.cpuMs.toFixed(0)} ms)`)
      : 'not measured',
    pass: checkRow ? checkRow.check.medianMs < checkBudgetMs : null,
  });
  // The growth budget uses CPU time: on a shared 2-core machine the wall time of one build swings
  // by a factor of 2 to 5 with the neighbours' load, the CPU time much less. Wall time only
  // without GNU time.
  const metric = hasGnuTime ? 'CPU time' : 'wall time';
  const point = (cookies: number) => {
    const row = scaling.find((entry) => entry.cookies === cookies);
    const ms = hasGnuTime ? row?.build.cpuMs : row?.build.medianMs;
    return row && typeof ms === 'number' ? { cookies, ms } : undefined;
  };
  const [small, middle, large] = [point(10), point(1000), point(5000)];
  const linear = small && middle && large ? linearGrowth(small, middle, large) : null;
  budgets.push({
    name: 'build growth',
    rule: linearRule(metric),
    measured: linear
      ? `${linear.highSlopeMs.toFixed(2)} ms/cookie vs ${linear.lowSlopeMs.toFixed(2)} ms/cookie: ${linear.slopeRatio.toFixed(2)}× (limit ${linearTolerance}×)`
      : 'not measured (--quick skips 5,000 cookies)',
    pass: linear ? linear.pass : null,
  });

  machine.loadAverageAtEnd = roundedLoad();
  const pass = budgets.every((budget) => budget.pass !== false);
  const results: BenchResults = {
    schemaVersion: 1,
    date,
    durationMs: Number(process.hrtime.bigint() - started) / 1e6,
    machine,
    settings: {
      quick,
      checkRuns,
      buildRuns,
      sizes,
      compression: compressionSettings,
      memory: memoryMethod,
      cpu: cpuMethod,
      builds:
        'cold (dist/, .astro/ and the node_modules caches of the copy are removed before every build), POLICY_PDF=off (no Chromium printing)',
    },
    site: {
      buildMs: siteBuild.wallMs,
      buildPeakRssBytes: siteBuild.peakRssBytes,
      cookies: siteCheck.inventory.cookies.length,
      rowsRendered: siteRows,
      pages,
    },
    scaling,
    inProcessCheck,
    linear: linear
      ? {
          metric,
          lowSlopeMs: linear.lowSlopeMs,
          highSlopeMs: linear.highSlopeMs,
          slopeRatio: linear.slopeRatio,
        }
      : null,
    budgets,
    pass,
  };

  console.log(`\n${machineLine(results)}\n`);
  const note = loadNote(results);
  if (note) console.log(`${note}\n`);
  for (const table of tablesOf(results, previous)) console.log(`${textTable(table)}\n`);
  const written = writeResults(resultsDir, results, markdownReport(results, previous));
  console.log(`Results: ${written.map((file) => relative(repo, file)).join(', ')}`);
  const failed = budgets.filter((budget) => budget.pass === false);
  if (failed.length > 0) {
    console.error(
      `\nBudget failed:\n${failed.map((b) => `  - ${b.name}: ${b.measured}`).join('\n')}`,
    );
    if (note && failed.some((budget) => budget.name.startsWith('data check'))) {
      console.error(
        'The data-check budget is a wall time and the machine was busy (see the note above): ' +
          'look at its CPU time, and run the benchmark again on a quiet machine before calling it a regression.',
      );
    }
    return 1;
  }
  const skipped = budgets.filter((budget) => budget.pass === null);
  console.log(
    skipped.length > 0
      ? `\nBudgets met; not evaluated: ${skipped.map((budget) => budget.name).join(', ')}.`
      : '\nAll budgets met.',
  );
  return 0;
}

let exitCode = 1;
try {
  exitCode = await main();
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
