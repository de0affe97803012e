/**
 * Translations that keep step with the French reference, on temporary copies of the project with
 * the real commands a translator runs: `npm run translations` (report, --json, --report, --strict,
 * mark) and `npm run check`. Each copy starts with every translation marked done, then changes
 * the French the way an editor would.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultLocale, localeCodes, locales } from '../../src/config/locales.ts';
import { markDone } from '../../scripts/translations/mark.ts';
import { translatedLocales } from '../../src/translations/status.ts';
import { copyProject } from '../support/copy-project.ts';
import { recordVersion } from '../../scripts/versions/record.ts';
import { present } from '../support/present.ts';
import { endHistoryOn, shiftDate } from '../support/history.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import { scriptFile } from '../support/npm-script.ts';
import { pageHeadings } from '../../src/data/page-sections.ts';

/** The id the built page gives a heading: the anchor a section's translation record is keyed by. */
const headingId = (heading: string) => present(pageHeadings(`## ${heading}`)[0], heading).slug;

const execFileAsync = promisify(execFile);
const translated = translatedLocales();
const COOKIES = 'content/cookies.yaml';
const FRENCH_PAGE = `content/policy/${defaultLocale}/index.mdx`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

let project: { dir: string; remove: () => void };
const read = (path: string) => readFileSync(join(project.dir, path), 'utf8');
const write = (path: string, text: string) => writeFileSync(join(project.dir, path), text);
const edit = (path: string, from: string | RegExp, to: string) => {
  const text = read(path);
  expect(text.match(from), `${path} contains ${String(from)}`).not.toBeNull();
  write(path, text.replace(from, to));
};

async function run(cli: 'translations' | 'check' | 'schemas', ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [scriptFile(cli), ...args], {
      cwd: project.dir,
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as Run;
    return { code, stdout, stderr };
  }
}

/** Per language, the ids that are not up to date, from `npm run translations -- --json`. */
async function notUpToDate(): Promise<Record<string, string[]>> {
  const { stdout } = await run('translations', '--json');
  const report = JSON.parse(stdout) as {
    locales: { locale: string; files: { texts: { id: string; status: string }[] }[] }[];
  };
  return Object.fromEntries(
    report.locales.map(({ locale, files }) => [
      locale,
      files.flatMap(({ texts }) =>
        texts
          .filter(({ status }) => status !== 'up-to-date')
          .map(({ id, status }) => `${id} ${status}`),
      ),
    ]),
  );
}

const everyLocale = (ids: string[]) => Object.fromEntries(translated.map((code) => [code, ids]));

/** The sessionid cookie's French purpose, set to a known text and marked done everywhere. */
const PURPOSE_BEFORE =
  'Vous reconnaître d’une page à l’autre après votre connexion à votre compte.';
const PURPOSE_AFTER = 'Vous reconnaître sur chaque page après votre connexion à votre compte.';
const sessionidFrenchPurpose = /(- name: sessionid\n[\s\S]*?\n  purpose:\n    fr: ).*\n/;

beforeEach(() => {
  project = copyProject();
  edit(COOKIES, sessionidFrenchPurpose, `$1${PURPOSE_BEFORE}\n`);
  for (const locale of translated) expect(markDone(project.dir, locale).refused).toEqual([]);
});
afterEach(() => project.remove());

describe('an edited French purpose', () => {
  beforeEach(() => edit(COOKIES, sessionidFrenchPurpose, `$1${PURPOSE_AFTER}\n`));

  it('makes exactly that field stale in every other language, with the French change shown', async () => {
    expect(await notUpToDate()).toEqual(everyLocale(['cookies/sessionid/purpose stale']));
    const { code, stdout } = await run('translations');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    for (const locale of translated) {
      const name = `${locales[locale].englishName} (${locale})`;
      const at = lines.findIndex((line) => line.startsWith(`${name}: `));
      expect(lines[at]).toMatch(
        new RegExp(`^${name.replace(/[()]/g, '\\$&')}: 1 stale, 0 missing, \\d+ up to date$`),
      );
      expect(lines.slice(at + 1, at + 4)).toEqual([
        expect.stringMatching(/^ {2}content\/cookies\.yaml: 1 stale, 0 missing, \d+ up to date$/),
        '    stale cookies/sessionid/purpose (cookie "sessionid": purpose)',
        "      French since: Vous reconnaître [-d'une-]{+sur chaque+} page [-à l'autre -]après votre connexion à votre compte.",
      ]);
    }
    expect(stdout).toContain(
      'After updating a translation, record it: npm run translations -- mark <locale> [file or text id]',
    );
  });

  it('writes a Markdown report with the change, and fails with --strict', async () => {
    const { code, stderr } = await run('translations', '--strict', '--report', 'report.md');
    expect(code).toBe(1);
    expect(stderr).toBe(
      'Translations are not up to date with the French reference (--strict). Translate the texts listed above, then mark them done.\n',
    );
    const report = read('report.md');
    expect(report).toContain('| Language | Up to date | Stale | Missing |');
    for (const locale of translated) {
      expect(report).toMatch(
        new RegExp(`\\| ${locales[locale].englishName} \\(${locale}\\) \\| \\d+ \\| 1 \\| 0 \\|`),
      );
    }
    expect(report.split('\n')).toContain(
      '| `cookies/sessionid/purpose` (cookie "sessionid": purpose) | stale | Vous reconnaître <del>d\'une</del><ins>sur chaque</ins> page <del>à l\'autre </del>après votre connexion à votre compte. |',
    );
  });

  it('is a warning for npm run check, and a failure with --strict', async () => {
    // An inventory change is published as a version; its translations may still lag behind.
    expect(recordVersion(project.dir).kind).toBe('recorded');
    const warning = (locale: (typeof translated)[number]) =>
      `  - content/cookies.yaml: the ${locales[locale].englishName} text of cookie "sessionid": purpose follows an older French text. Update it (\`npm run translations\` shows what changed), then run \`npm run translations -- mark ${locale} content/cookies.yaml\`.`;
    const expected = [
      `Translations behind the French reference: ${translated.length} warnings.`,
      ...translated.map(warning),
    ];
    const check = await run('check');
    expect(check.code).toBe(0);
    expect(check.stderr.trimEnd().split('\n')).toEqual(expected);
    // Complete, not said to be translated in every language: the text behind in each is named.
    expect(check.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^Cookie policy content is complete: \\d+ cookies from 1 provider, every text in French; translation work left \\(the warnings above\\): ${translated.map((locale) => `${locales[locale].englishName} 1 text behind the French`).join('; ')}\\.$`,
      ),
    );

    const strict = await run('check', '--strict');
    expect(strict.code).toBe(1);
    expect(strict.stderr.trimEnd().split('\n')).toEqual([
      ...expected,
      'The check fails with --strict: bring these translations up to date with the French first.',
    ]);
  });

  /** The sessionid cookie's purpose in `locale`, rewritten by its translator. */
  const translate = (locale: string, text: string) =>
    edit(
      COOKIES,
      new RegExp(
        `(- name: sessionid\\n[\\s\\S]*?\\n  purpose:\\n(?: {4}\\w\\w: .*\\n)*? {4}${locale}: ).*\\n`,
      ),
      `$1${text}\n`,
    );

  it('once Dutch is brought up to date and marked, leaves Dutch clean and the others stale', async () => {
    translate('nl', 'Herkent u op elke pagina zodra u bent aangemeld.');
    const mark = await run('translations', 'mark', 'nl');
    expect(mark).toEqual({
      code: 0,
      stdout:
        'Dutch (nl): marked 1 text as translated from the current French, in content/translations/nl.json.\n',
      stderr: '',
    });
    const expected = everyLocale(['cookies/sessionid/purpose stale']);
    expected.nl = [];
    expect(await notUpToDate()).toEqual(expected);
    // Marking again changes nothing: the command is safe to repeat.
    const record = read('content/translations/nl.json');
    expect((await run('translations', 'mark', 'nl')).stdout).toBe(
      'Dutch (nl): nothing new to mark.\n',
    );
    expect(read('content/translations/nl.json')).toBe(record);
  });

  it('can be marked done for one cookie field only', async () => {
    translate('de', 'Erkennt Sie auf jeder Seite, sobald Sie angemeldet sind.');
    expect((await run('translations', 'mark', 'de', 'cookies/sessionid/purpose')).code).toBe(0);
    expect((await notUpToDate()).de).toEqual([]);
  });

  it('refuses to mark a text that did not change since the French did, and writes nothing', async () => {
    const before = ['nl', 'de'].map((locale) => read(`content/translations/${locale}.json`));
    const versions = read('content/versions.yaml');
    translate('de', 'Erkennt Sie auf jeder Seite, sobald Sie angemeldet sind.');
    // German is done, Dutch is not: all or nothing, so neither is marked.
    const result = await run('translations', 'mark', 'all');
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr: [
        ...translated
          .filter((locale) => locale !== 'de')
          .map(
            (locale) =>
              `  - content/cookies.yaml: cookie "sessionid": purpose has not changed since the French did (\`npm run translations -- ${locale}\` shows the French change). Bring the ${locales[locale].englishName} text up to date; if it is right as it is, mark it with --as-is.`,
          ),
        'Nothing was marked, and no file changed. Fix what is listed above, or mark the other texts by naming them.',
        '',
      ].join('\n'),
    });
    expect(['nl', 'de'].map((locale) => read(`content/translations/${locale}.json`))).toEqual(
      before,
    );
    expect(read('content/versions.yaml')).toBe(versions);
    expect(await notUpToDate()).toEqual(everyLocale(['cookies/sessionid/purpose stale']));
  });

  it('marks a text unchanged since the French did when the translator says it is right as it is', async () => {
    expect(await run('translations', 'mark', 'nl', '--as-is')).toMatchObject({
      code: 0,
      stdout:
        'Dutch (nl): marked 1 text as translated from the current French, in content/translations/nl.json.\n',
    });
    expect((await notUpToDate()).nl).toEqual([]);
  });
});

describe('an edited French paragraph', () => {
  it('makes the section that holds it stale in every other language', async () => {
    const heading = present(
      /^## (.+)$/m.exec(read(FRENCH_PAGE))?.[1],
      `a ## heading in ${FRENCH_PAGE}`,
    );
    edit(FRENCH_PAGE, /^## .+\n\n(\S+)/m, `## ${heading}\n\nVraiment, $1`);
    // The section's id is the anchor of its heading on the built page.
    expect(await notUpToDate()).toEqual(
      everyLocale(['policy/index.mdx#quest-ce-quun-cookie stale']),
    );
  });

  it('that is only re-wrapped, re-spaced or re-quoted changes nothing', async () => {
    const text = read(FRENCH_PAGE);
    const paragraph = present(
      text
        .split('\n')
        .filter((line) => /^[A-Z]/.test(line))
        .sort((a, b) => b.length - a.length)[0],
      `a paragraph in ${FRENCH_PAGE}`,
    );
    // Re-wrapped, no-break spaces made narrow, « » made “ ”: all still right French typography,
    // which the check holds the page to (an ordinary space before ":" or a straight ' is refused).
    const reformatted = paragraph
      .replace(/ /g, (_space, offset: number) => (offset % 7 === 0 ? '\n' : ' '))
      .replace(/«\s*/g, '“')
      .replace(/\s*»/g, '”')
      .replace(/\u00a0/g, '\u202F');
    write(FRENCH_PAGE, `${text.replace(paragraph, reformatted)}\n\n`);
    expect(read(FRENCH_PAGE)).not.toBe(text);
    expect(await notUpToDate()).toEqual(everyLocale([]));
    const check = await run('check', '--strict');
    expect(check).toMatchObject({ code: 0, stderr: '' });
  });
});

describe('marking done', () => {
  it('refuses a text that has no translation, naming the file, the text and the fix', async () => {
    edit(
      COOKIES,
      /(- name: sessionid\n[\s\S]*?\n  purpose:\n(?: {4}\w\w: .*\n)*? {4}nl: ).*\n/,
      "$1''\n",
    );
    const result = await run('translations', 'mark', 'nl', 'cookies/sessionid');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '  - content/cookies.yaml: cookie "sessionid": purpose has no Dutch text, so it cannot be marked as translated. Write the Dutch text first, then mark it again.\n' +
        'Nothing was marked, and no file changed. Fix what is listed above, or mark the other texts by naming them.\n',
    );
  });

  it('says what it accepts when the target names no text', async () => {
    const result = await run('translations', 'mark', 'de', 'cookies/nosuchcookie');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      '  - "cookies/nosuchcookie" names no French text. Give a file (content/cookies.yaml, content/policy/de/index.mdx, src/i18n/ui/de.json), a cookie (cookies/<name>), a cookie\'s field (cookies/<name>/purpose) or a text\'s id as `npm run translations` shows it.\n' +
        'Nothing was marked, and no file changed. Fix what is listed above, or mark the other texts by naming them.\n',
    );
  });

  it('refuses a copy of the French as a translation, unless marked as it is', async () => {
    edit(
      COOKIES,
      /(- name: sessionid\n[\s\S]*?\n  purpose:\n(?: {4}\w\w: .*\n)*? {4}en: ).*\n/,
      `$1${PURPOSE_BEFORE}\n`,
    );
    const copied = await run('translations', 'mark', 'en', 'cookies/sessionid');
    expect(copied.code).toBe(1);
    expect(copied.stderr).toContain(
      '  - content/cookies.yaml: cookie "sessionid": purpose is the French text itself, not an English translation. Translate it; if it is right as it is (a name, a code), mark it with --as-is.\n',
    );
    expect((await run('translations', 'mark', 'en', 'cookies/sessionid', '--as-is')).code).toBe(0);
  });
});

describe('the command line', () => {
  it('prints its usage for --help and exits 0, whatever else is given', async () => {
    for (const args of [['--help'], ['mark', '--help'], ['-h']]) {
      const result = await run('translations', ...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: npm run translations \[-- <locale>\]/);
      expect(result.stderr).toBe('');
    }
  });

  it('shows one language with -- <locale>, and names what it accepts otherwise', async () => {
    const dutch = await run('translations', 'nl');
    expect(dutch.code).toBe(0);
    expect(dutch.stdout).toContain('Dutch (nl): ');
    expect(dutch.stdout).not.toContain('German (de): ');
    const wrong = await run('translations', 'xx');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.split('\n')[0]).toBe(
      `"xx" is neither a command (mark) nor a translated language of the site (${translated.join(', ')}).`,
    );
  });

  it('refuses a --date that is not a day of the calendar', async () => {
    const result = await run('translations', '--date', '2026-02-30');
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(
      'POLICY_TODAY (or --date) "2026-02-30" is not a date: write the day to act as of as YYYY-MM-DD, from 2000-01-01, e.g. 2026-12-08.',
    );
  });
});

describe('a new language', () => {
  it('starts with every text missing, and the report shows the work left', async () => {
    // A language beyond the project's four: into the table of languages, then the site's list.
    edit(
      'src/config/locales.ts',
      "  de: { label: 'Deutsch', englishName: 'German', bcp47: 'de-BE' },\n",
      "  de: { label: 'Deutsch', englishName: 'German', bcp47: 'de-BE' },\n  it: { label: 'Italiano', englishName: 'Italian', bcp47: 'it-IT' },\n",
    );
    edit('content/site.yaml', /^languages: \[(.*)\]$/m, 'languages: [$1, it]');
    expect((await run('schemas')).stdout).toContain('Wrote src/config/site.json\n');
    const { stdout } = await run('translations');
    const total = /^English \(en\): up to date \((\d+) texts\)$/m.exec(stdout)![1];
    expect(stdout).toContain(`\nItalian (it): 0 stale, ${total} missing, 0 up to date\n`);
    expect(stdout).toMatch(
      /^ {2}content\/policy\/it\/index\.mdx: 0 stale, \d+ missing, 0 up to date$/m,
    );
    expect(localeCodes).not.toContain('it');
  });
});

describe('texts written together with their French', () => {
  const DUTCH_PAGE = 'content/policy/nl/index.mdx';
  const record = () => recordVersion(project.dir, { summary: 'Nouvelle section.' }).kind;
  // Today's recording is a version of its own, whatever the real content's last date.
  beforeEach(() => {
    endHistoryOn(project.dir, shiftDate(todayInBrussels(), -1));
  });

  it('are up to date once recorded: a new section in French and Dutch, missing elsewhere', async () => {
    const append = (path: string, section: string) => write(path, `${read(path)}\n${section}\n`);
    append(FRENCH_PAGE, '## Nouvelle section\n\nUn texte nouveau.');
    append(DUTCH_PAGE, '## Nieuwe sectie\n\nEen nieuwe tekst.');
    expect(record()).toBe('recorded');
    const id = `policy/index.mdx#${headingId('Nouvelle section')}`;
    const behind = await notUpToDate();
    expect(behind.nl).not.toContain(`${id} stale`);
    expect(behind.en).toContain(`${id} missing`);
    expect(behind.de).toContain(`${id} missing`);
  });

  it('do not include a renamed French heading whose translated section stayed as it was', async () => {
    const heading = present(/^## (.+)$/m.exec(read(FRENCH_PAGE))?.[1], 'a French heading');
    edit(FRENCH_PAGE, /^## (.+)$/m, '## $1 et plus');
    expect(record()).toBe('recorded');
    const renamed = `policy/index.mdx#${headingId(`${heading} et plus`)}`;
    // Stale in every language, like the new version's summary, still to translate.
    expect(await notUpToDate()).toEqual(
      everyLocale([`${renamed} stale`, `versions/${todayInBrussels()}/summary missing`]),
    );
  });
});
