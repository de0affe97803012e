/**
 * A new version, as an editor makes one: the build refuses a changed lifetime until
 * `npm run policy:version` records it; once recorded, every page shows the new date and the
 * history describes the change in the page's language; `npm run dev` only warns. Then an operator
 * fact found (the DPO's contact) and an inventory change made after a recorded audit: refused by
 * `npm run check`, recorded, and the history says both, and which audit the change followed, in
 * every language. One copy of the project each, one real build each (without PDFs: the PDF tests
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
import { endHistoryOn } from '../../support/history.ts';
import { copyProject } from '../../support/copy-project.ts';
import { edit } from '../../support/edit-file.ts';
import { attributes, elements, hasClass, parseHtml, textOf } from '../../../src/lib/html.ts';
import { parseVersions } from '../../../src/versions/versions-file.ts';
import { scriptFile } from '../../support/npm-script.ts';

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()));

/** The history's sentence for sessionid's lifetime going from 2 weeks to 1 month. */
const LIFETIME_CHANGE: Record<Locale, string> = {
  fr: 'Cookie sessionid\u00a0: la durée de conservation passe de «\u00a02\u00a0semaines\u00a0» à «\u00a01\u00a0mois\u00a0».',
  en: 'Cookie sessionid: storage duration changed from ‘2 weeks’ to ‘1 month’.',
  nl: 'Cookie sessionid: bewaartermijn gewijzigd van ‘2 weken’ naar ‘1 maand’.',
  de: 'Cookie sessionid: Speicherdauer von „2 Wochen“ auf „1 Monat“ geändert.',
};

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
    expect(Object.keys(LIFETIME_CHANGE).sort()).toEqual([...localeCodes].sort());
    const { dir, remove } = copyProject();
    copies.push(remove);
    // Older versions first, so that recording a new one visibly moves the date.
    endHistoryOn(dir, '2026-01-15');
    edit(dir, 'content/cookies.yaml', (text) =>
      text.replace(/(name: sessionid\n(?: .*\n)*? {2}lifetime: )P2W/, '$1P1M'),
    );
    const outDir = join(dir, 'dist');

    const refused = await buildSite({ root: dir, outDir });
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(
      'The cookie policy cannot be published: 1 problem found.\n' +
        '  - content/cookies.yaml: cookie "sessionid": lifetime changed from P2W to P1M since the last recorded version (2026-01-15, content/versions.yaml). Record a new version with `npm run policy:version`.\n',
    );
    expect(refused.output).toContain(
      'Fix the files named above, then run `npm run check` to confirm.',
    );
    expect(existsSync(outDir)).toBe(false);

    const dev = await devServerOutput(dir);
    expect(dev).toContain(
      'Not yet recorded as a version:\n  - content/cookies.yaml: cookie "sessionid": lifetime changed from P2W to P1M',
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
      expect(elements(history!, 'li').map((item) => textOf(item))).toContain(
        LIFETIME_CHANGE[locale],
      );
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
    dpo: 'Datenschutzbeauftragte oder Datenschutzbeauftragter: Kontaktdaten hinzugefügt.',
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
    const run = (script: 'check' | 'policy:version') =>
      promisify(execFile)(process.execPath, [scriptFile(script), dir], { cwd: projectRoot }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );

    const since =
      'since the last recorded version (2026-01-15, content/versions.yaml). Record a new version with `npm run policy:version`.';
    const refused = await run('check');
    expect(refused.code).toBe(1);
    const expected =
      'The cookie policy cannot be published: 2 problems found.\n' +
      `  - content/cookies.yaml: cookie "sessionid": lifetime changed from P2W to P1M ${since}\n` +
      `  - content/operator.yaml: controller.dpoContact: changed ${since}\n`;
    expect(refused.stderr.slice(0, expected.length)).toBe(expected);

    expect(await run('policy:version')).toMatchObject({ code: 0 });
    const today = todayInBrussels();
    const latest = parseVersions(
      readFileSync(join(dir, 'content/versions.yaml'), 'utf8'),
    ).versions.at(-1);
    expect(latest?.date).toBe(today);
    expect(latest?.audit).toEqual({ date: '2026-01-20', portal: 'https://www.odwb.be/' });

    const outDir = join(dir, 'dist');
    const built = await buildSite({ root: dir, outDir, env: { POLICY_PDF: 'off' } });
    expect(built.code, built.output).toBe(0);
    for (const locale of localeCodes) {
      const document = parseHtml(readFileSync(join(outDir, locale, 'index.html'), 'utf8'));
      const [history] = elements(document, 'section', { class: hasClass('policy-history') });
      const [current] = elements(history!, 'li');
      const items = elements(current!, 'li').map((item) => textOf(item));
      expect(items).toContain(LIFETIME_CHANGE[locale]);
      expect(items).toContain(OPERATOR_AND_AUDIT[locale].dpo);
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
