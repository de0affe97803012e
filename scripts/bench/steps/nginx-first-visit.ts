/**
 * The real site's first visits as the generated nginx configuration serves them (see
 * ../nginx-first-visit.ts), checked against the first-round-trip budget. Needs the real-site step.
 */
import { nginxFirstVisitBudgets } from '../nginx-first-visit.ts';
import type { BenchStep } from '../step.ts';

export const nginxFirstVisit: BenchStep = {
  name: 'first visit over nginx',
  async run({ site, results, progress }) {
    if (!site) return;
    results.budgets.push(...(await nginxFirstVisitBudgets(site.distDir, site.base)));
    progress('first visits over nginx measured');
  },
  // Its figures are budget rows.
  tables: () => [],
};
