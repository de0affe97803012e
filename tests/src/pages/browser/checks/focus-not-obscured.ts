/**
 * WCAG 2.4.11, focus not obscured: every element Tab reaches is at least partly in view, not
 * hidden behind anything the page puts on top (a sticky header, a banner), at 320 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { focusedState } from '../support/in-page-wcag.ts';
import type { BrowserSession } from '../support/session.ts';
import { WIDTHS } from '../support/site.ts';
import { problemsAtEachWidth } from '../support/each-width.ts';

export const FOCUS_VIEWS = WIDTHS.map((width) => `${width}px, Tab through the page`);

/** Tab past every element and back to the first; `inspect` sees each one as it gets the focus. */
export async function tabThrough<T>(
  page: Page,
  inspect: () => Promise<T | undefined>,
): Promise<{ seen: T[]; complete: boolean }> {
  const seen: T[] = [];
  let first: string | undefined;
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body) return '';
      const path: number[] = [];
      for (let node: Element | null = element; node?.parentElement; node = node.parentElement)
        path.unshift([...node.parentElement.children].indexOf(node));
      return path.join('.');
    });
    if (key === '') continue;
    if (key === first) return { seen, complete: true };
    first ??= key;
    const state = await inspect();
    if (state !== undefined) seen.push(state);
  }
  return { seen, complete: false };
}

export async function focusNotObscuredProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  plant?: string,
): Promise<string[]> {
  return problemsAtEachWidth({ session, page, path, plant }, async (width) => {
    const problems: string[] = [];
    const where = `${path}, ${width}px`;
    const { seen, complete } = await tabThrough(page, () => page.evaluate(focusedState));
    if (!complete) problems.push(`Tab never comes back round to the first element (${where})`);
    for (const state of seen)
      if (state.hasSize && !state.shown)
        problems.push(
          `the focused ${state.label} is hidden behind something (${where}, WCAG 2.4.11)`,
        );
    return problems;
  });
}
