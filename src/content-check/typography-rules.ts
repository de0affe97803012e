/**
 * How each language of the site writes what a keyboard only approximates: quotation marks, the
 * apostrophe and the spaces French puts before some punctuation. Declared once, per language of
 * src/config/locales.ts; the content check (typography.ts) holds every text an editor writes to
 * them. A language added to locales.ts without rules here is refused by the check (and by the
 * type check), so its texts are never silently left unchecked.
 *
 * What every language shares, and is therefore not repeated below: no straight double quote (")
 * in prose, no two spaces in a row, and the apostrophe ’ rather than ' or ‘. YAML texts and
 * interface strings are shown exactly as typed (only the MDX renderer makes quotes curly, and
 * always the English way), so a straight apostrophe is an error in each of the four languages:
 * each writes its apostrophe ’ (U+2019), French included, as the site's French text does.
 */
import { localeCodes, locales, type Locale } from '../config/locales.ts';

export const NO_BREAK_SPACE = '\u00a0';
/** Accepted wherever a no-break space is required: the narrow one French typesetters prefer. */
export const NARROW_NO_BREAK_SPACE = '\u202f';
export const APOSTROPHE = '\u2019';

export interface QuotePair {
  open: string;
  close: string;
}

export interface LanguageTypography {
  /** Punctuation a no-break space must precede (French: ; : ! ? and the closing »). */
  noBreakSpaceBefore: readonly string[];
  /** Punctuation a no-break space must follow (French: the opening «). */
  noBreakSpaceAfter: readonly string[];
  /** What a quotation typed in straight double quotes becomes, no-break spaces included. */
  quotes: QuotePair;
  /** What a quotation typed in straight single quotes becomes. */
  singleQuotes: QuotePair;
  /** How messages say the language quotes, after "French quotes …". */
  quoteStyle: string;
  /** Quotation marks of the language, so that the closing “ of German „…“ is left alone. */
  accepted: readonly QuotePair[];
  /** Quotation marks of other languages, each pair refused with `quotes` as the fix. */
  refused: readonly QuotePair[];
  /** Quote characters refused even alone, once accepted and refused pairs are read. */
  refusedAlone: readonly string[];
}

const nb = NO_BREAK_SPACE;

export const typographyRules = {
  fr: {
    noBreakSpaceBefore: [';', ':', '!', '?', '»'],
    noBreakSpaceAfter: ['«'],
    quotes: { open: `«${nb}`, close: `${nb}»` },
    // French has no single quotation marks of the first level: « » for any quotation.
    singleQuotes: { open: `«${nb}`, close: `${nb}»` },
    quoteStyle: `«${nb}…${nb}», with a no-break space inside`,
    // “ ” are French quotation marks of the second level, inside « ».
    accepted: [
      { open: '«', close: '»' },
      { open: '“', close: '”' },
    ],
    refused: [],
    refusedAlone: [],
  },
  en: {
    noBreakSpaceBefore: [],
    noBreakSpaceAfter: [],
    quotes: { open: '“', close: '”' },
    singleQuotes: { open: '‘', close: '’' },
    quoteStyle: '“…” or ‘…’',
    accepted: [
      { open: '“', close: '”' },
      { open: '‘', close: '’' },
    ],
    refused: [],
    refusedAlone: [],
  },
  nl: {
    noBreakSpaceBefore: [],
    noBreakSpaceAfter: [],
    // The Dutch texts quote with single marks (‘essentiële’); double ones are as correct.
    quotes: { open: '‘', close: '’' },
    singleQuotes: { open: '‘', close: '’' },
    quoteStyle: '‘…’ or “…”',
    accepted: [
      { open: '‘', close: '’' },
      { open: '“', close: '”' },
    ],
    refused: [],
    refusedAlone: [],
  },
  de: {
    noBreakSpaceBefore: [],
    noBreakSpaceAfter: [],
    quotes: { open: '„', close: '“' },
    singleQuotes: { open: '‚', close: '‘' },
    quoteStyle: '„…“',
    accepted: [
      { open: '„', close: '“' },
      { open: '‚', close: '‘' },
    ],
    // English, French and Swiss habits, and „ closed the English way (”), which word
    // processors set up for English produce.
    refused: [
      { open: '“', close: '”' },
      { open: '„', close: '”' },
      { open: '”', close: '”' },
      { open: '“', close: '“' },
      { open: '«', close: '»' },
      { open: '»', close: '«' },
    ],
    refusedAlone: ['“', '”', '«', '»'],
  },
} satisfies Record<Locale, LanguageTypography>;

/** The rules of a language, or undefined for one declared in locales.ts but not here. */
export function typographyOf(locale: string): LanguageTypography | undefined {
  return (typographyRules as Partial<Record<string, LanguageTypography>>)[locale];
}

export const typographyRulesFile = 'src/content-check/typography-rules.ts';

/** One problem per site language without rules: its texts would otherwise go unchecked. */
export function undeclaredTypography(
  codes: readonly string[] = localeCodes,
  declared: Partial<Record<string, LanguageTypography>> = typographyRules,
): string[] {
  return codes
    .filter((code) => declared[code] === undefined)
    .map((code) => {
      const name = (locales as Partial<Record<string, { englishName: string }>>)[code]?.englishName;
      const language = name ? `${name} (${code})` : code;
      return `${typographyRulesFile}: no typography rules for ${language}, so its texts cannot be checked. Declare in typographyRules how ${name ?? code} writes quotation marks and the apostrophe, and the punctuation it puts a no-break space before (see content/README.md, "Adding a language").`;
    });
}
