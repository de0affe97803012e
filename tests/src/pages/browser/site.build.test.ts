/**
 * What the product promises visitors, checked in a real Chromium against the built dist/ served on
 * 127.0.0.1: accessibility (axe and the keyboard), content, changing language, layout, print and
 * privacy. One browser for the whole file (tests/src/pages/browser/support/session.ts); the checks, one per
 * file in tests/src/pages/browser/checks/, run side by side in a few tabs and each returns every problem it
 * finds, so a failure lists them all. Screenshots land in test-results/screenshots/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../../src/config/locales.ts';
import { describeWithBrowser } from '../../../support/describe-with-browser.ts';
import { axeProblems } from './checks/accessibility.ts';
import { cookieTableProblems } from './checks/content.ts';
import { keyboardProblems } from './checks/keyboard.ts';
import { languageSwitches, languageSwitchProblems } from './checks/language-switch.ts';
import { printLayoutProblems, screenLayoutProblems } from './checks/layout.ts';
import { printNotesProblems } from './checks/print-notes.ts';
import { requestsElsewhere, storedOnPage } from './checks/privacy.ts';
import { BrowserSession } from './support/session.ts';
import {
  cookieRowId,
  expectedCookies,
  listPages,
  policyLocale,
  report,
  SCHEMES,
  screenshotDir,
} from './support/site.ts';

/**
 * A check's time includes waiting for a free tab behind the other checks of its group: generous,
 * so a machine busy with the other test files does not fail a check that is merely queued.
 */
const QUEUED = { timeout: 180_000 };

describeWithBrowser('in Chromium', () => {
  const distDir = inject('distDir');
  const pages = listPages(distDir);
  const policyPages = pages.filter((path) => policyLocale(path));
  const cookies = expectedCookies();
  const session = new BrowserSession();

  beforeAll(async () => {
    // Only this run's pictures: a page that no longer exists leaves no stale screenshot.
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
    await session.start(distDir);
    console.log(`Browser checks: screenshots in ${screenshotDir}`);
  });
  afterAll(() => session.close());

  /**
   * Policy pages are checked at one cookie's anchor (a different cookie in each language), so the
   * row highlighted by :target, with its links to the other languages, is checked as well.
   */
  const atAnchor = (path: string) => {
    const locale = policyLocale(path);
    if (!locale) return path;
    const cookie = cookies[localeCodes.indexOf(locale) % cookies.length]!;
    return `${path}#${cookieRowId(cookie.name)}`;
  };

  it('finds the root chooser and each locale’s page in dist/', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', ...localeCodes.map((l) => `/${l}/`)]));
  });

  describe('accessibility', () => {
    it.concurrent.for(pages)(
      'axe: %s has zero WCAG 2.0/2.1/2.2 A and AA violations, light and dark, at 320 and 1280 px',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) =>
          axeProblems(session, page, path, atAnchor(path)),
        );
        expect(report('axe violations', problems)).toBe('');
      },
    );

    it.concurrent.for(pages)(
      'keyboard: on %s the skip link comes first, focus is always visible, every language is reachable (light and dark)',
      QUEUED,
      async (path, { expect }) => {
        const problems: string[] = [];
        for (const scheme of SCHEMES)
          problems.push(
            ...(await session.withTab((page) =>
              keyboardProblems(session, page, path, scheme, 1280),
            )),
          );
        expect(report('keyboard problems', problems)).toBe('');
      },
    );
  });

  describe('content', () => {
    it.concurrent.for(policyPages)(
      '%s shows every cookie of content/cookies.yaml once, with its purpose in that language',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) =>
          cookieTableProblems(session, page, path, policyLocale(path)!, cookies),
        );
        expect(report('content problems', problems)).toBe('');
      },
    );

    it.concurrent.for(languageSwitches(cookies.map((cookie) => cookie.name)))(
      'from /$from/#$id, the $to link lands on the same cookie in that language',
      QUEUED,
      async (change, { expect }) => {
        const problems = await session.withTab((page) =>
          languageSwitchProblems(session, page, change),
        );
        expect(report('language switching problems', problems)).toBe('');
      },
    );
  });

  describe('layout', () => {
    it.concurrent.for(pages)(
      '%s does not scroll sideways at 320 px; table cells and the focused skip link fit at 320 and 1280 px',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) => screenLayoutProblems(session, page, path));
        expect(report('layout problems', problems)).toBe('');
      },
    );

    it.concurrent.for(policyPages)(
      '%s printed shows the whole table, every column header, no cell cut off',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) => printLayoutProblems(session, page, path));
        expect(report('print problems', problems)).toBe('');
      },
    );
    it.concurrent.for(policyPages)(
      '%s printed names its address and version, and lists the providers’ links below the table',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) => printNotesProblems(session, page, path));
        expect(report('print problems', problems)).toBe('');
      },
    );
  });

  describe('privacy', () => {
    it('after loading every page the browser holds no cookie and nothing in local or session storage', async () => {
      const problems: string[] = [];
      for (const path of pages)
        problems.push(...(await session.withTab((page) => storedOnPage(session, page, path))));
      for (const cookie of await session.cookies())
        problems.push(`the browser holds the cookie "${cookie.name}" for ${cookie.domain}`);
      expect(report('stored in the browser', problems)).toBe('');
    });

    it('no page, in any check of this file, requested anything from another host', () => {
      expect(session.requests.length).toBeGreaterThan(pages.length);
      expect(report('requests to other hosts', requestsElsewhere(session))).toBe('');
    });
  });
});
