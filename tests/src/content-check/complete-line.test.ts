/**
 * The line `npm run check` ends a complete policy with says "every text in every language" only
 * when every translation follows the French; otherwise it names, language by language, what is
 * left, so a summary or a cookie text not translated yet is never called done.
 */
import { describe, expect, it } from 'vitest';
import { markDone } from '../../../scripts/translations/mark.ts';
import { completeLine } from '../../../src/content-check/complete-line.ts';
import { checkContent, type ContentFiles } from '../../../src/content-check/index.ts';
import { Draft } from '../../../scripts/staged/staged.ts';
import { withChanges } from '../../../src/data/content-files.ts';
import { site } from '../../support/content-files.ts';

/** The line for `files`, as `npm run check` prints it. */
function lineFor(files: ContentFiles): string {
  const { problems, inventory, translations } = checkContent(files);
  expect(problems).toEqual([]);
  return completeLine(inventory, translations);
}

/** The complete fixture with every translation marked as following the French (as it is). */
function translated(): ContentFiles {
  const draft = new Draft(site());
  for (const locale of ['en', 'nl', 'de'] as const)
    expect(markDone(draft, locale, undefined, '2026-12-01', true).refused).toEqual([]);
  return draft.files;
}

/** `files` with `pattern` removed from `path`. */
function without(files: ContentFiles, path: string, pattern: RegExp): ContentFiles {
  const text = files.text(path) ?? '';
  expect(text).toMatch(pattern);
  return withChanges(files, { [path]: text.replace(pattern, '') });
}

describe('the line npm run check ends a complete policy with', () => {
  it('says every text in every language when every translation follows the French', () => {
    expect(lineFor(translated())).toBe(
      'Cookie policy content is complete: 2 cookies from 1 provider, every text in every language.',
    );
  });

  it('names a cookie text not translated yet, in its language', () => {
    const files = without(translated(), 'content/cookies.yaml', /\n {4}nl: Herkent u\./);
    expect(lineFor(files)).toBe(
      'Cookie policy content is complete: 2 cookies from 1 provider, every text in French; translation work left (the warnings above): Dutch 1 text not translated yet.',
    );
  });

  it('names a version summary not translated yet, in its language', () => {
    const files = without(translated(), 'content/versions.yaml', /\n {4}nl: .*/);
    expect(lineFor(files)).toBe(
      'Cookie policy content is complete: 2 cookies from 1 provider, every text in French; translation work left (the warnings above): Dutch 1 text not translated yet.',
    );
  });

  it('tells texts behind the French from texts written but not marked, language by language', () => {
    // The fixture as it is: nothing marked, the pages' head copied from the French.
    expect(lineFor(site())).toBe(
      'Cookie policy content is complete: 2 cookies from 1 provider, every text in French; translation work left (the warnings above): English 3 texts not translated yet, 8 texts written, not yet marked as translated; Dutch 3 texts not translated yet, 8 texts written, not yet marked as translated; German 3 texts not translated yet, 8 texts written, not yet marked as translated.',
    );
    const changed = translated();
    const cookies = changed.text('content/cookies.yaml') ?? '';
    const files = withChanges(changed, {
      'content/cookies.yaml': cookies.replace(
        'fr: Vous reconnaître.',
        'fr: Vous reconnaître une fois connecté.',
      ),
    });
    expect(lineFor(files)).toMatch(
      /English 1 text behind the French; Dutch 1 text behind the French; German 1 text behind the French\.$/,
    );
  });
});
