/**
 * How every content file is parsed, by the content check (for the build too) and the tools
 * alike, and how a file that cannot be parsed reads to an editor (one message for all of them).
 *
 * YAML is read with the core schema: what looks like a date stays the text written (2026-02-30 is
 * a text a schema can refuse, not 2 March), and no tag beyond plain data is known (no !!binary,
 * no !!timestamp), so a file holds nothing the schemas cannot describe. A text is read with the
 * line each value starts on (yaml-lines.ts). The content check parses each text once: its
 * snapshot's parser (src/data/content-files.ts) is passed as `yaml`; read the value,
 * never change it.
 */
import yaml from 'js-yaml';
import { ANCHOR_REASON, readYamlWithLines, type YamlWithLines } from './yaml-lines.ts';

/** The 1-based line on which `container[key]` starts (yaml-lines.ts), for messages. */
export type LineOf = (container: object, key: string | number) => number | undefined;

export type Parsed =
  | { ok: true; value: unknown; lineOf?: LineOf }
  /** `problem` is the whole message; `reason` only the parser's words, for messages of their own. */
  | { ok: false; problem: string; reason: string };

export const YAML_FIX =
  'Fix the syntax there: indent with spaces, and put quotes around texts that contain ": " or start with a special character.';
/** Content needs no anchors or aliases; refused, an alias "bomb" cannot blow a small file up. */
const ANCHOR_FIX =
  'Content files use no anchors (&name) or aliases (*name): write each value out in full where it is used.';
export const JSON_FIX = 'Fix the syntax: keys and texts in double quotes, commas between entries.';

/** How a YAML text is parsed: a content check's snapshot parses each text once (content-files.ts). */
export type YamlReader = (text: string) => YamlWithLines;

/** yaml.load(text) with the core schema; throws. */
export function loadYaml(text: string, read: YamlReader = readYamlWithLines): unknown {
  return read(text).value;
}

/**
 * The value and the line each of its values starts on, counted from `firstLine` (a page's
 * frontmatter starts on line 2), or undefined when the text cannot be read (parseYaml says why).
 */
export function loadYamlWithLines(
  text: string,
  firstLine = 1,
  read: YamlReader = readYamlWithLines,
): YamlWithLines | undefined {
  try {
    const { value, lineOf } = read(text);
    return {
      value,
      lineOf: (container, key) => {
        const line = lineOf(container, key);
        return line === undefined ? undefined : line + firstLine - 1;
      },
    };
  } catch {
    return undefined;
  }
}

export interface ParseOptions {
  /** What cannot be read, in the message: "the YAML" unless it is, say, "the frontmatter". */
  what?: string;
  /** The line of the file the text starts on (a page's frontmatter starts on line 2). */
  firstLine?: number;
  fix?: string;
  /** The snapshot's parser, when the text is a content file's (content-files.ts). */
  yaml?: YamlReader;
}

/** The file's YAML, or the problem: "path: line 3, column 7: the YAML cannot be read (why). Fix." */
export function parseYaml(text: string, path: string, options: ParseOptions = {}): Parsed {
  const {
    what = 'the YAML',
    firstLine = 1,
    fix = YAML_FIX,
    yaml: read = readYamlWithLines,
  } = options;
  try {
    const { value, lineOf } = read(text);
    return {
      ok: true,
      value,
      lineOf: (container, key) => {
        const line = lineOf(container, key);
        return line === undefined ? undefined : line + firstLine - 1;
      },
    };
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const where = error.mark
      ? `line ${error.mark.line + firstLine}, column ${error.mark.column + 1}: `
      : '';
    const colon = error.mark ? colonInValue(text, error.mark.line) : undefined;
    return {
      ok: false,
      problem: colon
        ? `${path}: ${where}${what} cannot be read: the text "${colon.value}" has ${colon.french ? 'a French colon (" : "), which' : 'a colon followed by a space, which'} YAML reads as the start of another field. Put the whole text in double quotes: ${colon.key}: "${colon.value.replace(/"/g, '\\"')}"${colon.french ? ' (inside double quotes, write the no-break space before ":" as \\u00a0, or type the character itself)' : ''}.`
        : `${path}: ${where}${what} cannot be read (${error.reason}). ${error.reason.startsWith(ANCHOR_REASON) ? ANCHOR_FIX : fix}`,
      reason: error.reason,
    };
  }
}

/**
 * A plain (unquoted) value on line `line` (0-based) that holds ": " after its key, as French
 * spacing writes it ("autre : une", with an ordinary or a no-break space): js-yaml only says "bad
 * indentation of a mapping entry". Its key and value (shortened), and whether the colon is French.
 */
function colonInValue(
  text: string,
  line: number,
): { key: string; value: string; french: boolean } | undefined {
  const source = text.split(/\r?\n/)[line] ?? '';
  const match = /^\s*(?:-\s+)?([^\s:#'"][^:]*?):[ \t]+([^'"{[\s].*)$/.exec(source);
  if (!match?.[1] || !match[2]) return undefined;
  const value = match[2].replace(/\s+#.*$/, '');
  if (!/:(?:\s|$)/.test(value)) return undefined;
  return {
    key: match[1],
    value: value.length > 60 ? `${value.slice(0, 57)}…` : value,
    french: /[ \u00a0\u202f]:(?:\s|$)/.test(value),
  };
}

/** The file's JSON, or the problem, worded as for YAML. */
export function parseJson(text: string, path: string, fix = JSON_FIX): Parsed {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    // V8 words it "Unexpected token 'x', "…" is not valid JSON": the quoted text may be binary.
    const reason = (error as Error).message
      .replace(/, ".*" is not valid JSON$/s, '')
      // Binary garbage: a character the terminal would not show is named by its code point.
      .replace(
        /[\p{Cc}\uFFFD]/gu,
        (char) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      );
    return { ok: false, problem: `${path}: the JSON cannot be read (${reason}). ${fix}`, reason };
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * A page's frontmatter (the YAML between its first two `---` lines) and its body: the one way the
 * check, the versions and the translations find them. The frontmatter's lines are left empty in
 * the body, so a position in the body is a position in the file.
 */
export function splitFrontmatter(text: string): { frontmatter?: string; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match || match[1] === undefined) return { body: text };
  return {
    frontmatter: match[1],
    body: match[0].replace(/[^\n]/g, '') + text.slice(match[0].length),
  };
}
