/**
 * What printing the policy PDFs adds to a cold build of the real site (a copy of the working
 * tree): seven rounds, each one hyperfine run of the build with its PDFs and without
 * (`--parameter-list pdf`, the order swapped every round), every build cold (`--prepare`).
 * The budget takes the median of the rounds' ratios (budgets.ts, pdfRatio).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, pdfBudgetRatio, pdfRatio, type Budget } from '../budgets.ts';
import { astroBuild, coldBuild, type Scratch } from '../copies.ts';
import { hyperfine, type Timing } from '../hyperfine.ts';

const rounds = 7;

export async function pdf(scratch: Scratch): Promise<Budget[]> {
  const dir = scratch.copy('site');
  const pairs: { on: Timing; off: Timing }[] = [];
  for (let round = 0; round < rounds; round++) {
    console.error(`[bench] pdf round ${round + 1} of ${rounds}`);
    const timings = await hyperfine(scratch.dir, [
      ...['--runs', '1', '--prepare', coldBuild(dir)],
      ...['--parameter-list', 'pdf', round % 2 === 0 ? 'off,on' : 'on,off'],
      astroBuild(dir, '{pdf}'),
    ]);
    const [on, off] = ['on', 'off'].map((mode) => timings.find((t) => t.parameters.pdf === mode)!);
    pairs.push({ on: on!, off: off! });
  }
  // The last round ends with POLICY_PDF=on: its dist/ holds what was timed.
  if (!readdirSync(join(dir, 'dist'), { recursive: true }).some((f) => `${f}`.endsWith('.pdf'))) {
    throw new BenchError('the build with POLICY_PDF=on wrote no PDF, so its time means nothing');
  }
  const ratio = (of: (timing: Timing) => number) =>
    pdfRatio(pairs.map(({ on, off }) => ({ withPdf: of(on), withoutPdf: of(off) })));
  const wall = ratio((timing) => timing.median);
  return [
    {
      name: 'build with PDFs',
      measured:
        `×${wall.toFixed(2)} the build without (median of ${rounds} interleaved rounds; ` +
        `CPU ×${ratio((timing) => timing.cpu).toFixed(2)}; budget ≤ ×${pdfBudgetRatio})`,
      pass: wall <= pdfBudgetRatio,
    },
  ];
}
