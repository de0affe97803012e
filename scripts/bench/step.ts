/**
 * What every step of the benchmark is: a name, the work (which fills its part of the results
 * and adds its budgets), the tables it shows and the figures it compares with the previous run.
 * To add a measurement, write a step in steps/ and list it in steps/index.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes } from '../../src/config/locales.ts';
import { run, type RunResult } from './measure.ts';
import type { Table } from './report/format.ts';
import type { BenchResults } from './report/results.ts';
import { clearBuildState } from './workspace.ts';

export interface BenchOptions {
  quick: boolean;
  checkRuns: number;
  buildRuns: number;
  sizes: number[];
  inProcessRuns: number;
}

export interface BenchContext {
  /** The working tree being measured (never written to). */
  repo: string;
  /** A temp folder for this run's project copies, removed at the end. */
  scratch: string;
  options: BenchOptions;
  /** Filled step by step. */
  results: BenchResults;
  /** The real site as built by the real-site step, for the steps that serve it. */
  site?: { distDir: string; base: string };
  progress: (message: string) => void;
}

export interface BenchStep {
  name: string;
  run: (context: BenchContext) => Promise<void>;
  /** The step's tables for the console and the Markdown report (none if it did not run). */
  tables: (results: BenchResults) => Table[];
  /** Rows [figure, previous, now, change] for the comparison with the previous run. */
  compare?: (results: BenchResults, previous: BenchResults) => string[][];
}

/** A stop the report explains in one line (a failed build, rows dropped), not a crash. */
export class BenchError extends Error {}

/** Every child process of the benchmark gets these: no telemetry, no colour codes. */
export const childEnv = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };

export function failedRun(what: string, result: RunResult): BenchError {
  const output = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-30).join('\n');
  return new BenchError(`${what} failed (exit ${result.exitCode}):\n${output}`);
}

/** A cold `astro build` of a project copy, timed; a failed build stops the benchmark. */
export async function coldBuild(
  context: BenchContext,
  projectDir: string,
  env: NodeJS.ProcessEnv,
): Promise<RunResult> {
  clearBuildState(projectDir);
  const astroCli = join(context.repo, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const result = await run('node', [astroCli, 'build', '--root', projectDir], {
    cwd: projectDir,
    scratchDir: context.scratch,
    env,
  });
  if (result.exitCode !== 0) throw failedRun(`astro build in ${projectDir}`, result);
  return result;
}

/** `<tr id="cookie-` rows in each locale page of a build. */
export function countRows(outDir: string): Record<string, number> {
  return Object.fromEntries(
    localeCodes.map((locale) => {
      const html = readFileSync(join(outDir, locale, 'index.html'), 'utf8');
      return [locale, html.split('<tr id="cookie-').length - 1];
    }),
  );
}
