/** The benchmark's budget rules (scripts/bench/budgets.ts), which decide its exit code. */
import { describe, expect, it } from 'vitest';
import { linearGrowth, pageBudget, pageBudgetBytes } from '../../scripts/bench/budgets.ts';

describe('the page budget', () => {
  it('is 14 × 1024 bytes of gzip HTML + CSS, the limit itself included', () => {
    expect(pageBudgetBytes).toBe(14_336);
    expect(pageBudget('fr/index.html', 14_336, []).pass).toBe(true);
    expect(pageBudget('fr/index.html', 14_337, []).reasons).toEqual([
      'fr/index.html: gzip HTML + CSS is 14337 B, over 14336 B',
    ]);
  });

  it('fails any page that needs JavaScript, however small', () => {
    const verdict = pageBudget('index.html', 500, ['<script> (inline)']);
    expect(verdict.pass).toBe(false);
    expect(verdict.reasons).toEqual(['index.html: JavaScript required (<script> (inline))']);
  });
});

describe('the linear-growth budget', () => {
  const at = (cookies: number, ms: number) => ({ cookies, ms });

  it('passes a build with a fixed cost and a constant cost per cookie', () => {
    const cost = (n: number) => 4000 + 2 * n;
    const result = linearGrowth(at(10, cost(10)), at(1000, cost(1000)), at(5000, cost(5000)));
    expect(result.slopeRatio).toBeCloseTo(1);
    expect(result.pass).toBe(true);
  });

  it('passes a build that gets cheaper per cookie at the top', () => {
    expect(linearGrowth(at(10, 4000), at(1000, 6000), at(5000, 9000)).pass).toBe(true);
  });

  it('fails a quadratic build even when its total grows less than fivefold', () => {
    const cost = (n: number) => 4000 + 0.5 * n + 0.0005 * n * n;
    const result = linearGrowth(at(10, cost(10)), at(1000, cost(1000)), at(5000, cost(5000)));
    expect(cost(5000) / cost(1000)).toBeLessThan(5);
    expect(result.slopeRatio).toBeGreaterThan(1.5);
    expect(result.pass).toBe(false);
  });

  it('allows up to 1.5 times the lower slope', () => {
    expect(linearGrowth(at(10, 0), at(1010, 1000), at(5010, 7000)).pass).toBe(true);
    expect(linearGrowth(at(10, 0), at(1010, 1000), at(5010, 7001)).pass).toBe(false);
  });

  it('does not divide by a lower slope that noise made zero or negative', () => {
    expect(linearGrowth(at(10, 5000), at(1000, 4900), at(5000, 6000)).pass).toBe(false);
    expect(linearGrowth(at(10, 5000), at(1000, 4900), at(5000, 4900)).pass).toBe(true);
  });
});
