/**
 * `npm run check -- --fix`: applies every fix that has one answer (a misspelt field with one
 * close name, fix-fields.ts; the typography's: spaces, quotation marks, apostrophes, an escape
 * written where it is not read), on a draft checked like every other write (scripts/staged/staged.ts),
 * and says what it changed. A fix is applied where
 * the text reads as written in the file; one it cannot place (a text written with escapes, or
 * across markup) is left, and the check lists it as before.
 */
import { applyRenames, fieldRenames, renameLine } from './fix-fields.ts';
import { checkContent } from '../../src/content-check/index.ts';
import { checked, writeFiles } from '../staged/staged.ts';
import { readContentFiles, type ContentFiles } from '../../src/data/content-files.ts';
import { typographyFixes, type TypographyFix } from '../../src/content-check/typography-check.ts';
import { readable } from '../../src/content-check/typography-text.ts';
import { typographyMistakes } from '../../src/content-check/typography.ts';
import type { Locale } from '../../src/config/locales.ts';

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

/** `npm run check -- --fix` in the project at `root`: the fixes written, all or nothing. */
export function fixContent(root: string): FixReport {
  const { applied, problems, changes } = fixFiles(readContentFiles(root));
  writeFiles(root, changes);
  return { applied, problems };
}

/** The fixes of `files`, in memory: what they are, and the files' new texts. */
export function fixFiles(files: ContentFiles): FixReport & { changes: [string, string][] } {
  const run = checked(files, (draft) => {
    // A misspelt field first: its texts are then read (and their typography checked) as the field.
    const renamed = applyRenames(draft, fieldRenames(checkContent(draft.files).problems));
    const applied: TypographyFix[] = [];
    // Two fixes may touch one word («fonctionnels»): each pass applies what it can place, the
    // next reads the texts again.
    for (let pass = 0; pass < 5; pass++) {
      const byFile = new Map<string, TypographyFix[]>();
      for (const fix of typographyFixes(draft.files))
        byFile.set(fix.path, [...(byFile.get(fix.path) ?? []), fix]);
      const before = applied.length;
      for (const [path, fixes] of byFile) {
        const result = applyTo(draft.files.text(path) ?? '', fixes);
        if (result.applied.length === 0) continue;
        draft.write(path, result.text);
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
    changes: run.changes,
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
