/**
 * Print: a printed page names the policy's online address and its version date, and the table's
 * provider cells carry no address (the providers' links are listed below the table instead).
 */
import type { Page } from 'playwright-core';
import { printedNotes } from '../support/in-page.ts';
import type { BrowserSession } from '../support/session.ts';
import { PRINT_WIDTH } from './layout.ts';

export async function printNotesProblems(
  session: BrowserSession,
  page: Page,
  path: string,
): Promise<string[]> {
  const where = `${path}, print`;
  const problems: string[] = [];
  await session.open(page, path, { width: PRINT_WIDTH, media: 'print' });
  const notes = await page.evaluate(printedNotes);
  if (!notes.address) problems.push(`no address and version under the title (${where})`);
  else if (!notes.canonical || !notes.address.includes(notes.canonical))
    problems.push(`"${notes.address}" does not name ${notes.canonical} (${where})`);
  if (!notes.pageDate || notes.addressDate !== notes.pageDate)
    problems.push(
      `the printed version is dated ${notes.addressDate}, the page ${notes.pageDate} (${where})`,
    );
  if (notes.providerCells.length === 0) problems.push(`no provider cell (${where})`);
  for (const cell of notes.providerCells) {
    if (cell.after !== 'none' || cell.text.includes('http'))
      problems.push(`the provider cell "${cell.text}" prints an address (${where})`);
    // A processor's cell has no link (its own visitor policy does not govern these cookies).
    if (cell.href && !notes.links?.includes(cell.href))
      problems.push(`${cell.href} is not listed below the table (${where})`);
  }
  if (!notes.history) problems.push(`the history of versions is not printed (${where})`);
  return problems;
}
