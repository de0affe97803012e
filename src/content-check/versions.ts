/**
 * The versions check: content/versions.yaml is readable, each version says in every language what
 * changed in the text, no date lies in the future, and nothing in the inventory or the pages
 * changed since the last recorded version. That last kind of problem is `unrecorded`: the build
 * and `npm run check` refuse it, `npm run dev` only warns, so editors can preview first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale, localeCodes, locales } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import type { Inventory } from '../data/schema.ts';
import {
  anyPageChanged,
  inventoryChanges,
  pageChanges,
  type InventoryChange,
  type PageChanges,
} from '../versions/diff.ts';
import { inventorySnapshot, pageFingerprints, PAGES_DIR } from '../versions/snapshot.ts';
import { todayInBrussels } from '../versions/today.ts';
import { parseYaml, splitFrontmatter } from '../data/parse.ts';
import { isRecord } from '../data/entries.ts';
import {
  parseVersions,
  RECORD_COMMAND,
  versionLabel,
  VERSIONS_FILE,
  type PolicyVersion,
} from '../versions/versions-file.ts';

const COOKIES_FILE = contentPaths.cookies;
const PROVIDERS_FILE = contentPaths.providers;

export interface VersionsCheck {
  /** Problems with content/versions.yaml itself: always refused. */
  problems: string[];
  /** Changes made since the last recorded version: refused by the build, a warning in dev. */
  unrecorded: string[];
}

/** What an inventory change is, in the terms of the file an editor changed. */
function unrecordedChange(change: InventoryChange): string {
  switch (change.kind) {
    case 'cookieAdded':
      return `${COOKIES_FILE}: cookie "${change.cookie.name}": added`;
    case 'cookieRemoved':
      return `${COOKIES_FILE}: cookie "${change.cookie.name}": removed`;
    case 'cookieFact':
      return `${COOKIES_FILE}: cookie "${change.cookie}": ${change.fact} changed from ${change.from} to ${change.to}`;
    case 'cookieDetails':
      return `${COOKIES_FILE}: cookie "${change.cookie}": service, purpose, condition or wildcard changed`;
    case 'providerAdded':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": added`;
    case 'providerRemoved':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": removed`;
    case 'providerDetails':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": name, website or privacyPolicy changed`;
  }
}

function unrecordedPages(changes: PageChanges): string[] {
  const page = (path: string) => `${PAGES_DIR}/${path}`;
  return [
    ...changes.added.map((path) => `${page(path)}: page added`),
    ...changes.removed.map((path) => `${page(path)}: page removed`),
    ...changes.changed.map((path) => `${page(path)}: text changed`),
  ];
}

/** Every language's summary, when the text changed (or for the first version), non-empty. */
function summaryProblems(version: PolicyVersion, index: number, needed: string | undefined) {
  const where = `${VERSIONS_FILE}: ${versionLabel(index, version.date)}`;
  const problems: string[] = [];
  const summary = version.summary;
  for (const key of Object.keys(summary ?? {}).filter((key) => !isLocale(key)))
    problems.push(
      `${where}: summary.${key}: "${key}" is not a language of the site (${localeCodes.join(', ')}). Remove it.`,
    );
  if (!summary && !needed) return problems;
  if (!summary) {
    problems.push(
      `${where}: summary is missing, and ${needed}. Add a summary with a sentence in every language (${localeCodes.join(', ')}) saying what changed in the text.`,
    );
    return problems;
  }
  for (const locale of localeCodes) {
    const text = summary[locale];
    if (typeof text !== 'string' || text.trim() === '')
      problems.push(
        `${where}: summary.${locale} is ${text === undefined ? 'missing' : 'empty'}. Write in ${locales[locale].englishName}, in a sentence, what changed in the text.`,
      );
  }
  return problems;
}

/**
 * `inventory` is the validated inventory, or undefined when it has problems of its own (then
 * only the pages are compared: an invalid inventory is reported by the data check).
 */
export function checkVersions(
  root: string,
  inventory: Inventory | undefined,
  today = todayInBrussels(),
): VersionsCheck {
  const file = join(root, VERSIONS_FILE);
  if (!existsSync(file))
    return {
      problems: [
        ...checkNoPageDates(root),
        `${VERSIONS_FILE}: the file does not exist. Run \`${RECORD_COMMAND}\` to record the policy as it is now (its first version).`,
      ],
      unrecorded: [],
    };
  const { versions, problems: unreadable } = parseVersions(readFileSync(file, 'utf8'));
  const problems = [...unreadable, ...checkNoPageDates(root)];
  versions.forEach((version, index) => {
    const previous = versions[index - 1];
    const pages = previous ? pageChanges(previous.pages, version.pages) : undefined;
    const needed = !pages
      ? 'it is the first version'
      : anyPageChanged(pages)
        ? `the text changed (${unrecordedPages(pages)
            .map((line) => line.replace(`${PAGES_DIR}/`, ''))
            .join('; ')})`
        : undefined;
    problems.push(...summaryProblems(version, index, needed));
    if (version.date > today)
      problems.push(
        `${VERSIONS_FILE}: ${versionLabel(index, version.date)}: date is in the future (today is ${today}). Record a version on the day it is published: \`${RECORD_COMMAND}\` writes today's date.`,
      );
  });
  const last = versions.at(-1);
  // An entry that cannot be read would make an older one look like the last.
  if (!last || unreadable.length > 0) return { problems, unrecorded: [] };
  const changes = [
    ...(inventory
      ? inventoryChanges(last, inventorySnapshot(inventory)).map(unrecordedChange)
      : []),
    ...unrecordedPages(pageChanges(last.pages, pageFingerprints(root))),
  ];
  const since = `since the last recorded version (${last.date}, ${VERSIONS_FILE}). Record a new version with \`${RECORD_COMMAND}\`.`;
  return { problems, unrecorded: changes.map((change) => `${change} ${since}`) };
}

/** The date per page that versions replaced: left in a page, it would contradict the shown one. */
export function checkNoPageDates(root: string): string[] {
  return Object.keys(pageFingerprints(root))
    .filter((path) => {
      const { frontmatter } = splitFrontmatter(readFileSync(join(root, PAGES_DIR, path), 'utf8'));
      if (frontmatter === undefined) return false;
      const parsed = parseYaml(frontmatter, path);
      return parsed.ok && isRecord(parsed.value) && Object.hasOwn(parsed.value, 'lastUpdated');
    })
    .map(
      (path) =>
        `${PAGES_DIR}/${path}: frontmatter lastUpdated is no longer read: every page shows the date of the last version in ${VERSIONS_FILE}. Remove the line.`,
    );
}
