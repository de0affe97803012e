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
import { FOCUS_VIEWS, focusNotObscuredProblems } from './checks/focus-not-obscured.ts';
import { FORCED_COLOURS_VIEWS, forcedColoursProblems } from './checks/forced-colours.ts';
import { REFLOW_VIEWS, reflowProblems } from './checks/reflow.ts';
import { TARGET_VIEWS, targetSizeProblems } from './checks/target-size.ts';
import { TEXT_SPACING_VIEWS, textSpacingProblems } from './checks/text-spacing.ts';
import {
  EvidenceRun,
  installedVersion,
  reportFolder,
  staleEvidence,
  staleMessage,
  writePart,
} from '../../../support/accessibility-evidence.ts';
import {
  cookieRowId,
  expectedCookies,
  listPages,
  longestKnownCookieName,
  policyLocale,
  report,
  SCHEMES,
  screenshotDir,
  WIDTHS,
} from './support/site.ts';

/**
 * A check's time includes waiting for a free tab behind the other checks of its group: generous,
 * so a machine busy with the other test files does not fail a check that is merely queued.
 */
const QUEUED = { timeout: 180_000 };

const AXE_VIEWS = SCHEMES.flatMap((scheme) => WIDTHS.map((width) => `${scheme}, ${width}px`));
const KEYBOARD_VIEWS = SCHEMES.map((scheme) => `${scheme}, 1280px`);

/** Faults planted in the shipped /fr/ page, each of which one check beyond axe must catch. */
const PLANTED = {
  /** A footer line of fixed height, as a designer might set it: taller lines spill out. */
  textSpacing:
    '.site-footer p:first-child { height: 1.25rem; line-height: 1.25rem; overflow: hidden; }',
  /** A table that keeps its desktop width on a phone. */
  reflow: '.cookie-table table { min-width: 600px; }',
  /** A sticky banner over the top of the window. */
  obscured:
    'body::after { content: ""; position: fixed; inset: 0 0 auto 0; height: 100vh; background: #fff; z-index: 50; }',
  /** Language links shrunk to small squares side by side. */
  targets:
    '.language-switcher a { display: inline-block; width: 12px; height: 12px; padding: 0; overflow: hidden; } .language-switcher ul, .language-switcher li { gap: 2px; margin: 0; padding: 0; }',
  /** A focus ring drawn with a box shadow only, which forced colours remove. */
  forcedColours:
    ':focus-visible, :focus { outline: none !important; box-shadow: 0 0 0 3px #1d4ed8 !important; }',
};

describeWithBrowser('in Chromium', () => {
  const distDir = inject('distDir');
  const pages = listPages(distDir);
  const policyPages = pages.filter((path) => policyLocale(path));
  const cookies = expectedCookies();
  const session = new BrowserSession();
  const longestName = longestKnownCookieName();
  /** What this file's accessibility checks found: the statement's evidence (tests/README.md). */
  const evidence = new EvidenceRun(
    [
      'axe',
      'keyboard',
      'reflow',
      'text-spacing',
      'focus-not-obscured',
      'target-size',
      'forced-colours',
    ],
    { 'axe-core': installedVersion('axe-core') },
  );

  beforeAll(async () => {
    // Only this run's pictures: a page that no longer exists leaves no stale screenshot.
    rmSync(screenshotDir, { recursive: true, force: true });
    mkdirSync(screenshotDir, { recursive: true });
    await session.start(distDir);
    const agent = await session.withTab((page) => page.evaluate(() => navigator.userAgent));
    evidence.part.machineTools.Chromium = /Chrome\/([\d.]+)/.exec(agent)?.[1] ?? agent;
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
        evidence.record(path, 'axe', AXE_VIEWS, problems);
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
        evidence.record(path, 'keyboard', KEYBOARD_VIEWS, problems);
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

  describe('WCAG 2.1 AA beyond axe', () => {
    it.concurrent.for(pages)(
      'text spacing (1.4.12): %s loses no content with the criterion’s spacing, at 320 and 1280 px',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) => textSpacingProblems(session, page, path));
        evidence.record(path, 'text-spacing', TEXT_SPACING_VIEWS, problems);
        expect(report('text spacing problems', problems)).toBe('');
      },
    );

    it.concurrent.for(pages)(
      'reflow (1.4.4, 1.4.10): %s zoomed to 200 percent, and at 320 px with 300 cookies and the longest name',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) =>
          reflowProblems(session, page, path, longestName),
        );
        evidence.record(path, 'reflow', REFLOW_VIEWS, problems);
        expect(report('reflow problems', problems)).toBe('');
      },
    );

    it.concurrent.for(pages)(
      'focus not obscured (2.4.11): on %s every focused element is in view, at 320 and 1280 px',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) =>
          focusNotObscuredProblems(session, page, path),
        );
        evidence.record(path, 'focus-not-obscured', FOCUS_VIEWS, problems);
        expect(report('focus problems', problems)).toBe('');
      },
    );

    it.concurrent.for(pages)(
      'target size (2.5.8): on %s every target is 24×24 px, in a sentence or spaced',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) => targetSizeProblems(session, page, path));
        evidence.record(path, 'target-size', TARGET_VIEWS, problems);
        expect(report('target size problems', problems)).toBe('');
      },
    );

    it.concurrent.for(pages)(
      'forced colours: %s keeps every text readable and every focus outlined',
      QUEUED,
      async (path, { expect }) => {
        const problems = await session.withTab((page) =>
          forcedColoursProblems(session, page, path),
        );
        evidence.record(path, 'forced-colours', FORCED_COLOURS_VIEWS, problems);
        expect(report('forced colours problems', problems)).toBe('');
      },
    );
  });

  describe('the checks beyond axe catch a planted fault on /fr/', () => {
    const path = '/fr/';

    it('text spacing: a footer line of fixed height', async () => {
      const problems = await session.withTab((page) =>
        textSpacingProblems(session, page, path, PLANTED.textSpacing),
      );
      // The footer's first line, at both widths: its text is taller than the 20 px it was given.
      expect(problems).toEqual(
        [320, 1280].map((width) =>
          expect.stringMatching(
            new RegExp(
              `^<p> "Politique en matière de cookies du porta" cuts off its text \\(\\d+px of text in 20px\\) \\(/fr/, ${width}px, text spacing \\(WCAG 1\\.4\\.12\\)\\)$`,
            ),
          ),
        ),
      );
    });

    it('reflow: a table that scrolls at 320 px', async () => {
      const problems = await session.withTab((page) =>
        reflowProblems(session, page, path, longestName, PLANTED.reflow),
      );
      expect(problems).toContainEqual(
        expect.stringMatching(
          /^the page scrolls sideways: \d+px wide in a 320px window: <td> "[^"]+" ends at \d+px \(\/fr\/, 320px, WCAG 1\.4\.10\)$/,
        ),
      );
    });

    it('focus not obscured: a banner over the page', async () => {
      const problems = await session.withTab((page) =>
        focusNotObscuredProblems(session, page, path, PLANTED.obscured),
      );
      expect(problems).toContain(
        'the focused <a> "ODWB – Open Data Wallonie-Bruxelles" is hidden behind something (/fr/, 1280px, WCAG 2.4.11)',
      );
    });

    it('target size: language links shrunk to 12 px squares', async () => {
      const problems = await session.withTab((page) =>
        targetSizeProblems(session, page, path, PLANTED.targets),
      );
      expect(problems).toContain(
        '<a> "Nederlands" is 12×12px, under 24×24, and too close to another target (/fr/, 1280px, WCAG 2.5.8)',
      );
    });

    it('forced colours: a focus ring drawn with a box shadow only', async () => {
      const problems = await session.withTab((page) =>
        forcedColoursProblems(session, page, path, PLANTED.forcedColours),
      );
      expect(problems).toContain(
        'no focus outline on <a> "ODWB – Open Data Wallonie-Bruxelles" (/fr/, 1280px, forced colours, WCAG 2.4.7)',
      );
    });
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

  describe('the accessibility statement’s evidence', () => {
    it('content/accessibility/evidence.json says what this run’s checks found on every page', () => {
      const folder = reportFolder();
      if (folder) {
        writePart('browser', evidence, folder);
        expect(evidence.part.results.length).toBeGreaterThan(0);
      } else expect(staleMessage(staleEvidence(evidence))).toBe('');
    });
  });
});
