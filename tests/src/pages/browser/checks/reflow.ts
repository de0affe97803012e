/**
 * WCAG 1.4.4 and 1.4.10: at 200 % zoom (a 1280 px window shows 640 CSS pixels) and at 320 CSS
 * pixels, no page scrolls sideways and every table cell is readable, with the cookie table made
 * as hard as a big portal's: 300 rows and the longest cookie name the Open Cookie Database knows.
 */
import type { Page } from 'playwright-core';
import { unreadableCells } from '../support/in-page.ts';
import { clippedText, sidewaysScroll, stressCookieTable } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { plantStyle } from '../support/plant-style.ts';

/** A big portal's table. */
export const STRESS_ROWS = 300;
export const REFLOW_VIEWS = [
  '1280px at 200% zoom (640 CSS px)',
  `320px, ${STRESS_ROWS} cookies, the longest name`,
];

export async function reflowProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  longestName: string,
  plant?: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const [width, stress] of [
    [640, false],
    [320, true],
  ] as const) {
    await session.open(page, path, { width });
    if (plant) await plantStyle(page, plant);
    const where = `${path}, ${width === 640 ? '200% zoom (640px)' : '320px'}`;
    if (stress) {
      const rows = await page.evaluate(stressCookieTable, [longestName, STRESS_ROWS] as [
        string,
        number,
      ]);
      if (rows > 0 && rows < STRESS_ROWS)
        problems.push(`the table has ${rows} rows, not ${STRESS_ROWS} (${where})`);
    }
    const { scrollWidth, clientWidth, widest } = await page.evaluate(sidewaysScroll);
    if (scrollWidth > clientWidth)
      problems.push(
        `the page scrolls sideways: ${scrollWidth}px wide in a ${clientWidth}px window${widest ? `: ${widest}` : ''} (${where}, WCAG 1.4.10)`,
      );
    for (const problem of await page.evaluate(unreadableCells))
      problems.push(`${problem} (${where}, WCAG 1.4.10)`);
    for (const problem of await page.evaluate(clippedText))
      problems.push(`${problem} (${where}, WCAG 1.4.4)`);
  }
  return problems;
}
