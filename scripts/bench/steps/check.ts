/**
 * The data check of 1,000 synthetic cookies, as editors and CI run it: the copy's own
 * `node scripts/check.mjs`, run in the copy (what `npm run check` runs, Node's start included). One
 * untimed run first fills Node's compile cache, as an editor's first run does; then ten runs.
 */
import { checkBudgetCookies, checkBudgetSeconds, ms, type Budget } from '../budgets.ts';
import type { Scratch } from '../copies.ts';
import { hyperfine } from '../hyperfine.ts';

const runs = 10;

export async function check(scratch: Scratch): Promise<Budget[]> {
  const dir = scratch.synthetic(checkBudgetCookies);
  const command = `env -C ${dir} node scripts/check.mjs`;
  const [timing] = await hyperfine(scratch.dir, ['--warmup', '1', '--runs', `${runs}`, command]);
  return [
    {
      name: `data check, ${checkBudgetCookies.toLocaleString('en')} cookies`,
      measured:
        `${ms(timing!.median)} (median of ${runs} runs; CPU ${ms(timing!.cpu)}; ` +
        `budget < ${ms(checkBudgetSeconds)})`,
      pass: timing!.median < checkBudgetSeconds,
    },
  ];
}
