/**
 * Quotation marks and apostrophes: a quotation typed with straight quotes, or with another
 * language's marks, becomes the language's own (typography-rules.ts); a straight apostrophe, or
 * an opening quote used as one (pagina‘s), becomes ’. Quotations are found as pairs, so the fix
 * names the quoted words; a mark left without a partner is named alone.
 */
import { APOSTROPHE, type LanguageTypography, type QuotePair } from './typography-rules.ts';
import { readable, shortened, shown, wordEnd, wordStart, type Mistake } from './typography-text.ts';

const DOUBLE_MARKS = '"“”„‟«»';
const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|-]/g, '\\$&');

// Built once per pair: the check reads thousands of texts (a large inventory, four languages).
const pairPatterns = new Map<string, RegExp>();

/** Every `open…close` of one line with no other double quotation mark inside. */
function pairsOf(masked: string, { open, close }: QuotePair): { start: number; end: number }[] {
  if (!masked.includes(open)) return [];
  let pattern = pairPatterns.get(open + close);
  if (!pattern) {
    const inside = `[^${escape(DOUBLE_MARKS)}\\n]*?`;
    pattern = new RegExp(`${escape(open)}${inside}${escape(close)}`, 'g');
    pairPatterns.set(open + close, pattern);
  }
  return [...masked.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The quoted words as the fix writes them: spaces around trimmed, apostrophes made ’. */
const insideOf = (text: string, start: number, end: number) =>
  shortened(text.slice(start + 1, end - 1).trim()).replace(/'/g, APOSTROPHE);

/** The whole quotation as the fix writes it, for `--fix` (the message shortens long ones). */
const quotedAs = (text: string, start: number, end: number, open: string, close: string) =>
  open +
  text
    .slice(start + 1, end - 1)
    .trim()
    .replace(/'/g, APOSTROPHE) +
  close;

/** `'word'`, with the marks outside a word: not the apostrophes of l'Agence or pagina's. */
const STRAIGHT_SINGLE_PAIR = /(?<![\p{L}\p{N}])'(?=\S)[^\n]*?(?<=\S)'(?![\p{L}\p{N}])/gu;

/** What the quote rules share while they read one text. */
interface Reading {
  text: string;
  masked: string;
  rules: LanguageTypography;
  language: string;
  /** "German quotes „…“", the start of every fix. */
  style: string;
  /** Marks read as part of a quotation, right or wrong: not named again as marks alone. */
  taken: Set<number>;
  /** Inside a refused quotation, whose fix makes its apostrophes ’ too: not named again. */
  quoted: Set<number>;
}

export function quoteMistakes(
  text: string,
  masked: string,
  rules: LanguageTypography,
  language: string,
): Mistake[] {
  // Most texts hold no quotation mark and no apostrophe: nothing to read.
  if (!/["'‘“”„‟«»]/.test(masked)) return [];
  const style = `${language} quotes ${readable(rules.quoteStyle)}`;
  const reading: Reading = {
    text,
    masked,
    rules,
    language,
    style,
    taken: new Set(),
    quoted: new Set(),
  };
  for (const pair of rules.accepted)
    for (const { start, end } of pairsOf(masked, pair)) reading.taken.add(start).add(end - 1);
  return [
    ...refusedQuotations(reading),
    ...straightSingleQuotations(reading),
    ...marksAlone(reading),
    // Apostrophes are read apart: the ‘ of pagina‘s is no quotation to them.
    ...apostropheMistakes(text, masked, reading.quoted, language),
  ];
}

/** "…" in any language, and another language's marks (“…” in German): the language's own. */
function refusedQuotations({ text, masked, rules, language, style, taken, quoted }: Reading) {
  const mistakes: Mistake[] = [];
  const { open, close } = rules.quotes;
  for (const pair of [{ open: '"', close: '"' }, ...rules.refused])
    for (const { start, end } of pairsOf(masked, pair)) {
      if (taken.has(start) || taken.has(end - 1)) continue;
      taken.add(start).add(end - 1);
      for (let index = start; index < end; index++) quoted.add(index);
      const found = `${text[start]}${shortened(text.slice(start + 1, end - 1))}${text[end - 1]}`;
      const how =
        pair.open === '"'
          ? 'is in straight quotes'
          : `is quoted with ${pair.open}…${pair.close}, which ${language} does not use`;
      mistakes.push({
        index: start,
        end,
        message: `${readable(found)} ${how}. ${style}: write ${readable(open + insideOf(text, start, end) + close)}.`,
        fix: quotedAs(text, start, end, open, close),
      });
    }
  return mistakes;
}

/** 'word' in straight single quotes: the language's single marks (French has only « »). */
function straightSingleQuotations({ text, masked, rules, style, taken, quoted }: Reading) {
  const { open, close } = rules.singleQuotes;
  return [...masked.matchAll(STRAIGHT_SINGLE_PAIR)].map((match): Mistake => {
    const [start, end] = [match.index, match.index + match[0].length];
    taken.add(start).add(end - 1);
    for (let index = start; index < end; index++) quoted.add(index);
    return {
      index: start,
      end,
      message: `${readable(text.slice(start, end))} is in straight single quotes. ${style}: write ${readable(open + insideOf(text, start, end) + close)}.`,
      fix: quotedAs(text, start, end, open, close),
    };
  });
}

/** A straight " (or a mark the language refuses) that belongs to no quotation. */
function marksAlone({ text, masked, rules, style, taken }: Reading) {
  const mistakes: Mistake[] = [];
  const { open, close } = rules.quotes;
  for (const { index, 0: mark } of masked.matchAll(/["“”„‟«»]/g)) {
    if (taken.has(index) || (mark !== '"' && !rules.refusedAlone.includes(mark))) continue;
    // The mark with a word on each side, so the editor finds it.
    let [start, end] = [index, index + 1];
    while (/\s/.test(text[start - 1] ?? '')) start--;
    while (/\s/.test(text[end] ?? '')) end++;
    [start, end] = [wordStart(text, start), wordEnd(text, end)];
    mistakes.push({
      index: start,
      end,
      message: `the ${mark === '"' ? 'straight double quote (")' : mark} in ${shown(text.slice(start, end))} has no partner to make a quotation with. ${style}: write ${readable(open)} to open a quotation and ${readable(close)} to close it.`,
    });
  }
  return mistakes;
}

/**
 * A straight apostrophe (l'Agence), or an opening quote between two letters (pagina‘s): one
 * mistake per word, with the word as it should be.
 */
function apostropheMistakes(
  text: string,
  masked: string,
  taken: ReadonlySet<number>,
  language: string,
): Mistake[] {
  const mistakes: Mistake[] = [];
  let after = 0;
  for (const match of masked.matchAll(/'|(?<=\p{L})‘(?=\p{L})/gu)) {
    if (taken.has(match.index) || match.index < after) continue;
    const start = wordStart(text, match.index);
    let end = wordEnd(text, match.index + 1);
    // The word without the punctuation that follows it (geht‘s. -> geht‘s).
    while (end - 1 > match.index && /[.,;:!?)\]»“”]/.test(text[end - 1]!)) end--;
    after = end;
    const word = text.slice(start, end);
    const fixed = word.replace(/'/g, APOSTROPHE).replace(/(?<=\p{L})‘(?=\p{L})/gu, APOSTROPHE);
    const what =
      match[0] === "'" ? "a straight apostrophe (')" : 'an opening quote (‘) as apostrophe';
    mistakes.push({
      index: start,
      end,
      message: `${shown(word)} has ${what}. ${language} writes the apostrophe ${APOSTROPHE}: write ${shown(fixed)}.`,
      fix: fixed,
    });
  }
  return mistakes;
}
