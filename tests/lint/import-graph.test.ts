/**
 * The import rules dependency-cruiser cannot hold (tests/lint/import-graph.ts), on a planted site
 * (tests/fixtures/import-graph/planted-mistakes/) whose mistakes are all in or through `.astro`
 * files, with the exact messages; and on the project itself, which has none.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { frontmatter, importGraph, importProblems } from './import-graph.ts';

const planted = fileURLToPath(
  new URL('../fixtures/import-graph/planted-mistakes/', import.meta.url),
);
const project = fileURLToPath(new URL('../../', import.meta.url));

it('reads an .astro file’s imports from its frontmatter', () => {
  expect(importGraph(planted).get('src/components/Row.astro')).toEqual([
    'src/components/Notice.astro',
    'src/lib/read-cookies.ts',
  ]);
  expect(frontmatter('---\nimport A from "./A.astro";\n---\n<p>import B from "./B"</p>')).toBe(
    'import A from "./A.astro";',
  );
});

it('fails a planted .astro import loop, a folder loop, a page reading files and a tool import', () => {
  expect(importProblems(importGraph(planted))).toEqual([
    'import loop: src/components/Notice.astro, src/components/Row.astro import each other. Move what they share into a module of its own, imported by each.',
    'folder loop: src/components, src/lib import from each other. Move the shared part into the folder both may import.',
    'src/lib/read-cookies.ts imports scripts/tool.ts: src/ is the site and never imports the tools or the tests. Move what it needs into src/.',
    'src/pages/index.astro → src/components/Notice.astro → src/components/Row.astro → src/lib/read-cookies.ts imports node:fs: a page reads no file while it renders. Let the build’s check read it and hand it over (virtual:odwb/content).',
  ]);
});

it('finds none in the project, whose 34 or more .astro files it reads', () => {
  const graph = importGraph(project);
  expect([...graph.keys()].filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(30);
  expect(importProblems(graph)).toEqual([]);
});
