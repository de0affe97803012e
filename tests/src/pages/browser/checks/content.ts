/**
 * A policy page shows every cookie of content/cookies.yaml exactly once, in its own row (with the
 * documented anchor), with its purpose in the page's language and in no other.
 */
import type { Page } from 'playwright-core';
import { localeCodes, type Locale } from '../../../../../src/config/locales.ts';
import type { BrowserSession } from '../support/session.ts';
import { cookieRowId, WIDTHS, type ExpectedCookie } from '../support/site.ts';

interface ShownRow {
  id: string;
  name: string | undefined;
  text: string;
}

/** The table's cookie rows as a reader sees them (innerText: only what is rendered). */
function shownRows(page: Page): Promise<ShownRow[]> {
  return page.$$eval('table tr', (trs) =>
    trs
      .map((tr) => ({
        id: tr.id,
        name: tr.querySelector('th[scope="row"] code')?.textContent?.trim(),
        text: (tr as HTMLElement).innerText.replace(/\s+/g, ' '),
      }))
      .filter((row) => row.name !== undefined),
  );
}

function rowProblems(cookie: ExpectedCookie, row: ShownRow, locale: Locale, where: string) {
  const problems: string[] = [];
  if (row.id !== cookieRowId(cookie.name))
    problems.push(`"${cookie.name}"'s row has the id "${row.id}" (${where})`);
  if (!row.text.includes(cookie.purpose[locale].replace(/\s+/g, ' ')))
    problems.push(
      `"${cookie.name}" does not show its purpose "${cookie.purpose[locale]}" (${where})`,
    );
  for (const other of localeCodes) {
    const text = cookie.purpose[other];
    if (other !== locale && text !== cookie.purpose[locale] && row.text.includes(text))
      problems.push(`"${cookie.name}" shows its ${other} purpose (${where})`);
  }
  return problems;
}

export async function cookieTableProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  locale: Locale,
  cookies: ExpectedCookie[],
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await session.open(page, path, { width });
    const where = `${path}, ${width}px`;
    const rows = await shownRows(page);
    for (const cookie of cookies) {
      const matches = rows.filter((row) => row.name === cookie.name);
      if (matches.length === 1) problems.push(...rowProblems(cookie, matches[0]!, locale, where));
      else problems.push(`"${cookie.name}" is shown ${matches.length} times (${where})`);
    }
    for (const row of rows.filter((row) => !cookies.some((c) => c.name === row.name)))
      problems.push(`"${row.name}" is not in content/cookies.yaml (${where})`);
  }
  return problems;
}
