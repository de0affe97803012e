/**
 * Layout on screen (no sideways scrolling at 320 px, every table cell readable, the skip link on
 * screen when focused) and on paper (the whole table on an A4 page, every column header shown).
 */
import type { Page } from 'playwright-core';
import { printedTable, unreadableCells } from '../support/in-page.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';

/** An A4 page less Chrome's default print margins: about 190 mm, 718 CSS pixels. */
export const PRINT_WIDTH = 718;
/** The columns of the cookie table. */
const COLUMNS = 6;

export async function screenLayoutProblems(
  session: BrowserSession,
  page: Page,
  path: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await session.open(page, path, { width });
    const where = `${path}, ${width}px`;
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth)
      problems.push(`the page is ${scrollWidth}px wide in a ${clientWidth}px window (${where})`);
    for (const problem of await page.evaluate(unreadableCells))
      problems.push(`${problem} (${where})`);
    // The keyboard checks run at 1280 px; on a phone, too, the skip link shows when focused.
    await page.keyboard.press('Tab');
    if (!(await focusedSkipLinkOnScreen(page)))
      problems.push(`the first Tab does not show the skip link on screen (${where})`);
  }
  return problems;
}

function focusedSkipLinkOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const focused = document.activeElement!;
    const box = focused.getBoundingClientRect();
    return (
      focused.getAttribute('href') === '#content' &&
      box.width > 0 &&
      box.height > 0 &&
      box.top >= 0 &&
      box.left >= 0 &&
      box.bottom <= window.innerHeight &&
      box.right <= window.innerWidth
    );
  });
}

export async function printLayoutProblems(
  session: BrowserSession,
  page: Page,
  path: string,
): Promise<string[]> {
  const where = `${path}, print, ${PRINT_WIDTH}px`;
  const problems: string[] = [];
  await session.open(page, path, { width: PRINT_WIDTH, media: 'print' });
  const printed = await page.evaluate(printedTable);
  if (printed.tableRight === undefined) problems.push(`no table (${where})`);
  else if (printed.tableRight > printed.pageWidth + 1)
    problems.push(
      `the table ends at ${Math.round(printed.tableRight)}px, past the ${printed.pageWidth}px page (${where})`,
    );
  if (printed.scrollWidth > printed.pageWidth)
    problems.push(`the page is ${printed.scrollWidth}px wide (${where})`);
  if (printed.headers.length !== COLUMNS)
    problems.push(`${printed.headers.length} column headers, not ${COLUMNS} (${where})`);
  for (const header of printed.headers)
    if (header.width < 1 || header.right > printed.pageWidth + 1)
      problems.push(`the column "${header.text}" is not shown in full (${where})`);
  for (const problem of await page.evaluate(unreadableCells))
    problems.push(`${problem} (${where})`);
  return problems;
}
