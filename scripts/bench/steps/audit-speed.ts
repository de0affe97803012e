/** The audit of a 20-page local fixture portal, against its wall-time budget (../audit-speed.ts). */
import { auditSpeedBudget } from '../audit-speed.ts';
import type { BenchStep } from '../step.ts';

export const auditSpeed: BenchStep = {
  name: 'audit speed',
  async run({ repo, scratch, results, progress }) {
    progress('auditing a 20-page local fixture portal (npm run audit, its own Chromium)');
    results.budgets.push(await auditSpeedBudget(repo, scratch));
  },
  // Its figure is a budget row.
  tables: () => [],
};
