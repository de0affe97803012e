/**
 * What a visitor reads when a translation follows an older French text: one real build of a copy
 * of the project in which the French purpose of one cookie and a paragraph of the French page
 * changed after every translation was marked done, and Dutch was then marked done for the page
 * (not for the cookie), while the German condition of the same cookie was deleted (never written,
 * as French first allows). The build publishes, with warnings; each stale page and row says so in
 * its language, dated by the version of that French change (the German row says too that part of
 * it is shown in French, and marks that part French); the version's summary, written in
 * French only, is shown in French, said to be; the notices pass axe, fit 320 px and print.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, type Locale } from '../../../src/config/locales.ts';
import { findChromium, launchChromium } from '../../../src/lib/chromium.ts';
import { markDone } from '../../../scripts/translations/mark.ts';
import { recordVersion } from '../../../scripts/versions/record.ts';
import { translatedLocales } from '../../../src/translations/status.ts';
import { buildSite, type BuildResult } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';
import { endHistoryOn } from '../../support/history.ts';
import { present } from '../../support/present.ts';
import { serveStatic } from '../../support/static-server.ts';
import { elements, hasClass, parseHtml, textOf } from '../../../src/lib/html.ts';

const COOKIES = 'content/cookies.yaml';
const FRENCH_PAGE = `content/policy/${defaultLocale}/index.mdx`;
/** A past date (a version dated in the future is refused); the copy's history ends the day before. */
const VERSION_DATE = '2026-12-03';
/** The editor's summary of that version: French only, its translations still to write. */
const SUMMARY = 'Précision sur la reconnaissance des visiteurs.';
const sessionidFrenchPurpose = /(- name: sessionid\n[\s\S]*?\n  purpose:\n    fr: ).*\n/;

/** What each language's page says, visible text, links as their words. */
const NOTICES: Record<Locale, { page?: string; row?: string }> = {
  fr: {},
  en: {
    page: 'The French version of this page was updated on 3 December 2026. It is the reference text; this translation does not yet include the changes. Read the French version',
    row: 'The French description of this cookie was updated on 3 December 2026. It is the reference text; this translation does not yet include the changes. Read the French version',
  },
  // Dutch was marked done for the page, not for the cookie.
  nl: {
    row: 'De Franse beschrijving van deze cookie is bijgewerkt op 3 december 2026. Die beschrijving is de referentietekst; deze vertaling bevat de wijzigingen nog niet. Lees de Franse versie',
  },
  de: {
    page: 'Die französische Fassung dieser Seite wurde am 3. Dezember 2026 aktualisiert. Sie ist maßgeblich; diese Übersetzung enthält die Änderungen noch nicht. Zur französischen Fassung',
    // A text missing beside one behind: the notice says both.
    row: 'Ein Teil der Beschreibung dieses Cookies ist noch nicht übersetzt und wird in der maßgeblichen französischen Fassung angezeigt; der Rest enthält die französischen Änderungen vom 3. Dezember 2026 noch nicht. Zur französischen Fassung',
  },
};

let project: ReturnType<typeof copyProject>;
let outDir: string;
let build: BuildResult;

beforeAll(async () => {
  project = copyProject();
  endHistoryOn(project.dir, '2026-12-02');
  const path = (file: string) => join(project.dir, file);
  const edit = (file: string, from: RegExp, to: string) => {
    const text = readFileSync(path(file), 'utf8');
    if (!from.test(text)) throw new Error(`${file} has no ${String(from)}`);
    writeFileSync(path(file), text.replace(from, to));
  };
  for (const locale of translatedLocales()) markDone(project.dir, locale);
  edit(COOKIES, sessionidFrenchPurpose, '$1Vous reconnaître sur chaque page du portail.\n');
  edit(COOKIES, /(- name: sessionid\n[\s\S]*?\n {2}condition:\n(?: {4}.*\n)*?) {4}de: .*\n/, '$1');
  edit(FRENCH_PAGE, /^(## .+\n\n)(\S+)/m, '$1Vraiment, $2');
  // The Dutch translator follows the change (mark refuses a text unchanged since the French did).
  edit('content/policy/nl/index.mdx', /^(## .+\n\n)(\S+)/m, '$1Echt, $2');
  const marked = markDone(project.dir, 'nl', 'content/policy/nl/index.mdx');
  if (marked.marked.length === 0) throw new Error(`Dutch not marked: ${JSON.stringify(marked)}`);
  // The French change is published as a version, as an editor must: its date is the notices'.
  const recorded = recordVersion(project.dir, { today: VERSION_DATE, summary: SUMMARY });
  if (recorded.kind !== 'recorded')
    throw new Error(`No version recorded: ${JSON.stringify(recorded)}`);
  outDir = mkdtempSync(join(tmpdir(), 'odwb-stale-translations-'));
  build = await buildSite({ root: project.dir, outDir, env: { POLICY_PDF: 'off' } });
}, 300_000);

afterAll(() => {
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const page = (locale: Locale) => readFileSync(join(outDir, locale, 'index.html'), 'utf8');

describe('a build with translations behind the French', () => {
  it('publishes, listing the stale translations as warnings', () => {
    expect(build.code, build.output).toBe(0);
    // Two texts in English and German, one in Dutch, the summary in all three, and the German
    // condition not written.
    expect(build.output).toContain('Translations behind the French reference: 9 warnings.');
    expect(build.output).toContain(
      `  - ${COOKIES}: cookie "sessionid": condition has no German text yet. Translate it, then run \`npm run translations -- mark de ${COOKIES}\`.`,
    );
    expect(build.output).toContain('  - content/policy/de/index.mdx: the German text of section');
  });

  it('shows each stale page and cookie row a notice in its own language, and the French none', () => {
    expect(Object.keys(NOTICES).sort()).toEqual([...localeCodes].sort());
    for (const locale of localeCodes) {
      const document = parseHtml(page(locale));
      const pageNotices = elements(document, 'p', { class: hasClass('translation-notice') });
      expect(
        pageNotices.map((notice) => textOf(notice)),
        locale,
      ).toEqual(NOTICES[locale].page ? [NOTICES[locale].page] : []);
      if (NOTICES[locale].page)
        expect(
          elements(present(pageNotices[0], `a page notice in ${locale}`), 'a', {
            href: `/${defaultLocale}/`,
            hreflang: 'fr',
          }),
        ).toHaveLength(1);
      // Only the edited cookie's row, in the cell with its purpose.
      const rowNotices = elements(document, 'tr', { id: (id) => id.startsWith('cookie-') }).flatMap(
        (row) =>
          elements(row, 'span', { class: hasClass('translation-note') }).map((note) => ({
            row,
            note,
          })),
      );
      expect(
        rowNotices.map(({ row, note }) => [row.attribs.id, textOf(note)]),
        locale,
      ).toEqual(NOTICES[locale].row ? [['cookie-sessionid', NOTICES[locale].row]] : []);
      if (NOTICES[locale].row)
        expect(
          elements(present(rowNotices[0], `a row notice in ${locale}`).note, 'a', {
            href: `/${defaultLocale}/#cookie-sessionid`,
            hreflang: 'fr',
          }),
        ).toHaveLength(1);
      expect(elements(document, 'script')).toEqual([]);
    }
  });

  it('marks the German row’s missing condition as French, and nothing else of the row', () => {
    const [row] = elements(parseHtml(page('de')), 'tr', { id: 'cookie-sessionid' });
    expect(
      elements(present(row, 'the German sessionid row'), '*', { lang: 'fr-BE' }).map(textOf),
    ).toEqual(['uniquement après votre connexion à votre compte.']);
  });

  it('shows the French summary where its translation is still to write, said to be French', () => {
    const untranslated: Record<Locale, string | undefined> = {
      fr: undefined,
      en: 'This summary has not been translated yet. In French:',
      nl: 'Deze samenvatting is nog niet vertaald. In het Frans:',
      de: 'Diese Zusammenfassung ist noch nicht übersetzt. Auf Französisch:',
    };
    for (const locale of localeCodes) {
      const notes = elements(parseHtml(page(locale)), 'p', {
        class: hasClass('history-untranslated'),
      });
      expect(
        notes.map((note) => textOf(note)),
        locale,
      ).toEqual(untranslated[locale] ? [`${untranslated[locale]} ${SUMMARY}`] : []);
      // The French words are marked as French, for screen readers and hyphenation.
      const quoted = notes.flatMap((note) => elements(note, 'q', { lang: 'fr' }));
      expect(quoted.map((quote) => textOf(quote))).toEqual(untranslated[locale] ? [SUMMARY] : []);
    }
    const french = elements(parseHtml(page('fr')), 'p').map((paragraph) => textOf(paragraph));
    expect(french).toContain(SUMMARY);
  });
});

// As for the other browser checks: no browser is a failure (launchChromium says how to get one),
// unless SKIP_BROWSER_TESTS=1 on a developer's machine, where it counts as skipped.
const skipBrowser =
  !findChromium() &&
  process.env.SKIP_BROWSER_TESTS === '1' &&
  !['true', '1'].includes((process.env.CI ?? '').toLowerCase());
describe.skipIf(skipBrowser)('the notices in Chromium', () => {
  it('pass axe in light and dark at 320 and 1280 px, fit 320 px, and print', async () => {
    const site = await serveStatic(outDir);
    const session = await launchChromium({ viewport: { width: 1280, height: 800 } });
    try {
      const tab = session.context.pages()[0] ?? (await session.context.newPage());
      const problems: string[] = [];
      for (const width of [320, 1280])
        for (const colorScheme of ['light', 'dark'] as const) {
          await tab.setViewportSize({ width, height: 800 });
          await tab.emulateMedia({ colorScheme, media: 'screen' });
          await tab.goto(new URL('en/#cookie-sessionid', site.url).href);
          const axe = await new AxeBuilder({ page: tab })
            .include('.translation-notice')
            .include('.translation-note')
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          for (const violation of axe.violations)
            problems.push(`${width} px ${colorScheme}: ${violation.id} (${violation.help})`);
          const overflow = await tab.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          if (overflow > 0)
            problems.push(`${width} px: the page scrolls sideways by ${overflow} px`);
        }
      await tab.emulateMedia({ media: 'print', colorScheme: 'light' });
      for (const selector of ['.translation-notice', '.translation-note'])
        if (!(await tab.locator(selector).isVisible()))
          problems.push(`print: ${selector} is hidden`);
      expect(problems).toEqual([]);
    } finally {
      await Promise.allSettled([session.close(), site.close()]);
    }
    // Four axe runs in a fresh browser: on a machine busy with the other test files they can
    // take a minute or more, as the other browser checks allow.
  }, 240_000);
});
