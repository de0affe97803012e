/**
 * The pages in a real Chromium, as a visitor gets them from the deployed host: no request blocked
 * by the Content-Security-Policy, nothing failing to load, and the stylesheet applied.
 */
import { findChromium, launchChromium } from '../../src/lib/chromium.ts';
import { CannotRun } from './http.ts';
import type { Check } from './checks.ts';

export const NO_BROWSER =
  'No Chromium found for the browser check: install one (sudo apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH, then run npm run verify again.';

export async function browserCheck(urls: string[]): Promise<Check> {
  if (!findChromium()) throw new CannotRun(NO_BROWSER);
  const browser = await launchChromium();
  const problems: string[] = [];
  try {
    await browser.context.addInitScript(() => {
      const store = window as unknown as { violations: string[] };
      store.violations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        store.violations.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`,
        );
      });
    });
    for (const url of urls) {
      const shown = new URL(url).pathname;
      const page = await browser.context.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (request) =>
        failed.push(`${new URL(request.url()).pathname} failed`),
      );
      page.on('response', (response) => {
        // The page itself may be a 404 page; what it loads may not fail.
        if (response.status() >= 400 && response.request().resourceType() !== 'document') {
          failed.push(`${new URL(response.url()).pathname} answered ${response.status()}`);
        }
      });
      try {
        await page.goto(url, { waitUntil: 'load' });
        const violations = await page.evaluate(
          () => (window as unknown as { violations: string[] }).violations,
        );
        for (const violation of violations)
          problems.push(`${shown}: ${violation} (Content-Security-Policy)`);
        for (const failure of failed) problems.push(`${shown}: ${failure}`);
        // Tailwind's system font stack replaces the browser's default only when the stylesheet applies.
        const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
        if (!font.includes('system-ui'))
          problems.push(`${shown}: stylesheet not applied (body font "${font}")`);
      } catch (error) {
        problems.push(`${shown}: ${(error as Error).message.split('\n')[0]}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  return {
    name: 'pages in Chromium',
    pass: problems.length === 0,
    summary: `${urls.length} pages: no Content-Security-Policy violation, nothing failed to load, stylesheet applied`,
    problems,
  };
}
