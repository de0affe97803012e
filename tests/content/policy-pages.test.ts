/**
 * The policy text in every language leaves the facts to the data: each page places the sentences
 * derived from the inventory and the operator facts as components, and writes none of the
 * operator's or providers' names, nor a claim about the inventory, by hand.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { checkOperatorFile } from '../../src/content-check/operator-facts.ts';

const page = (locale: string) =>
  readFileSync(new URL(`../../content/policy/${locale}/index.mdx`, import.meta.url), 'utf8');

const derived = ['CookieCategories', 'CookieParties', 'DataRecipients', 'ConsentStatus'];
const facts = [
  'ControllerFacts',
  'ProcessingFacts',
  'LegalBasis',
  'RightsContact',
  'ContactLink',
  'AuthorityLink',
  'AuthorityAddress',
  'ComplaintLink',
  'CookieTable',
];
const { operator } = checkOperatorFile(
  readFileSync(new URL('../../content/operator.yaml', import.meta.url), 'utf8'),
);
/** Names that belong to the data or the operator file, never to the text. */
const names = [
  operator!.portal.platform,
  new URL(operator!.portal.url).host,
  ...('value' in operator!.controller.name ? [operator!.controller.name.value.name] : []),
];

describe.each(localeCodes)('the %s policy text', (locale) => {
  it('places every derived sentence and operator fact as a component', () => {
    const text = page(locale);
    for (const component of [...derived, ...facts]) expect(text).toContain(`<${component} />`);
  });

  it('writes no operator or provider name by hand', () => {
    const text = page(locale);
    for (const name of names) expect(text).not.toContain(name);
  });
});
