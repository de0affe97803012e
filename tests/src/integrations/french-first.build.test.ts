/**
 * French first, in a real build: a cookie written in French only (every per-language field an
 * editor writes: service, purpose, condition, contents, exemptBecause, notObservedBecause) is
 * checked, recorded and built; the English, Dutch and German rows show each French text, said to
 * be French (lang="fr"), with the notice that the row is not translated yet and a link to the
 * French row, and the check lists the languages' work. A copy of the French in another language is
 * the same: flagged as a copy, never counted as a translation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale, locales, type Locale } from '../../../src/config/locales.ts';
import { checkContent, readContentFiles } from '../../../src/content-check/index.ts';
import { cookieAnchor } from '../../../src/data/anchors.ts';
import { elements, parseHtml, textOf } from '../../../src/lib/html.ts';
import { translatedLocales } from '../../../src/translations/status.ts';
import { recordVersion } from '../../../scripts/versions/record.ts';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

const NAME = 'odwb_remember';
const COPIED = 'Connexion persistante';
const FRENCH = {
  service: COPIED,
  purpose: 'Vous garder connecté d’une visite à l’autre.',
  condition: 'uniquement si vous cochez «\u00a0Rester connecté\u00a0».',
  contents: 'un jeton tiré au hasard.',
  exemptBecause: 'il vous évite de vous reconnecter à chaque visite.',
  notObservedBecause: 'il n’est déposé qu’après la connexion à un compte.',
};
const cookie = `
- name: ${NAME}
  provider: opendatasoft
  category: necessary
  party: first
  storage: http-cookie
  lifetime: P1M
  setWhen: sign-in
  service:
    fr: ${FRENCH.service}
    en: ${FRENCH.service}
  purpose:
    fr: ${FRENCH.purpose}
  condition:
    fr: ${FRENCH.condition}
  contents:
    fr: ${FRENCH.contents}
  exemptBecause:
    fr: ${FRENCH.exemptBecause}
  notObservedBecause:
    fr: ${FRENCH.notObservedBecause}
  manualEvidence:
    url: https://example.org/checks/odwb_remember
    note: Seen in the browser after signing in with "stay signed in", on 2026-12-01.
  source:
    - url: https://example.org/docs/remember
      note: The platform sets odwb_remember for a month when a visitor stays signed in.
`;

/** The row notice of a cookie never translated, as each language's visitor reads it. */
const NOTICE: Record<Exclude<Locale, 'fr'>, string> = {
  en: 'The description of this cookie is not translated yet. It is shown in French, which is the reference text. Read the French version',
  nl: 'De beschrijving van deze cookie is nog niet vertaald. Ze staat hier in het Frans, de referentietekst. Lees de Franse versie',
  de: 'Die Beschreibung dieses Cookies ist noch nicht übersetzt. Sie wird in der maßgeblichen französischen Fassung angezeigt. Zur französischen Fassung',
};

const labels = (fields: string[]) => fields.map((field) => `cookie "${NAME}": ${field}`).join('; ');
const mark = (code: Locale) => `npm run translations -- mark ${code} content/cookies.yaml`;

describe('a cookie written in French only', () => {
  it(
    'builds, and every other language shows its French texts, said to be French, with the notice',
    { timeout: 300_000 },
    async () => {
      const file = join(copy.dir, 'content/cookies.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${cookie}`);
      const before = checkContent(readContentFiles(copy.dir));
      expect(before.problems).toEqual([]);
      // New and not yet recorded: said so, the copied English service included (a copy is no
      // translation), with policy:version as the next step.
      expect(before.warnings).toEqual(
        expect.arrayContaining(
          translatedLocales().map(
            (code) =>
              `content/cookies.yaml: cookie "${NAME}" is new, not yet recorded as a version, and its ${locales[code].englishName} translation is still to be written. Record it with \`npm run policy:version\`, then translate it and run \`npm run translations -- mark ${code} content/cookies.yaml\`.`,
          ),
        ),
      );
      expect(recordVersion(copy.dir).kind).toBe('recorded');
      // Recorded: the copied English service is named as a copy, the rest as not written yet.
      const check = checkContent(readContentFiles(copy.dir));
      expect(check.warnings).toEqual(
        expect.arrayContaining([
          `content/cookies.yaml: the English text of cookie "${NAME}": service is a copy of the French, not a translation. Translate it, then run \`${mark('en')}\`; if it is right as it is (a name, a code), run \`npm run translations -- mark en cookies/${NAME}/service --as-is\`.`,
          `content/cookies.yaml: ${labels(['purpose', 'condition', 'contents', 'exemptBecause', 'notObservedBecause'])} have no English text yet. Translate them, then run \`${mark('en')}\`.`,
          ...(['nl', 'de'] as const).map(
            (code) =>
              `content/cookies.yaml: ${labels(Object.keys(FRENCH))} have no ${locales[code].englishName} text yet. Translate them, then run \`${mark(code)}\`.`,
          ),
        ]),
      );
      expect(check.warnings.join('\n')).not.toContain(`cookie "${NAME}": service have no`);

      const outDir = join(copy.dir, 'dist');
      const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });
      expect(result.code, result.output).toBe(0);

      for (const code of translatedLocales()) {
        const page = parseHtml(readFileSync(join(outDir, code, 'index.html'), 'utf8'));
        const [row] = elements(page, 'tr', { id: cookieAnchor(NAME) });
        expect(row, `the row of ${NAME} on /${code}/`).toBeDefined();
        const french = elements(row!, '*', { lang: locales[defaultLocale].bcp47 }).map(textOf);
        expect(french.sort(), code).toEqual(Object.values(FRENCH).sort());
        const notices = elements(row!, 'span', { role: 'note' });
        expect(notices.map(textOf), code).toEqual([NOTICE[code as Exclude<Locale, 'fr'>]]);
        const [link] = elements(notices[0]!, 'a', { hreflang: defaultLocale });
        expect(link?.attribs['href']).toMatch(
          new RegExp(`/${defaultLocale}/#${cookieAnchor(NAME)}$`),
        );
        // The rows translated in full carry no notice and no French.
        const [sessionRow] = elements(page, 'tr', { id: cookieAnchor('sessionid') });
        expect(elements(sessionRow!, 'span', { role: 'note' }), code).toEqual([]);
        expect(elements(sessionRow!, '*', { lang: locales[defaultLocale].bcp47 }), code).toEqual(
          [],
        );
      }
      const frenchPage = parseHtml(readFileSync(join(outDir, defaultLocale, 'index.html'), 'utf8'));
      const [frenchRow] = elements(frenchPage, 'tr', { id: cookieAnchor(NAME) });
      expect(elements(frenchRow!, 'span', { role: 'note' })).toEqual([]);
      expect(textOf(frenchRow!)).toContain(FRENCH.purpose);
    },
  );
});
