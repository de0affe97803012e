/**
 * The page check, one fixture per mistake an editor can make in a policy page
 * (tests/fixtures/pages/<case>/, laid over tests/fixtures/sites/complete; each README says why it
 * exists, expected.txt the messages). Every message is pinned word for word: it is what the
 * editor reads.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';
import { siteWithFolder } from '../../support/content-files.ts';

describe('the page check', () => {
  it.each(fixtureCases('pages'))('prints the messages of expected.txt for $name', (fixture) => {
    expect(checkContent(siteWithFolder(fixture.dir)).problems).toEqual(fixture.expected);
  });
});
