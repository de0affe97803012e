/**
 * The page check, one fixture per mistake an editor can make in a policy page
 * (tests/fixtures/pages/<case>/, laid over tests/fixtures/sites/complete; each README says why it
 * exists, expected.txt the messages). Every message is pinned word for word: it is what the
 * editor reads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { fixtureCases } from '../../support/fixture-cases.ts';
import { siteWithPageMistake } from '../../support/fixture-site.ts';

const sites: (() => void)[] = [];
afterAll(() => sites.forEach((remove) => remove()));

describe('the page check', () => {
  it.each(fixtureCases('pages'))('prints the messages of expected.txt for $name', (fixture) => {
    const site = siteWithPageMistake(fixture.name);
    sites.push(site.remove);
    expect(checkContent(site.root).problems).toEqual(fixture.expected);
  });
});
