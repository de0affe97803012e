/**
 * References the Markdown link check (remark-validate-links, which follows links only) cannot see:
 * a project path (from src, scripts, tests, content, public, .github or .ci, or from the file with
 * ./ or ../), a file named alone (`<name>.test.ts`) or an `npm run <script>`, written in a comment
 * of a `.ts`, `.mjs`, `.cjs`, `.js`, `.astro` or `.css` file, anywhere in a configuration file
 * (package.json, tsconfig.json, the workflows, the CI script) or in the text of a Markdown file.
 * Each must name what exists today, or the reader follows it to nothing. A placeholder is written
 * in angle brackets (`tests/fixtures/pages/<case>/`) or as a glob (`tests/**`): the folder before
 * it must exist. Fixture folders are data: only their READMEs are read.
 * `npm run lint` runs it (`node tests/lint/stale-references.ts`); a developer's check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, normalize, sep } from 'node:path';
import ts from 'typescript';

/** Folders never read: installed or generated. */
const SKIPPED = new Set(['node_modules', '.git', 'dist', '.astro', 'test-results', 'nginx']);
const isFixtures = (path: string) => path.split('/').includes('fixtures');

const CODE = /\.(ts|mts|mjs|cjs|js|astro|css)$/;
const CONFIGS = [/^package\.json$/, /^tsconfig\.json$/, /^\.github\/.+\.ya?ml$/, /^\.ci\/run$/];

/** Every file of the project by path from `root` (with /), minus the skipped folders. */
function projectFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory())
      return SKIPPED.has(entry.name) || /^\.[^.]+\.building-/.test(entry.name)
        ? []
        : projectFiles(root, path);
    return entry.isFile() ? [path] : [];
  });
}

interface Span {
  start: number;
  text: string;
}

/** The comments of TypeScript or JavaScript source, found by TypeScript's own parser. */
function scriptComments(code: string, offset = 0): Span[] {
  const source = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, false);
  const seen = new Map<number, Span>();
  const collect = (ranges: ts.CommentRange[] | undefined) => {
    for (const range of ranges ?? [])
      seen.set(range.pos, { start: offset + range.pos, text: code.slice(range.pos, range.end) });
  };
  const visit = (node: ts.Node) => {
    collect(ts.getLeadingCommentRanges(code, node.getFullStart()));
    collect(ts.getTrailingCommentRanges(code, node.getEnd()));
    node.forEachChild(visit);
  };
  visit(source);
  collect(ts.getLeadingCommentRanges(code, source.endOfFileToken.getFullStart()));
  return [...seen.values()];
}

/** The first group of each match of `pattern`: a comment's text, where it starts. */
const matches = (pattern: RegExp, text: string, offset = 0): Span[] =>
  [...text.matchAll(pattern)].map((match) => ({
    start: offset + match.index + match[0].indexOf(match[1]!),
    text: match[1]!,
  }));

const cssComments = (css: string, offset = 0) => matches(/\/\*([\s\S]*?)\*\//g, css, offset);

/** An `.astro` file's comments: frontmatter, template (HTML and JSX comments), scripts and styles. */
function astroComments(text: string): Span[] {
  const spans: Span[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) spans.push(...scriptComments(front[1]!, 4));
  const template = front ? front[0].length : 0;
  const rest = text.slice(template);
  spans.push(...matches(/<!--([\s\S]*?)-->/g, rest, template));
  spans.push(...matches(/\{\/\*([\s\S]*?)\*\/\}/g, rest, template));
  for (const block of rest.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g))
    spans.push(...scriptComments(block[1]!, template + block.index + block[0].indexOf(block[1]!)));
  for (const block of rest.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
    spans.push(...cssComments(block[1]!, template + block.index + block[0].indexOf(block[1]!)));
  return spans;
}

/** The prose of a file where references are written: its comments, or all of a configuration. */
function prose(path: string, text: string): Span[] {
  if (path.endsWith('.md') || CONFIGS.some((config) => config.test(path)))
    return [{ start: 0, text }];
  if (path.endsWith('.astro')) return astroComments(text);
  if (path.endsWith('.css')) return cssComments(text);
  return scriptComments(text);
}

/** Files a command writes, named before they exist: the references to them are right. */
const CREATED = new Set([
  // `npm run audit -- <portal URL> --record` writes it; until then the policy says so.
  'content/observations.yaml',
]);

const ROOTS = ['src', 'scripts', 'tests', 'content', 'public', '.github', '.ci'];
/** A path from the project root or from the file, as far as it goes before a placeholder. */
const PATH = new RegExp(
  String.raw`(?<![\w.@/:~-])((?:${ROOTS.map((name) => name.replace('.', '\\.')).join('|')})/[\w./@-]*|\.\.?/[\w./@-]*\.\w+)`,
  'g',
);
/** A file named alone, without its folder (`<name>.test.ts`): it must exist somewhere. */
const FILE_NAME = /(?<![\w./-])([\w-]+(?:\.[\w-]+)*\.(?:ts|mjs|cjs|astro|css))\b/g;
const NPM_RUN = /\bnpm run ([a-z][\w:-]*)/g;

interface Reference {
  line: number;
  problem: string;
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}

/** The stale references of the project at `root`, as "file:line: problem" lines. */
export function staleReferences(root: string): string[] {
  const files = projectFiles(root).sort();
  const names = new Set(files.map((path) => basename(path)));
  const scripts = Object.keys(
    (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: object })
      .scripts ?? {},
  );
  const problems: string[] = [];
  for (const file of files) {
    const read = isFixtures(file)
      ? basename(file) === 'README.md'
      : file.endsWith('.md') || CODE.test(file) || CONFIGS.some((config) => config.test(file));
    if (!read) continue;
    const text = readFileSync(join(root, file), 'utf8');
    const found: Reference[] = [];
    for (const span of prose(file, text)) {
      const at = (index: number) => lineOf(text, span.start + index);
      for (const match of span.text.matchAll(PATH)) {
        let written = match[1]!.replace(/[.]+$/, '');
        // Up to a placeholder (`tests/fixtures/pages/<case>/`, `page-*`): the folder it is in.
        if (/[*<{$]/.test(span.text[match.index + match[1]!.length] ?? ''))
          written = written.slice(0, written.lastIndexOf('/') + 1);
        const relative = /^\.\.?\//.test(written);
        if (relative && !CODE.test(file)) continue;
        const path = relative
          ? normalize(join(dirname(file), written))
              .split(sep)
              .join('/')
          : written;
        if (path.startsWith('..') || CREATED.has(path) || existsSync(join(root, path))) continue;
        found.push({
          line: at(match.index),
          problem: `"${written}" does not exist. Correct the path, or remove the reference.`,
        });
      }
      for (const match of span.text.matchAll(FILE_NAME)) {
        if (names.has(match[1]!)) continue;
        found.push({
          line: at(match.index),
          problem: `"${match[1]}" is no file of the project. Write the path of the file that holds it today, or remove the reference.`,
        });
      }
      for (const match of span.text.matchAll(NPM_RUN)) {
        if (scripts.includes(match[1]!)) continue;
        found.push({
          line: at(match.index),
          problem: `"npm run ${match[1]}" is no script of package.json. Name one of: ${scripts.join(', ')}.`,
        });
      }
    }
    for (const { line, problem } of found.sort((a, b) => a.line - b.line))
      problems.push(`${file}:${line}: ${problem}`);
  }
  return problems;
}

if (import.meta.main) {
  const root = process.argv[2] ?? process.cwd();
  const problems = staleReferences(root);
  if (problems.length > 0) {
    console.error(
      `Stale references (tests/lint/stale-references.ts):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    process.exitCode = 1;
  } else console.log('✔ references in comments and configuration files: all found');
}
