/**
 * How problems read to an editor. `describeIssue` turns one schema failure into a sentence: what
 * is wrong with which field, and how to fix it; `formatProblems` makes the report. Every message is built from the schema's own enums and the locale list, so the
 * advice cannot drift from the rules.
 */
import type { z } from 'astro/zod';
import { localeCodes, locales, isLocale } from '../config/locales.ts';
import {
  categories,
  parties,
  PLACEHOLDER,
  providerRoles,
  setWhenValues,
  storageTypes,
} from '../data/schema.ts';

const LOCALIZED_FIELDS = new Set(['service', 'purpose', 'condition']);
const oneOf = (values: readonly string[]) => values.join(', ');

/** How to fix each field, in the editor's terms. `providersFile` is named where it helps. */
function fixFor(field: string, providersFile: string): string {
  switch (field) {
    case 'name':
      return 'Write the cookie name as the browser shows it, e.g. name: sessionid.';
    case 'wildcard':
      return 'Write wildcard: true when the name is a pattern with *, or remove the line.';
    case 'provider':
      return `Write the id of a provider listed in ${providersFile}.`;
    case 'category':
      return `Use one of: ${oneOf(categories)}.`;
    case 'party':
      return `Use one of: ${oneOf(parties)} (first when the portal sets it).`;
    case 'role':
      return `Use one of: ${oneOf(providerRoles)} (processor when the company handles the data only for the portal's operator, as the platform company does; controller when it decides itself what it does with the data).`;
    case 'storage':
      return `Use one of: ${oneOf(storageTypes)}.`;
    case 'lifetime':
      return 'Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session.';
    case 'source':
      return 'Add a list of sources, each with a url and a note saying what it states.';
    case 'url':
    case 'website':
    case 'privacyPolicy':
      return 'Write a full web address starting with https://.';
    case 'note':
      return 'Say in a sentence what the source states.';
    case 'id':
      return 'Use lower-case letters, digits and hyphens, e.g. id: opendatasoft.';
    case 'setWhen':
      return `Use one of: ${oneOf(setWhenValues)}; remove the line when any visit sets it.`;
    case 'domains':
      return 'List the host names its servers use, in lower case, e.g. domains: [stats.example.net].';
    default:
      return `Write a ${field}.`;
  }
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
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value} ${String(value)}`;
}

export function describeIssue(
  issue: z.core.$ZodIssue,
  entry: unknown,
  allowedFields: readonly string[],
  providersFile: string,
): string {
  const path = issue.path;
  const field = String(path.at(-1) ?? '');
  const value = valueAt(entry, path);
  // An item of a list (domains 2) is fixed as the list is.
  const listField = typeof path.at(-1) === 'number' ? String(path.at(-2)) : field;

  if (issue.code === 'unrecognized_keys') {
    const parent = path.at(-1);
    if (parent !== undefined && LOCALIZED_FIELDS.has(String(parent))) {
      return issue.keys
        .map(
          (key) =>
            `${String(parent)} has a text for "${key}", which is not a language of the site ` +
            `(${oneOf(localeCodes)}). Remove it, or add the language in src/config/locales.ts.`,
        )
        .join('\n');
    }
    return issue.keys
      .map(
        (key) =>
          `${path.length ? `${fieldLabel(path)}: ` : ''}unknown field "${key}". Correct its spelling ` +
          `or remove it; the fields are: ${oneOf(allowedFields)}.`,
      )
      .join('\n');
  }

  const parent = path.at(-2);
  // The audit's suggested entries leave these for a person: say so, not "not valid".
  if (typeof value === 'string' && value.trim().startsWith(PLACEHOLDER)) {
    if (parent !== undefined && LOCALIZED_FIELDS.has(String(parent)) && isLocale(field)) {
      return `${String(parent)}.${field} still says ${PLACEHOLDER}. Write the ${locales[field].englishName} text in its place.`;
    }
    return `${fieldLabel(path)} still says ${PLACEHOLDER}. ${fixFor(listField, providersFile)}`;
  }

  // A text missing in one language: the most common mistake, so the most specific message.
  if (parent !== undefined && LOCALIZED_FIELDS.has(String(parent)) && isLocale(field)) {
    const language = locales[field].englishName;
    const article = /^[AEIOU]/.test(language) ? 'an' : 'a';
    const state = value === undefined ? 'missing' : 'empty';
    return `${String(parent)} is ${state} for "${field}". Add ${article} ${language} text under ${String(parent)}.${field}.`;
  }

  if (value === undefined) {
    if (LOCALIZED_FIELDS.has(field)) {
      return `${field} is missing. Add ${field}: with a text for each of ${oneOf(localeCodes)}.`;
    }
    return `${fieldLabel(path)} is missing. ${fixFor(listField, providersFile)}`;
  }

  if (LOCALIZED_FIELDS.has(field)) {
    return (
      `${field} must have one text per language, not ${kindOf(value)}. ` +
      `Write ${field}: with ${oneOf(localeCodes.map((code) => `${code}:`))} below it.`
    );
  }

  if (issue.code === 'invalid_type' && issue.expected === 'array') {
    return `${fieldLabel(path)} must be a list, not ${kindOf(value)}. ${fixFor(listField, providersFile)}`;
  }
  if (typeof value === 'string' && value.trim() === '') {
    return `${fieldLabel(path)} is empty. ${fixFor(listField, providersFile)}`;
  }
  if (Array.isArray(value) && value.length === 0) {
    return `${fieldLabel(path)} is an empty list. ${fixFor(listField, providersFile)}`;
  }
  if (typeof value === 'string') {
    return `${fieldLabel(path)} "${value}" is not valid. ${fixFor(listField, providersFile)}`;
  }
  return `${fieldLabel(path)} cannot be ${kindOf(value)}. ${fixFor(listField, providersFile)}`;
}

/** Operator facts not found yet, one per line: the pages show them as not yet published. */
export function formatNotices(notices: string[]): string {
  return `Shown on the pages as not yet published by the operator:\n${notices.map((notice) => `  - ${notice}`).join('\n')}`;
}

/** The report a person reads: a count, then one problem per line. */
export function formatProblems(problems: string[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The cookie policy cannot be published: ${count} found.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}
