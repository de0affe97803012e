/**
 * axe-core on one page, at both widths and in both colour schemes, and the screenshots people
 * look at (taken at the same time, so the page is loaded once per width).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import type { BrowserSession } from '../support/session.ts';
import {
  AXE_LOADED,
  axeSource,
  policyLocale,
  SCHEMES,
  screenshotDir,
  WIDTHS,
} from '../support/site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The WCAG success criteria of an axe rule, from its tags (wcag143 is 1.4.3, wcag1410 1.4.10);
 * a best-practice rule with none is counted against 4.1.2, as the statement must name one.
 */
export function wcagCriteria(tags: string[]): string {
  const criteria = tags
    .map((tag) => /^wcag(\d)(\d)(\d{1,2})$/.exec(tag))
    .filter((match) => match !== null)
    .map(([, principle, guideline, criterion]) => `${principle}.${guideline}.${criterion}`);
  return criteria.length > 0 ? criteria.join(', ') : '4.1.2';
}

/** test-results/screenshots/<name>-<width>.png: `root` for `/`, `fr` for `/fr/`. */
export const screenshotName = (path: string, width: number) =>
  `${path === '/' ? 'root' : path.replace(/^\/|\/$|\.html$/g, '').replace(/\//g, '-')}-${width}.png`;

/** Every axe violation on `url` (the page `path`, maybe at an anchor), one line each. */
export async function axeProblems(
  session: BrowserSession,
  page: Page,
  path: string,
  url: string,
): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await session.open(page, url, { width });
    await page.evaluate(axeSource);
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      // Legacy mode runs axe in the page itself: the pages have no frames, and it saves the extra
      // tab axe otherwise opens for every run.
      const results = await new AxeBuilder({ page, axeSource: AXE_LOADED })
        .setLegacyMode(true)
        .withTags(AXE_TAGS)
        .analyze();
      if (results.passes.length === 0) problems.push(`axe checked nothing on ${url}`);
      for (const violation of results.violations)
        for (const node of violation.nodes)
          problems.push(
            `${violation.id} (${violation.impact}, WCAG ${wcagCriteria(violation.tags)}) at ${node.target.join(' ')} on ${url}, ` +
              `${scheme}, ${width}px: ${violation.help}. ` +
              (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' '),
          );
    }
    if (path === '/' || policyLocale(path)) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.screenshot({
        path: `${screenshotDir}${screenshotName(path, width)}`,
        fullPage: true,
      });
    }
  }
  return problems;
}
