/**
 * French first, in a real build: a cookie written in French only is checked, recorded and built;
 * the English, Dutch and German rows show its French text, said to be French (lang="fr"), with
 * the notice and a link to the French row, and the languages' work is listed by the check. A copy
 * of the French in another language is the same: flagged as untranslated, never a translation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale, locales } from '../../../src/config/locales.ts';
import { checkContent } from '../../../src/content-check/index.ts';
import { cookieAnchor } from '../../../src/data/anchors.ts';
import { elements, parseHtml, textOf } from '../../../src/lib/html.ts';
import { translatedLocales } from '../../../src/translations/status.ts';
import { recordVersion } from '../../../scripts/versions/record.ts';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

const NAME = '_pk_id.*';
const PURPOSE = 'Distinguer les visiteurs pour mesurer la fréquentation du portail.';
const COPIED = 'Mesure d’audience';
const cookie = `
- name: ${NAME}
  wildcard: true
  provider: opendatasoft
  category: statistics
  party: first
  storage: http-cookie
  lifetime: P13M
  service:
    fr: ${COPIED}
    en: ${COPIED}
  purpose:
    fr: ${PURPOSE}
  setWhen: consent
  source:
    - url: https://matomo.org/faq/general/faq_146/
      note: Matomo sets _pk_id for 13 months.
`;

describe('a cookie written in French only', () => {
  it(
    'builds, and every other language shows its French text, said to be French, with the notice',
    { timeout: 300_000 },
    async () => {
      const file = join(copy.dir, 'content/cookies.yaml');
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${cookie}`);
      expect(checkContent(copy.dir).problems).toEqual([]);
      // New and not yet recorded: said so, the copied English service included (a copy is no
      // translation), with policy:version as the next step.
      expect(checkContent(copy.dir).warnings).toEqual(
        expect.arrayContaining(
          translatedLocales().map(
            (code) =>
              `content/cookies.yaml: cookie "${NAME}" is new, not yet recorded as a version, and its ${locales[code].englishName} translation is still to be written. Record it with \`npm run policy:version\`, then translate it and run \`npm run translations -- mark ${code} content/cookies.yaml\`.`,
          ),
        ),
      );
      expect(recordVersion(copy.dir).kind).toBe('recorded');

      const outDir = join(copy.dir, 'dist');
      const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });
      expect(result.code, result.output).toBe(0);

      for (const code of translatedLocales()) {
        const page = parseHtml(readFileSync(join(outDir, code, 'index.html'), 'utf8'));
        const [row] = elements(page, 'tr', { id: cookieAnchor(NAME) });
        expect(row, `the row of ${NAME} on /${code}/`).toBeDefined();
        const french = elements(row!, '*', { lang: locales[defaultLocale].bcp47 }).map(textOf);
        expect(french).toEqual(expect.arrayContaining([COPIED, PURPOSE]));
        const [notice] = elements(row!, 'span', { role: 'note' });
        expect(notice && textOf(notice)).toMatch(/\d{4}|\d{1,2}/);
        const [link] = elements(notice!, 'a', { hreflang: defaultLocale });
        expect(link?.attribs['href']).toMatch(
          new RegExp(`/${defaultLocale}/#${cookieAnchor(NAME)}$`),
        );
      }
      const frenchPage = parseHtml(readFileSync(join(outDir, defaultLocale, 'index.html'), 'utf8'));
      const [frenchRow] = elements(frenchPage, 'tr', { id: cookieAnchor(NAME) });
      expect(elements(frenchRow!, 'span', { role: 'note' })).toEqual([]);
      expect(textOf(frenchRow!)).toContain(PURPOSE);
    },
  );
});
