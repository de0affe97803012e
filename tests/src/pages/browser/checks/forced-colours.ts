/**
 * Forced colours (Windows high contrast, `forced-colors: active`): every text keeps a colour other
 * than its background, and every element Tab reaches still shows its focus with an outline (the
 * system removes box shadows, so a shadow alone vanishes), at 320 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { focusedState, invisibleText } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';
import { tabThrough } from './focus-not-obscured.ts';
import { problemsAtEachWidth } from '../support/each-width.ts';

export const FORCED_COLOURS_VIEWS = WIDTHS.map((width) => `${width}px, forced colours`);

export async function forcedColoursProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  plant?: string,
): Promise<string[]> {
  const problems = await problemsAtEachWidth(
    { session, page, path, plant },
    async (width) => {
      const found: string[] = [];
      const where = `${path}, ${width}px, forced colours`;
      for (const problem of await page.evaluate(invisibleText))
        found.push(`${problem} (${where}, WCAG 1.4.11)`);
      const { seen } = await tabThrough(page, () => page.evaluate(focusedState));
      for (const state of seen)
        if (!state.isMain && !state.outline)
          found.push(`no focus outline on ${state.label} (${where}, WCAG 2.4.7)`);
      return found;
    },
    () => page.emulateMedia({ forcedColors: 'active' }),
  );
  await page.emulateMedia({ forcedColors: 'none' });
  return problems;
}
