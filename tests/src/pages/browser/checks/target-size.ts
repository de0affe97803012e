/**
 * WCAG 2.5.8, target size (minimum): every link and control is at least 24 by 24 CSS pixels, or
 * sits inside a sentence, or has room around it, at 320 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { smallTargets } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';
import { problemsAtEachWidth } from '../support/each-width.ts';

export const TARGET_VIEWS = WIDTHS.map((width) => `${width}px`);

export async function targetSizeProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  plant?: string,
): Promise<string[]> {
  return problemsAtEachWidth({ session, page, path, plant }, async (width) =>
    (await page.evaluate(smallTargets)).map(
      (problem) => `${problem} (${path}, ${width}px, WCAG 2.5.8)`,
    ),
  );
}
