/**
 * French first for the per-language texts of content/operator.yaml, in a real build: the
 * controller's name in a sentence written in French only, and the ombudsman's name copied from the
 * French into English. The check lists both as translation work (the copy named as a copy), the
 * build publishes, and every other language shows the French, said to be French (lang="fr-BE"),
 * with a note in its own language; the French pages carry no note.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLocale, locales, type Locale } from '../../../src/config/locales.ts';
import { checkContent, readContentFiles } from '../../../src/content-check/index.ts';
import { statementSlugs } from '../../../src/accessibility/slugs.ts';
import { elements, hasClass, parseHtml, textOf, type HtmlElement } from '../../../src/lib/html.ts';
import { translatedLocales } from '../../../src/translations/status.ts';
import { recordVersion } from '../../../scripts/versions/record.ts';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';

const copy = copyProject();
afterAll(copy.remove);

const NAME = 'l’Agence du Numérique';
const OMBUDSMAN = 'Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles';

/** The note after a text not translated yet, as each language's visitor reads it. */
const NOTE: Record<Exclude<Locale, 'fr'>, string> = {
  en: '(not translated yet: shown in French, the reference text)',
  nl: '(nog niet vertaald: in het Frans weergegeven, de referentietekst)',
  de: '(noch nicht übersetzt: in der maßgeblichen französischen Fassung angezeigt)',
};

/** Each text said to be French on a page, with the text of the element that holds it. */
function saidToBeFrench(html: string): { text: string; around: string }[] {
  return elements(parseHtml(html), 'span', { lang: locales[defaultLocale].bcp47 }).map((span) => ({
    text: textOf(span),
    around: textOf(span.parent as HtmlElement),
  }));
}

describe('an operator text written in French only, and one copied from the French', () => {
  it(
    'is translation work, and every other language shows the French, said to be French, with a note',
    { timeout: 300_000 },
    async () => {
      const file = join(copy.dir, 'content/operator.yaml');
      const text = readFileSync(file, 'utf8');
      const edited = text
        .replace(/( {6}inSentence:\n {8}fr: .*\n)(?: {8}(?:en|nl|de): .*\n)+/, '$1')
        .replace(
          /( {8}fr: Médiateur de la Wallonie.*\n) {8}en: .*\n/,
          `$1        en: ${OMBUDSMAN}\n`,
        );
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      // The French-only name is a change of the fact as versions record it.
      expect(recordVersion(copy.dir).kind).toBe('recorded');

      const check = checkContent(readContentFiles(copy.dir));
      expect(check.problems).toEqual([]);
      const operatorWarnings = check.warnings.filter((warning) =>
        warning.startsWith('content/operator.yaml'),
      );
      expect(operatorWarnings).toEqual([
        'content/operator.yaml: controller.name.value.inSentence has no English text yet. Translate it, then run `npm run translations -- mark en content/operator.yaml`.',
        'content/operator.yaml: the English text of accessibility.ombudsman.value.name is a copy of the French, not a translation. Translate it, then run `npm run translations -- mark en content/operator.yaml`; if it is right as it is (a name, a code), run `npm run translations -- mark en operator/accessibility.ombudsman.value.name --as-is`.',
        'content/operator.yaml: controller.name.value.inSentence has no Dutch text yet. Translate it, then run `npm run translations -- mark nl content/operator.yaml`.',
        'content/operator.yaml: controller.name.value.inSentence has no German text yet. Translate it, then run `npm run translations -- mark de content/operator.yaml`.',
      ]);

      const outDir = join(copy.dir, 'dist');
      const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });
      expect(result.code, result.output).toBe(0);

      for (const code of translatedLocales() as Exclude<Locale, 'fr'>[]) {
        const policy = saidToBeFrench(readFileSync(join(outDir, code, 'index.html'), 'utf8'));
        // The name with its article: in the controller's facts, and opening the recipients.
        expect(
          policy.map(({ text: shown }) => shown),
          code,
        ).toEqual([NAME, 'L’Agence du Numérique']);
        for (const { text: shown, around } of policy)
          expect(around, code).toContain(`${shown} ${NOTE[code]}`);
        const statement = saidToBeFrench(
          readFileSync(join(outDir, code, statementSlugs[code], 'index.html'), 'utf8'),
        );
        expect(
          statement.map(({ text: shown }) => shown),
          code,
        ).toEqual(code === 'en' ? [OMBUDSMAN] : []);
        for (const { text: shown, around } of statement)
          expect(around, code).toContain(`${shown} ${NOTE.en}`);
      }
      const french = readFileSync(join(outDir, defaultLocale, 'index.html'), 'utf8');
      expect(french).toContain(NAME);
      expect(elements(parseHtml(french), 'span', { class: hasClass('translation-note') })).toEqual(
        [],
      );
    },
  );
});
