/**
 * A content file of entries checked against its schema, the same way for every file an editor or
 * a command writes (cookies, providers, versions, translation records, ...): each problem reads
 * "file: entry: field: what is wrong. How to fix it.", every entry is checked, and the valid ones
 * are returned so later checks can still run. A new kind of file needs a schema whose fields
 * describe their fix (`.describe(...)`), and one call here.
 */
import type { z } from 'astro/zod';
import { describeIssue } from './schema-messages.ts';
import { quoted } from '../lib/excerpt.ts';
import type { LineOf, Parsed } from './parse.ts';

/**
 * "line 12: " for the deepest value of `path` below `root` whose line is known (a missing field
 * is named on its entry's line), or nothing when the lines are unknown.
 */
export function lineAt(
  lineOf: LineOf | undefined,
  root: unknown,
  path: readonly PropertyKey[],
  fallback?: number,
): string {
  let line = fallback;
  let container = root;
  for (const key of path) {
    if (!lineOf || container === null || typeof container !== 'object') break;
    const index = Array.isArray(container) ? Number(key) : String(key);
    line = lineOf(container, index) ?? line;
    container = (container as Record<string | number, unknown>)[index];
  }
  return line === undefined ? '' : `line ${line}: `;
}

/** Where a schema issue points: its path, and for an unknown field the field itself. */
export const issuePath = (issue: z.core.$ZodIssue): PropertyKey[] =>
  issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined
    ? [...issue.path, issue.keys[0]]
    : issue.path;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A key named `__proto__` as an issue of its own. The YAML and JSON parsers keep it as an
 * ordinary key, but Zod drops it without a word (it cannot be assigned to a plain object), so a
 * summary in the language "__proto__" would vanish: here it is an unknown field like any other.
 */
function prototypeKeyIssues(value: unknown, path: PropertyKey[] = []): z.core.$ZodIssue[] {
  if (value === null || typeof value !== 'object') return [];
  const own = Object.keys(value);
  const here: z.core.$ZodIssue[] = own.includes('__proto__')
    ? [
        {
          code: 'unrecognized_keys',
          keys: ['__proto__'],
          path,
          message: 'Unrecognized key: "__proto__"',
          input: value,
        } as z.core.$ZodIssue,
      ]
    : [];
  return [
    ...here,
    ...own
      .filter((key) => key !== '__proto__')
      .flatMap((key) =>
        prototypeKeyIssues((value as Record<string, unknown>)[key], [
          ...path,
          Array.isArray(value) ? Number(key) : key,
        ]),
      ),
  ];
}

/** The value as the schema reads it, or what it refuses, with the `__proto__` keys it cannot see. */
function parseWith(
  schema: z.ZodType,
  value: unknown,
): { data?: unknown; issues: z.core.$ZodIssue[] } {
  const result = schema.safeParse(value);
  const seen = new Set<string>();
  const found: z.core.$ZodIssue[] = [
    ...(result.success ? [] : result.error.issues),
    ...prototypeKeyIssues(value),
  ];
  const issues = found
    // One issue per unknown key, so each is named on its own line; a strict object sees a
    // `__proto__` key itself, so it is named once.
    .flatMap((issue): z.core.$ZodIssue[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ ...issue, keys: [key] }))
        : [issue],
    )
    .filter((issue) => {
      if (issue.code !== 'unrecognized_keys') return true;
      const where = JSON.stringify([...issue.path.map(String), ...issue.keys]);
      if (seen.has(where)) return false;
      seen.add(where);
      return true;
    });
  return issues.length === 0 ? { data: result.data, issues } : { issues };
}

export interface EntryKind {
  /** What one entry is, for messages: cookie, provider, version. */
  kind: string;
  /** The field that names an entry ("name" for a cookie), and starts it in the file. */
  key: string;
  schema: z.ZodType;
  /** How messages name an entry; by default `cookie "sessionid"`, or `entry 3` without a name. */
  label?: (entry: unknown, index: number) => string;
}

export interface Checked<T> {
  value: T;
  label: string;
  index: number;
}

export interface ListCheck<T> {
  /** The entries as written, when the file is a list; undefined when it is not. */
  list?: unknown[];
  valid: Checked<T>[];
  problems: string[];
}

/** "cookie "sessionid"" when the entry has a usable name, else "entry 3" (counted from 1). */
export function entryLabel({ kind, key, label }: EntryKind, entry: unknown, index: number): string {
  if (label) return label(entry, index);
  const value = isRecord(entry) ? entry[key] : undefined;
  return typeof value === 'string' && value.trim() !== ''
    ? `${kind} ${quoted(value.trim())}`
    : `entry ${index + 1}`;
}

/** One entry against the schema: its value, or one problem per wrong field. */
export function checkEntry<T>(
  path: string,
  spec: EntryKind,
  entry: unknown,
  label: string,
  /** The entry's lines in its file, and the line it starts on. */
  lines?: { lineOf?: LineOf | undefined; start?: number | undefined },
): { value?: T; problems: string[] } {
  const start = lines?.start === undefined ? '' : `line ${lines.start}: `;
  if (!isRecord(entry))
    return {
      problems: [
        `${path}: ${start}${label}: each ${spec.kind} must be a group of fields starting with "- ${spec.key}:".`,
      ],
    };
  const { data, issues } = parseWith(spec.schema, entry);
  if (issues.length === 0) return { value: data as T, problems: [] };
  return {
    problems: issues.flatMap((issue) =>
      describeIssue(issue, entry, spec.schema)
        .split('\n')
        .map(
          (line) =>
            `${path}: ${lineAt(lines?.lineOf, entry, issuePath(issue), lines?.start)}${label}: ${line}`,
        ),
    ),
  };
}

/**
 * A file that lists entries (`- name: ...`): not empty, a list, and every entry valid. `plural`
 * names the entries in messages ("cookies"); `empty` replaces the message for an empty file.
 */
export function checkList<T>(
  path: string,
  parsed: Parsed,
  spec: EntryKind & { plural: string; empty?: string },
): ListCheck<T> {
  if (!parsed.ok) return { valid: [], problems: [parsed.problem] };
  const { value } = parsed;
  const start = `each starting with "- ${spec.key}:"`;
  if (value === undefined || value === null)
    return {
      valid: [],
      problems: [
        `${path}: ${spec.empty ?? `the file is empty. List the ${spec.plural} in it, ${start}.`}`,
      ],
    };
  if (!Array.isArray(value))
    return {
      valid: [],
      problems: [
        `${path}: the file must be a list of ${spec.plural}, ${start}, not ${isRecord(value) ? 'a single group of fields' : 'a single value'}.`,
      ],
    };
  const valid: Checked<T>[] = [];
  const problems: string[] = [];
  value.forEach((entry, index) => {
    const label = entryLabel(spec, entry, index);
    const checked = checkEntry<T>(path, spec, entry, label, {
      lineOf: parsed.lineOf,
      start: parsed.lineOf?.(value, index),
    });
    problems.push(...checked.problems);
    if (checked.problems.length === 0) valid.push({ value: checked.value as T, label, index });
  });
  return { list: value, valid, problems };
}

/** A whole file (or value) against its schema: one problem per wrong field, as "path: field ...". */
export function checkValue<T>(
  path: string,
  value: unknown,
  schema: z.ZodType,
  /** What the value is, when a message must name it whole: "the file", or an entry's label. */
  subject = 'the file',
  lineOf?: LineOf,
): { value?: T; problems: string[] } {
  const { data, issues } = parseWith(schema, value);
  if (issues.length === 0) return { value: data as T, problems: [] };
  return {
    problems: issues.flatMap((issue) =>
      describeIssue(issue, value, schema, subject)
        .split('\n')
        .map((line) => `${path}: ${lineAt(lineOf, value, issuePath(issue))}${line}`),
    ),
  };
}
