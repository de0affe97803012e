/**
 * The content check reads the names of the MDX components from the text of
 * src/components/site/index.ts (it cannot load .astro files); here they are held to the module
 * Astro really gives the pages, so the check never refuses a component that works.
 */
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../src/components/site/index.ts';
import { siteComponents } from '../../src/content-check/site-components.ts';

describe('the components the page check allows', () => {
  it('are exactly those MDX pages receive', () => {
    expect(siteComponents()).toEqual(Object.keys(mdxComponents).sort());
  });
});
