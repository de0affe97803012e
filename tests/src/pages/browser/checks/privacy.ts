/**
 * What the site leaves in the browser (no cookie, nothing in local or session storage) and where
 * the pages reach (only the local server).
 */
import type { Page } from 'playwright-core';
import type { BrowserSession } from '../support/session.ts';

export async function storedOnPage(
  session: BrowserSession,
  page: Page,
  path: string,
): Promise<string[]> {
  await session.open(page, path);
  const stored = await page.evaluate(() => ({
    cookie: document.cookie,
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  const problems: string[] = [];
  if (stored.cookie) problems.push(`document.cookie is "${stored.cookie}" on ${path}`);
  if (stored.local.length)
    problems.push(`localStorage holds ${stored.local.join(', ')} on ${path}`);
  if (stored.session.length)
    problems.push(`sessionStorage holds ${stored.session.join(', ')} on ${path}`);
  return problems;
}

/** Every request of the session that went to a host other than the local server. */
export function requestsElsewhere(session: BrowserSession): string[] {
  const local = new URL(session.url).host;
  const elsewhere = session.requests
    .filter(({ url }) => {
      const { protocol, host } = new URL(url);
      return !['data:', 'about:'].includes(protocol) && host !== local;
    })
    .map(({ url, from }) => `${url} (from ${from})`);
  return [...new Set(elsewhere)];
}
