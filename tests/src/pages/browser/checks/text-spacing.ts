/**
 * WCAG 1.4.12, text spacing: with line height 1.5, paragraph spacing 2, letter spacing 0.12 and
 * word spacing 0.16 times the font size (a reader's own style sheet), no text is cut off, no
 * page scrolls sideways and every table cell stays readable, at 320 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { unreadableCells } from '../support/in-page.ts';
import { applyTextSpacing, clippedText, sidewaysScroll } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';
import { problemsAtEachWidth } from '../support/each-width.ts';

export const TEXT_SPACING_VIEWS = WIDTHS.map((width) => `${width}px, text spacing`);

/** `plant`: CSS laid over the page first, to prove the check sees a fault. */
export async function textSpacingProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  plant?: string,
): Promise<string[]> {
  return problemsAtEachWidth({ session, page, path, plant }, async (width) => {
    const problems: string[] = [];
    await page.evaluate(applyTextSpacing);
    const where = `${path}, ${width}px, text spacing (WCAG 1.4.12)`;
    for (const problem of await page.evaluate(clippedText)) problems.push(`${problem} (${where})`);
    for (const problem of await page.evaluate(unreadableCells))
      problems.push(`${problem} (${where})`);
    const { scrollWidth, clientWidth, widest } = await page.evaluate(sidewaysScroll);
    if (scrollWidth > clientWidth)
      problems.push(
        `the page is ${scrollWidth}px wide in a ${clientWidth}px window${widest ? `: ${widest}` : ''} (${where})`,
      );
    return problems;
  });
}
