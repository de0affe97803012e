/**
 * Versions of the policy, as an editor meets them: `npm run check` refuses a change to the
 * inventory, the operator facts or the French text until `npm run policy:version` records it,
 * with a French summary when a page's text changed; a whitespace-only edit needs nothing; the
 * history describes inventory changes by itself in every language, and a version whose inventory
 * changed names the audit it followed. Each case works in a temporary copy of the
 * `versions` fixture site (no build), whose translations were never marked done.
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { checkVersions } from '../../src/content-check/versions.ts';
import { readContentFiles } from '../../src/data/content-files.ts';
import { textSources } from '../../src/translations/texts.ts';
import { checkInventory } from '../../src/content-check/data.ts';
import { checkOperatorFile } from '../../src/content-check/operator-facts.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { describeChange, providerNames } from '../../src/versions/describe.ts';
import { inventoryChanges, operatorChanges } from '../../src/versions/diff.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import { parseVersions } from '../../src/versions/versions-file.ts';
import { present } from '../support/present.ts';
import { edit } from '../support/edit-file.ts';
import { scriptFile } from '../support/npm-script.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { recordVersion } from '../../scripts/versions/record.ts';
import { markDone } from '../../scripts/translations/mark.ts';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fixture = fileURLToPath(new URL('../fixtures/sites/versions/', import.meta.url));
/** The line of a copy's file that the check names a change on: the first one `pattern` matches. */
function lineIn(dir: string, file: string, pattern: RegExp): number {
  const index = readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((line) => pattern.test(line));
  if (index < 0) throw new Error(`${file} has no line matching ${String(pattern)}`);
  return index + 1;
}

const SINCE =
  'since the last recorded version (2026-11-29, content/versions.yaml). Record a new version with `npm run policy:version`.';

/**
 * What it says of the translations left: the fixture's were never marked, so its summary is shown
 * in French and its other texts, written, with the notice that the French was updated.
 */
const TRANSLATION_WORK =
  'Translation work left in English, Dutch, German: `npm run translations` lists it.\n';
const IN_FRENCH =
  'Visitors reading English, Dutch, German see in French, said to be French, each text not translated yet (a summary until its translation is marked).\n';
const BEHIND =
  'Visitors reading English, Dutch, German see the translation as it is, with a notice that the French version was updated, where the French changed since it was translated.\n';

/** What the command prints when it records today's version of a change with no text to summarise. */
const RECORDED_TODAY =
  `Recorded the version of ${todayInBrussels()} in content/versions.yaml.\n` +
  'The history describes the changes to the inventory and the operator facts in every language by itself.\n' +
  TRANSLATION_WORK +
  IN_FRENCH +
  BEHIND;

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** The `versions` fixture site (tests/fixtures/sites/versions/ over sites/complete), in a temporary folder. */
function copyFixture(): string {
  const site = fixtureSite('versions');
  copies.push(site.root);
  return site.root;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** One of the project's commands, as `npm run <name>` runs it, on the copy. */
function run(script: 'check' | 'policy:version', dir: string, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [scriptFile(script), ...args, dir],
      { cwd: projectRoot },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const versionsOf = (dir: string) =>
  parseVersions(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).versions;

describe('a change to the inventory', () => {
  it('is refused by npm run check until a version records it, then passes', async () => {
    const dir = copyFixture();
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));

    const refused = await run('check', dir);
    expect(refused.code).toBe(1);
    // The report starts with the problems; facts the operator has not published follow it.
    const expected =
      'The cookie policy cannot be published: 1 problem found.\n' +
      `  - content/cookies.yaml: line ${lineIn(dir, 'content/cookies.yaml', /lifetime: P1M/)}: cookie "sessionid": lifetime changed from P2W to P1M ${SINCE}\n`;
    expect(refused.stderr.slice(0, expected.length)).toBe(expected);

    const recorded = await run('policy:version', dir);
    expect(recorded).toEqual({
      code: 0,
      stdout: RECORDED_TODAY.replace(
        'by itself.\n',
        'by itself.\nThe history says the description of the cookies was corrected, the portal itself unchanged (--portal-change says otherwise).\n',
      ),
      stderr: '',
    });
    const versions = versionsOf(dir);
    expect(versions.map((version) => version.date)).toEqual(['2026-11-29', todayInBrussels()]);
    const latest = present(versions[1], 'the version just recorded');
    expect(latest.summary).toBeUndefined();
    // No audit recorded in content/observations.yaml: the version names none.
    expect(latest.audit).toBeUndefined();
    expect(latest.cookies.find((cookie) => cookie.name === 'sessionid')?.lifetime).toBe('P1M');

    const accepted = await run('check', dir);
    expect(accepted.code).toBe(0);
    expect(await run('policy:version', dir)).toMatchObject({
      code: 0,
      stdout: `Nothing changed since the version of ${todayInBrussels()}: no new version recorded (content/versions.yaml).\n`,
    });
  });

  it('names every change at once, in the file an editor changed', () => {
    const dir = copyFixture();
    edit(dir, 'content/cookies.yaml', (text) =>
      text
        .replace(
          /(name: sessionid\n  provider: opendatasoft\n  category: )necessary/,
          '$1statistics',
        )
        .replace(
          /(name: django_language\n  provider: opendatasoft\n  category: necessary\n  party: )first/,
          '$1third',
        )
        .replace('fr: Vous reconnaître.', 'fr: Vous reconnaître après la connexion.'),
    );
    // Each on the line of the field that changed; a changed text on its cookie's first line.
    const line = (pattern: RegExp) => lineIn(dir, 'content/cookies.yaml', pattern);
    expect(
      checkVersions(textSources(readContentFiles(dir)), validInventory(dir)).unrecorded,
    ).toEqual([
      `content/cookies.yaml: line ${line(/party: third/)}: cookie "django_language": party changed from first to third ${SINCE}`,
      `content/cookies.yaml: line ${line(/category: statistics/)}: cookie "sessionid": category changed from necessary to statistics ${SINCE}`,
      `content/cookies.yaml: line ${line(/- name: sessionid/)}: cookie "sessionid": French service, purpose, condition or contents, or wildcard, changed ${SINCE}`,
    ]);
  });
});

/** The DPO's contact, found on a public page and written with its source. */
const findDpo = (dir: string) =>
  edit(dir, 'content/operator.yaml', (text) =>
    text.replace(
      /( {2}dpoContact:\n) {4}missing: .*\n/,
      '$1    value: mailto:dpo@adn.be\n    source:\n      url: https://www.adn.be/mentions-legales/\n      note: The legal notice names the data protection officer and this address.\n',
    ),
  );

describe('a change to the operator facts', () => {
  it('is refused by npm run check until a version records it, then passes', async () => {
    const dir = copyFixture();
    findDpo(dir);

    const refused = await run('check', dir);
    expect(refused.code).toBe(1);
    const expected =
      'The cookie policy cannot be published: 1 problem found.\n' +
      `  - content/operator.yaml: line ${lineIn(dir, 'content/operator.yaml', /^ {2}dpoContact:/)}: controller.dpoContact: changed ${SINCE}\n`;
    expect(refused.stderr.slice(0, expected.length)).toBe(expected);

    const recorded = await run('policy:version', dir);
    expect(recorded).toEqual({ code: 0, stdout: RECORDED_TODAY, stderr: '' });
    const [previous, latest] = versionsOf(dir);
    expect(latest?.summary).toBeUndefined();
    expect(latest?.audit).toBeUndefined();
    expect(latest?.operator?.facts['controller.dpoContact']).toMatch(/^[0-9a-f]{16}$/);
    expect(operatorChanges(previous?.operator, latest?.operator)).toEqual([
      { kind: 'fact', fact: 'controller.dpoContact', change: 'added' },
    ]);

    expect((await run('check', dir)).code).toBe(0);
    expect((await run('policy:version', dir)).stdout).toBe(
      `Nothing changed since the version of ${todayInBrussels()}: no new version recorded (content/versions.yaml).\n`,
    );
  });

  it('names a changed portal name with both names; a new search note is no change', () => {
    const dir = copyFixture();
    edit(dir, 'content/operator.yaml', (text) =>
      text
        .replace('name: ODWB – Open Data Wallonie-Bruxelles', 'name: ODWB')
        .replace(
          /(privacyStatement:\n {4}missing: .*)Searched 2026-12-03\./,
          '$1Searched 2026-12-05.',
        ),
    );
    expect(
      checkVersions(
        textSources(readContentFiles(dir)),
        validInventory(dir),
        undefined,
        validOperator(dir),
      ).unrecorded,
    ).toEqual([
      `content/operator.yaml: line ${lineIn(dir, 'content/operator.yaml', /^ {2}name: ODWB$/)}: portal.name: changed from "ODWB – Open Data Wallonie-Bruxelles" to "ODWB" ${SINCE}`,
    ]);
  });

  it('is not compared with a version recorded before operator facts were versioned', async () => {
    const dir = copyFixture();
    edit(dir, 'content/versions.yaml', (text) => text.replace(/ {2}operator:\n(?: {4}.*\n)+/, ''));
    expect(versionsOf(dir)[0]?.operator).toBeUndefined();
    findDpo(dir);
    // Nothing was recorded then to compare with: neither refused nor recorded as a version alone.
    expect((await run('check', dir)).code).toBe(0);
    expect((await run('policy:version', dir)).stdout).toBe(
      'Nothing changed since the version of 2026-11-29: no new version recorded (content/versions.yaml).\n',
    );
    // The next version takes the snapshot, and describes no operator change.
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    expect((await run('policy:version', dir)).code).toBe(0);
    const [previous, latest] = versionsOf(dir);
    expect(latest?.operator?.facts['controller.dpoContact']).toMatch(/^[0-9a-f]{16}$/);
    expect(operatorChanges(previous?.operator, latest?.operator)).toEqual([]);
  });
});

describe('the translation work a recording leaves', () => {
  /** The fixture with every translation marked as following the French. */
  function translatedFixture(): string {
    const dir = copyFixture();
    for (const locale of ['en', 'nl', 'de'] as const)
      expect(markDone(dir, locale).refused).toEqual([]);
    return dir;
  }

  /** The lines before the translations' of a recorded correction of the cookies' description. */
  const CORRECTED =
    `Recorded the version of ${todayInBrussels()} in content/versions.yaml.\n` +
    'The history describes the changes to the inventory and the operator facts in every language by itself.\n' +
    'The history says the description of the cookies was corrected, the portal itself unchanged (--portal-change says otherwise).\n';

  it('says texts whose French changed keep their translation, with the notice', async () => {
    const dir = translatedFixture();
    edit(dir, 'content/cookies.yaml', (text) =>
      text.replace('fr: Vous reconnaître.', 'fr: Vous reconnaître une fois connecté.'),
    );
    const recorded = await run('policy:version', dir);
    expect(recorded).toEqual({
      code: 0,
      stdout: CORRECTED + TRANSLATION_WORK + BEHIND,
      stderr: '',
    });
  });

  it('says texts not translated yet are shown in French', async () => {
    const dir = translatedFixture();
    edit(
      dir,
      'content/cookies.yaml',
      (text) => `${text.trimEnd()}
- name: matomo_test
  provider: opendatasoft
  category: necessary
  party: first
  storage: http-cookie
  lifetime: P12M
  service:
    fr: Mesure d’audience
  purpose:
    fr: Compter les visites.
  source:
    - url: https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-age
      note: Django's default is two weeks.
`,
    );
    const recorded = await run('policy:version', dir);
    expect(recorded).toEqual({
      code: 0,
      stdout: CORRECTED + TRANSLATION_WORK + IN_FRENCH,
      stderr: '',
    });
  });

  it('says nothing is left when every language follows the French', async () => {
    const dir = translatedFixture();
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    const recorded = await run('policy:version', dir);
    expect(recorded.stdout).not.toContain('Visitors reading');
    expect(recorded.stdout).toContain(
      'Translations that follow it in full: English, Dutch, German.\n',
    );
  });
});

describe('a day’s version recorded before operator facts were versioned', () => {
  it('takes their snapshot when recorded again on its day, with no other change', () => {
    const dir = copyFixture();
    edit(dir, 'content/versions.yaml', (text) => text.replace(/ {2}operator:\n(?: {4}.*\n)+/, ''));
    const before = versionsOf(dir)[0];
    const result = recordVersion(dir, { today: '2026-11-29' });
    expect(result).toMatchObject({ kind: 'recorded', merged: true });
    const [again, ...none] = versionsOf(dir);
    expect(none).toEqual([]);
    expect(again).toEqual({ ...before, operator: expect.any(Object) });
    expect(again?.operator?.facts['controller.dpoContact']).toBe('missing');
    expect(recordVersion(dir, { today: '2026-11-29' })).toEqual({
      kind: 'unchanged',
      since: '2026-11-29',
    });
  });
});

/** What `npm run audit -- <portal> --record` writes, for an audit of `date`. */
const recordAudit = (dir: string, date: string) =>
  writeFileSync(
    join(dir, 'content/observations.yaml'),
    `audit:
  portal: https://www.odwb.be/
  observedOn: ${date}
  consentInterface: none
  consentManager: null
  tool: odwb-cookie-policy audit 1.0.0
cookies:
  - name: sessionid
    observedOn: ${date}
    lifetimeSeconds: 2592000
    setBy: header
    states: [no-answer, refuse-all, accept-all]
    pages: [https://www.odwb.be/]
`,
  );

describe('a change of the portal', () => {
  it('is recorded only after an audit that saw it; otherwise nothing is recorded', async () => {
    const dir = copyFixture();
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    const before = readFileSync(join(dir, 'content/versions.yaml'), 'utf8');
    expect(await run('policy:version', dir, '--portal-change')).toEqual({
      code: 1,
      stdout: '',
      stderr:
        '--portal-change says the portal itself changed, but no audit recorded since the version of 2026-11-29 observed it. Record one first (`npm run audit -- <portal URL> --record`), or leave --portal-change out if the description was corrected. Nothing was recorded.\n',
    });
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).toBe(before);
    recordAudit(dir, '2026-12-02');
    expect(await run('policy:version', dir, '--portal-change')).toMatchObject({ code: 0 });
    expect(versionsOf(dir).at(-1)?.inventoryChange).toBe('portal');
  });
});

describe('the audit an inventory change followed', () => {
  it('is named by the version when content/observations.yaml records one', async () => {
    const dir = copyFixture();
    recordAudit(dir, '2026-12-02');
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    const recorded = await run('policy:version', dir);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(
      'It says they followed the audit of the portal of 2026-12-02 (content/observations.yaml).\n',
    );
    expect(versionsOf(dir)[1]?.audit).toEqual({
      date: '2026-12-02',
      portal: 'https://www.odwb.be/',
    });
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).toContain(
      `- date: ${todayInBrussels()}\n  audit:\n    date: 2026-12-02\n    portal: https://www.odwb.be/\n  inventoryChange: correction\n  cookies:\n`,
    );
    expect((await run('check', dir)).code).toBe(0);
  });

  it('is not named when the inventory did not change, or the audit is older than the version before', async () => {
    const dir = copyFixture();
    recordAudit(dir, '2026-12-02');
    findDpo(dir);
    expect((await run('policy:version', dir)).code).toBe(0);
    expect(versionsOf(dir)[1]?.audit).toBeUndefined();

    const older = copyFixture();
    recordAudit(older, '2026-11-20');
    edit(older, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    expect((await run('policy:version', older)).code).toBe(0);
    const [, latest] = versionsOf(older);
    expect(latest?.cookies.find((cookie) => cookie.name === 'sessionid')?.lifetime).toBe('P1M');
    expect(latest?.audit).toBeUndefined();
  });
});

describe('a change to a page', () => {
  it('needs no version when only whitespace, no-break spaces or quote style changed', async () => {
    const dir = copyFixture();
    // Each change keeps French typography right: the typography check refuses straight quotes
    // and an ordinary space before ":" on their own (tests/fixtures/typography/).
    edit(dir, 'content/policy/fr/index.mdx', (text) =>
      text
        .replace('«\u00a0strictement nécessaires\u00a0»', '“strictement nécessaires”')
        .replaceAll('\u00a0', '\u202f')
        .replace(': ils ne demandent', ':\nils ne demandent'),
    );
    expect(await run('check', dir)).toMatchObject({
      code: 0,
      stderr: expect.not.stringContaining('cannot be published'),
    });
    expect((await run('policy:version', dir)).stdout).toBe(
      'Nothing changed since the version of 2026-11-29: no new version recorded (content/versions.yaml).\n',
    );
  });

  it('needs a version with a French summary when the words changed, the other languages later', async () => {
    const dir = copyFixture();
    edit(dir, 'content/policy/fr/index.mdx', (text) =>
      text.replace('ne demandent pas', 'ne nécessitent pas'),
    );
    const expected =
      'The cookie policy cannot be published: 1 problem found.\n' +
      `  - content/policy/fr/index.mdx: line ${lineIn(dir, 'content/policy/fr/index.mdx', /ne nécessitent pas/)}: the text before the first heading: changed ${SINCE}\n`;
    expect((await run('check', dir)).stderr.slice(0, expected.length)).toBe(expected);

    // Outside a terminal, the French summary is an option: without it nothing is recorded.
    expect(await run('policy:version', dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'The French text of a page changed since the version of 2026-11-29: say in French, in a sentence, what changed (visitors read it in the history): `npm run policy:version -- --summary "…"`. In a terminal, the command asks for it. Nothing was recorded.\n',
    });
    expect(versionsOf(dir)).toHaveLength(1);

    const recorded = await run(
      'policy:version',
      dir,
      '--summary',
      'Précision sur le consentement.',
    );
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).toContain(
      `Recorded the version of ${todayInBrussels()} in content/versions.yaml.\n`,
    );
    expect(present(versionsOf(dir)[1], 'the version just recorded').summary).toEqual({
      fr: 'Précision sur le consentement.',
    });
    // The other languages' summaries are translation work: listed, never a reason to refuse.
    const check = await run('check', dir);
    expect(check.code, check.stderr).toBe(0);
    for (const [code, language] of [
      ['en', 'English'],
      ['nl', 'Dutch'],
      ['de', 'German'],
    ])
      expect(check.stderr).toContain(
        `  - content/versions.yaml: summary of the version of ${todayInBrussels()} has no ${language} text yet. Translate it, then run \`npm run translations -- mark ${code} content/versions.yaml\`.\n`,
      );
  });

  it('writes the summary with French typography, and says so', async () => {
    const dir = copyFixture();
    edit(dir, 'content/policy/fr/index.mdx', (text) =>
      text.replace('ne demandent pas', 'ne nécessitent pas'),
    );
    const result = await run(
      'policy:version',
      dir,
      '--summary',
      "Ajout de la mesure d'audience ; précision.",
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      'The summary is written with French typography: Ajout de la mesure d’audience\u00a0; précision.',
    );
    expect(present(versionsOf(dir)[1], 'the version just recorded').summary).toEqual({
      fr: 'Ajout de la mesure d’audience\u00a0; précision.',
    });
    expect((await run('check', dir)).code).toBe(0);
  });

  it('records no summary the check would refuse, and writes nothing at all', async () => {
    const dir = copyFixture();
    edit(dir, 'content/policy/fr/index.mdx', (text) =>
      text.replace('ne demandent pas', 'ne nécessitent pas'),
    );
    const before = readFileSync(join(dir, 'content/versions.yaml'), 'utf8');
    // A lone quotation mark: where the other one goes is the editor's call.
    const result = await run('policy:version', dir, '--summary', 'Ajout du cookie "Matomo.');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('The cookie policy cannot be published: 1 problem found.');
    expect(lines[1]).toMatch(
      /^ {2}- content\/versions\.yaml: line \d+: version 2 \(\d{4}-\d\d-\d\d\): summary\.fr: the straight double quote \("\) in "cookie "Matomo\." has no partner/,
    );
    expect(lines.at(-1)).toBe(
      'Nothing was recorded: the version would not pass the check. Fix what is named above (a summary: run the command again with the corrected sentence).',
    );
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).toBe(before);
  });

  it('prints its usage for --help and exits 0, and acts as of the day --date gives', async () => {
    const help = await run('policy:version', copyFixture(), '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run policy:version \[-- --summary/);
    expect(help.stderr).toBe('');
    const dir = copyFixture();
    edit(dir, 'content/cookies.yaml', (text) => text.replace('lifetime: P2W', 'lifetime: P1M'));
    const dated = await run('policy:version', dir, '--date', '2026-12-01');
    expect(dated.code, dated.stderr).toBe(0);
    expect(dated.stdout).toContain('Recorded the version of 2026-12-01 in content/versions.yaml.');
    const wrong = await run('policy:version', dir, '--date', '2026-13-45');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr.split('\n')[0]).toBe(
      'POLICY_TODAY (or --date) "2026-13-45" is not a date: write the day to act as of as YYYY-MM-DD, from 2000-01-01, e.g. 2026-12-08.',
    );
  });

  it('refuses a version whose French text changed without a French summary', () => {
    const dir = copyFixture();
    edit(dir, 'content/policy/fr/index.mdx', (text) =>
      text.replace('ne demandent pas', 'ne nécessitent pas'),
    );
    const texts = `{ 'policy/index.mdx#intro': '0123456789abcdef' }`;
    edit(dir, 'content/versions.yaml', (text) =>
      text.replace(
        /\n*$/,
        `\n- date: 2026-11-30\n  summary: { en: Clarified. }\n  cookies: []\n  providers: []\n  texts: ${texts}\n`,
      ),
    );
    expect(
      checkVersions(textSources(readContentFiles(dir)), validInventory(dir), '2026-12-03').problems,
    ).toEqual([
      'content/versions.yaml: line 52: version 2 (2026-11-30): summary.fr is missing, and the French text of a page changed. Say in French, in a sentence, what changed in the text: `npm run policy:version -- --summary "…"` asks for it, or write it under summary.fr. The other languages are translators\' work, listed by `npm run translations`.',
    ]);
  });

  it('refuses a date typed into a page, which versions replaced', () => {
    const dir = copyFixture();
    edit(dir, 'content/policy/de/index.mdx', (text) =>
      text.replace('description: D\n', 'description: D\nlastUpdated: 2026-11-29\n'),
    );
    expect(checkVersions(textSources(readContentFiles(dir)), validInventory(dir)).problems).toEqual(
      [
        'content/policy/de/index.mdx: frontmatter lastUpdated is no longer read: every page shows the date of the last version in content/versions.yaml. Remove the line.',
      ],
    );
  });
});

describe('the versions file', () => {
  it('asks for a first version when there is none', () => {
    const dir = copyFixture();
    rmSync(join(dir, 'content/versions.yaml'));
    expect(checkVersions(textSources(readContentFiles(dir)), validInventory(dir))).toEqual({
      problems: [
        'content/versions.yaml: the file does not exist. Run `npm run policy:version` to record the policy as it is now (its first version).',
      ],
      unrecorded: [],
    });
  });

  it('records a first version with its summary, and asks for it without naming an earlier one', async () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'content/versions.yaml'), '[]\n');
    expect(await run('policy:version', dir)).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'This is the first version of the policy: say in French, in a sentence, what it is (for instance, that it replaces the policy published before) (visitors read it in the history): `npm run policy:version -- --summary "…"`. In a terminal, the command asks for it. Nothing was recorded.\n',
    });
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).toBe('[]\n');
    const recorded = await run(
      'policy:version',
      dir,
      '--summary',
      'Première version de la politique.',
    );
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(recorded.stdout).not.toContain('since the version of');
    expect(versionsOf(dir).map((version) => version.summary?.fr)).toEqual([
      'Première version de la politique.',
    ]);
  });

  it('refuses a date in the future, an unreadable date and a hand-edited snapshot', () => {
    const dir = copyFixture();
    edit(dir, 'content/versions.yaml', (text) =>
      text.replace('- date: 2026-11-29', '- date: 2999-01-01'),
    );
    expect(
      checkVersions(textSources(readContentFiles(dir)), validInventory(dir), '2026-11-30').problems,
    ).toEqual([
      "content/versions.yaml: line 3: version 1 (2999-01-01): date is in the future (today is 2026-11-30). Record a version on the day it is published: `npm run policy:version` writes today's date.",
    ]);
    edit(dir, 'content/versions.yaml', (text) =>
      text
        .replace('- date: 2999-01-01', '- date: 29/11/2026')
        .replace(/details: \w+/, 'details: x'),
    );
    expect(checkVersions(textSources(readContentFiles(dir)), validInventory(dir)).problems).toEqual(
      [
        'content/versions.yaml: line 3: version 1 (29/11/2026): date "29/11/2026" is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01, e.g. 2026-11-29.',
        'content/versions.yaml: line 16: version 1 (29/11/2026): cookies 1 details "x" is not valid. Versions are written by `npm run policy:version`: undo the hand edit, or remove the entry and record it again.',
      ],
    );
  });
});

describe('one version per day', () => {
  it('refuses two entries of the same day, and an entry in the format before French texts', () => {
    const dir = copyFixture();
    const file = join(dir, 'content/versions.yaml');
    const entry = readFileSync(file, 'utf8').slice(readFileSync(file, 'utf8').indexOf('- date:'));
    edit(dir, 'content/versions.yaml', (text) => `${text}\n${entry}`);
    edit(
      dir,
      'content/versions.yaml',
      (text) =>
        `${text}\n- date: 2026-11-30\n  cookies: []\n  providers: []\n  pages: { fr/index.mdx: 0123456789abcdef }\n`,
    );
    expect(
      checkVersions(textSources(readContentFiles(dir)), validInventory(dir), '2026-12-03').problems,
    ).toEqual([
      "content/versions.yaml: line 53: version 2 (2026-11-29): a version of 2026-11-29 comes just before it. One day, one version: remove this entry and run `npm run policy:version` again, which adds the changes to that day's version.",
      'content/versions.yaml: line 103: version 3 (2026-11-30): pages: this entry was recorded in an older format (a fingerprint per page of every language). Remove the entry and record it again with `npm run policy:version`.',
    ]);
  });
});

/**
 * How the history words a lifetime and a new cookie, per language: as a change of the portal
 * (recorded with --portal-change after an audit saw it), or as a correction of the description.
 */
const HISTORY: Record<
  Locale,
  { lifetime: string; added: string; lifetimeCorrected: string; addedCorrected: string }
> = {
  fr: {
    lifetime:
      'Cookie sessionid\u00a0: le portail le conserve désormais «\u00a01\u00a0mois\u00a0» au lieu de «\u00a02\u00a0semaines\u00a0».',
    added:
      'Le portail dépose un nouveau cookie, _pk_id.* (Matomo)\u00a0: catégorie «\u00a0Cookies de mesure d’audience\u00a0», durée de conservation «\u00a013\u00a0mois\u00a0».',
    lifetimeCorrected:
      'Cookie sessionid\u00a0: durée de conservation corrigée, de «\u00a02\u00a0semaines\u00a0» en «\u00a01\u00a0mois\u00a0».',
    addedCorrected:
      'Cookie _pk_id.* (Matomo) ajouté à l’inventaire, où il manquait\u00a0: catégorie «\u00a0Cookies de mesure d’audience\u00a0», durée de conservation «\u00a013\u00a0mois\u00a0».',
  },
  en: {
    lifetime: 'Cookie sessionid: the portal now keeps it ‘1 month’ instead of ‘2 weeks’.',
    added:
      'The portal sets a new cookie, _pk_id.* (Matomo): category ‘Statistics cookies’, storage duration ‘13 months’.',
    lifetimeCorrected: 'Cookie sessionid: storage duration corrected from ‘2 weeks’ to ‘1 month’.',
    addedCorrected:
      'Cookie _pk_id.* (Matomo) added to the inventory, which lacked it: category ‘Statistics cookies’, storage duration ‘13 months’.',
  },
  nl: {
    lifetime:
      'Cookie sessionid: het portaal bewaart hem voortaan ‘1 maand’ in plaats van ‘2 weken’.',
    added:
      'Het portaal plaatst een nieuwe cookie, _pk_id.* (Matomo): categorie ‘Statistische cookies’, bewaartermijn ‘13 maanden’.',
    lifetimeCorrected: 'Cookie sessionid: bewaartermijn gecorrigeerd van ‘2 weken’ naar ‘1 maand’.',
    addedCorrected:
      'Cookie _pk_id.* (Matomo) toegevoegd aan de inventaris, waarin hij ontbrak: categorie ‘Statistische cookies’, bewaartermijn ‘13 maanden’.',
  },
  de: {
    lifetime:
      'Cookie sessionid: Das Portal hat die Speicherdauer geändert, jetzt „1 Monat“ statt „2 Wochen“.',
    added:
      'Das Portal setzt ein neues Cookie, _pk_id.* (Matomo): Kategorie „Statistik-Cookies“, Speicherdauer „13 Monate“.',
    lifetimeCorrected:
      'Cookie sessionid: Speicherdauer berichtigt, jetzt „1 Monat“ statt „2 Wochen“.',
    addedCorrected:
      'Cookie _pk_id.* (Matomo) in das Verzeichnis aufgenommen, in dem es fehlte: Kategorie „Statistik-Cookies“, Speicherdauer „13 Monate“.',
  },
};

describe('the history of inventory changes', () => {
  it('has its expectations for every site language', () => {
    expect(Object.keys(HISTORY).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('describes a changed lifetime and a new cookie in %s', (locale) => {
    const previous = present(
      versionsOf(fixture)[0],
      `a version in the fixture's content/versions.yaml`,
    );
    const sessionid = previous.cookies.find((cookie) => cookie.name === 'sessionid')!;
    const current = {
      cookies: [
        ...previous.cookies.filter((cookie) => cookie !== sessionid),
        { ...sessionid, lifetime: 'P1M' },
        {
          name: '_pk_id.*',
          provider: 'matomo',
          category: 'statistics',
          party: 'first',
          storage: 'http-cookie',
          lifetime: 'P13M',
          details: '0123456789abcdef',
        },
      ],
      providers: [
        ...previous.providers,
        { id: 'matomo', name: 'Matomo', details: 'fedcba9876543210' },
      ],
    };
    const t = useTranslations(locale);
    const lines = (kind: 'portal' | 'correction') =>
      inventoryChanges(previous, current).flatMap((change) =>
        describeChange(change, locale, t, providerNames(current, previous), kind),
      );
    expect(lines('portal')).toEqual([
      HISTORY[locale].added,
      HISTORY[locale].lifetime,
      expect.stringContaining('Matomo'),
    ]);
    expect(lines('correction')).toEqual([
      HISTORY[locale].addedCorrected,
      HISTORY[locale].lifetimeCorrected,
      expect.stringContaining('Matomo'),
    ]);
  });
});

/** The copy's operator facts, which every case here keeps valid. */
function validOperator(dir: string) {
  const read = checkOperatorFile(readFileSync(join(dir, 'content/operator.yaml'), 'utf8'));
  if (!read.operator) throw new Error(read.problems.join('\n'));
  return read.operator;
}

/** The copy's inventory, which every case here keeps valid. */
function validInventory(dir: string) {
  const read = (path: string) => ({ path, text: readFileSync(join(dir, path), 'utf8') });
  const inventory = checkInventory(read('content/cookies.yaml'), read('content/providers.yaml'));
  if (inventory.problems.length > 0) throw new Error(inventory.problems.join('\n'));
  return inventory;
}
