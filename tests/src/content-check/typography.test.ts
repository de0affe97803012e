/**
 * The typography check, one fixture folder per class of mistake (tests/fixtures/typography/<case>/,
 * laid over tests/fixtures/sites/complete; each README says why it exists, expected.txt the
 * messages, empty for `not-prose`, which the check must accept). Every message is pinned word for
 * word: it is what the editor reads.
 */
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { checkContent } from '../../../src/content-check/index.ts';
import { typographyMistakes } from '../../../src/content-check/typography.ts';
import {
  typographyRules,
  undeclaredTypography,
} from '../../../src/content-check/typography-rules.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';
import { siteWithFolder } from '../../support/content-files.ts';

describe('the typography check', () => {
  it.each(fixtureCases('typography'))(
    'prints the messages of expected.txt for $name',
    (fixture) => {
      expect(checkContent(siteWithFolder(fixture.dir)).problems).toEqual(fixture.expected);
    },
  );

  it('has rules for every language of the site', () => {
    expect(undeclaredTypography()).toEqual([]);
  });

  it('refuses a language added without rules, rather than leaving its texts unchecked', () => {
    expect(undeclaredTypography(['fr', 'es'], { fr: typographyRules.fr })).toEqual([
      'src/content-check/typography-rules.ts: no typography rules for es, so its texts cannot be checked. Declare in typographyRules how es writes quotation marks and the apostrophe, and the punctuation it puts a no-break space before (see content/README.md, "Adding a language").',
    ]);
    expect(undeclaredTypography(['fr', 'de'], { fr: typographyRules.fr })[0]).toMatch(
      /^src\/content-check\/typography-rules\.ts: no typography rules for German \(de\), so its texts cannot be checked\. Declare in typographyRules how German writes/,
    );
  });

  it('names a line break before a French colon as such, and the line it is on', () => {
    expect(typographyMistakes('Deux choses\n: la suite', 'fr')).toEqual([
      {
        index: 5,
        end: 13,
        message:
          '"choses :" has a line break before ":". French puts a no-break space (\\u00a0) before ":": write "choses\\u00a0:".',
        // What --fix writes over text[5..13], the line break included.
        fix: 'choses\u00a0:',
      },
    ]);
  });

  it.each(localeCodes)(
    'accepts the %s rules’ own quotation marks as their fix writes them',
    (locale) => {
      const { open, close } = typographyRules[locale].quotes;
      expect(typographyMistakes(`Le mot ${open}cookie${close} suffit.`, locale)).toEqual([]);
    },
  );
});
