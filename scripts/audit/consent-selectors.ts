/**
 * Operates a banner through the operator's CSS selectors (consent-config.ts), for a portal whose
 * banner no autoconsent rule knows. A selector that matches nothing, or a banner that stays on
 * screen after its button was clicked, stops the audit: its states would be wrong.
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

/** Clicks refuse or accept and waits until the banner has gone. */
export async function answerWithSelectors(
  page: Page,
  selectors: ConsentSelectors,
  answer: 'refuse' | 'accept',
  timeoutMs: number,
): Promise<void> {
  await checkSelectors(page, selectors, timeoutMs);
  await page.locator(selectors[answer]).first().click({ timeout: timeoutMs });
  const closed = await page
    .locator(selectors.banner)
    .first()
    .waitFor({ state: 'hidden', timeout: timeoutMs })
    .then(() => true)
    .catch(() => false);
  if (!closed) {
    throw new AuditError(
      `the consent banner on ${page.url()} was still shown ${timeoutMs / 1000} s after clicking ${answer} ('${selectors[answer]}'). Check that ${answer} names the button that closes the banner, or allow more time with --timeout <seconds>.`,
    );
  }
}
