/**
 * The keyboard on one page: the first Tab reaches the skip link (on screen, in the page's
 * language) and Enter moves to the content; every element Tab reaches shows its focus; every
 * language is reachable, through a switcher labelled in the page's language.
 */
import type { Page } from 'playwright-core';
import { localeCodes } from '../../../../../src/config/locales.ts';
import { installFocusLog, readFocusLog, type FocusRecord } from '../support/in-page.ts';
import type { BrowserSession } from '../support/session.ts';
import { pageString, policyLocale, type Scheme } from '../support/site.ts';

export async function keyboardProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  scheme: Scheme,
  width: number,
): Promise<string[]> {
  const where = `${path}, ${scheme}, ${width}px`;
  await session.open(page, path, { width, scheme });
  await page.evaluate(installFocusLog);
  const lang = await page.evaluate(() => document.documentElement.lang);
  const problems = await skipLinkProblems(page, lang, where);
  if (problems === undefined) return [await firstTabProblem(page, lang, where)];
  const round = await tabRound(page);
  if (!round.complete) problems.push(`Tab never comes back round to the content (${where})`);
  const reached = [...new Map(round.log.map((item) => [item.id, item])).values()];
  if (round.log[2] && !round.log[2].inMain)
    problems.push(
      `after the skip link, Tab leaves the content for ${round.log[2].label} (${where})`,
    );
  problems.push(...focusProblems(reached, where));
  problems.push(...languageProblems(path, reached, pageString(lang, 'site.languages'), where));
  return problems;
}

async function firstTabProblem(page: Page, lang: string, where: string): Promise<string> {
  const [skip] = await page.evaluate(readFocusLog);
  return `the first Tab focuses ${skip?.label ?? 'nothing'}, not the skip link "${pageString(lang, 'site.skipLink')}" (${where})`;
}

/** The first Tab and Enter; undefined when the first Tab misses the skip link altogether. */
async function skipLinkProblems(page: Page, lang: string, where: string) {
  await page.keyboard.press('Tab');
  const [skip] = await page.evaluate(readFocusLog);
  if (skip?.href !== '#content' || skip.text !== pageString(lang, 'site.skipLink'))
    return undefined;
  const problems: string[] = [];
  if (!skip.onScreen) problems.push(`the focused skip link is not on screen (${where})`);
  await page.keyboard.press('Enter');
  const main = (await page.evaluate(readFocusLog))[1];
  if (!main?.isMain) problems.push(`Enter on the skip link does not focus main#content (${where})`);
  return problems;
}

/** Tab on, past the end of the page and round to where the content began. */
async function tabRound(page: Page): Promise<{ log: FocusRecord[]; complete: boolean }> {
  let log: FocusRecord[] = [];
  for (let presses = 0; presses < 200; presses += 10) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
    log = await page.evaluate(readFocusLog);
    const start = log[2];
    const back = start ? log.findIndex((item, index) => index > 2 && item.id === start.id) : -1;
    if (back > 0) return { log: log.slice(0, back), complete: true };
  }
  return { log, complete: false };
}

/** Every element reached must show that it has the focus. */
function focusProblems(reached: FocusRecord[], where: string): string[] {
  const problems: string[] = [];
  for (const item of reached) {
    if (item.isMain) continue; // reached by the skip link only; not a Tab stop
    if (!item.indicator) problems.push(`no visible focus indicator on ${item.label} (${where})`);
    if (!item.hasSize) problems.push(`the focused ${item.label} has no size (${where})`);
  }
  return problems;
}

/** Every language is reachable; on a policy page through the switcher, labelled in its language. */
function languageProblems(path: string, reached: FocusRecord[], label: string, where: string) {
  const problems: string[] = [];
  const locale = policyLocale(path);
  const languageLinks = reached.filter((item) => item.hreflang && item.navLabel);
  if (locale) {
    const labels = [...new Set(languageLinks.map((item) => item.navLabel))];
    if (labels.length !== 1 || labels[0] !== label)
      problems.push(
        `the language switcher is labelled ${JSON.stringify(labels)}, not "${label}" (${where})`,
      );
  } else {
    for (const item of languageLinks)
      if (item.navLabel !== label)
        problems.push(`the languages are labelled "${item.navLabel}", not "${label}" (${where})`);
  }
  if (locale || path === '/') {
    const hreflangs = new Set((locale ? languageLinks : reached).map((item) => item.hreflang));
    const missing = localeCodes.filter((other) => !hreflangs.has(other));
    if (missing.length)
      problems.push(`Tab never reaches a link to ${missing.join(', ')} (${where})`);
  }
  return problems;
}
