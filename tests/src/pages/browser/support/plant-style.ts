/**
 * Plants a fault's stylesheet into the open page, for the tests that show a check catching it. The
 * site's Content-Security-Policy allows only its own hashed stylesheet, so a `<style>` element
 * (Playwright's addStyleTag) is refused, as it should be; a constructed stylesheet adopted by the
 * document is CSSOM, which the policy does not govern, and cascades after the site's own rules
 * as an appended stylesheet would.
 */
import type { Page } from 'playwright-core';

export async function plantStyle(page: Page, css: string): Promise<void> {
  await page.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, css);
}
