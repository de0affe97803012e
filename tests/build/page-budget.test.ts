/**
 * The product's page budgets, on the real dist/: every page arrives in the first network round
 * trip (gzip of the HTML and its CSS within 14 KB, the TCP initial window) and needs no
 * JavaScript. They count bytes, so they are exact and belong here rather than in the benchmark
 * (which shows the same figures, and brotli, in its page-weight table).
 */
import { describe, expect, inject, it } from 'vitest';
import { pageBudget, pageBudgetBytes } from '../../scripts/bench/budgets.ts';
import { htmlPages, measureSite } from '../../scripts/bench/page-weight.ts';

const distDir = inject('distDir');
const pages = measureSite(distDir, '/');

describe('page budgets', () => {
  it('weighs every HTML page of dist/', () => {
    expect(pages.map((page) => page.page)).toEqual(htmlPages(distDir));
    expect(pages.length).toBeGreaterThan(5);
  });

  it.each(pages.map((page) => [page.page, page] as const))(
    `%s: gzip(HTML) + gzip(CSS) <= ${pageBudgetBytes} bytes, no JavaScript, every reference found`,
    (_name, page) => {
      expect(page.budgetBytes).toBeGreaterThan(0);
      expect(pageBudget(page.page, page.budgetBytes, page.javascript).reasons).toEqual([]);
      expect(page.unresolved).toEqual([]);
    },
  );
});
