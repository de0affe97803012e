import type { Page } from 'playwright-core';
import { plantStyle } from './plant-style.ts';
import type { BrowserSession } from './session.ts';
import { WIDTHS } from './site.ts';

/** A check beyond axe: the page, and `plant`, CSS laid over it first to prove the check sees a fault. */
export interface CheckedPage {
  session: BrowserSession;
  page: Page;
  path: string;
  plant?: string | undefined;
}

/**
 * Opens the page at each of the checks' widths (phone and desktop), lays the planted CSS over it
 * (after `prepare`, which may switch a media feature on), and gathers what `inspect` finds there.
 */
export async function problemsAtEachWidth(
  { session, page, path, plant }: CheckedPage,
  inspect: (width: number) => Promise<string[]>,
  prepare: () => Promise<void> = async () => {},
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await session.open(page, path, { width });
    await prepare();
    if (plant) await plantStyle(page, plant);
    problems.push(...(await inspect(width)));
  }
  return problems;
}
