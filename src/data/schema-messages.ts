/**
 * One schema failure as an editor reads it: what is wrong with which field, and how to fix it (the
 * field's description in its schema). Every content file goes through this one path
 * (src/data/entries.ts), and every message is built from the schema's own enums and the locale
 * list, so the advice cannot drift from the rules.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, locales, isLocale } from '../config/locales.ts';
import { SITE_FILE } from '../config/site-file.ts';
import { isFrenchFirst, isLocalizedText, PLACEHOLDER } from './schema.ts';
import { closeNames, onlyNearest } from '../lib/nearest.ts';
import { quoted } from '../lib/excerpt.ts';

const oneOf = (values: readonly string[]) => values.join(', ');

const FIELD_FIX = 'Correct its spelling or remove it';

/**
 * How to fix an unknown field: rename it to the one close field (which `npm run check -- --fix`
 * does by itself), choose among two or more as close, or correct or remove it when none is close.
 */
function unknownFieldFix(key: string, allowed: readonly string[], written: unknown): string {
  const only = onlyNearest(key, allowed);
  // Renaming would write the field twice: a person keeps the right one.
  if (only && written !== null && typeof written === 'object' && Object.hasOwn(written, only))
    return `Did you mean "${only}"? It is written already: keep the right one and remove the other`;
  if (only) return `Did you mean "${only}"? \`npm run check -- --fix\` renames it`;
  const close = closeNames(key, allowed);
  return close.length > 0
    ? `Did you mean ${close.map((name) => `"${name}"`).join(' or ')}? ${FIELD_FIX}`
    : FIELD_FIX;
}

/**
 * An unknown field as the check words it (describeIssue below), read back by `check --fix`
 * (scripts/fix/fix-fields.ts): the file, the line, the field and the fields allowed there. One place writes
 * and reads the wording, so the two cannot drift.
 */
export function readUnknownField(
  problem: string,
): { path: string; line: number; field: string; allowed: string[] } | undefined {
  const match = new RegExp(
    `^([^:]+): line (\\d+): .*unknown field "([^"]+)"\\. (?:Did you mean [^?]+\\? )?(?:${FIELD_FIX}|\`npm run check -- --fix\` renames it|It is written already: [^;]+); the fields are: (.+)\\.$`,
  ).exec(problem);
  if (!match?.[1] || !match[2] || !match[3] || !match[4]) return undefined;
  return { path: match[1], line: Number(match[2]), field: match[3], allowed: match[4].split(', ') };
}

/** The schema of the field at `path` (['source', 0, 'url'] -> the source's url), or undefined. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    current = current && unwrap(current);
    if (typeof key === 'number' && current instanceof z.ZodArray)
      current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else if (current instanceof z.ZodObject)
      current = current.shape[String(key)] as z.ZodType | undefined;
    else return undefined;
  }
  return current;
}

/** Optional fields and defaults wrap the field's own schema, which is the one with a shape. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault ||
    current instanceof z.ZodPipe
  )
    current = (current instanceof z.ZodPipe ? current.in : current.unwrap()) as z.ZodType;
  return current;
}

/** How to fix a field: its description in the schema it belongs to (src/data/schema.ts). */
export function hintFor(schema: z.ZodType, path: readonly PropertyKey[]): string {
  const field = schemaAt(schema, path);
  return (
    field?.description ?? (field && unwrap(field).description) ?? `Write a ${String(path.at(-1))}.`
  );
}

/** "source 1 url" for ['source', 0, 'url']: numbers are shown from 1, as an editor counts. */
function fieldLabel(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? String(key + 1) : String(key))).join(' ');
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * `entry` is the value the schema checked; `subject` names it when it is wrong as a whole (a list
 * where a group of fields belongs, or nothing at all).
 */
export function describeIssue(
  issue: z.core.$ZodIssue,
  entry: unknown,
  schema: z.ZodType,
  subject = 'the file',
): string {
  const path = issue.path;
  if (path.length === 0 && issue.code !== 'unrecognized_keys')
    return `${subject} cannot be ${kindOf(entry)}. ${schema.description ?? ''}`.trim();
  // An item of a list (domains 2) is fixed as the list is.
  const fix = hintFor(schema, typeof path.at(-1) === 'number' ? path.slice(0, -1) : path);
  const field = String(path.at(-1) ?? '');
  const value = valueAt(entry, path);
  // Fields with a text per language (cookieSchema's service, purpose...) get messages of their own.
  const localized = isLocalizedText(schemaAt(schema, path));
  const inLocalized = path.length > 0 && isLocalizedText(schemaAt(schema, path.slice(0, -1)));

  if (issue.code === 'unrecognized_keys') {
    const parent = path.at(-1);
    if (parent !== undefined && localized) {
      return issue.keys
        .map(
          (key) =>
            `${String(parent)} has a text for ${quoted(String(key))}, which is not a language of the site ` +
            `(${oneOf(localeCodes)}). Remove it, or add the language to ${SITE_FILE}.`,
        )
        .join('\n');
    }
    const parentSchema = schemaAt(schema, path);
    const owner = parentSchema && unwrap(parentSchema);
    // A group keyed by language (same-as-french.json) allows its enum's keys.
    const allowedFields =
      owner instanceof z.ZodObject
        ? Object.keys(owner.shape)
        : owner instanceof z.ZodRecord && owner.keyType instanceof z.ZodEnum
          ? (owner.keyType.options as string[])
          : [];
    // An unknown language ("es") is no misspelling of a close one ("en"): nothing is suggested.
    const keyedByLanguage = !(owner instanceof z.ZodObject);
    const allowed = allowedFields.length
      ? `the fields are: ${oneOf(allowedFields)}`
      : 'nothing else may be written here';
    return issue.keys
      .map(
        (key) =>
          `${path.length ? `${fieldLabel(path)}: ` : ''}unknown field ${quoted(String(key))}. ${keyedByLanguage ? FIELD_FIX : unknownFieldFix(String(key), allowedFields, value)}; ${allowed}.`,
      )
      .join('\n');
  }

  const parent = path.at(-2);
  // The audit's suggested entries leave these for a person: say so, not "not valid".
  if (typeof value === 'string' && value.trim().startsWith(PLACEHOLDER)) {
    if (parent !== undefined && inLocalized && isLocale(field)) {
      return `${String(parent)}.${field} still says ${PLACEHOLDER}. Write the ${locales[field].englishName} text in its place.`;
    }
    return `${fieldLabel(path)} still says ${PLACEHOLDER}. ${fix}`;
  }

  // A text missing in one language: the most common mistake, so the most specific message.
  if (parent !== undefined && inLocalized && isLocale(field)) {
    const language = locales[field].englishName;
    const article = /^[AEIOU]/.test(language) ? 'an' : 'a';
    const state = value === undefined ? 'missing' : 'empty';
    return `${String(parent)} is ${state} for "${field}". Add ${article} ${language} text under ${String(parent)}.${field}.`;
  }

  if (value === undefined) {
    if (localized) {
      return isFrenchFirst(schemaAt(schema, path))
        ? `${field} is missing. Add ${field}: with the ${locales[defaultLocale].englishName} text under ${defaultLocale}: (the other languages, ${oneOf(localeCodes.filter((code) => code !== defaultLocale))}, are translators' work).`
        : `${field} is missing. Add ${field}: with a text for each of ${oneOf(localeCodes)}.`;
    }
    return `${fieldLabel(path)} is missing. ${fix}`;
  }

  if (localized) {
    return (
      `${field} must have one text per language, not ${kindOf(value)}. ` +
      `Write ${field}: with ${oneOf(localeCodes.map((code) => `${code}:`))} below it.`
    );
  }

  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return `${fieldLabel(path)} must be a list, not ${kindOf(value)}. ${fix}`;
  }
  if (typeof value === 'string' && value.trim() === '') {
    return `${fieldLabel(path)} is empty. ${fix}`;
  }
  if (Array.isArray(value) && value.length === 0) {
    return `${fieldLabel(path)} is an empty list. ${fix}`;
  }
  if (typeof value === 'string') {
    return `${fieldLabel(path)} ${quoted(value)} is not valid. ${fix}`;
  }
  return `${fieldLabel(path)} cannot be ${kindOf(value)}. ${fix}`;
}
