/** The interface strings: one flat i18next JSON file per locale, mirroring the reference locale's keys. */
import { contentPaths } from '../config/paths.ts';
import { defaultLocale, localeCodes, locales } from '../config/locales.ts';
import { readText } from './read-text.ts';

/** Every UI string of the reference locale exists, non-empty, in every other locale. */
export function checkStrings(root: string): string[] {
  const problems: string[] = [];
  const read = (locale: string): Record<string, unknown> | undefined => {
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const text = readText(
      root,
      path,
      problems,
      `Copy ${contentPaths.uiStrings}/${defaultLocale}.json and translate every value.`,
    );
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      problems.push(
        `${path}: the JSON cannot be read (${(error as Error).message}). Fix the syntax: keys and texts in double quotes, commas between entries.`,
      );
      return undefined;
    }
  };
  const reference = read(defaultLocale);
  if (!reference) return problems;
  const keys = Object.keys(reference);
  for (const locale of localeCodes) {
    const strings = locale === defaultLocale ? reference : read(locale);
    if (!strings) continue;
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const language = locales[locale].englishName;
    for (const key of keys) {
      const value = strings[key];
      if (value === undefined)
        problems.push(
          `${path}: "${key}" is missing. Add its ${language} text (see ${contentPaths.uiStrings}/${defaultLocale}.json).`,
        );
      else if (typeof value !== 'string' || value.trim() === '')
        problems.push(`${path}: "${key}" is empty. Write its ${language} text.`);
    }
    for (const key of Object.keys(strings).filter((key) => !keys.includes(key))) {
      problems.push(
        `${path}: "${key}" is not used by ${contentPaths.uiStrings}/${defaultLocale}.json. Remove it, or add it there first.`,
      );
    }
  }
  return problems;
}
