/**
 * The tests of `npm test`: the fast project with coverage and its threshold (vitest.config.ts),
 * then the process and build projects, and one summary line for all of them (summary-line.ts).
 * Vitest measures coverage for a whole run, so the fast project runs on its own to be measured
 * on its own. Arguments are Vitest's file filters: `npm test -- tests/src/data`.
 */
import { startVitest, type TestModule } from 'vitest/node';
import { summaryLine } from './summary-line.ts';

const filters = process.argv.slice(2);
const modules: TestModule[] = [];
const runs = [
  { project: ['fast'], coverage: { enabled: true } },
  { project: ['process', 'build'], coverage: { enabled: false } },
];

for (const options of runs) {
  const vitest = await startVitest(filters, {
    ...options,
    run: true,
    watch: false,
    reporters: ['default'],
    passWithNoTests: filters.length > 0,
  });
  modules.push(...vitest.state.getTestModules());
  await vitest.close();
}
process.stdout.write(summaryLine(modules));
