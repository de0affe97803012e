/**
 * How the data check and the build grow with the inventory: synthetic inventories of every size,
 * each in its own copy; the standalone check and the cold build timed as child processes, the
 * runs interleaved (every size once, then every size again) so that a slow spell of a shared
 * machine spreads over all sizes. Synthetic builds skip the PDFs: printing 5,000-row tables would
 * time Chromium, not the build. A build that renders fewer rows than cookies stops the benchmark.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../../src/config/locales.ts';
import {
  checkBudgetCookies,
  checkBudgetMs,
  checkBudgetRule,
  linearGrowth,
  linearRule,
  linearTolerance,
} from '../budgets.ts';
import { hasGnuTime, median, medianOrNull, run } from '../measure.ts';
import { bytes, change, mib, ratio, seconds, type Table } from '../report/format.ts';
import type { BenchResults, ScalingResult } from '../report/results.ts';
import {
  BenchError,
  childEnv,
  coldBuild,
  countRows,
  failedRun,
  type BenchContext,
  type BenchStep,
} from '../step.ts';
import { clearBuildState } from '../workspace.ts';
import { syntheticCopy, type SyntheticCopy } from './synthetic-copies.ts';

const syntheticEnv = { ...childEnv, POLICY_PDF: 'off' };

interface Samples {
  checkMs: number[];
  checkCpu: (number | null)[];
  checkRss: (number | null)[];
  buildMs: number[];
  buildCpu: (number | null)[];
  buildRss: (number | null)[];
  rows: Record<string, number>;
  pageBytes: number;
}

const emptySamples = (): Samples => ({
  checkMs: [],
  checkCpu: [],
  checkRss: [],
  buildMs: [],
  buildCpu: [],
  buildRss: [],
  rows: {},
  pageBytes: 0,
});

async function timeChecks(context: BenchContext, copies: SyntheticCopy[], samples: Samples[]) {
  for (let round = 1; round <= context.options.checkRuns; round++) {
    for (const [index, copy] of copies.entries()) {
      // The copy's own command: it reads the copy's src/config/site.ts, as an editor's would.
      const result = await run('node', [join(copy.dir, 'scripts', 'check.mjs'), copy.dir], {
        cwd: copy.dir,
        scratchDir: context.scratch,
      });
      if (result.exitCode !== 0) throw failedRun(`data check of ${copy.cookies} cookies`, result);
      samples[index]!.checkMs.push(result.wallMs);
      samples[index]!.checkCpu.push(result.cpuMs);
      samples[index]!.checkRss.push(result.peakRssBytes);
    }
    context.progress(`data check round ${round}/${context.options.checkRuns} done`);
  }
}

async function timeBuilds(context: BenchContext, copies: SyntheticCopy[], samples: Samples[]) {
  for (let round = 1; round <= context.options.buildRuns; round++) {
    for (const [index, copy] of copies.entries()) {
      const result = await coldBuild(context, copy.dir, syntheticEnv);
      const sample = samples[index]!;
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
      context.progress(
        `build round ${round}/${context.options.buildRuns}: ${bytes(copy.cookies)} cookies in ${seconds(result.wallMs)}` +
          (result.cpuMs === null ? '' : ` (CPU ${seconds(result.cpuMs)})`),
      );
    }
  }
}

function scalingResults(copies: SyntheticCopy[], samples: Samples[]): ScalingResult[] {
  const baseline = samples[0]!;
  const baseCheck = median(baseline.checkMs);
  const baseBuild = median(baseline.buildMs);
  const baseRss = medianOrNull(baseline.buildRss);
  const baseCpu = medianOrNull(baseline.buildCpu);
  return copies.map((copy, index) => {
    const sample = samples[index]!;
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
}

/** The data-check budget (a wall time, as promised) and the growth budget (CPU time). */
function addBudgets(results: BenchResults, scaling: ScalingResult[]) {
  const checkRow = scaling.find((row) => row.cookies === checkBudgetCookies);
  results.budgets.push({
    name: 'data check, 1,000 cookies',
    rule: checkBudgetRule,
    measured: checkRow
      ? `${checkRow.check.medianMs.toFixed(0)} ms` +
        (checkRow.check.cpuMs === null ? '' : ` (CPU ${checkRow.check.cpuMs.toFixed(0)} ms)`)
      : 'not measured',
    pass: checkRow ? checkRow.check.medianMs < checkBudgetMs : null,
  });
  // CPU time: on a shared 2-core machine the wall time of one build swings by a factor of 2 to 5
  // with the neighbours' load, the CPU time much less. Wall time only without GNU time.
  const metric = hasGnuTime ? 'CPU time' : 'wall time';
  const point = (cookies: number) => {
    const row = scaling.find((entry) => entry.cookies === cookies);
    const ms = hasGnuTime ? row?.build.cpuMs : row?.build.medianMs;
    return row && typeof ms === 'number' ? { cookies, ms } : undefined;
  };
  const [small, middle, large] = [point(10), point(1000), point(5000)];
  const linear = small && middle && large ? linearGrowth(small, middle, large) : null;
  results.linear = linear
    ? {
        metric,
        lowSlopeMs: linear.lowSlopeMs,
        highSlopeMs: linear.highSlopeMs,
        slopeRatio: linear.slopeRatio,
      }
    : null;
  results.budgets.push({
    name: 'build growth',
    rule: linearRule(metric),
    measured: linear
      ? `${linear.highSlopeMs.toFixed(2)} ms/cookie vs ${linear.lowSlopeMs.toFixed(2)} ms/cookie: ${linear.slopeRatio.toFixed(2)}× (limit ${linearTolerance}×)`
      : 'not measured (--quick skips 5,000 cookies)',
    pass: linear ? linear.pass : null,
  });
}

function scalingTable(results: BenchResults): Table[] {
  if (!results.scaling) return [];
  const runs = `${results.settings.checkRuns} check / ${results.settings.buildRuns} build runs`;
  const inProcess = results.inProcessCheck;
  return [
    {
      title: `Growth with the inventory (medians of ${runs}; ratio = × the 10-cookie case)`,
      headers: [
        'Cookies',
        'Rows/page',
        'YAML',
        'Page HTML',
        'Check wall',
        'Check ×',
        'Check CPU',
        'Check RSS',
        'Build wall',
        'Build ×',
        'Build CPU',
        'CPU ×',
        'Build RSS',
        'RSS ×',
      ],
      align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      rows: results.scaling.map((row) => [
        bytes(row.cookies),
        [...new Set(Object.values(row.rowsRendered))].map(bytes).join('/'),
        `${(row.inventoryBytes / 1024).toFixed(0)} KiB`,
        `${(row.pageBytes / 1024).toFixed(0)} KiB`,
        seconds(row.check.medianMs),
        ratio(row.check.ratio),
        row.check.cpuMs === null ? 'n/a' : seconds(row.check.cpuMs),
        mib(row.check.peakRssBytes),
        seconds(row.build.medianMs),
        ratio(row.build.ratio),
        row.build.cpuMs === null ? 'n/a' : seconds(row.build.cpuMs),
        ratio(row.build.cpuRatio),
        mib(row.build.peakRssBytes),
        ratio(row.build.rssRatio),
      ]),
      notes: [
        'Check wall: `node scripts/check.mjs <copy>` as a child process, Node startup included.',
        `Build wall: \`node node_modules/astro/bin/astro.mjs build --root <copy>\`, ${results.settings.builds}.`,
        `CPU: ${results.settings.cpu}. A build's exceeds its wall time when the machine is quiet because Node, Vite and esbuild use several threads; a wall time far above the CPU time means the process waited for a CPU.`,
        `Memory: ${results.settings.memory}; median over the runs.`,
        'Rows/page: `<tr id="cookie-` counted in every locale page of the last build; the benchmark stops if any page lacks a row.',
        ...(inProcess
          ? [
              `In-process data check (checkContent() called directly, no Node startup), ${bytes(inProcess.cookies)} cookies: median ${inProcess.medianMs.toFixed(0)} ms over ${inProcess.runs} runs after a first run of ${inProcess.firstMs.toFixed(0)} ms.`,
            ]
          : []),
        ...(results.linear
          ? [
              `Build ${results.linear.metric} per extra cookie: ${results.linear.lowSlopeMs.toFixed(2)} ms from 10 to 1,000, ${results.linear.highSlopeMs.toFixed(2)} ms from 1,000 to 5,000 (ratio ${results.linear.slopeRatio.toFixed(2)}; <= ${linearTolerance} passes).`,
            ]
          : []),
      ],
    },
  ];
}

function compareScaling(results: BenchResults, previous: BenchResults): string[][] {
  const rows: string[][] = [];
  for (const row of results.scaling ?? []) {
    const old = previous.scaling?.find((entry) => entry.cookies === row.cookies);
    if (!old) continue;
    const figure = (name: string, before: number, now: number) =>
      rows.push([name, seconds(before), seconds(now), change(before, now)]);
    figure(`check ${bytes(row.cookies)} cookies`, old.check.medianMs, row.check.medianMs);
    figure(`build ${bytes(row.cookies)} cookies`, old.build.medianMs, row.build.medianMs);
    if (old.build.cpuMs != null && row.build.cpuMs !== null)
      figure(`build ${bytes(row.cookies)} cookies, CPU`, old.build.cpuMs, row.build.cpuMs);
  }
  return rows;
}

export const scaling: BenchStep = {
  name: 'growth with the inventory',
  async run(context) {
    const { repo, scratch, options, results } = context;
    const copies = options.sizes.map((cookies) => syntheticCopy(repo, scratch, cookies));
    const samples = copies.map(emptySamples);
    await timeChecks(context, copies, samples);
    await timeBuilds(context, copies, samples);
    results.scaling = scalingResults(copies, samples);
    addBudgets(results, results.scaling);
  },
  tables: scalingTable,
  compare: compareScaling,
};
