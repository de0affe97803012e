/**
 * What each language's page weighs as sent (its .gz) with the real inventory (4 cookies) and with
 * synthetic ones of 30 and 300: the compressed bytes its first paint needs and the whole page,
 * against the budgets of src/config/hosting.ts (src/lib/page-weight.ts weighs them). Bytes, not
 * times: the figures do not depend on the machine's load.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { firstPaintBudgetBytes, pageBudgetBytes } from '../../../src/config/hosting.ts';
import { localeCodes } from '../../../src/config/locales.ts';
import { weighPage } from '../../../src/lib/page-weight.ts';
import { BenchError, type Budget } from '../budgets.ts';
import { astroBuild, type Scratch } from '../copies.ts';

const sizes = [4, 30, 300] as const;
const bytes = (count: number) => count.toLocaleString('en');

export async function weight(scratch: Scratch): Promise<Budget[]> {
  return sizes.map((cookies) => {
    // The real site has 4 cookies; the others are synthetic copies.
    const dir = cookies === 4 ? scratch.copy('site') : scratch.synthetic(cookies);
    try {
      execFileSync('sh', ['-c', astroBuild(dir, 'off')], { stdio: 'pipe' });
    } catch (error) {
      throw new BenchError(`the ${cookies}-cookie build failed: ${(error as Error).message}`);
    }
    const pages = localeCodes.map((locale) => {
      const file = join(dir, 'dist', locale, 'index.html');
      return {
        locale,
        ...weighPage(readFileSync(file, 'utf8'), readFileSync(`${file}.gz`), 'gzip'),
      };
    });
    const heaviest = (of: (page: (typeof pages)[number]) => number) =>
      pages.reduce((max, page) => (of(page) > of(max) ? page : max));
    const paint = heaviest((page) => page.firstPaint);
    const whole = heaviest((page) => page.whole);
    return {
      name: `page weight, ${cookies} cookies`,
      measured:
        `first paint ${bytes(paint.firstPaint)} of ${bytes(firstPaintBudgetBytes)} bytes (/${paint.locale}/), ` +
        `whole page ${bytes(whole.whole)} of ${bytes(pageBudgetBytes(cookies))} (/${whole.locale}/), as sent with gzip`,
      pass:
        pages.every((page) => page.cookies === cookies) &&
        paint.firstPaint <= firstPaintBudgetBytes &&
        whole.whole <= pageBudgetBytes(cookies),
    };
  });
}
