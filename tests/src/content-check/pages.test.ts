/**
 * The page check, one fixture per mistake an editor can make in a policy page
 * (tests/fixtures/pages/<case>/, laid over tests/fixtures/sites/complete; each README says why it
 * exists, expected.txt the messages). Every message is pinned word for word: it is what the
 * editor reads.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';
import { siteWith, siteWithFolder } from '../../support/content-files.ts';

describe('the page check', () => {
  it.each(fixtureCases('pages'))('prints the messages of expected.txt for $name', (fixture) => {
    expect(checkContent(siteWithFolder(fixture.dir)).problems).toEqual(fixture.expected);
  });
});

// Written straight above a heading, an import swallows it: the MDX parser reads the heading as
// JavaScript the compiler cannot read. The editor reads what the language refuses, not a crash.
describe('an import straight above a heading', () => {
  it('is refused in the language’s words, with no stack trace', () => {
    const path = 'content/policy/en/index.mdx';
    const text =
      "---\ntitle: T\ndescription: D\n---\n\nText.\n\nimport x from 'y';\n## A heading\n\nMore text.\n";
    expect(checkContent(siteWith({ [path]: text })).problems).toEqual([
      `${path}: line 8, column 1: "import x from 'y'; ## A heading": a page cannot import or export anything, so that no text can run code or read a file when the site is built. Remove the line; the site's components need no import (src/config/mdx-components.ts).`,
    ]);
  });
});
