/**
 * The data check: reads the cookie and provider YAML texts and returns every problem at once, each
 * as "file: entry: what is wrong. How to fix it." It has no Astro dependency, so the build, the
 * standalone `npm run check` and the tests all run the very same rules.
 */
import yaml from 'js-yaml';
import { loadYamlOnce } from '../lib/yaml-once.ts';
import type { z } from 'astro/zod';
import { describeIssue } from './messages.ts';
import { forbiddenInCookieName } from '../data/cookie-name.ts';
import {
  cookieSchema,
  providerSchema,
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

type Parsed = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseYaml(file: YamlFile): Parsed {
  try {
    return { ok: true, value: loadYamlOnce(file.text) };
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const where = error.mark
        ? `line ${error.mark.line + 1}, column ${error.mark.column + 1}: `
        : '';
      return {
        ok: false,
        problem:
          `${file.path}: ${where}the YAML cannot be read (${error.reason}). ` +
          'Fix the syntax there: indent with spaces, and put quotes around texts that contain ": " or start with a special character.',
      };
    }
    throw error;
  }
}

/** Checks that the file is a list of mappings; returns the list or the problem. */
function readList(
  file: YamlFile,
  what: string,
  firstKey: string,
): { list?: unknown[]; problem?: string } {
  const parsed = parseYaml(file);
  if (!parsed.ok) return { problem: parsed.problem };
  if (parsed.value === undefined || parsed.value === null) {
    return {
      problem: `${file.path}: the file is empty. List the ${what} in it, each starting with "- ${firstKey}:".`,
    };
  }
  if (!Array.isArray(parsed.value)) {
    return {
      problem: `${file.path}: the file must be a list of ${what}, each starting with "- ${firstKey}:", not a single group of fields.`,
    };
  }
  return { list: parsed.value };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** "cookie "sessionid"" when the entry has a usable name, else "entry 3" (counted from 1). */
function entryLabel(kind: string, entry: unknown, key: string, index: number): string {
  const value = isRecord(entry) ? entry[key] : undefined;
  return typeof value === 'string' && value.trim() !== ''
    ? `${kind} "${value.trim()}"`
    : `entry ${index + 1}`;
}

function checkEntries<T>(
  file: YamlFile,
  list: unknown[],
  schema: z.ZodObject,
  kind: string,
  key: string,
): { valid: { value: T; label: string; index: number }[]; problems: string[] } {
  const valid: { value: T; label: string; index: number }[] = [];
  const problems: string[] = [];
  list.forEach((entry, index) => {
    const label = entryLabel(kind, entry, key, index);
    if (!isRecord(entry)) {
      problems.push(
        `${file.path}: ${label}: each ${kind} must be a group of fields starting with "- ${key}:".`,
      );
      return;
    }
    const result = schema.safeParse(entry);
    if (result.success) {
      valid.push({ value: result.data as T, label, index });
      return;
    }
    for (const issue of result.error.issues) {
      for (const line of describeIssue(issue, entry, schema).split('\n')) {
        problems.push(`${file.path}: ${label}: ${line}`);
      }
    }
  });
  return { valid, problems };
}

/** Two entries with one key: both entry numbers are named so the editor can find them. */
function duplicates(
  file: YamlFile,
  entries: { label: string; index: number; key: string }[],
  fix: string,
): string[] {
  const seen = new Map<string, number[]>();
  for (const { key, index } of entries) seen.set(key, [...(seen.get(key) ?? []), index + 1]);
  return entries
    .filter(({ key, index }) => seen.get(key)![0] === index + 1 && seen.get(key)!.length > 1)
    .map(
      ({ label, key }) =>
        `${file.path}: ${label}: listed ${seen.get(key)!.length} times (entries ${seen.get(key)!.join(', ')}). ${fix}`,
    );
}

export function checkInventory(cookiesFile: YamlFile, providersFile: YamlFile): InventoryResult {
  const problems: string[] = [];

  const providerList = readList(providersFile, 'providers', 'id');
  if (providerList.problem) problems.push(providerList.problem);
  const providerCheck = checkEntries<Provider>(
    providersFile,
    providerList.list ?? [],
    providerSchema,
    'provider',
    'id',
  );
  problems.push(...providerCheck.problems);
  problems.push(
    ...duplicates(
      providersFile,
      providerCheck.valid.map(({ value, label, index }) => ({ key: value.id, label, index })),
      'Give each provider its own id, or merge the entries.',
    ),
  );

  const cookieList = readList(cookiesFile, 'cookies', 'name');
  if (cookieList.problem) problems.push(cookieList.problem);
  const cookieCheck = checkEntries<Cookie>(
    cookiesFile,
    cookieList.list ?? [],
    cookieSchema,
    'cookie',
    'name',
  );
  problems.push(...cookieCheck.problems);

  // Cross-checks read the raw entries, so a cookie with a bad category still hears about its
  // unknown provider: every problem at once. They need a readable provider list, or every
  // cookie would be blamed for one broken file.
  // An entry with a usable id counts as listed even if another of its fields is wrong: that
  // field gets its own message, and its cookies should not be blamed too.
  const providerIds = new Set(
    (providerList.list ?? []).flatMap((entry) =>
      isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() ? [entry.id.trim()] : [],
    ),
  );
  const rawCookies = (cookieList.list ?? []).map((entry, index) => ({
    entry: isRecord(entry) ? entry : {},
    label: entryLabel('cookie', entry, 'name', index),
    index,
  }));
  for (const { entry, label } of rawCookies) {
    const { provider, name, wildcard } = entry;
    if (
      !providerList.problem &&
      typeof provider === 'string' &&
      provider.trim() &&
      !providerIds.has(provider.trim())
    ) {
      const known = [...providerIds].join(', ') || 'none yet';
      problems.push(
        `${cookiesFile.path}: ${label}: provider "${provider.trim()}" is not listed in ${providersFile.path}. ` +
          `Use one of its ids (${known}), or add the provider there.`,
      );
    }
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
        `${cookiesFile.path}: ${label}: name contains "*" but wildcard is not true. ` +
          'Add wildcard: true if the name is a pattern, or write the exact cookie name.',
      );
    }
    if (!name.includes('*') && wildcard === true) {
      problems.push(
        `${cookiesFile.path}: ${label}: wildcard is true but the name has no "*". ` +
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
