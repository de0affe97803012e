/**
 * What every HTML report must be: one file that requests nothing but itself when opened, and that
 * passes axe like the site's pages.
 */
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { launchChromium } from '../../../../src/lib/chromium.ts';
import { AXE_LOADED, axeSource } from '../../../src/pages/browser/support/site.ts';

export async function expectSelfContainedAndAccessible(file: string): Promise<void> {
  const session = await launchChromium();
  try {
    const page = await session.context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    expect(requests).toEqual([url]);
    await page.evaluate(axeSource);
    const results = await new AxeBuilder({ page, axeSource: AXE_LOADED })
      .setLegacyMode(true)
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.passes.length).toBeGreaterThan(0);
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  } finally {
    await session.close();
  }
}
