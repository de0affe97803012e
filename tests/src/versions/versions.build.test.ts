/**
 * A new version, as an editor makes one: the build refuses a changed lifetime until
 * `npm run policy:version` records it; once recorded, every page shows the new date and the
 * history describes the change in the page's language; `npm run dev` only warns. One copy of the
 * project, one real build (without PDFs: the PDF tests read the main build).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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
