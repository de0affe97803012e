/** The bench's budget rules (scripts/bench/budgets.ts), which decide its lines and exit code. */
import { describe, expect, it } from 'vitest';
import { linearGrowth, pdfRatio, report } from '../../../scripts/bench/budgets.ts';

describe('the PDF budget', () => {
  it('takes the median of the rounds’ ratios, so a round slowed by the machine does not decide', () => {
    const rounds = [
      { withPdf: 5, withoutPdf: 4 },
      { withPdf: 9, withoutPdf: 4 }, // a neighbour's build during the PDF half
      { withPdf: 4.6, withoutPdf: 4 },
      { withPdf: 8.8, withoutPdf: 8 }, // both halves slowed
      { withPdf: 4.8, withoutPdf: 4 },
    ];
    expect(pdfRatio(rounds)).toBeCloseTo(1.2);
  });

  it('sees a regression that slows every round', () => {
    const rounds = [4, 4.2, 3.9].map((withoutPdf) => ({ withPdf: withoutPdf * 1.5, withoutPdf }));
    expect(pdfRatio(rounds)).toBeCloseTo(1.5);
  });
});

describe('the linear-growth budget', () => {
  const at = (cookies: number, seconds: number) => ({ cookies, seconds });

  it('passes a build with a fixed cost and a constant cost per cookie', () => {
    const cost = (n: number) => 4 + 0.002 * n;
    const result = linearGrowth(at(10, cost(10)), at(1000, cost(1000)), at(5000, cost(5000)));
    expect(result.ratio).toBeCloseTo(1);
    expect(result.pass).toBe(true);
  });

  it('passes a build that gets cheaper per cookie at the top', () => {
    expect(linearGrowth(at(10, 4), at(1000, 6), at(5000, 9)).pass).toBe(true);
  });

  it('fails a quadratic build even when its total grows less than fivefold', () => {
    const cost = (n: number) => 4 + 0.0005 * n + 0.0000005 * n * n;
    const result = linearGrowth(at(10, cost(10)), at(1000, cost(1000)), at(5000, cost(5000)));
    expect(cost(5000) / cost(1000)).toBeLessThan(5);
    expect(result.ratio).toBeGreaterThan(1.5);
    expect(result.pass).toBe(false);
  });

  it('allows up to 1.5 times the lower slope', () => {
    expect(linearGrowth(at(10, 0), at(1010, 1), at(5010, 7)).pass).toBe(true);
    expect(linearGrowth(at(10, 0), at(1010, 1), at(5010, 7.001)).pass).toBe(false);
  });

  it('does not divide by a lower slope that noise made zero or negative', () => {
    expect(linearGrowth(at(10, 5), at(1000, 4.9), at(5000, 6)).pass).toBe(false);
    expect(linearGrowth(at(10, 5), at(1000, 4.9), at(5000, 4.9)).pass).toBe(true);
  });
});

describe('the report', () => {
  const met = { name: 'data check, 1,000 cookies', measured: '612 ms', pass: true };
  const missed = { name: 'build with PDFs', measured: '×1.41 the build without', pass: false };

  it('prints one line per budget and exits 0 when all are met', () => {
    expect(report([met])).toEqual({
      lines: ['ok   data check, 1,000 cookies: 612 ms'],
      exitCode: 0,
    });
  });

  it('exits 1 when one budget is missed, and names it', () => {
    expect(report([met, missed])).toEqual({
      lines: [
        'ok   data check, 1,000 cookies: 612 ms',
        'FAIL build with PDFs: ×1.41 the build without',
      ],
      exitCode: 1,
    });
  });

  it('exits 1 when nothing was measured', () => {
    expect(report([]).exitCode).toBe(1);
  });
});
