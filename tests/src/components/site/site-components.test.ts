/**
 * The page check allows the component names of src/config/mdx-components.ts; here they are held to
 * the components Astro really gives the pages, so the check never refuses a component that works
 * nor lets through one that would fail to render.
 */
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../../../src/components/site/index.ts';
import { siteComponentNames } from '../../../../src/config/mdx-components.ts';

describe('the components the page check allows', () => {
  it('are exactly those MDX pages receive', () => {
    expect(Object.keys(mdxComponents).sort()).toEqual([...siteComponentNames].sort());
  });
});
