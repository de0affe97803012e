/**
 * Where an editor's prose is, in each kind of file, with the line it starts on: the text nodes of
 * an MDX page (read with the parser the build uses, so code, addresses, JSX attributes, {…}
 * expressions and import lines are never mistaken for prose) and its frontmatter's texts; the
 * per-language texts of a YAML file (`fr:`, `en:`, …); the interface strings of a JSON file.
 * A file that cannot be read yields nothing here: the check that reads it says why.
 */
import { mdxToMdast, type MdastNode } from 'satteri';
import { isLocale, type Locale } from '../config/locales.ts';
import { isRecord } from '../data/entries.ts';
import { loadYamlWithLines, splitFrontmatter, type YamlReader } from '../data/parse.ts';
import { pageSchema } from '../data/page-schema.ts';
import type { YamlWithLines } from '../data/yaml-lines.ts';

export interface Prose {
  locale: Locale;
  text: string;
  /** The file's line on which the text starts. */
  line: number;
  /** The text's line breaks are the file's (MDX), so a later line can be named. */
  linesAsInFile?: boolean;
  /** How a message names the text after its line: `title`, `cookie "sessionid": purpose.fr`. */
  field?: string;
}

// Nodes whose content is not prose: code, JavaScript ({…}, import and export lines).
const NOT_PROSE = new Set([
  'code',
  'inlineCode',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
]);

type Node = MdastNode & { value?: string; url?: string; children?: Node[] };

/** A link whose text is its own address (a bare https://… in the text) holds no prose. */
const isBareAddress = (node: Node) =>
  node.type === 'link' &&
  node.children?.length === 1 &&
  node.children[0]?.value?.replace(/^mailto:/, '') === node.url?.replace(/^mailto:/, '');

function textNodes(node: Node, locale: Locale, found: Prose[]): void {
  if (NOT_PROSE.has(node.type) || isBareAddress(node)) return;
  // JSX attributes are not children, so <a href="…"> is skipped and its text is read.
  if (node.type === 'text' && node.value && node.position)
    found.push({ locale, text: node.value, line: node.position.start.line, linesAsInFile: true });
  for (const child of node.children ?? []) textNodes(child, locale, found);
}

/** The prose of a page: its frontmatter's texts, then its body's. */
export function proseOfPage(
  source: string,
  locale: Locale,
  yaml?: YamlReader,
  mdast: (body: string) => MdastNode = mdxToMdast,
): Prose[] {
  const { frontmatter, body } = splitFrontmatter(source);
  const found: Prose[] = [];
  // The frontmatter starts on the file's second line, after its opening ---.
  const data = frontmatter === undefined ? undefined : loadYamlWithLines(frontmatter, 2, yaml);
  if (data && isRecord(data.value))
    for (const field of Object.keys(pageSchema.shape)) {
      const text = data.value[field];
      const line = data.lineOf(data.value, field);
      if (typeof text === 'string' && line) found.push({ locale, text, line, field });
    }
  try {
    textNodes(mdast(body) as Node, locale, found);
  } catch {
    // Unreadable MDX: the page check names the line and the fix.
  }
  return found;
}

/** How a YAML file's entries are named: `cookie "sessionid"`, `version 2 (2026-12-03)`. */
export type EntryNamer = (entry: unknown, index: number) => string;

/**
 * Every per-language text of a YAML file: the string values of a mapping's language keys
 * (`purpose: { fr: …, en: … }`), wherever they stand. A list's entries are named by `entryName`;
 * `fields`, when given, are the only fields of an entry read (a version's summary, not the
 * dates it was translated on, which are keyed by language too).
 */
export function proseOfYaml(
  text: string,
  options: { entryName?: EntryNamer; fields?: readonly string[]; yaml?: YamlReader } = {},
): Prose[] {
  const data = loadYamlWithLines(text, 1, options.yaml);
  if (!data) return [];
  const found: Prose[] = [];
  const { value } = data;
  if (Array.isArray(value))
    value.forEach((entry, index) => {
      const name = options.entryName?.(entry, index) ?? `entry ${index + 1}`;
      if (isRecord(entry))
        for (const [key, field] of Object.entries(entry))
          if (!options.fields || options.fields.includes(key))
            walk(data, entry, key, field, [`${name}: ${key}`], found);
    });
  else if (isRecord(value))
    for (const [key, field] of Object.entries(value)) walk(data, value, key, field, [key], found);
  return found;
}

function walk(
  data: YamlWithLines,
  parent: object,
  key: string,
  value: unknown,
  path: string[],
  found: Prose[],
): void {
  if (typeof value === 'string' && isLocale(key) && isRecord(parent)) {
    const line = data.lineOf(parent, key);
    if (line) found.push({ locale: key, text: value, line, field: path.join('.') });
  } else if (isRecord(value))
    for (const [child, inner] of Object.entries(value))
      walk(data, value, child, inner, [...path, child], found);
}

/**
 * The interface strings of one language's flat JSON file, each on the line of its key (a JSON
 * text cannot span lines). Nothing when the file is not one group of strings.
 */
export function proseOfStrings(text: string, locale: Locale): Prose[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isRecord(value)) return [];
  const lines = text.split('\n');
  return Object.entries(value).flatMap(([key, string]) => {
    if (typeof string !== 'string') return [];
    const name = JSON.stringify(key);
    const index = lines.findIndex((line) => line.trimStart().startsWith(name));
    return [{ locale, text: string, line: index + 1, field: name }];
  });
}
