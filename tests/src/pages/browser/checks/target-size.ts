/**
 * WCAG 2.5.8, target size (minimum): every link and control is at least 24 by 24 CSS pixels, or
 * sits inside a sentence, or has room around it, at 320 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { smallTargets } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';
import { plantStyle } from '../support/plant-style.ts';

export const TARGET_VIEWS = WIDTHS.map((width) => `${width}px`);

export async function targetSizeProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  plant?: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await session.open(page, path, { width });
    if (plant) await plantStyle(page, plant);
    for (const problem of await page.evaluate(smallTargets))
      problems.push(`${problem} (${path}, ${width}px, WCAG 2.5.8)`);
  }
  return problems;
}
