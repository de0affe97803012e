/**
 * One content check parses each page once: its MDX tree (the page check, the typography, the
 * sections) and its headings' ids (the anchors, the heading check, each language's sections) are
 * the snapshot's (src/data/content-files.ts), however many parts and languages read them
 * (satteri counted under its real functions).
 */
import { describe, expect, it, vi } from 'vitest';

const parsed: { mdast: string[]; compiled: string[] } = { mdast: [], compiled: [] };
vi.mock('satteri', async (importOriginal) => {
  const satteri = await importOriginal<typeof import('satteri')>();
  return {
    ...satteri,
    mdxToMdast: ((body, ...rest) => {
      parsed.mdast.push(body);
      return satteri.mdxToMdast(body, ...rest);
    }) as typeof satteri.mdxToMdast,
    mdxToJs: ((...args: Parameters<typeof satteri.mdxToJs>) => {
      parsed.compiled.push(args[0]);
      return satteri.mdxToJs(...args);
    }) as typeof satteri.mdxToJs,
  };
});

// Imported anew (the fast project's workers keep modules between files): the check takes the
// counting satteri above.
vi.resetModules();
const { checkContent, readContentFiles } = await import('../../../src/content-check/index.ts');
const { projectRoot } = await import('../../support/content-files.ts');

const twice = (bodies: string[]) => bodies.filter((body, index) => bodies.indexOf(body) !== index);

describe('one content check', () => {
  it('parses and compiles each page body once', () => {
    const files = readContentFiles(projectRoot);
    parsed.mdast.length = 0;
    parsed.compiled.length = 0;
    expect(checkContent(files).problems).toEqual([]);
    // Every language's policy page at least.
    expect(parsed.compiled.length).toBeGreaterThanOrEqual(4);
    expect(parsed.mdast.length).toBeGreaterThanOrEqual(4);
    expect(twice(parsed.compiled)).toEqual([]);
    expect(twice(parsed.mdast)).toEqual([]);
  });
});
