/**
 * The data check: reads the cookie and provider YAML texts and returns every problem at once, each
 * as "file: entry: what is wrong. How to fix it." It has no Astro dependency, so the build, the
 * standalone `npm run check` and the tests all run the very same rules.
 */
import { parseYaml, type YamlReader } from '../data/parse.ts';
import { checkList, entryLabel, isRecord, lineAt, type EntryKind } from '../data/entries.ts';
import { forbiddenInCookieName } from '../data/cookie-name.ts';
import { UNTIL_CLEARED } from '../data/lifetime.ts';
import {
  cookieSchema,
  providerSchema,
  untilClearedStorage,
  type Cookie,
  type Inventory,
  type Provider,
} from '../data/schema.ts';

export interface YamlFile {
  /** The path shown in messages, relative to the project, e.g. content/cookies.yaml. */
  path: string;
  text: string;
}

export interface InventoryResult extends Inventory {
  problems: string[];
  /** Every cookie name written, valid entry or not: links to a cookie's row are checked by it. */
  cookieNames: string[];
}

const providerKind: EntryKind = { kind: 'provider', key: 'id', schema: providerSchema };
export const cookieKind: EntryKind = { kind: 'cookie', key: 'name', schema: cookieSchema };

/** Two entries with one key: both entry numbers are named so the editor can find them. */
function duplicates(
  file: YamlFile,
  entries: { label: string; index: number; key: string }[],
  fix: string,
  /** The line each entry starts on, when the file could be read with its lines. */
  lineOfEntry: (index: number) => number | undefined = () => undefined,
): string[] {
  const seen = new Map<string, number[]>();
  for (const { key, index } of entries) seen.set(key, [...(seen.get(key) ?? []), index + 1]);
  return entries
    .filter(({ key, index }) => seen.get(key)![0] === index + 1 && seen.get(key)!.length > 1)
    .map(({ label, key }) => {
      const numbers = seen.get(key)!;
      const lines = numbers.map((number) => lineOfEntry(number - 1));
      const where = lines[0] === undefined ? '' : `line ${lines[0]}: `;
      const also = lines.every((line) => line !== undefined) ? `, lines ${lines.join(', ')}` : '';
      return `${file.path}: ${where}${label}: listed ${numbers.length} times (entries ${numbers.join(', ')}${also}). ${fix}`;
    });
}

/** The line each entry of a parsed list starts on. */
const entryLines =
  (parsed: ReturnType<typeof parseYaml>, list: unknown[] | undefined) => (index: number) =>
    parsed.ok && list ? parsed.lineOf?.(list, index) : undefined;

export function checkInventory(
  cookiesFile: YamlFile,
  providersFile: YamlFile,
  yaml?: YamlReader,
): InventoryResult {
  const problems: string[] = [];
  const options = yaml ? { yaml } : {};

  const providersParsed = parseYaml(providersFile.text, providersFile.path, options);
  const providerCheck = checkList<Provider>(providersFile.path, providersParsed, {
    ...providerKind,
    plural: 'providers',
  });
  const providerList = providerCheck.list;
  problems.push(...providerCheck.problems);
  problems.push(
    ...duplicates(
      providersFile,
      providerCheck.valid.map(({ value, label, index }) => ({ key: value.id, label, index })),
      'Give each provider its own id, or merge the entries.',
      entryLines(providersParsed, providerCheck.list),
    ),
  );

  const cookiesParsed = parseYaml(cookiesFile.text, cookiesFile.path, options);
  const cookieCheck = checkList<Cookie>(cookiesFile.path, cookiesParsed, {
    ...cookieKind,
    plural: 'cookies',
  });
  const lineOf = cookiesParsed.ok ? cookiesParsed.lineOf : undefined;
  problems.push(...cookieCheck.problems);

  // Cross-checks read the raw entries, so a cookie with a bad category still hears about its
  // unknown provider: every problem at once. They need a readable provider list, or every
  // cookie would be blamed for one broken file.
  // An entry with a usable id counts as listed even if another of its fields is wrong: that
  // field gets its own message, and its cookies should not be blamed too.
  const providerIds = new Set(
    (providerList ?? []).flatMap((entry) =>
      isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() ? [entry.id.trim()] : [],
    ),
  );
  const rawCookies = (cookieCheck.list ?? []).map((entry, index) => ({
    entry: isRecord(entry) ? entry : {},
    label: entryLabel(cookieKind, entry, index),
    index,
  }));
  for (const { entry, label: named, index } of rawCookies) {
    // "line 12: cookie "x"", on the line of the field at fault, or else of the entry.
    const start = cookieCheck.list && lineOf?.(cookieCheck.list, index);
    const at = (field: string) => `${lineAt(lineOf, entry, [field], start)}${named}`;
    const label = at('name');
    const { provider, name, wildcard } = entry;
    if (
      providerList &&
      typeof provider === 'string' &&
      provider.trim() &&
      !providerIds.has(provider.trim())
    ) {
      const known = [...providerIds].join(', ') || 'none yet';
      problems.push(
        `${cookiesFile.path}: ${at('provider')}: provider "${provider.trim()}" is not listed in ${providersFile.path}. ` +
          `Use one of its ids (${known}), or add the provider there.`,
      );
    }
    if (
      entry.lifetime === UNTIL_CLEARED &&
      !(untilClearedStorage as readonly unknown[]).includes(entry.storage)
    )
      problems.push(
        `${cookiesFile.path}: ${at('lifetime')}: lifetime ${UNTIL_CLEARED} is only for storage with no expiry (${untilClearedStorage.join(', ')}), which stays until the visitor or the site clears it; ${entry.storage === 'session-storage' ? 'session storage ends with the tab: write session' : 'a cookie always ends, at its expiry or with the session: write an ISO 8601 duration such as P6M, or session'}.`,
      );
    if (entry.notObservedBecause !== undefined && entry.manualEvidence === undefined)
      problems.push(
        `${cookiesFile.path}: ${at('notObservedBecause')}: notObservedBecause says why no audit can observe it, but manualEvidence is missing. Name the check made by hand: manualEvidence with url and note (what was seen, when).`,
      );
    if (entry.manualEvidence !== undefined && entry.notObservedBecause === undefined)
      problems.push(
        `${cookiesFile.path}: ${at('manualEvidence')}: manualEvidence is given without notObservedBecause. Say, in French at least, why no audit can observe it (notObservedBecause), or remove manualEvidence.`,
      );
    if (typeof name !== 'string') continue;
    const badCharacter =
      entry.storage === 'http-cookie' ? forbiddenInCookieName(name.trim()) : undefined;
    if (badCharacter) {
      problems.push(
        `${cookiesFile.path}: ${label}: name contains ${badCharacter}, which a browser does not allow in a cookie name. ` +
          "Write the name exactly as the browser shows it (letters, digits and ! # $ % & ' * + - . ^ _ ` | ~), or correct storage if it is not an http-cookie.",
      );
    }
    if (name.includes('*') && wildcard !== true) {
      problems.push(
        `${cookiesFile.path}: ${at('wildcard')}: name contains "*" but wildcard is not true. ` +
          'Add wildcard: true if the name is a pattern, or write the exact cookie name.',
      );
    }
    if (!name.includes('*') && wildcard === true) {
      problems.push(
        `${cookiesFile.path}: ${at('wildcard')}: wildcard is true but the name has no "*". ` +
          'Put * where the name varies, or remove wildcard: true.',
      );
    }
  }
  problems.push(
    ...duplicates(
      cookiesFile,
      rawCookies.flatMap(({ entry, label, index }) =>
        typeof entry.name === 'string' && entry.name.trim()
          ? [{ key: entry.name.trim(), label, index }]
          : [],
      ),
      'Keep one entry per cookie: merge them or remove the extra one.',
      entryLines(cookiesParsed, cookieCheck.list),
    ),
  );

  return {
    problems,
    cookieNames: rawCookies.flatMap(({ entry }) =>
      typeof entry.name === 'string' && entry.name.trim() ? [entry.name.trim()] : [],
    ),
    cookies: cookieCheck.valid.map(({ value }) => value),
    providers: providerCheck.valid.map(({ value }) => value),
  };
}
