/**
 * `npm run check -- --fix`: applies every fix that has one answer (a misspelt field with one
 * close name, fix-fields.ts; the typography's: spaces, quotation marks, apostrophes, an escape
 * written where it is not read), on a staged copy
 * checked like every other write (staged.ts), and says what it changed. A fix is applied where
 * the text reads as written in the file; one it cannot place (a text written with escapes, or
 * across markup) is left, and the check lists it as before.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyRenames, fieldRenames, renameLine } from './fix-fields.ts';
import { checkContent } from './index.ts';
import { readContentFiles } from '../data/content-files.ts';
import { staged } from './staged.ts';
import { typographyFixes, type TypographyFix } from './typography-check.ts';
import { readable } from './typography-text.ts';
import { typographyMistakes } from './typography.ts';
import type { Locale } from '../config/locales.ts';

/** The offset at which 1-based `line` starts in `text`. */
function lineStart(text: string, line: number): number {
  let offset = 0;
  for (let current = 1; current < line && offset !== -1; current++)
    offset = text.indexOf('\n', offset) + 1 || -1;
  return offset === -1 ? text.length : offset;
}

/** Applies the fixes of one file to its text; returns the text and the fixes applied. */
function applyTo(text: string, fixes: TypographyFix[]): { text: string; applied: TypographyFix[] } {
  const applied: TypographyFix[] = [];
  let result = text;
  for (const fix of fixes) {
    const at = result.indexOf(fix.from, lineStart(result, fix.line));
    // Only on its own line (or the lines a line break in it spans): never a match further down.
    const lines = fix.from.split('\n').length - 1 + fix.window;
    if (at === -1 || at >= lineStart(result, fix.line + lines + 1)) continue;
    result = result.slice(0, at) + fix.to + result.slice(at + fix.from.length);
    applied.push(fix);
  }
  return { text: result, applied };
}

export interface FixReport {
  /** "path: line 3: "from" → "to"" (a field: "path: line 3: field "from" → "to""), one per fix. */
  applied: string[];
  /** Problems the fixes would have added: then nothing was written. */
  problems: string[];
}

export function fixContent(root: string): FixReport {
  const run = staged(root, (stage) => {
    // A misspelt field first: its texts are then read (and their typography checked) as the field.
    const renamed = applyRenames(
      stage,
      fieldRenames(checkContent(readContentFiles(stage)).problems),
    );
    const applied: TypographyFix[] = [];
    // Two fixes may touch one word («fonctionnels»): each pass applies what it can place, the
    // next reads the texts again.
    for (let pass = 0; pass < 5; pass++) {
      const byFile = new Map<string, TypographyFix[]>();
      for (const fix of typographyFixes(readContentFiles(stage)))
        byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
      const before = applied.length;
      for (const [path, fixes] of byFile) {
        const file = join(stage, path);
        const result = applyTo(readFileSync(file, 'utf8'), fixes);
        if (result.applied.length === 0) continue;
        writeFileSync(file, result.text);
        applied.push(...result.applied);
      }
      if (applied.length === before) break;
    }
    return { renamed, applied };
  });
  return {
    applied: run.problems.length
      ? []
      : [
          ...run.result.renamed.map(renameLine),
          ...run.result.applied.map(
            ({ path, line, from, to }) =>
              `${path}: line ${line}: "${readable(from)}" → "${readable(to)}"`,
          ),
        ],
    problems: run.problems,
  };
}

/**
 * A text with every typography fix that has one answer applied (a summary typed at a prompt),
 * one at a time, as each fix may change what the next one reads.
 */
export function fixedText(text: string, locale: Locale): string {
  let result = text;
  for (let round = 0; round < 50; round++) {
    const mistake = typographyMistakes(result, locale).find(({ fix }) => fix !== undefined);
    if (!mistake || mistake.fix === undefined) break;
    result = result.slice(0, mistake.index) + mistake.fix + result.slice(mistake.end);
  }
  return result;
}
