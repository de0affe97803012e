/**
 * What the typography rules share: one mistake as found in a text, the parts of a text that are
 * not prose (addresses, i18next placeholders), and how an excerpt reads in a message, with the
 * invisible no-break spaces shown as \u00a0 so a person can see them.
 */

export interface Mistake {
  /** Where in the text the mistake starts (a multi-line text's line is counted from it). */
  index: number;
  /** Where it ends, so that two rules do not report the same characters twice. */
  end: number;
  /** What is wrong and the exact fix, without the file and line. */
  message: string;
  /** What replaces text[index..end] when the fix has one answer (`npm run check -- --fix`). */
  fix?: string;
}

// Web and e-mail addresses and {{placeholders}} are not prose: `?` and `:` belong to them.
const NOT_PROSE =
  /\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+|\bmailto:\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\{\{[^}]*\}\}/gi;

/**
 * The text with what is not prose replaced by as many letters, so positions stay those of the
 * text and no rule reads inside an address.
 */
export function maskNotProse(text: string): string {
  // Most texts hold no address: the quick look spares the pattern on thousands of them.
  if (!/:\/\/|www\.|mailto:|@|\{\{/.test(text)) return text;
  return text.replace(NOT_PROSE, (match) => 'x'.repeat(match.length));
}

/** An excerpt as a message shows it: no-break spaces written \u00a0 and \u202f, in quotes. */
export function shown(excerpt: string): string {
  return `"${readable(excerpt)}"`;
}

/** The excerpt with its invisible characters spelt out, without quotes. */
export function readable(excerpt: string): string {
  return excerpt
    .replace(/\u00a0/g, '\\u00a0')
    .replace(/\u202f/g, '\\u202f')
    .replace(/\t/g, '\\t')
    .replace(/\r?\n/g, ' ');
}

const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char);

/** Where the word that ends at `end` starts (the word of "Cookie :" before its space). */
export function wordStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1])) start--;
  return start;
}

/** Where the word that starts at `start` ends. */
export function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isSpace(text[end])) end++;
  return end;
}

/** A quotation's inside as an excerpt shows it: long ones cut, so a message stays one line. */
export function shortened(inside: string): string {
  const LONGEST = 60;
  return inside.length > LONGEST ? `${inside.slice(0, LONGEST - 1)}…` : inside;
}
