/**
 * Operates a banner through the operator's CSS selectors (consent-config.ts), for a portal whose
 * banner no autoconsent rule knows. A selector that matches nothing on the first visit stops the
 * audit (the file does not fit the portal); a banner that stays on screen after its button was
 * clicked leaves that state unreached (states.ts).
 */
import type { Page } from 'playwright-core';
import { AuditError } from './errors.ts';
import type { ConsentSelectors } from './consent-config.ts';

/** Everything the selectors fail to find on the page, all at once. */
export async function checkSelectors(
  page: Page,
  selectors: ConsentSelectors,
  timeoutMs: number,
): Promise<void> {
  const banner = await page
    .locator(selectors.banner)
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  const missing: string[] = [];
  if (!banner) {
    missing.push(`banner '${selectors.banner}' shows nothing within ${timeoutMs / 1000} s`);
  }
  for (const field of ['refuse', 'accept'] as const) {
    if ((await page.locator(selectors[field]).count()) === 0) {
      missing.push(`${field} '${selectors[field]}' matches nothing`);
    }
  }
  if (missing.length > 0) {
    throw new AuditError(
      `the consent selectors in ${selectors.file} do not fit ${page.url()}:\n${missing.map((line) => `  - ${line}`).join('\n')}\nCopy each selector from the banner's HTML (the browser's "Inspect" menu), or remove the file to let the audit's rules find the banner.`,
    );
  }
}

/**
 * Clicks refuse or accept and waits until the banner has gone. A banner that does not show in
 * this visit, or stays on screen after the click, did not take the answer: what went wrong and
 * what to do, for the caller to report as a state the audit could not reach.
 */
export async function answerWithSelectors(
  page: Page,
  selectors: ConsentSelectors,
  answer: 'refuse' | 'accept',
  timeoutMs: number,
): Promise<{ why: string; advice: string } | undefined> {
  const shown = await page
    .locator(selectors.banner)
    .first()
    .waitFor({ state: 'visible', timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  const button = page.locator(selectors[answer]).first();
  if (!shown || (await button.count()) === 0) {
    return {
      why: `the consent banner '${selectors.banner}' of ${selectors.file}, with its ${answer} button '${selectors[answer]}', did not show on ${page.url()} within ${timeoutMs / 1000} s`,
      advice: `Run the audit again; if it happens again, check the selectors in ${selectors.file}.`,
    };
  }
  const clicked = await button
    .click({ timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  const closed =
    clicked &&
    (await page
      .locator(selectors.banner)
      .first()
      .waitFor({ state: 'hidden', timeout: timeoutMs })
      .then(() => true)
      .catch(() => false));
  if (!closed) {
    return {
      why: `the consent banner on ${page.url()} was still shown ${timeoutMs / 1000} s after ${clicked ? 'clicking' : 'trying to click'} ${answer} ('${selectors[answer]}')`,
      advice: `Check that ${answer} names the button that closes the banner and that the banner keeps the answer, or allow more time with --timeout <seconds>.`,
    };
  }
  return undefined;
}
