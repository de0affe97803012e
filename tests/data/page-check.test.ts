/**
 * The page check, one fixture per mistake an editor can make in a policy page
 * (tests/fixtures/pages/<case>/, laid over tests/fixtures/sites/complete; each README says why it
 * exists). Every message is pinned word for word: it is what the editor reads.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/index.ts';
import { siteWithPageMistake } from '../support/fixture-site.ts';

const sites: (() => void)[] = [];
afterAll(() => sites.forEach((remove) => remove()));

function problemsOf(name: string): string[] {
  const site = siteWithPageMistake(name);
  sites.push(site.remove);
  return checkContent(site.root).problems;
}

describe('the page check', () => {
  it('refuses a blank description', () => {
    expect(problemsOf('page-empty-description')).toEqual([
      'content/policy/fr/index.mdx: line 3: description is empty. Write description: with one or two sentences saying what the page covers (search engines show it).',
    ]);
  });

  it('refuses a link to a cookie row on a page without the table', () => {
    expect(problemsOf('page-link-to-cookie-without-table')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 6: the link "#cookie-sessionid" points to a cookie\'s row, but this page has no cookie table. Link to a page with <CookieTable />, or add it to this one.',
    ]);
  });

  it("refuses a link to another page's anchor that it does not have", () => {
    expect(problemsOf('page-link-to-missing-anchor-elsewhere')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 5: the link "/en/#your-rights" points to an anchor /en/ does not have. Link to one of its headings: its text in lower case, spaces as hyphens.',
    ]);
  });

  it('refuses a link to a cookie the inventory does not list', () => {
    expect(problemsOf('page-link-to-missing-cookie')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 6: the link "#cookie-foo" points to the cookie "foo", which is not in content/cookies.yaml. Write #cookie- followed by the name of a cookie listed there.',
    ]);
  });

  it('refuses a link to a heading that does not exist, suggesting the nearest', () => {
    expect(problemsOf('page-link-to-missing-heading')).toEqual([
      'content/policy/fr/index.mdx: line 8, column 6: the link "#vos-droit" points to an anchor this page does not have. Did you mean "#vos-droits"?',
    ]);
  });

  it('refuses a link to a page that does not exist, listing the pages', () => {
    expect(problemsOf('page-link-to-missing-page')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 6: the link "/fr/archives/" leads to no page of the site. Link to one of: /, /fr/, /en/, /nl/, /de/.',
    ]);
  });

  it('reports frontmatter YAML it cannot read, with line and column', () => {
    expect(problemsOf('page-malformed-frontmatter')).toEqual([
      'content/policy/fr/index.mdx: line 2, column 15: the frontmatter cannot be read (bad indentation of a mapping entry). Write one field per line as name: value, and put quotes around texts that contain ": ".',
    ]);
  });

  it('requires a title', () => {
    expect(problemsOf('page-missing-title')).toEqual([
      "content/policy/fr/index.mdx: title is missing. Write title: with the page's title, as the browser tab and the heading show it.",
    ]);
  });

  it('names a misspelt component and suggests the one meant', () => {
    expect(problemsOf('page-misspelt-component')).toEqual([
      'content/policy/fr/index.mdx: line 8, column 1: <CookiesTable /> is not a component the site provides. Did you mean <CookieTable />? The components are: AuthorityAddress, AuthorityLink, ConsentStatus, ContactLink, ControllerAddress, ControllerName, CookieCategories, CookieParties, CookieTable, DataRecipients, DpoContact, PlatformProvider, PortalLink, PortalName (src/components/site/names.ts).',
    ]);
  });

  it('reports a brace MDX reads as an unfinished expression, with line and column', () => {
    expect(problemsOf('page-unclosed-brace')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 13: the MDX cannot be read (Unexpected end of file in expression, expected a corresponding closing brace for `{`). Close every tag (<Name>…</Name>, or <Name /> when it has no content) and every { with }; write \\{ or \\< for a literal brace or angle bracket.',
    ]);
  });

  it('reports an unclosed tag with line and column', () => {
    expect(problemsOf('page-unclosed-tag')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 12: the MDX cannot be read (Expected a closing tag for `<strong>` before the end of `paragraph`). Close every tag (<Name>…</Name>, or <Name /> when it has no content) and every { with }; write \\{ or \\< for a literal brace or angle bracket.',
    ]);
  });

  it('lists the components when nothing is close to the unknown one', () => {
    expect(problemsOf('page-unknown-component')).toEqual([
      'content/policy/fr/index.mdx: line 6, column 1: <Banner /> is not a component the site provides. The components are: AuthorityAddress, AuthorityLink, ConsentStatus, ContactLink, ControllerAddress, ControllerName, CookieCategories, CookieParties, CookieTable, DataRecipients, DpoContact, PlatformProvider, PortalLink, PortalName (src/components/site/names.ts).',
    ]);
  });

  it('refuses a frontmatter field the site does not use', () => {
    expect(problemsOf('page-unknown-frontmatter-field')).toEqual([
      'content/policy/fr/index.mdx: line 4: unknown field "summary". Correct its spelling or remove it; the fields are: title, description.',
    ]);
  });

  it('refuses a page without frontmatter', () => {
    expect(problemsOf('page-without-frontmatter')).toEqual([
      'content/policy/fr/index.mdx: the page has no frontmatter. Start it with a line ---, then title, description (one per line), then a line ---.',
    ]);
  });
});
