/**
 * What printing the policy PDFs adds to a build: the real site built cold with its PDFs
 * (POLICY_PDF=on) and without (POLICY_PDF=off), the two interleaved and their order swapped every
 * round, so a slow spell of a shared machine falls on both. Needs a Chromium; without one the
 * step says so and its budget is not evaluated.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../../src/lib/chromium.ts';
import { pdfBudgetRatio, pdfBudgetRule } from '../budgets.ts';
import { median, medianOrNull } from '../measure.ts';
import { bytes, change, ratio, seconds, secondsOrNa, type Table } from '../report/format.ts';
import type { BenchResults } from '../report/results.ts';
import { childEnv, coldBuild, type BenchStep } from '../step.ts';
import { copyProject } from '../workspace.ts';

function pdfSizes(distDir: string): Record<string, number> {
  return Object.fromEntries(
    readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.pdf'))
      .sort()
      .map((file) => [file, statSync(join(distDir, file)).size]),
  );
}

function pdfTable(results: BenchResults): Table[] {
  const cost = results.pdfCost;
  if (cost === undefined) return [];
  if (cost === null) {
    return [
      {
        title: 'Build with and without the policy PDFs',
        headers: ['Build', 'Result'],
        align: ['l', 'l'],
        rows: [['with PDFs', 'not run: no Chromium found (see README, "Set-up")']],
        notes: [],
      },
    ];
  }
  return [
    {
      title: `Build with and without the policy PDFs (real site, medians of ${cost.runs} cold builds each)`,
      headers: ['Build', 'Wall', 'Runs', 'CPU', '× without'],
      align: ['l', 'r', 'l', 'r', 'r'],
      rows: [
        [
          'without PDFs (POLICY_PDF=off)',
          seconds(cost.withoutPdfMedianMs),
          cost.withoutPdfMs.map(seconds).join(', '),
          secondsOrNa(cost.withoutPdfCpuMs),
          ratio(1),
        ],
        [
          'with PDFs (POLICY_PDF=on)',
          seconds(cost.withPdfMedianMs),
          cost.withPdfMs.map(seconds).join(', '),
          secondsOrNa(cost.withPdfCpuMs),
          ratio(cost.ratio),
        ],
      ],
      notes: [
        `PDFs: ${Object.entries(cost.pdfBytes)
          .map(([file, size]) => `${file} ${bytes(size)} B`)
          .join(', ')}.`,
        `Budget: with PDFs <= ${pdfBudgetRatio} × without. One Chromium prints the four pages (src/lib/print-pdfs.ts); the printing is measured in scripts/bench/README.md.`,
      ],
    },
  ];
}

export const pdfCost: BenchStep = {
  name: 'PDF cost',
  async run(context) {
    const { repo, scratch, results, options, progress } = context;
    if (!findChromium()) {
      results.pdfCost = null;
      results.budgets.push({
        name: 'build with PDFs',
        rule: pdfBudgetRule,
        measured: 'not measured: no Chromium found',
        pass: null,
      });
      progress('no Chromium found: the build with PDFs is not measured');
      return;
    }
    const dir = copyProject(repo, join(scratch, 'pdf-cost'));
    const samples = { on: [] as number[], off: [] as number[] };
    const cpu = { on: [] as (number | null)[], off: [] as (number | null)[] };
    let pdfBytes: Record<string, number> = {};
    for (let round = 1; round <= options.buildRuns; round++) {
      const order = round % 2 === 1 ? (['on', 'off'] as const) : (['off', 'on'] as const);
      for (const mode of order) {
        const result = await coldBuild(context, dir, { ...childEnv, POLICY_PDF: mode });
        samples[mode].push(result.wallMs);
        cpu[mode].push(result.cpuMs);
        if (mode === 'on') pdfBytes = pdfSizes(join(dir, 'dist'));
      }
      progress(
        `PDF cost round ${round}/${options.buildRuns}: with ${seconds(samples.on.at(-1)!)}, ` +
          `without ${seconds(samples.off.at(-1)!)}`,
      );
    }
    const withPdfMedianMs = median(samples.on);
    const withoutPdfMedianMs = median(samples.off);
    const measuredRatio = withPdfMedianMs / withoutPdfMedianMs;
    results.pdfCost = {
      runs: options.buildRuns,
      withPdfMs: samples.on,
      withoutPdfMs: samples.off,
      withPdfMedianMs,
      withoutPdfMedianMs,
      withPdfCpuMs: medianOrNull(cpu.on),
      withoutPdfCpuMs: medianOrNull(cpu.off),
      ratio: measuredRatio,
      pdfBytes,
    };
    results.budgets.push({
      name: 'build with PDFs',
      rule: pdfBudgetRule,
      measured: `${seconds(withPdfMedianMs)} vs ${seconds(withoutPdfMedianMs)}: ×${measuredRatio.toFixed(2)} (limit ×${pdfBudgetRatio})`,
      pass: measuredRatio <= pdfBudgetRatio,
    });
  },
  tables: pdfTable,
  compare(results, previous) {
    const [now, old] = [results.pdfCost, previous.pdfCost];
    if (!now || !old) return [];
    return [
      [
        'real site build, with PDFs',
        seconds(old.withPdfMedianMs),
        seconds(now.withPdfMedianMs),
        change(old.withPdfMedianMs, now.withPdfMedianMs),
      ],
      [
        'real site build, without PDFs',
        seconds(old.withoutPdfMedianMs),
        seconds(now.withoutPdfMedianMs),
        change(old.withoutPdfMedianMs, now.withoutPdfMedianMs),
      ],
    ];
  },
};
