/**
 * The import rules dependency-cruiser cannot hold, because it records no import of an `.astro`
 * file: here every `.ts`, `.mjs` and `.astro` file of src/ and scripts/ is read with TypeScript's
 * own import scanner (`preProcessFile`, on an `.astro` file's frontmatter), and the graph must
 * have no loop between files, no loop between folders, no module reachable from a page
 * (src/pages/) that imports node:fs, and no import from src/ into scripts/ or tests/.
 * `npm run lint` runs it (`node tests/lint/import-graph.ts`); each problem says what to do instead.
 * A developer's check: it is not an operator's command and may use devDependencies.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const scanned = /\.(ts|mjs|astro)$/;
const fsModules = new Set(['fs', 'fs/promises', 'node:fs', 'node:fs/promises']);

/** The code an `.astro` file runs: its frontmatter, between the first two `---` lines. */
export const frontmatter = (text: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';

/** Each file's imports: project files by path from `root` (with /), anything else as written. */
export function importGraph(root: string, folders = ['src', 'scripts']): Map<string, string[]> {
  const files = folders
    .filter((folder) => existsSync(join(root, folder)))
    .flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .map((file) => join(folder, file).split(sep).join('/'))
        .filter((file) => scanned.test(file) && !file.endsWith('.d.ts')),
    )
    .sort();
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    const code = file.endsWith('.astro') ? frontmatter(text) : text;
    const imports = ts.preProcessFile(code, true, true).importedFiles.map(({ fileName }) => {
      const specifier = fileName.replace(/\?.*$/, '');
      if (!specifier.startsWith('.')) return specifier;
      return relative(root, resolve(root, dirname(file), specifier))
        .split(sep)
        .join('/');
    });
    graph.set(file, [...new Set(imports)]);
  }
  return graph;
}

/** Tarjan's strongly connected components with more than one member: the loops of a graph. */
function loops(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do component.push((member = stack.pop()!));
      while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return found;
}

export function importProblems(graph: Map<string, string[]>): string[] {
  const local = (file: string) => (graph.get(file) ?? []).filter((target) => graph.has(target));
  const problems: string[] = [];
  for (const loop of loops(
    new Map([...graph.keys()].map((file) => [file, new Set(local(file))])),
  )) {
    problems.push(
      `import loop: ${loop.join(', ')} import each other. Move what they share into a module of its own, imported by each.`,
    );
  }
  const folders = new Map<string, Set<string>>();
  for (const file of graph.keys()) {
    const from = dirname(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of local(file))
      if (dirname(target) !== from) folders.get(from)!.add(dirname(target));
  }
  for (const loop of loops(folders)) {
    problems.push(
      `folder loop: ${loop.join(', ')} import from each other. Move the shared part into the folder both may import.`,
    );
  }
  for (const [file, targets] of graph) {
    for (const target of targets.filter((target) => /^(scripts|tests)\//.test(target))) {
      if (file.startsWith('src/'))
        problems.push(
          `${file} imports ${target}: src/ is the site and never imports the tools or the tests. Move what it needs into src/.`,
        );
    }
  }
  // What a page runs while it renders: every module reachable from src/pages/.
  const seen = new Map<string, string[]>();
  const queue = [...graph.keys()].filter((file) => file.startsWith('src/pages/'));
  for (const page of queue) seen.set(page, [page]);
  for (const file of queue) {
    for (const target of local(file)) {
      if (seen.has(target)) continue;
      seen.set(target, [...seen.get(file)!, target]);
      queue.push(target);
    }
  }
  for (const [file, chain] of seen) {
    if ((graph.get(file) ?? []).some((target) => fsModules.has(target)))
      problems.push(
        `${chain.join(' → ')} imports node:fs: a page reads no file while it renders. Let the build’s check read it and hand it over (virtual:odwb/content).`,
      );
  }
  return problems;
}

if (import.meta.main) {
  const root = process.argv[2] ?? process.cwd();
  const graph = importGraph(root);
  const problems = importProblems(graph);
  if (problems.length > 0) {
    console.error(
      `Import rules (tests/lint/import-graph.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else {
    const astro = [...graph.keys()].filter((file) => file.endsWith('.astro')).length;
    console.log(
      `✔ import graph: ${graph.size} files (${astro} .astro), no loop, no file read from a page`,
    );
  }
}
