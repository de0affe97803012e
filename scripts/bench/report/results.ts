/**
 * The benchmark's results as plain data (written as JSON next to a Markdown report), read back
 * for the comparison with the previous run. Each step of scripts/bench/steps/ fills its own part.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BudgetResult } from '../budgets.ts';
import type { PageWeight } from '../page-weight.ts';
import type { Machine } from './machine.ts';

export interface ScalingResult {
  cookies: number;
  /** Size of the generated content/cookies.yaml. */
  inventoryBytes: number;
  /** `<tr id="cookie-` rows counted in each locale page of the last build. */
  rowsRendered: Record<string, number>;
  /** Raw bytes of the default locale's page of the last build. */
  pageBytes: number;
  check: {
    runsMs: number[];
    medianMs: number;
    cpuMs: number | null;
    peakRssBytes: number | null;
    ratio: number;
  };
  build: {
    runsMs: number[];
    medianMs: number;
    cpuRunsMs: (number | null)[];
    cpuMs: number | null;
    peakRssBytes: number | null;
    ratio: number;
    cpuRatio: number | null;
    rssRatio: number | null;
  };
}

export interface SiteResult {
  buildMs: number;
  buildPeakRssBytes: number | null;
  cookies: number;
  rowsRendered: Record<string, number>;
  pages: PageWeight[];
}

/** The real site built with and without its PDFs, interleaved. */
export interface PdfCostResult {
  runs: number;
  withPdfMs: number[];
  withoutPdfMs: number[];
  withPdfMedianMs: number;
  withoutPdfMedianMs: number;
  withPdfCpuMs: number | null;
  withoutPdfCpuMs: number | null;
  /** withPdfMedianMs / withoutPdfMedianMs. */
  ratio: number;
  /** Bytes of each PDF, by path below dist/. */
  pdfBytes: Record<string, number>;
}

export interface BenchSettings {
  quick: boolean;
  checkRuns: number;
  buildRuns: number;
  sizes: number[];
  compression: string;
  memory: string;
  cpu: string;
  builds: string;
}

export interface BenchResults {
  schemaVersion: 1;
  date: string;
  durationMs: number;
  machine: Machine;
  settings: BenchSettings;
  /** The real site as deployed (step real-site). */
  site?: SiteResult;
  /** Build time with and without the PDFs; null without a Chromium (step pdf-cost). */
  pdfCost?: PdfCostResult | null;
  /** Synthetic inventories (step scaling). */
  scaling?: ScalingResult[];
  inProcessCheck?: { cookies: number; runs: number; firstMs: number; medianMs: number } | null;
  linear?: { metric: string; lowSlopeMs: number; highSlopeMs: number; slopeRatio: number } | null;
  budgets: BudgetResult[];
  pass: boolean;
}

export function readPrevious(dir: string): BenchResults | undefined {
  const file = join(dir, 'latest.json');
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    return data.schemaVersion === 1 ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes <stamp>.json/.md and latest.json/.md; returns the paths written. */
export function writeResults(dir: string, results: BenchResults, markdown: string): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const files: [string, string][] = [
    [`${stamp}.json`, json],
    [`${stamp}.md`, markdown],
    ['latest.json', json],
    ['latest.md', markdown],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
