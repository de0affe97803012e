/**
 * What the build tells an editor about a page's weight (src/integrations/page-weight.ts) and what
 * `npm run verify` reports over budget (src/lib/page-weight.ts), word for word: nothing below 90 %
 * of a budget, a warning naming the page, its source and what to shorten from 90 %, and "over"
 * past the budget.
 */
import { describe, expect, it } from 'vitest';
import { weightWarnings } from '../../../src/integrations/page-weight.ts';
import { overBudget } from '../../../src/lib/page-weight.ts';

describe('page weight', () => {
  it('says nothing about a page well within both budgets', () => {
    expect(
      weightWarnings('de/index.html', { firstPaint: 8_200, whole: 13_500, cookies: 4 }),
    ).toEqual([]);
    expect(overBudget('/de/', { firstPaint: 8_200, whole: 13_500, cookies: 4 })).toEqual([]);
  });

  it('warns an editor from 90 % of the first paint, naming the MDX file to shorten', () => {
    expect(
      weightWarnings('de/index.html', { firstPaint: 13_000, whole: 20_000, cookies: 30 }),
    ).toEqual([
      'dist/de/index.html: the top of the page (up to its first section heading) takes 13,000 bytes as sent, 91 % of the 14,336 a browser gets in its first round trip. Shorten what comes before the first "##" heading in content/policy/de/index.mdx, or move part of it into a section.',
    ]);
  });

  it('says a page over its cookies’ budget is over, and that npm run verify fails', () => {
    const heavy = { firstPaint: 9_000, whole: 30_000, cookies: 30 };
    expect(weightWarnings('nl/index.html', heavy)).toEqual([
      'dist/nl/index.html: 30,000 bytes as sent, 106 % of the 28,384 allowed for a page listing 30 cookies: over, so npm run verify fails. Shorten the policy’s text in content/policy/nl/index.mdx, or the cookies’ texts in content/cookies.yaml.',
    ]);
    expect(overBudget('/nl/', heavy)).toEqual([
      '/nl/: 30,000 bytes as sent, over the 28,384 allowed for a page of 30 cookies',
    ]);
  });

  it('points a 404 page or the chooser at the interface strings', () => {
    expect(
      weightWarnings('fr/404.html', { firstPaint: 15_000, whole: 15_000, cookies: 0 }),
    ).toEqual([
      'dist/fr/404.html: the top of the page (up to its first section heading) takes 15,000 bytes as sent, 105 % of the 14,336 a browser gets in its first round trip: over, so it paints one round trip later and npm run verify fails. Its text comes from the interface strings (src/i18n/ui/) and its style from src/styles/global.css: shorten one of them.',
      'dist/fr/404.html: 15,000 bytes as sent, 92 % of the 16,384 allowed for a page listing 0 cookies. Its text comes from the interface strings (src/i18n/ui/) and its style from src/styles/global.css: shorten one of them.',
    ]);
    expect(overBudget('/fr/404.html', { firstPaint: 15_000, whole: 15_000, cookies: 0 })).toEqual([
      '/fr/404.html: the first paint needs 15,000 bytes as sent, over the 14,336 of one round trip',
    ]);
  });
});
