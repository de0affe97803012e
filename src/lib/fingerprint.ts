/**
 * Fingerprints of texts that ignore what a reader cannot see: Unicode normalisation form,
 * whitespace (including no-break spaces and line breaks) and the choice between typographic and
 * straight quotes. Two texts with the same fingerprint say the same words in the same order.
 *
 * Used to notice that a policy page or a cookie's description changed since the last recorded
 * version (src/versions/), and meant for any other "did this text change?" question, such as
 * whether a translation still follows its original. Nothing here knows about MDX or cookies.
 */
import { createHash } from 'node:crypto';

/**
 * Every kind of whitespace, with those JavaScript's `\s` already covers (spaces, tabs, line
 * breaks, no-break space U+00A0, narrow no-break space U+202F, figure space U+2007, the other
 * Unicode spaces) plus the invisible joiners editors paste without noticing: zero-width space
 * U+200B, word joiner U+2060 and the byte-order mark U+FEFF.
 */
const WHITESPACE = /[\s\u200B\u2060\uFEFF]+/gu;

/**
 * Curly, low and angle quotes, and the apostrophe, as the straight quote they stand for. French
 * guillemets take the (no-break) space inside them along: « oui » and "oui" say the same.
 */
const QUOTES: [RegExp, string][] = [
  [/\u00AB\s*|\s*\u00BB/gu, '"'],
  [/\u2039\s*|\s*\u203A/gu, "'"],
  [/[\u2018\u2019\u201A\u201B]/gu, "'"],
  [/[\u201C\u201D\u201E\u201F]/gu, '"'],
];

/**
 * The text as a fingerprint sees it: NFC, typographic quotes made straight, every run of
 * whitespace one ordinary space, no space at either end. Two texts a reader cannot tell apart
 * (a re-wrapped paragraph, a no-break space before a colon, « » instead of " ") come out equal.
 */
export function normaliseText(text: string): string {
  let normalised = text.normalize('NFC');
  for (const [pattern, straight] of QUOTES) normalised = normalised.replace(pattern, straight);
  return normalised.replace(WHITESPACE, ' ').trim();
}

/** Hex digits kept: 64 bits, ample to notice a change, short enough to read in a YAML file. */
export const FINGERPRINT_LENGTH = 16;

/**
 * A short SHA-256 of the normalised text: equal for texts that differ only in whitespace, quote
 * style or normalisation form, different as soon as a word, a digit or a punctuation mark does.
 */
export function fingerprint(text: string): string {
  return createHash('sha256')
    .update(normaliseText(text), 'utf8')
    .digest('hex')
    .slice(0, FINGERPRINT_LENGTH);
}
