/**
 * The first visit of every page as the generated nginx configuration serves it (the real nginx,
 * scripts/hosting/nginx-server.ts): the page, its stylesheet and icon, counted as sent over the wire,
 * against the 14,336-byte budget. Without nginx the budget is reported as not evaluated.
 */
import { readdirSync } from 'node:fs';
import { firstVisitBudgetBytes } from '../../src/config/hosting.ts';
import { findNginx, startNginx } from '../hosting/nginx-server.ts';
import { measureFirstVisit } from '../verify/checks.ts';
import { get, type Response } from '../verify/http.ts';
import type { BudgetResult } from './budgets.ts';

export const nginxFirstVisitRule = `the page, its stylesheet and icon as the generated nginx sends them (gzip_static) <= ${firstVisitBudgetBytes.toLocaleString('en-GB')} bytes`;

export async function nginxFirstVisitBudgets(
  distDir: string,
  base: string,
): Promise<BudgetResult[]> {
  if (!findNginx()) {
    return [
      {
        name: 'first visit over nginx',
        rule: nginxFirstVisitRule,
        measured: 'not measured: no nginx (sudo apt-get install -y nginx, or set NGINX_PATH)',
        pass: null,
      },
    ];
  }
  const site = await startNginx({ distDir, base });
  try {
    const pages = readdirSync(distDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/index\.html$/, ''))
      .sort();
    const assets = new Map<string, Response>();
    const budgets: BudgetResult[] = [];
    for (const page of pages) {
      const visit = await measureFirstVisit(await get(`${site.url}${page}`), assets);
      budgets.push({
        name: `first visit over nginx /${page}`,
        rule: nginxFirstVisitRule,
        measured: `${visit.bytes.toLocaleString('en-GB')} B (${visit.parts.map((part) => `${part.bytes} ${part.encoding}`).join(' + ')})`,
        pass: visit.bytes <= firstVisitBudgetBytes,
      });
    }
    return budgets;
  } finally {
    await site.close();
  }
}
