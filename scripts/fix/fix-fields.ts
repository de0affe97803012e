/**
 * `npm run check -- --fix` for a misspelt field (`purpse:`): when exactly one field allowed there
 * is close to it (nearest.ts), its key is renamed on its own line, nothing else of the line or
 * the file changing (comments, quotes, layout). A field with no close name, or with two as close,
 * is a person's choice: it is left, and the check lists it as before. A rename that would make
 * the file unreadable (the right field is already written beside it) is left too.
 */
import { extname } from 'node:path';
import { loadYaml, splitFrontmatter } from '../../src/data/parse.ts';
import { readUnknownField } from '../../src/data/schema-messages.ts';
import { onlyNearest } from '../../src/lib/nearest.ts';
import type { Draft } from '../staged/staged.ts';

export interface FieldRename {
  path: string;
  line: number;
  from: string;
  to: string;
}

/** The renames with one answer among the check's problems. */
export function fieldRenames(problems: readonly string[]): FieldRename[] {
  return problems
    .flatMap((problem) => {
      const unknown = readUnknownField(problem);
      const to = unknown && onlyNearest(unknown.field, unknown.allowed);
      return unknown && to
        ? [{ path: unknown.path, line: unknown.line, from: unknown.field, to }]
        : [];
    })
    .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the YAML of a file (a page's frontmatter) still reads: no key written twice. */
function readable(path: string, text: string): boolean {
  const yaml = extname(path) === '.mdx' ? splitFrontmatter(text).frontmatter : text;
  try {
    loadYaml(yaml ?? '');
    return true;
  } catch {
    return false;
  }
}

/** Renames the keys in the files of the draft; returns those renamed. */
export function applyRenames(draft: Draft, renames: readonly FieldRename[]): FieldRename[] {
  const applied: FieldRename[] = [];
  for (const rename of renames) {
    if (!/\.(ya?ml|mdx)$/.test(rename.path)) continue;
    const lines = (draft.files.text(rename.path) ?? '').split('\n');
    const line = lines[rename.line - 1];
    if (line === undefined) continue;
    // The key at the start of its line, after a list's "- ", bare or in quotes.
    const key = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)${escaped(rename.from)}\\2(\\s*:)`);
    if (!key.test(line)) continue;
    lines[rename.line - 1] = line.replace(
      key,
      (_, start: string, quote: string, colon: string) =>
        `${start}${quote}${rename.to}${quote}${colon}`,
    );
    const text = lines.join('\n');
    if (!readable(rename.path, text)) continue;
    draft.write(rename.path, text);
    applied.push(rename);
  }
  return applied;
}

/** "content/cookies.yaml: line 21: field "purpse" → "purpose"", as `--fix` reports it. */
export const renameLine = ({ path, line, from, to }: FieldRename) =>
  `${path}: line ${line}: field "${from}" → "${to}"`;
