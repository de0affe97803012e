/**
 * The line a change not yet recorded as a version is on, so its message reads like every other
 * ("content/cookies.yaml: line 21: cookie "sessionid": lifetime changed …"): the changed field of
 * a cookie, a provider's entry, an operator fact, a page's section heading. Read from the texts
 * of the files as they are now; a removed entry has no line, and neither has a text this cannot
 * place (the message then names the file alone, as before).
 */
import type { ContentFiles } from '../data/content-files.ts';
import { loadYamlWithLines, splitFrontmatter, type YamlReader } from '../data/parse.ts';
import { isRecord } from '../data/entries.ts';

/** The line of `path` (keys) inside a YAML text, or of the deepest part of it that has one. */
function yamlLine(
  text: string | undefined,
  path: readonly (string | number)[],
  yaml: YamlReader,
): number | undefined {
  const read = text === undefined ? undefined : loadYamlWithLines(text, 1, yaml);
  if (!read) return undefined;
  let line: number | undefined;
  let container = read.value;
  for (const key of path) {
    if (container === null || typeof container !== 'object') break;
    line = read.lineOf(container, key) ?? line;
    container = (container as Record<string | number, unknown>)[key];
  }
  return line;
}

/** The index of the entry of a YAML list whose `key` is `value`. */
function entryIndex(
  text: string | undefined,
  key: string,
  value: string,
  yaml: YamlReader,
): number | undefined {
  const read = text === undefined ? undefined : loadYamlWithLines(text, 1, yaml);
  if (!read || !Array.isArray(read.value)) return undefined;
  const index = read.value.findIndex((entry) => isRecord(entry) && entry[key] === value);
  return index < 0 ? undefined : index;
}

/** A heading's line in a page: the first `#` line whose words, markup aside, are `heading`. */
function headingLine(text: string | undefined, heading: string): number | undefined {
  if (text === undefined) return undefined;
  const plain = (line: string) =>
    line
      .replace(/^#{1,6}\s+/, '')
      .replace(/[*_`]/g, '')
      .trim();
  const index = text
    .split('\n')
    .findIndex((line) => /^#{1,6}\s/.test(line) && plain(line) === heading);
  return index < 0 ? undefined : index + 1;
}

/** The first line of a page's body (the text before its first heading). */
function bodyLine(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const { frontmatter } = splitFrontmatter(text);
  const lines = text.split('\n');
  const start = frontmatter === undefined ? 0 : frontmatter.split('\n').length + 2;
  const index = lines.findIndex((line, at) => at >= start && line.trim() !== '');
  return index < 0 ? undefined : index + 1;
}

/**
 * "file: line N: what" for an unrecorded change written "file: what" (versions.ts words them),
 * when its line can be found; the message as it was otherwise.
 */
export function withLine(message: string, files: Pick<ContentFiles, 'text' | 'yaml'>): string {
  const match = /^([^:]+): (.*)$/s.exec(message);
  if (!match?.[1] || match[2] === undefined) return message;
  const [, path, rest] = match;
  const text = files.text(path);
  const { yaml } = files;
  let line: number | undefined;
  const cookie = /^cookie "([^"]+)": (\w+)/.exec(rest);
  const provider = /^provider "([^"]+)": /.exec(rest);
  const section = /^section "(.+)": (?:added|changed)$/.exec(rest);
  const fact = /^((?:[a-zA-Z]+)(?:\.[a-zA-Z]+)*): (?:changed)/.exec(rest);
  if (cookie?.[1] && cookie[2] !== 'removed') {
    const index = entryIndex(text, 'name', cookie[1], yaml);
    if (index !== undefined) line = yamlLine(text, [index, cookie[2]!], yaml);
  } else if (provider?.[1] && !rest.endsWith(': removed')) {
    const index = entryIndex(text, 'id', provider[1], yaml);
    if (index !== undefined) line = yamlLine(text, [index], yaml);
  } else if (section?.[1]) line = headingLine(text, section[1]);
  else if (/^the text before the first heading: (?:added|changed)$/.test(rest))
    line = bodyLine(text);
  else if (/^(title|description): (?:added|changed)$/.test(rest)) {
    const key = rest.split(':')[0]!;
    const index = (text ?? '').split('\n').findIndex((at) => at.startsWith(`${key}:`));
    line = index < 0 ? undefined : index + 1;
  } else if (fact?.[1]) line = yamlLine(text, fact[1].split('.'), yaml);
  return line === undefined ? message : `${path}: line ${line}: ${rest}`;
}
