/**
 * What the product promises visitors, checked in a real Chromium against the built dist/ served on
 * 127.0.0.1: accessibility (axe and the keyboard), content, changing language, layout, print and
 * privacy. One browser for the whole file; tests run side by side in a few tabs. Screenshots land
 * in test-results/screenshots/ for people to look at.
 */
import { mkdirSync, rmSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  findChromium,
  launchChromium,
  NO_BROWSER_MESSAGE,
  type ChromiumSession,
} from '../../src/lib/chromium.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import {
  installFocusLog,
  printedNotes,
  printedTable,
  readFocusLog,
  unreadableCells,
  type FocusRecord,
} from './support/in-page.ts';
import {
  AXE_LOADED,
  axeSource,
  cookieRowId,
  expectedCookies,
  listPages,
  LOCALES,
  policyLocale,
  report,
  SCHEMES,
  screenshotDir,
  uiString,
  WIDTHS,
  type Locale,
  type Scheme,
} from './support/site.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Tabs working side by side: two keep both cores of the build machines busy. */
const TABS = 2;
/** Each language's name in its own language, as the links that lead to it say it. */
const LANGUAGE_NAMES: Record<Locale, string> = {
  fr: 'Français',
  en: 'English',
  nl: 'Nederlands',
  de: 'Deutsch',
};
/**
 * A check's time includes waiting for a free tab behind the other checks of its group: generous,
 * so a machine busy with the other test files does not fail a check that is merely queued.
 */
const QUEUED = { timeout: 180_000 };
/** An A4 page less Chrome's default print margins: about 190 mm, 718 CSS pixels. */
const PRINT_WIDTH = 718;

const isCI = ['true', '1'].includes((process.env.CI ?? '').toLowerCase());
const chromiumPath = findChromium();

const skipWithoutBrowser = !chromiumPath && process.env.SKIP_BROWSER_TESTS === '1' && !isCI;

if (!chromiumPath && !skipWithoutBrowser) {
  it('needs a Chromium to check the site in a real browser', () => {
    throw new Error(
      `${NO_BROWSER_MESSAGE}\n` +
        (isCI
          ? 'CI=true: the browser checks cannot be skipped here.'
          : 'To skip them on this machine only (they then count as skipped, not passed), set SKIP_BROWSER_TESTS=1.'),
    );
  });
}
if (skipWithoutBrowser) {
  const line = '!'.repeat(78);
  process.stderr.write(
    `\n${line}\nBROWSER CHECKS SKIPPED because SKIP_BROWSER_TESTS=1: accessibility, privacy,\n` +
      `layout and language switching were NOT checked.\n${NO_BROWSER_MESSAGE}\n${line}\n\n`,
  );
}

// Without a browser the suite is left out (failing above), or listed as skipped on request.
const suite = chromiumPath ? describe : skipWithoutBrowser ? describe.skip : undefined;
suite?.('in Chromium', () => {
  const distDir = inject('distDir');
  const pages = listPages(distDir);
  const policyPages = pages.filter((path) => policyLocale(path));
  const cookies = expectedCookies();
  const requests: { url: string; from: string }[] = [];
  let site: StaticSite | undefined;
  let session: ChromiumSession | undefined;
  const freeTabs: Page[] = [];
  const waitingForTab: ((page: Page) => void)[] = [];

  async function shutdown() {
    const [browser, server] = [session, site];
    session = undefined;
    site = undefined;
    await Promise.allSettled([browser?.close(), server?.close()]);
  }

  beforeAll(async () => {
    try {
      // Only this run's pictures: a page that no longer exists leaves no stale screenshot.
      rmSync(screenshotDir, { recursive: true, force: true });
      mkdirSync(screenshotDir, { recursive: true });
      site = await serveStatic(distDir);
      session = await launchChromium({ viewport: { width: 1280, height: 800 } });
      const { context } = session;
      context.setDefaultTimeout(15_000);
      context.on('request', (request) => {
        let from = '(no page)';
        try {
          from = request.frame().url();
        } catch {
          // A request from no frame (a worker) is still recorded, by its URL.
        }
        requests.push({ url: request.url(), from });
      });
      freeTabs.push(context.pages()[0] ?? (await context.newPage()));
      while (freeTabs.length < TABS) freeTabs.push(await context.newPage());
      console.log(`Browser checks: screenshots in ${screenshotDir}`);
    } catch (error) {
      await shutdown();
      throw error;
    }
  });
  afterAll(shutdown);

  /** Lends a tab to one check at a time, so concurrent tests share the browser's few tabs. */
  async function withTab<R>(check: (page: Page) => Promise<R>): Promise<R> {
    const page = freeTabs.pop() ?? (await new Promise<Page>((lend) => waitingForTab.push(lend)));
    try {
      return await check(page);
    } finally {
      const next = waitingForTab.shift();
      if (next) next(page);
      else freeTabs.push(page);
    }
  }

  /** Loads a page of the site, as a fresh document, at a width, in a colour scheme, for a medium. */
  async function open(
    page: Page,
    path: string,
    options: { width?: number; scheme?: Scheme; media?: 'screen' | 'print' } = {},
  ) {
    const { width = 1280, scheme = 'light', media = 'screen' } = options;
    await page.setViewportSize({ width, height: width < 600 ? 640 : 800 });
    await page.emulateMedia({ colorScheme: scheme, media });
    const url = new URL(path.replace(/^\//, ''), site!.url);
    // A URL that differs only by its #fragment would not load a new document: go via about:blank.
    if (page.url().replace(/#.*/, '') === url.href.replace(/#.*/, ''))
      await page.goto('about:blank');
    const response = await page.goto(url.href);
    if (!response?.ok()) throw new Error(`${path} answers ${response?.status()}`);
  }

  const fileName = (path: string) =>
    path === '/' ? 'root' : path.replace(/^\/|\/$|\.html$/g, '').replace(/\//g, '-');

  /**
   * Policy pages are checked at one cookie's anchor (a different cookie in each language), so the
   * row highlighted by :target, with its links to the other languages, is checked as well.
   */
  const atAnchor = (path: string) => {
    const locale = policyLocale(path);
    if (!locale) return path;
    return `${path}#${cookieRowId(cookies[LOCALES.indexOf(locale) % cookies.length].name)}`;
  };

  it('finds the root chooser and each locale’s page in dist/', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', ...LOCALES.map((l) => `/${l}/`)]));
  });

  describe('accessibility', () => {
    it.concurrent.for(pages)(
      'axe: %s has zero WCAG 2.0/2.1/2.2 A and AA violations, light and dark, at 320 and 1280 px',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const url = atAnchor(path);
          const problems: string[] = [];
          for (const width of WIDTHS) {
            await open(page, url, { width });
            await page.evaluate(axeSource);
            for (const scheme of SCHEMES) {
              await page.emulateMedia({ colorScheme: scheme });
              // Legacy mode runs axe in the page itself: the pages have no frames, and it saves
              // the extra tab axe otherwise opens for every run.
              const results = await new AxeBuilder({ page, axeSource: AXE_LOADED })
                .setLegacyMode(true)
                .withTags(AXE_TAGS)
                .analyze();
              expect(results.passes.length, `axe checked nothing on ${url}`).toBeGreaterThan(0);
              for (const violation of results.violations)
                for (const node of violation.nodes)
                  problems.push(
                    `${violation.id} (${violation.impact}) at ${node.target.join(' ')} on ${url}, ` +
                      `${scheme}, ${width}px: ${violation.help}. ` +
                      (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' '),
                  );
            }
            if (path === '/' || policyLocale(path)) {
              await page.emulateMedia({ colorScheme: 'light' });
              await page.screenshot({
                path: `${screenshotDir}${fileName(path)}-${width}.png`,
                fullPage: true,
              });
            }
          }
          expect(report('axe violations', problems)).toBe('');
        }),
    );

    it.concurrent.for(pages)(
      'keyboard: on %s the skip link comes first, focus is always visible, every language is reachable (light and dark)',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const problems: string[] = [];
          for (const scheme of SCHEMES)
            problems.push(...(await checkKeyboard(page, path, scheme, 1280)));
          expect(report('keyboard problems', problems)).toBe('');
        }),
    );
  });

  async function checkKeyboard(page: Page, path: string, scheme: Scheme, width: number) {
    const where = `${path}, ${scheme}, ${width}px`;
    const problems: string[] = [];
    await open(page, path, { width, scheme });
    await page.evaluate(installFocusLog);
    const lang = await page.evaluate(() => document.documentElement.lang);

    // The first Tab reaches the skip link, visible, in the page's language; Enter reaches main.
    await page.keyboard.press('Tab');
    const skipText = uiString(lang, 'site.skipLink');
    const [skip] = await page.evaluate(readFocusLog);
    if (skip?.href !== '#content' || skip.text !== skipText) {
      problems.push(
        `the first Tab focuses ${skip?.label ?? 'nothing'}, not the skip link "${skipText}" (${where})`,
      );
      return problems;
    }
    if (!skip.onScreen) problems.push(`the focused skip link is not on screen (${where})`);
    await page.keyboard.press('Enter');
    const main = (await page.evaluate(readFocusLog))[1];
    if (!main?.isMain)
      problems.push(`Enter on the skip link does not focus main#content (${where})`);

    // Then Tab on, past the end of the page and round to where the content began: every element
    // reached must show that it has the focus.
    let log: FocusRecord[] = [];
    let round: FocusRecord[] | undefined;
    for (let presses = 0; presses < 200 && !round; presses += 10) {
      for (let i = 0; i < 10; i++) await page.keyboard.press('Tab');
      log = await page.evaluate(readFocusLog);
      const start = log[2];
      const back = start ? log.findIndex((item, index) => index > 2 && item.id === start.id) : -1;
      if (back > 0) round = log.slice(0, back);
    }
    if (!round) {
      problems.push(`Tab never comes back round to the content (${where})`);
      round = log;
    }
    if (round[2] && !round[2].inMain)
      problems.push(`after the skip link, Tab leaves the content for ${round[2].label} (${where})`);
    const reached = [...new Map(round.map((item) => [item.id, item])).values()];
    for (const item of reached) {
      if (item.isMain) continue; // reached by the skip link only; not a Tab stop
      if (!item.indicator) problems.push(`no visible focus indicator on ${item.label} (${where})`);
      if (!item.hasSize) problems.push(`the focused ${item.label} has no size (${where})`);
    }

    // Every language is reachable; on a policy page through the switcher, labelled in its language.
    const locale = policyLocale(path);
    const label = uiString(lang, 'site.languages');
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
      const missing = LOCALES.filter((other) => !hreflangs.has(other));
      if (missing.length)
        problems.push(`Tab never reaches a link to ${missing.join(', ')} (${where})`);
    }
    return problems;
  }

  describe('content', () => {
    it.concurrent.for(policyPages)(
      '%s shows every cookie of content/cookies.yaml once, with its purpose in that language',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const locale = policyLocale(path)!;
          const problems: string[] = [];
          for (const width of WIDTHS) {
            await open(page, path, { width });
            const where = `${path}, ${width}px`;
            // innerText: only what is rendered, as a reader sees it.
            const rows = await page.$$eval('table tr', (trs) =>
              trs
                .map((tr) => ({
                  id: tr.id,
                  name: tr.querySelector('th[scope="row"] code')?.textContent?.trim(),
                  text: (tr as HTMLElement).innerText.replace(/\s+/g, ' '),
                }))
                .filter((row) => row.name !== undefined),
            );
            for (const cookie of cookies) {
              const matches = rows.filter((row) => row.name === cookie.name);
              if (matches.length !== 1) {
                problems.push(`"${cookie.name}" is shown ${matches.length} times (${where})`);
                continue;
              }
              const [row] = matches;
              if (row.id !== cookieRowId(cookie.name))
                problems.push(`"${cookie.name}"'s row has the id "${row.id}" (${where})`);
              if (!row.text.includes(cookie.purpose[locale].replace(/\s+/g, ' ')))
                problems.push(
                  `"${cookie.name}" does not show its purpose "${cookie.purpose[locale]}" (${where})`,
                );
              for (const other of LOCALES) {
                const text = cookie.purpose[other];
                if (other !== locale && text !== cookie.purpose[locale] && row.text.includes(text))
                  problems.push(`"${cookie.name}" shows its ${other} purpose (${where})`);
              }
            }
            for (const row of rows.filter((row) => !cookies.some((c) => c.name === row.name)))
              problems.push(`"${row.name}" is not in content/cookies.yaml (${where})`);
          }
          expect(report('content problems', problems)).toBe('');
        }),
    );

    const switches = LOCALES.map((from, index) => ({
      from,
      to: LOCALES[(index + 1) % LOCALES.length],
      id: cookieRowId(cookies[index % cookies.length].name),
    }));
    it.concurrent.for(switches)(
      'from /$from/#$id, the $to link lands on the same cookie in that language',
      QUEUED,
      ({ from, to, id }, { expect }) =>
        withTab(async (page) => {
          const problems: string[] = [];
          for (const width of WIDTHS) {
            const where = `/${from}/#${id} → ${to}, ${width}px`;
            const row = page.locator(`[id="${id}"]`);
            const isTarget = () => row.evaluate((element) => element.matches(':target'));
            await open(page, `/${from}/#${id}`, { width });
            if (!(await isTarget())) problems.push(`the row is not the :target (${where})`);
            const link = row.getByRole('link', { name: LANGUAGE_NAMES[to], exact: true });
            await Promise.all([page.waitForURL((url) => url.pathname === `/${to}/`), link.click()]);
            const url = new URL(page.url());
            if (`${url.pathname}${url.hash}` !== `/${to}/#${id}`)
              problems.push(`the link leads to ${url.pathname}${url.hash} (${where})`);
            if (!(await isTarget()))
              problems.push(`the row is not the :target after the switch (${where})`);
            const inView = await row.evaluate((element) => {
              const box = element.getBoundingClientRect();
              return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
            });
            if (!inView) problems.push(`the row is not in view after the switch (${where})`);
          }
          expect(report('language switching problems', problems)).toBe('');
        }),
    );
  });

  describe('layout', () => {
    it.concurrent.for(pages)(
      '%s does not scroll sideways at 320 px; table cells and the focused skip link fit at 320 and 1280 px',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const problems: string[] = [];
          for (const width of WIDTHS) {
            await open(page, path, { width });
            const where = `${path}, ${width}px`;
            const { scrollWidth, clientWidth } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              clientWidth: document.documentElement.clientWidth,
            }));
            if (scrollWidth > clientWidth)
              problems.push(
                `the page is ${scrollWidth}px wide in a ${clientWidth}px window (${where})`,
              );
            for (const problem of await page.evaluate(unreadableCells))
              problems.push(`${problem} (${where})`);
            // The keyboard checks run at 1280 px; on a phone, too, the skip link shows when focused.
            await page.keyboard.press('Tab');
            const skipLink = await page.evaluate(() => {
              const focused = document.activeElement!;
              const box = focused.getBoundingClientRect();
              return {
                isSkipLink: focused.getAttribute('href') === '#content',
                onScreen:
                  box.width > 0 &&
                  box.height > 0 &&
                  box.top >= 0 &&
                  box.left >= 0 &&
                  box.bottom <= window.innerHeight &&
                  box.right <= window.innerWidth,
              };
            });
            if (!skipLink.isSkipLink || !skipLink.onScreen)
              problems.push(`the first Tab does not show the skip link on screen (${where})`);
          }
          expect(report('layout problems', problems)).toBe('');
        }),
    );

    it.concurrent.for(policyPages)(
      '%s printed shows the whole table, every column header, no cell cut off',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const where = `${path}, print, ${PRINT_WIDTH}px`;
          const problems: string[] = [];
          await open(page, path, { width: PRINT_WIDTH, media: 'print' });
          const printed = await page.evaluate(printedTable);
          if (printed.tableRight === undefined) problems.push(`no table (${where})`);
          else if (printed.tableRight > printed.pageWidth + 1)
            problems.push(
              `the table ends at ${Math.round(printed.tableRight)}px, past the ${printed.pageWidth}px page (${where})`,
            );
          if (printed.scrollWidth > printed.pageWidth)
            problems.push(`the page is ${printed.scrollWidth}px wide (${where})`);
          if (printed.headers.length !== 6)
            problems.push(`${printed.headers.length} column headers, not 6 (${where})`);
          for (const header of printed.headers)
            if (header.width < 1 || header.right > printed.pageWidth + 1)
              problems.push(`the column "${header.text}" is not shown in full (${where})`);
          for (const problem of await page.evaluate(unreadableCells))
            problems.push(`${problem} (${where})`);
          expect(report('print problems', problems)).toBe('');
        }),
    );
    it.concurrent.for(policyPages)(
      '%s printed names its address and version, and lists the providers’ links below the table',
      QUEUED,
      (path, { expect }) =>
        withTab(async (page) => {
          const where = `${path}, print`;
          const problems: string[] = [];
          await open(page, path, { width: PRINT_WIDTH, media: 'print' });
          const notes = await page.evaluate(printedNotes);
          if (!notes.address) problems.push(`no address and version under the title (${where})`);
          else if (!notes.canonical || !notes.address.includes(notes.canonical))
            problems.push(`"${notes.address}" does not name ${notes.canonical} (${where})`);
          if (!notes.pageDate || notes.addressDate !== notes.pageDate)
            problems.push(
              `the printed version is dated ${notes.addressDate}, the page ${notes.pageDate} (${where})`,
            );
          if (notes.providerCells.length === 0) problems.push(`no provider cell (${where})`);
          for (const cell of notes.providerCells) {
            if (cell.after !== 'none' || cell.text.includes('http'))
              problems.push(`the provider cell "${cell.text}" prints an address (${where})`);
            if (!notes.links?.includes(cell.href))
              problems.push(`${cell.href} is not listed below the table (${where})`);
          }
          if (!notes.history) problems.push(`the history of versions is not printed (${where})`);
          expect(report('print problems', problems)).toBe('');
        }),
    );
  });

  describe('privacy', () => {
    it('after loading every page the browser holds no cookie and nothing in local or session storage', async () => {
      const problems: string[] = [];
      for (const path of pages) {
        await withTab(async (page) => {
          await open(page, path);
          const stored = await page.evaluate(() => ({
            cookie: document.cookie,
            local: Object.keys(localStorage),
            session: Object.keys(sessionStorage),
          }));
          if (stored.cookie) problems.push(`document.cookie is "${stored.cookie}" on ${path}`);
          if (stored.local.length)
            problems.push(`localStorage holds ${stored.local.join(', ')} on ${path}`);
          if (stored.session.length)
            problems.push(`sessionStorage holds ${stored.session.join(', ')} on ${path}`);
        });
      }
      for (const cookie of await session!.context.cookies())
        problems.push(`the browser holds the cookie "${cookie.name}" for ${cookie.domain}`);
      expect(report('stored in the browser', problems)).toBe('');
    });

    it('no page, in any check of this file, requested anything from another host', () => {
      const local = new URL(site!.url).host;
      const elsewhere = requests
        .filter(({ url }) => {
          const { protocol, host } = new URL(url);
          return !['data:', 'about:'].includes(protocol) && host !== local;
        })
        .map(({ url, from }) => `${url} (from ${from})`);
      expect(requests.length).toBeGreaterThan(pages.length);
      expect(report('requests to other hosts', [...new Set(elsewhere)])).toBe('');
    });
  });
});
