/**
 * One text an editor wrote, held to its language's typography (typography-rules.ts): the spaces
 * around punctuation, quotation marks, apostrophes, and two spaces in a row. Each mistake says
 * what is wrong and the exact fix; where the text is (file, line, field) is for the caller.
 */
import { locales, type Locale } from '../config/locales.ts';
import { typographyOf } from './typography-rules.ts';
import { quoteMistakes } from './typography-quotes.ts';
import { doubleSpaceMistakes, spacingMistakes } from './typography-spacing.ts';
import { maskNotProse, type Mistake } from './typography-text.ts';

export type { Mistake } from './typography-text.ts';

/** Every mistake in `text`, in the order they appear; none for a language without rules. */
export function typographyMistakes(text: string, locale: Locale): Mistake[] {
  const rules = typographyOf(locale);
  if (!rules) return [];
  const language = locales[locale].englishName;
  const masked = maskNotProse(text);
  const found = [
    ...spacingMistakes(text, masked, rules, language),
    ...quoteMistakes(text, masked, rules, language),
  ];
  return [...found, ...doubleSpaceMistakes(text, found)].sort((a, b) => a.index - b.index);
}
