/**
 * Spaces: the no-break space a language puts before or after some punctuation (French: before
 * ; : ! ? and », after «), which keeps the mark from starting a line on its own; and two spaces in
 * a row, which HTML shows as one and a PDF or an export may not.
 */
import {
  NARROW_NO_BREAK_SPACE,
  NO_BREAK_SPACE,
  type LanguageTypography,
} from './typography-rules.ts';
import { shown, wordEnd, wordStart, type Mistake } from './typography-text.ts';

const isNoBreak = (char: string) => char === NO_BREAK_SPACE || char === NARROW_NO_BREAK_SPACE;
const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** How the space found reads in a message: "has no space", "has an ordinary space", … */
function describe(run: string): string {
  if (run === '') return 'has no space';
  return run.includes('\n') ? 'has a line break' : 'has an ordinary space';
}

/** The space run is right: exactly one no-break space (several are two spaces in a row). */
const settled = (run: string) => [...run].every(isNoBreak);

/** ?! and !! take one space before the pair; 12:30 and 1:2 are no punctuation. */
function exempt(masked: string, index: number): boolean {
  const [before = '', mark, after = ''] = [masked[index - 1], masked[index], masked[index + 1]];
  if (/[!?]/.test(before) && /[!?]/.test(mark ?? '')) return true;
  return mark === ':' && /\d/.test(before) && /\d/.test(after);
}

// Built once per language: the check reads thousands of texts.
const markPatterns = new WeakMap<LanguageTypography, RegExp | undefined>();

/** The punctuation that wants a no-break space, as one pattern; none for most languages. */
function marksOf(rules: LanguageTypography): RegExp | undefined {
  if (!markPatterns.has(rules)) {
    const marks = [...rules.noBreakSpaceBefore, ...rules.noBreakSpaceAfter];
    const escaped = marks.map((mark) => mark.replace(/[\\^\]-]/g, '\\$&')).join('');
    markPatterns.set(rules, marks.length > 0 ? new RegExp(`[${escaped}]`, 'g') : undefined);
  }
  return markPatterns.get(rules);
}

/** `masked` is the text with what is not prose hidden (typography-text.ts), read for the marks. */
export function spacingMistakes(
  text: string,
  masked: string,
  rules: LanguageTypography,
  language: string,
): Mistake[] {
  const mistakes: Mistake[] = [];
  const marks = marksOf(rules);
  if (!marks) return mistakes;
  for (const { index, 0: mark } of masked.matchAll(marks)) {
    if (rules.noBreakSpaceBefore.includes(mark) && !exempt(masked, index))
      mistakes.push(...spaceBefore(text, index, language));
    if (rules.noBreakSpaceAfter.includes(mark)) mistakes.push(...spaceAfter(text, index, language));
  }
  return mistakes;
}

const why = (mark: string, language: string) =>
  ['«', '»'].includes(mark)
    ? `${language} puts a no-break space (\\u00a0) inside « »`
    : `${language} puts a no-break space (\\u00a0) before "${mark}"`;

/** The space before the mark at `index`: none, or one no-break space, or a mistake. */
function spaceBefore(text: string, index: number, language: string): Mistake[] {
  const mark = text[index]!;
  let start = index;
  while (isSpace(text[start - 1])) start--;
  const run = text.slice(start, index);
  if (run !== '' && settled(run)) return [];
  const word = wordStart(text, start);
  const before = text.slice(word, start);
  // A mark that starts the text (after **bold** or a component) is shown with what follows.
  let next = index + 1;
  while (isSpace(text[next])) next++;
  const after = before === '' ? text.slice(index + 1, wordEnd(text, next)) : '';
  const excerpt = text.slice(word, index + 1) + after;
  const fixed = before + NO_BREAK_SPACE + mark + after;
  return [
    {
      index: word,
      end: index + 1,
      message: `${shown(excerpt)} ${describe(run)} before "${mark}". ${why(mark, language)}: write ${shown(fixed)}.`,
      fix: before + NO_BREAK_SPACE + mark,
    },
  ];
}

/** The space after the mark at `index` (French «). */
function spaceAfter(text: string, index: number, language: string): Mistake[] {
  const mark = text[index]!;
  let end = index + 1;
  while (isSpace(text[end])) end++;
  const run = text.slice(index + 1, end);
  if (run !== '' && settled(run)) return [];
  const after = text.slice(end, wordEnd(text, end));
  return [
    {
      index,
      end: end + after.length,
      message: `${shown(text.slice(index, end + after.length))} ${describe(run)} after "${mark}". ${why(mark, language)}: write ${shown(mark + NO_BREAK_SPACE + after)}.`,
      fix: mark + NO_BREAK_SPACE + after,
    },
  ];
}

/** Two or more spaces between words; one is kept, the no-break one if there is one. */
export function doubleSpaceMistakes(text: string, covered: readonly Mistake[]): Mistake[] {
  const mistakes: Mistake[] = [];
  for (const match of text.matchAll(/(?<=\S)[ \t\u00a0\u202f]{2,}(?=\S)/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (covered.some((mistake) => mistake.index < end && start < mistake.end)) continue;
    const kept = [...match[0]].find(isNoBreak) ?? ' ';
    const word = wordStart(text, start);
    const after = wordEnd(text, end);
    const excerpt = text.slice(word, after);
    const fixed = text.slice(word, start) + kept + text.slice(end, after);
    mistakes.push({
      index: word,
      end: after,
      message: `${shown(excerpt)} has ${match[0].length} spaces in a row. Keep one: write ${shown(fixed)}.`,
      fix: fixed,
    });
  }
  return mistakes;
}
