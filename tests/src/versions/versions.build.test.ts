/**
 * A new version, as an editor makes one, after a published one: the build refuses a changed
 * lifetime until `npm run policy:version` records it; once recorded, every page shows the draft's
 * date and the history lists it as pending, described as a correction of the description in the
 * page's language; `npm run dev` only warns. Then an operator fact found (the DPO's contact) and
 * an inventory change the recorded audit saw, recorded with --portal-change: the history says
 * both, the lifetime as a change of the portal, and which audit it followed, in every language.
 * The same lifetime reads differently as a correction and as a change. One copy of the project each, one real build each (without PDFs: the PDF tests
 * read the main build).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import { formatDate } from '../../../src/i18n/dates.ts';
import { todayInBrussels } from '../../../src/versions/today.ts';
import { buildSite, projectRoot } from '../../support/build-site.ts';
import { endHistoryOn, publishLastVersion } from '../../support/history.ts';
import { copyProject } from '../../support/copy-project.ts';
import { edit } from '../../support/edit-file.ts';
import { attributes, elements, hasClass, parseHtml, textOf } from '../../../src/lib/html.ts';
import { parseVersions } from '../../../src/versions/versions-file.ts';
import { scriptFile } from '../../support/npm-script.ts';

/** The line of a copy's file the check names a change on: the first one `pattern` matches. */
const lineIn = (dir: string, file: string, pattern: RegExp) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .findIndex((line) => pattern.test(line)) + 1;

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()));

/** The history's sentence for sessionid's lifetime corrected from 2 weeks to 1 month. */
const LIFETIME_CORRECTION: Record<Locale, string> = {
  fr: 'Cookie sessionid\u00a0: durée de conservation corrigée, de «\u00a02\u00a0semaines\u00a0» en «\u00a01\u00a0mois\u00a0».',
  en: 'Cookie sessionid: storage duration corrected from ‘2 weeks’ to ‘1 month’.',
  nl: 'Cookie sessionid: bewaartermijn gecorrigeerd van ‘2 weken’ naar ‘1 maand’.',
  de: 'Cookie sessionid: Speicherdauer berichtigt, jetzt „1 Monat“ statt „2 Wochen“.',
};

/** The same lifetime, when the portal itself changed it (seen by an audit). */
const LIFETIME_CHANGE: Record<Locale, string> = {
  fr: 'Cookie sessionid\u00a0: le portail le conserve désormais «\u00a01\u00a0mois\u00a0» au lieu de «\u00a02\u00a0semaines\u00a0».',
  en: 'Cookie sessionid: the portal now keeps it ‘1 month’ instead of ‘2 weeks’.',
  nl: 'Cookie sessionid: het portaal bewaart hem voortaan ‘1 maand’ in plaats van ‘2 weken’.',
  de: 'Cookie sessionid: Das Portal hat die Speicherdauer geändert, jetzt „1 Monat“ statt „2 Wochen“.',
};

/** The headings the two kinds of lines stand under. */
const HEADINGS: Record<Locale, { correction: string; portal: string }> = {
  fr: {
    correction:
      'Corrections de la description des cookies, sans changement du portail lui-même\u00a0:',
    portal: 'Changements des cookies du portail\u00a0:',
  },
  en: {
    correction: 'Corrections to how the cookies are described; the portal itself did not change:',
    portal: 'Changes to the portal’s cookies:',
  },
  nl: {
    correction: 'Correcties in de beschrijving van de cookies; het portaal zelf is niet gewijzigd:',
    portal: 'Wijzigingen in de cookies van het portaal:',
  },
  de: {
    correction:
      'Korrekturen an der Beschreibung der Cookies; das Portal selbst wurde nicht geändert:',
    portal: 'Änderungen an den Cookies des Portals:',
  },
};

/** The pending version's lines, under the heading each stands under. */
function pendingLines(html: string) {
  const document = parseHtml(html);
  const [pending] = elements(document, '*', { class: hasClass('history-pending') });
  const group = (kind: string) =>
    elements(pending!, 'div', { class: hasClass(`history-${kind}`) }).map((div) => ({
      heading: textOf(elements(div, 'p')[0]!),
      items: elements(div, 'li').map((item) => textOf(item)),
    }));
  return { correction: group('correction'), portal: group('portal'), operator: group('operator') };
}

/** `npm run dev` in the copy until it has started, returning what it printed. */
function devServerOutput(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'],
      { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } },
    );
    let output = '';
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`npm run dev did not start within 60 s:\n${output}`));
    }, 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Astro prints its address banner only to a terminal; Vite's line means it is serving.
      if (/\[vite\] connected|Local\s+http/.test(output)) {
        clearTimeout(timer);
        child.kill();
        resolve(output);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(output);
    });
  });
}

describe('recording a version', () => {
  it('is required by the build, moves the date on every page and describes the change', async () => {
    expect(Object.keys(LIFETIME_CORRECTION).sort()).toEqual([...localeCodes].sort());
    const { dir, remove } = copyProject();
    copies.push(remove);
    // Older versions first, the last one published, so that recording a new one visibly moves
    // the date and its change is pending, compared with the published version.
    endHistoryOn(dir, '2026-01-15');
    publishLastVersion(dir, '2026-01-15');
    edit(dir, 'content/cookies.yaml', (text) =>
      text.replace(/(name: sessionid\n(?: .*\n)*? {2}lifetime: )P2W/, '$1P1M'),
    );
    const outDir = join(dir, 'dist');

    const refused = await buildSite({ root: dir, outDir });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'The cookie policy cannot be published: 1 problem found.\n' +
        `  - content/cookies.yaml: line ${lineIn(dir, 'content/cookies.yaml', /lifetime: P1M/)}: cookie "sessionid": lifetime changed from P2W to P1M since the last recorded version (2026-01-15, content/versions.yaml). Record a new version with \`npm run policy:version\`.\n`,
    );
    expect(refused.output).toContain(
      'Fix the files named above, then run `npm run check` to confirm.',
    );
    expect(existsSync(outDir)).toBe(false);

    const dev = await devServerOutput(dir);
    expect(dev).toContain(
      `Not yet recorded as a version:\n  - content/cookies.yaml: line ${lineIn(dir, 'content/cookies.yaml', /lifetime: P1M/)}: cookie "sessionid": lifetime changed from P2W to P1M`,
    );

    await promisify(execFile)(process.execPath, ['scripts/policy-version.ts', dir], {
      cwd: projectRoot,
    });
    const built = await buildSite({ root: dir, outDir, env: { POLICY_PDF: 'off' } });
    expect(built.code, built.output).toBe(0);

    const today = todayInBrussels();
    for (const locale of localeCodes) {
      const document = parseHtml(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      const [lastUpdated] = elements(document, 'p', { class: 'last-updated' });
      expect(
        elements(lastUpdated!, 'time', { datetime: today }).map((time) => textOf(time)),
      ).toEqual([formatDate(today, locale)]);
      const [history] = elements(document, 'section', { class: hasClass('policy-history') });
      // Recorded without --portal-change: a correction of the description, never a change.
      const lines = pendingLines(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      expect(lines.correction).toEqual([
        { heading: HEADINGS[locale].correction, items: [LIFETIME_CORRECTION[locale]] },
      ]);
      expect(lines.portal).toEqual([]);
      // Newest first: the new version, then the one it follows.
      const dates = attributes(elements(history!, 'time'), 'datetime');
      expect(dates.indexOf(today)).toBeLessThan(dates.indexOf('2026-01-15'));
      expect(dates.indexOf(today)).not.toBe(-1);
    }
    const json = JSON.parse(readFileSync(join(outDir, 'cookies.json'), 'utf8'));
    expect(json.updated).toBe(today);
  }, 240_000);
});

/** The history's sentences for the DPO's contact found, and for the audit a change followed. */
const OPERATOR_AND_AUDIT: Record<Locale, { dpo: string; audit: string }> = {
  fr: {
    dpo: 'Délégué à la protection des données\u00a0: coordonnées ajoutées.',
    audit: 'À la suite de l’audit du portail du 20 janvier 2026.',
  },
  en: {
    dpo: 'Data protection officer: contact details added.',
    audit: 'Following the portal audit of 20 January 2026.',
  },
  nl: {
    dpo: 'Functionaris voor gegevensbescherming: contactgegevens toegevoegd.',
    audit: 'Naar aanleiding van de audit van het portaal op 20 januari 2026.',
  },
  de: {
    dpo: 'Datenschutzbeauftragte(r): Kontaktdaten hinzugefügt.',
    audit: 'Im Anschluss an die Prüfung des Portals vom 20. Januar 2026.',
  },
};

/** What `npm run audit -- https://www.odwb.be/ --record` writes after an audit on 20 January. */
const OBSERVATIONS = `audit:
  portal: https://www.odwb.be/
  observedOn: 2026-01-20
  consentInterface: none
  consentManager: null
  tool: odwb-cookie-policy audit 1.0.0
  states: [no-answer]
cookies:
  - name: sessionid
    observedOn: 2026-01-20
    lifetimeSeconds: 2592000
    setBy: header
    states: [no-answer, refuse-all, accept-all]
    pages: [https://www.odwb.be/]
`;

describe('recording operator facts and the audit a change followed', () => {
  it('is required by the check, and the history says what changed and after which audit', async () => {
    expect(Object.keys(OPERATOR_AND_AUDIT).sort()).toEqual([...localeCodes].sort());
    const { dir, remove } = copyProject();
    copies.push(remove);
    endHistoryOn(dir, '2026-01-15');
    publishLastVersion(dir, '2026-01-15');
    writeFileSync(join(dir, 'content/observations.yaml'), OBSERVATIONS);
    edit(dir, 'content/cookies.yaml', (text) =>
      text.replace(/(name: sessionid\n(?: .*\n)*? {2}lifetime: )P2W/, '$1P1M'),
    );
    edit(dir, 'content/operator.yaml', (text) =>
      text.replace(
        /( {2}dpoContact:\n) {4}missing: .*\n/,
        '$1    value: mailto:dpo@adn.be\n    source:\n      url: https://www.adn.be/mentions-legales/\n      note: The legal notice names the data protection officer and this address.\n',
      ),
    );
    const run = (script: 'check' | 'policy:version', ...args: string[]) =>
      promisify(execFile)(process.execPath, [scriptFile(script), ...args, dir], {
        cwd: projectRoot,
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );

    const since =
      'since the last recorded version (2026-01-15, content/versions.yaml). Record a new version with `npm run policy:version`.';
    const refused = await run('check');
    expect(refused.code).toBe(1);
    const expected =
      'The cookie policy cannot be published: 2 problems found.\n' +
      `  - content/cookies.yaml: line ${lineIn(dir, 'content/cookies.yaml', /lifetime: P1M/)}: cookie "sessionid": lifetime changed from P2W to P1M ${since}\n` +
      `  - content/operator.yaml: line ${lineIn(dir, 'content/operator.yaml', /^ {2}dpoContact:/)}: controller.dpoContact: changed ${since}\n`;
    expect(refused.stderr.slice(0, expected.length)).toBe(expected);

    // The audit saw the new lifetime on the portal: a change of the portal, not a correction.
    expect(await run('policy:version', '--portal-change')).toMatchObject({ code: 0 });
    const today = todayInBrussels();
    const latest = parseVersions(
      readFileSync(join(dir, 'content/versions.yaml'), 'utf8'),
    ).versions.at(-1);
    expect(latest?.date).toBe(today);
    expect(latest?.audit).toEqual({ date: '2026-01-20', portal: 'https://www.odwb.be/' });
    expect(latest?.inventoryChange).toBe('portal');

    const outDir = join(dir, 'dist');
    const built = await buildSite({ root: dir, outDir, env: { POLICY_PDF: 'off' } });
    expect(built.code, built.output).toBe(0);
    for (const locale of localeCodes) {
      const document = parseHtml(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      const [history] = elements(document, 'section', { class: hasClass('policy-history') });
      const [current] = elements(history!, 'li');
      const lines = pendingLines(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      expect(lines.portal).toEqual([
        { heading: HEADINGS[locale].portal, items: [LIFETIME_CHANGE[locale]] },
      ]);
      expect(lines.correction).toEqual([]);
      expect(lines.operator.flatMap((group) => group.items)).toEqual([
        OPERATOR_AND_AUDIT[locale].dpo,
      ]);
      // The same lifetime, read as a change here and as a correction in the test above.
      expect(LIFETIME_CHANGE[locale]).not.toBe(LIFETIME_CORRECTION[locale]);
      expect(
        elements(current!, 'p', { class: hasClass('history-audit') }).map((paragraph) =>
          textOf(paragraph),
        ),
      ).toEqual([OPERATOR_AND_AUDIT[locale].audit]);
      // Only the version that followed the audit says so.
      expect(elements(history!, 'p', { class: hasClass('history-audit') })).toHaveLength(1);
    }
  }, 240_000);
});
