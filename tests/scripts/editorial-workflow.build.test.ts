/**
 * The three people of content/README.md on one copy of the project, with the commands they run
 * (as package.json names them), in the order they work:
 *   1. the French editor changes a sentence and publishes it with a French summary only; on the
 *      same day adds a cookie written in four languages, then changes another sentence and gives
 *      the summary when the command asks for it in a terminal: one version for the day;
 *   2. two days later (the version's date is moved back, as if published then), the Dutch
 *      translator brings the Dutch text and summary up to date and marks it done: no new version;
 *   3. a visitor reads every language, in the built pages and in the PDFs: the dates, the notices
 *      and the history each say what happened, and the new cookie carries no notice anywhere.
 * Steps run in order, each on what the one before left.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatDate } from '../../src/i18n/dates.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import {
  parseVersions,
  translationDate,
  type PolicyVersion,
} from '../../src/versions/versions-file.ts';
import { buildSite, type BuildResult } from '../support/build-site.ts';
import { copyProject } from '../support/copy-project.ts';
import { describeWithBrowser } from '../support/describe-with-browser.ts';
import { edit } from '../support/edit-file.ts';
import { scriptFile } from '../support/npm-script.ts';
import { present } from '../support/present.ts';
import { elements, hasClass, parseHtml, textOf, type HtmlNode } from '../../src/lib/html.ts';
import { endHistoryOn, publishLastVersion, shiftDate } from '../support/history.ts';

const FRENCH_PAGE = 'content/policy/fr/index.mdx';
const DUTCH_PAGE = 'content/policy/nl/index.mdx';
const VERSIONS = 'content/versions.yaml';
const TODAY = todayInBrussels();
/** Two days before today: the day the editor's version is taken to have been published. */
const PUBLISHED = shiftDate(TODAY, -2);
const FIRST_SUMMARY = 'La première section commence par une précision.';
const SECOND_SUMMARY = 'La deuxième section aussi.';
const DUTCH_SUMMARY = 'De eerste en de tweede sectie beginnen met een verduidelijking.';
const COOKIE = 'odwb_banner_seen';
const NEW_COOKIE = `
- name: ${COOKIE}
  provider: opendatasoft
  category: necessary
  party: first
  storage: http-cookie
  lifetime: P1D
  service:
    fr: Bandeau d’information du portail
    en: The portal’s information banner
    nl: Informatiebanner van het portaal
    de: Informationsbanner des Portals
  purpose:
    fr: Ne plus afficher le bandeau d’information une fois que vous l’avez fermé.
    en: Stops showing the information banner once you have closed it.
    nl: Toont de informatiebanner niet meer zodra u die hebt gesloten.
    de: Zeigt das Informationsbanner nicht mehr an, sobald Sie es geschlossen haben.
  source:
    - url: https://www.odwb.be/
      note: A cookie made up for this test, on a copy of the project.
`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let project: ReturnType<typeof copyProject>;
let before: PolicyVersion[];
let outDir: string;
let build: BuildResult | undefined;

beforeAll(() => {
  project = copyProject();
  // The copy's history ends the day before the editor's version, whatever the real content's date.
  endHistoryOn(project.dir, shiftDate(PUBLISHED, -1));
  // ... and was published that day: what the editor records next is compared with it.
  publishLastVersion(project.dir, shiftDate(PUBLISHED, -1));
  before = versions();
});
afterAll(() => {
  project?.remove();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const read = (file: string) => readFileSync(join(project.dir, file), 'utf8');
const versions = () => parseVersions(read(VERSIONS)).versions;

/** `npm run <script> -- <args>` in the copy, as an editor runs it, outside a terminal. */
function run(script: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [scriptFile(script), ...args],
      { cwd: project.dir, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** `npm run <script>` in a terminal (util-linux `script` gives it one), typing `input`. */
function runInTerminal(script: string, input: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      'script',
      ['-qec', `${process.execPath} ${scriptFile(script)}`, '/dev/null'],
      { cwd: project.dir, env: { ...process.env, NO_COLOR: '1' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(`${input}\n`);
  });
}

/** Puts `words` at the start of the first paragraph under the page's nth "## " heading. */
const prefixSection = (text: string, nth: number, words: string) => {
  let seen = 0;
  return text.replace(/^(## .+\n\n)(\S)/gm, (match, heading: string, first: string) =>
    ++seen === nth ? `${heading}${words} ${first}` : match,
  );
};

describe('the French editor', () => {
  it('changes a sentence and publishes it with a French summary only', async () => {
    edit(project.dir, FRENCH_PAGE, (text) => prefixSection(text, 1, 'Précision\u00a0:'));
    const refused = await run('check');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /content\/policy\/fr\/index\.mdx: line \d+: section ".+": changed since the last recorded version/,
    );

    const recorded = await run('policy:version', '--summary', FIRST_SUMMARY);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(`Recorded the version of ${TODAY} in ${VERSIONS}.\n`);
    expect(versions().at(-1)?.summary).toEqual({ fr: FIRST_SUMMARY });

    // The build publishes: the other languages' summaries are translation work, not problems.
    const check = await run('check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).toContain(
      `  - ${VERSIONS}: summary of the version of ${TODAY} has no German text yet. Translate it, then run \`npm run translations -- mark de ${VERSIONS}\`.\n`,
    );
  });

  it('adds a cookie in four languages the same day: the day’s version takes it in', async () => {
    edit(project.dir, 'content/cookies.yaml', (text) => `${text.trimEnd()}\n${NEW_COOKIE}`);
    const recorded = await run('policy:version');
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(
      `Added the changes to the version of ${TODAY} in ${VERSIONS} (one version per day).\n`,
    );
  });

  it('changes another sentence and types the summary when the command asks for it', async () => {
    edit(project.dir, FRENCH_PAGE, (text) => prefixSection(text, 2, 'Précision\u00a0:'));
    const recorded = await runInTerminal('policy:version', SECOND_SUMMARY);
    expect(recorded.code, recorded.stdout).toBe(0);
    expect(recorded.stdout).toContain(
      'In a sentence, in French, what changed (visitors read it in the history)?',
    );
    expect(recorded.stdout).toContain(`Added the changes to the version of ${TODAY}`);

    // Three recordings, one day: one version, its summary the day's two sentences.
    const now = versions();
    expect(now.map(({ date }) => date)).toEqual([...before.map(({ date }) => date), TODAY]);
    const day = present(now.at(-1), 'the day’s version');
    expect(day.summary).toEqual({ fr: `${FIRST_SUMMARY} ${SECOND_SUMMARY}` });
    expect(day.cookies.map(({ name }) => name)).toContain(COOKIE);
  });

  it('finds the new cookie up to date in every language, the changed sections not', async () => {
    const { stdout } = await run('translations', '--json');
    const report = JSON.parse(stdout) as {
      locales: { locale: Locale; files: { texts: { id: string; status: string }[] }[] }[];
    };
    for (const { locale, files } of report.locales) {
      const texts = files.flatMap(({ texts }) => texts);
      const behind = texts.filter(({ status }) => status !== 'up-to-date').map(({ id }) => id);
      expect(behind, locale).not.toContain(expect.stringContaining(COOKIE));
      expect(texts.filter(({ id }) => id.startsWith(`cookies/${COOKIE}/`))).toHaveLength(2);
      expect(behind, locale).toContain(`versions/${TODAY}/summary`);
      expect(
        behind.filter((id) => id.startsWith('policy/')),
        locale,
      ).toHaveLength(2);
    }
  });
});

describe('the Dutch translator, two days later', () => {
  beforeAll(() => {
    // The version was published on the day it was recorded; the translator comes later.
    edit(project.dir, VERSIONS, (text) => text.replace(`- date: ${TODAY}`, `- date: ${PUBLISHED}`));
    publishLastVersion(project.dir, PUBLISHED);
  });

  it('brings the Dutch text and summary up to date and marks it done, with no new version', async () => {
    edit(project.dir, DUTCH_PAGE, (text) =>
      prefixSection(prefixSection(text, 1, 'Verduidelijking:'), 2, 'Verduidelijking:'),
    );
    edit(project.dir, VERSIONS, (text) =>
      text.replace(
        `    fr: ${FIRST_SUMMARY} ${SECOND_SUMMARY}\n`,
        `    fr: ${FIRST_SUMMARY} ${SECOND_SUMMARY}\n    nl: ${DUTCH_SUMMARY}\n`,
      ),
    );
    const marked = await run('translations', 'mark', 'nl');
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toContain(
      "Dutch (nl) now follows the French in full: its pages say so with today's date, and the history notes it under the current version. No new version of the policy is needed.\n",
    );
    const now = versions();
    expect(now.map(({ date }) => date)).toEqual([...before.map(({ date }) => date), PUBLISHED]);
    expect(now.at(-1)?.translated).toEqual({ nl: TODAY });

    const check = await run('check');
    expect(check.code, check.stderr).toBe(0);
    expect(check.stderr).not.toContain('Dutch');
    expect(await run('policy:version')).toMatchObject({
      code: 0,
      stdout: `Nothing changed since the version of ${PUBLISHED}: no new version recorded (${VERSIONS}).\n`,
    });
  });
});

/** What a visitor reads in each language, as sentences with their dates written out. */
function expectedReading(locale: Locale) {
  const date = (day: string) => formatDate(day, locale);
  const englishSince = translationDate(before, 'en');
  const germanSince = translationDate(before, 'de');
  return {
    fr: {
      lastUpdated: `Dernière mise à jour : ${date(PUBLISHED)}`,
      translationUpdated: undefined,
      pageNotice: undefined,
      summary: `${FIRST_SUMMARY} ${SECOND_SUMMARY}`,
      caughtUp: `Traduction en néerlandais mise à jour le ${date(TODAY)}, sans modification de la politique elle-même.`,
    },
    en: {
      lastUpdated: `Last updated: ${date(PUBLISHED)}`,
      translationUpdated: `English translation last brought up to date on ${date(present(englishSince, 'the day English last caught up'))}`,
      pageNotice: `The French version of this page was updated on ${date(PUBLISHED)}. It is the reference text; this translation does not yet include the changes. Read the French version`,
      summary: `This summary has not been translated yet. In French: ${FIRST_SUMMARY} ${SECOND_SUMMARY}`,
      caughtUp: `Dutch translation brought up to date on ${date(TODAY)}; the policy itself did not change.`,
    },
    nl: {
      lastUpdated: `Laatst bijgewerkt op ${date(PUBLISHED)}`,
      translationUpdated: `Nederlandse vertaling laatst bijgewerkt op ${date(TODAY)}`,
      pageNotice: undefined,
      summary: DUTCH_SUMMARY,
      caughtUp: `Vertaling in het Nederlands bijgewerkt op ${date(TODAY)}; het beleid zelf is niet gewijzigd.`,
    },
    de: {
      lastUpdated: `Zuletzt aktualisiert am ${date(PUBLISHED)}`,
      translationUpdated: `Deutsche Übersetzung zuletzt am ${date(present(germanSince, 'the day German last caught up'))} aktualisiert`,
      pageNotice: `Die französische Fassung dieser Seite wurde am ${date(PUBLISHED)} aktualisiert. Sie ist maßgeblich; diese Übersetzung enthält die Änderungen noch nicht. Zur französischen Fassung`,
      summary: `Diese Zusammenfassung ist noch nicht übersetzt. Auf Französisch: ${FIRST_SUMMARY} ${SECOND_SUMMARY}`,
      caughtUp: `Übersetzung auf Niederländisch am ${date(TODAY)} aktualisiert; die Cookie-Richtlinie selbst blieb unverändert.`,
    },
  }[locale];
}

/** The text of the page's first paragraph of class `name`, as a reader sees it; undefined if none. */
const paragraph = (document: HtmlNode, name: string) => {
  const [found] = elements(document, 'p', { class: hasClass(name) });
  return found && textOf(found);
};

describeWithBrowser(
  'what visitors read',
  () => {
    beforeAll(async () => {
      outDir = mkdtempSync(join(tmpdir(), 'odwb-workflow-'));
      build = await buildSite({ root: project.dir, outDir, env: { POLICY_PDF: 'on' } });
    }, 300_000);

    it('builds', () => {
      expect(build?.code, build?.output).toBe(0);
    });

    it.each(localeCodes)('in the %s page: the dates, the notices and the history', (locale) => {
      const expected = expectedReading(locale);
      const document = parseHtml(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      // Whitespace (no-break spaces included) as single spaces, as the expectations are written.
      const plain = (text: string | undefined) => text?.replace(/\s+/g, ' ');
      expect(plain(paragraph(document, 'last-updated'))).toBe(expected.lastUpdated);
      expect(plain(paragraph(document, 'translation-updated'))).toBe(expected.translationUpdated);
      expect(plain(paragraph(document, 'translation-notice'))).toBe(expected.pageNotice);
      // The new cookie's row, written in four languages, carries no notice.
      const [row] = elements(document, 'tr', { id: `cookie-${COOKIE}` });
      expect(
        elements(present(row, `the row of ${COOKIE}`), '*', {
          class: hasClass('translation-note'),
        }),
      ).toEqual([]);
      // The day's version, published two days ago, newest first: its summary, the new cookie
      // (compared with the publication before it), the Dutch catching up.
      const [history] = elements(document, 'section', { class: hasClass('policy-history') });
      const [latest] = elements(present(history, 'the history'), 'li').filter(
        (item) => elements(item, 'h3').length > 0,
      );
      const latestText = plain(textOf(present(latest, 'its newest entry')));
      expect(latestText).toContain(expected.summary);
      expect(latestText).toContain(COOKIE);
      expect(latestText).toContain(expected.caughtUp);
      expect(elements(history!, 'time', { datetime: PUBLISHED })).toHaveLength(1);
    });

    it.each(localeCodes)('in the %s PDF: the same dates, notices and history', async (locale) => {
      const expected = expectedReading(locale);
      const file = join(outDir, locale, `cookie-policy-${locale}.pdf`);
      const loading = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
      const document = await loading.promise;
      let text = '';
      for (let number = 1; number <= document.numPages; number++) {
        const content = await (await document.getPage(number)).getTextContent();
        text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      }
      await loading.destroy();
      // Lines break anywhere on paper, and <q> prints its language's quotation marks: compare
      // without spaces or quotation marks.
      const squeeze = (value: string) => value.replace(/[\s“”„«»]+/g, '');
      for (const sentence of [
        expected.lastUpdated,
        expected.translationUpdated,
        expected.pageNotice?.replace(/ (Read the French version|Zur französischen Fassung)$/, ''),
        expected.summary,
        expected.caughtUp,
      ])
        if (sentence) expect(squeeze(text), sentence).toContain(squeeze(sentence));
    });
  },
  { timeout: 300_000 },
);
