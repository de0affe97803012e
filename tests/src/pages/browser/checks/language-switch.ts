/**
 * From a cookie's anchor, the row's link to another language lands on the same cookie there,
 * highlighted (:target) and in view, at both widths.
 */
import type { Page } from 'playwright-core';
import { localeCodes, locales, type Locale } from '../../../../../src/config/locales.ts';
import type { BrowserSession } from '../support/session.ts';
import { cookieRowId, WIDTHS } from '../support/site.ts';

export interface LanguageSwitch {
  from: Locale;
  to: Locale;
  /** The anchor of the cookie's row. */
  id: string;
}

/** Each language to the next one in the list (the last to the first), each from another cookie. */
export function languageSwitches(cookieNames: string[]): LanguageSwitch[] {
  return localeCodes.map((from, index) => ({
    from,
    to: localeCodes[(index + 1) % localeCodes.length]!,
    id: cookieRowId(cookieNames[index % cookieNames.length]!),
  }));
}

export async function languageSwitchProblems(
  session: BrowserSession,
  page: Page,
  { from, to, id }: LanguageSwitch,
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    const where = `/${from}/#${id} → ${to}, ${width}px`;
    const row = page.locator(`[id="${id}"]`);
    const isTarget = () => row.evaluate((element) => element.matches(':target'));
    await session.open(page, `/${from}/#${id}`, { width });
    if (!(await isTarget())) problems.push(`the row is not the :target (${where})`);
    // The link says the language's name in that language, as the switcher does.
    const link = row.getByRole('link', { name: locales[to].label, exact: true });
    await Promise.all([page.waitForURL((url) => url.pathname === `/${to}/`), link.click()]);
    const url = new URL(page.url());
    if (`${url.pathname}${url.hash}` !== `/${to}/#${id}`)
      problems.push(`the link leads to ${url.pathname}${url.hash} (${where})`);
    if (!(await isTarget()))
      problems.push(`the row is not the :target after the switch (${where})`);
    const inView = await row.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
    });
    if (!inView) problems.push(`the row is not in view after the switch (${where})`);
  }
  return problems;
}
