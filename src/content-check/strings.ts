/** The interface strings: one flat i18next JSON file per locale, mirroring the reference locale's keys. */
import { z } from 'astro/zod';
import { contentPaths } from '../config/paths.ts';
import { defaultLocale, localeCodes, locales } from '../config/locales.ts';
import { checkValue, isRecord } from '../data/entries.ts';
import { parseJson } from '../data/parse.ts';
import { readText } from './read-text.ts';
import type { ContentFiles } from '../data/content-files.ts';

/**
 * UI strings that are rightly the same as in French, per language (a brand, "Cookie"): any other
 * string equal to the French one was copied and not translated.
 */
export const sameAsReferenceFile = contentPaths.sameAsFrench;

const sameAsReferenceSchema = z
  .partialRecord(
    z.enum(localeCodes),
    z.array(z.string()).describe('Write the keys as a list of texts, e.g. ["table.name"].'),
  )
  .describe('Write one list of keys per language, e.g. { "en": ["table.name"] }.');

function sameAsReference(
  files: ContentFiles,
  problems: string[],
): Partial<Record<string, string[]>> {
  // No file means no exception: every string must differ from French.
  if (!files.exists(sameAsReferenceFile)) return {};
  const text = readText(files, sameAsReferenceFile, problems, '');
  if (text === undefined) return {};
  const parsed = parseJson(text, sameAsReferenceFile);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return {};
  }
  const checked = checkValue<Partial<Record<string, string[]>>>(
    sameAsReferenceFile,
    parsed.value,
    sameAsReferenceSchema,
  );
  problems.push(...checked.problems);
  if (checked.value || !isRecord(parsed.value)) return checked.value ?? {};
  // The lists that are right still count: a misspelt language must not make every exception fail.
  return Object.fromEntries(
    Object.entries(parsed.value).filter(
      ([code, keys]) =>
        (localeCodes as readonly string[]).includes(code) &&
        Array.isArray(keys) &&
        keys.every((key) => typeof key === 'string'),
    ),
  ) as Partial<Record<string, string[]>>;
}

/**
 * A folder of one JSON file per language (the interface strings, the translation records): a file
 * for a language the site does not have would be read by nothing, so it is named.
 */
export function checkLanguageFiles(
  files: ContentFiles,
  folder: string,
  kept: readonly string[],
): string[] {
  return files
    .entries(folder)
    .map(({ name }) => name)
    .filter((name) => name.endsWith('.json') && !kept.includes(name.slice(0, -'.json'.length)))
    .sort()
    .map((name) => {
      const code = name.slice(0, -'.json'.length);
      return `${folder}/${name}: "${code}" is not a language of the site (${localeCodes.join(', ')}). ${
        Object.hasOwn(locales, code)
          ? `Remove the file, or add ${code} to languages in ${contentPaths.site}.`
          : 'Remove the file.'
      }`;
    });
}

/**
 * Every UI string of the reference locale exists, non-empty and translated, in every other locale.
 */
export function checkStrings(files: ContentFiles): string[] {
  const problems: string[] = [
    ...checkLanguageFiles(files, contentPaths.uiStrings, localeCodes),
    ...checkLanguageFiles(
      files,
      contentPaths.translations,
      localeCodes.filter((code) => code !== defaultLocale),
    ),
  ];
  const allowedSame = sameAsReference(files, problems);
  const read = (locale: string): Record<string, unknown> | undefined => {
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const text = readText(
      files,
      path,
      problems,
      `Copy ${contentPaths.uiStrings}/${defaultLocale}.json and translate every value.`,
    );
    if (text === undefined) return undefined;
    const parsed = parseJson(text, path);
    if (!parsed.ok) problems.push(parsed.problem);
    else if (!isRecord(parsed.value))
      problems.push(
        `${path}: the file must be one group of "key": "text" pairs, as in ${contentPaths.uiStrings}/${defaultLocale}.json. Write it between { and }.`,
      );
    else return parsed.value;
    return undefined;
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
      else if (typeof value !== 'string')
        problems.push(
          `${path}: "${key}" must be a text in double quotes, not ${JSON.stringify(value)}. Write its ${language} text.`,
        );
      else if (value.trim() === '')
        problems.push(`${path}: "${key}" is empty. Write its ${language} text.`);
      else if (
        locale !== defaultLocale &&
        value === reference[key] &&
        !(allowedSame[locale] ?? []).includes(key)
      )
        problems.push(
          `${path}: "${key}" is the same as in ${locales[defaultLocale].englishName} ("${value}"). ` +
            `Translate it; if it is rightly the same in ${language}, add "${key}" to "${locale}" in ${sameAsReferenceFile}.`,
        );
    }
    for (const key of Object.keys(strings).filter((key) => !keys.includes(key))) {
      problems.push(
        `${path}: "${key}" is not used by ${contentPaths.uiStrings}/${defaultLocale}.json. Remove it, or add it there first.`,
      );
    }
  }
  return problems;
}
