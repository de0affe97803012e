/**
 * The versions check: content/versions.yaml is readable, each version whose French text changed
 * says so in a French summary, no date lies in the future, and nothing in the inventory, the
 * operator facts or the French text changed since the last recorded version (operator facts only
 * when that version recorded them: one recorded before they were versioned has nothing to compare). That last kind of problem is `unrecorded`:
 * the build and `npm run check` refuse it, `npm run dev` only warns, so editors can preview first.
 * Translations are no part of a version: their summaries and texts are translation work
 * (src/content-check/translations.ts), never a reason to refuse the build.
 */
import type { ContentFiles } from '../data/content-files.ts';
import { withLine } from './change-lines.ts';
import { defaultLocale, localeCodes, locales } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import type { Inventory } from '../data/schema.ts';
import { frenchTexts } from '../translations/french-texts.ts';
import { referenceTexts, type TextSources } from '../translations/texts.ts';
import type { Operator } from '../data/operator-schema.ts';
import {
  inventoryChanges,
  isPageText,
  operatorChanges,
  pageTextChanged,
  textChanges,
  type InventoryChange,
  type OperatorChange,
} from '../versions/diff.ts';
import { inventorySnapshot, operatorSnapshot } from '../versions/snapshot.ts';
import { todayInBrussels } from '../versions/today.ts';
import { parseYaml, splitFrontmatter } from '../data/parse.ts';
import { isRecord } from '../data/entries.ts';
import {
  frenchSummary,
  parseVersions,
  RECORD_COMMAND,
  versionLabel,
  VERSIONS_FILE,
  type PolicyVersion,
} from '../versions/versions-file.ts';

const COOKIES_FILE = contentPaths.cookies;
const PROVIDERS_FILE = contentPaths.providers;
const OPERATOR_FILE = contentPaths.operator;
const french = locales[defaultLocale].englishName;

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
      return `${COOKIES_FILE}: cookie "${change.cookie}": ${french} service, purpose, condition or contents, or wildcard, changed`;
    case 'providerAdded':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": added`;
    case 'providerRemoved':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": removed`;
    case 'providerDetails':
      return `${PROVIDERS_FILE}: provider "${change.provider.id}": name, website or privacyPolicy changed`;
  }
}

/** What an operator change is, by the fact's path in content/operator.yaml. */
function unrecordedOperatorChange(change: OperatorChange): string {
  return change.kind === 'portal'
    ? `${OPERATOR_FILE}: portal.${change.field}: changed from "${change.from}" to "${change.to}"`
    : `${OPERATOR_FILE}: ${change.fact}: changed`;
}

/** "content/policy/fr/index.mdx: section "Vos droits"" for a page text's id. */
function pageText(id: string, labels: Map<string, string>): string {
  const [page = '', anchor = ''] = id.slice('policy/'.length).split('#');
  const file = `${contentPaths.pages}/${defaultLocale}/${page}`;
  return `${file}: ${labels.get(id) ?? `#${anchor}`}`;
}

/** The French summary, when the French text changed (or for the first version); known locales. */
function summaryProblems(
  version: PolicyVersion,
  index: number,
  needed: string | undefined,
  line: number | undefined,
) {
  const where = `${VERSIONS_FILE}: ${line === undefined ? '' : `line ${line}: `}${versionLabel(index, version.date)}`;
  // A key that is not a language was refused with the entry (versionSchema's summary).
  const problems: string[] = [];
  if (needed && frenchSummary(version) === undefined)
    problems.push(
      `${where}: summary.${defaultLocale} is ${version.summary?.[defaultLocale] === undefined ? 'missing' : 'empty'}, and ${needed}. Say in ${french}, in a sentence, what changed in the text: \`${RECORD_COMMAND} -- --summary "…"\` asks for it, or write it under summary.${defaultLocale}. The other languages are translators' work, listed by \`npm run translations\`.`,
    );
  return problems;
}

/**
 * `inventory` is the validated inventory, or undefined when it has problems of its own (then
 * only the texts are compared: an invalid inventory is reported by the data check); `operator`
 * likewise the validated content/operator.yaml.
 */
export function checkVersions(
  sources: TextSources,
  inventory: Inventory | undefined,
  today = todayInBrussels(),
  operator?: Operator,
): VersionsCheck {
  const { files } = sources;
  if (!files.exists(VERSIONS_FILE))
    return {
      problems: [
        ...checkNoPageDates(files),
        `${VERSIONS_FILE}: the file does not exist. Run \`${RECORD_COMMAND}\` to record the policy as it is now (its first version).`,
      ],
      unrecorded: [],
    };
  const read = files.read(VERSIONS_FILE);
  if (!read.ok) return { problems: [read.problem, ...checkNoPageDates(files)], unrecorded: [] };
  const {
    versions,
    problems: unreadable,
    lines = [],
  } = parseVersions(read.text, VERSIONS_FILE, files.yaml);
  const problems = [...unreadable, ...checkNoPageDates(files)];
  versions.forEach((version, index) => {
    const previous = versions[index - 1];
    const needed = !previous
      ? 'it is the first version'
      : pageTextChanged(textChanges(previous.texts, version.texts))
        ? `the ${french} text of a page changed`
        : undefined;
    const line = lines[index];
    problems.push(...summaryProblems(version, index, needed, line));
    if (version.date > today)
      problems.push(
        `${VERSIONS_FILE}: ${line === undefined ? '' : `line ${line}: `}${versionLabel(index, version.date)}: date is in the future (today is ${today}). Record a version on the day it is published: \`${RECORD_COMMAND}\` writes today's date.`,
      );
  });
  const last = versions.at(-1);
  // An entry that cannot be read would make an older one look like the last.
  if (!last || unreadable.length > 0) return { problems, unrecorded: [] };
  const reference = referenceTexts(sources);
  const labels = new Map(reference.map(({ id, label }) => [id, label]));
  const texts = textChanges(last.texts, frenchTexts(sources, reference));
  const changes = [
    ...(inventory
      ? inventoryChanges(last, inventorySnapshot(inventory)).map(unrecordedChange)
      : []),
    ...(operator
      ? operatorChanges(last.operator, operatorSnapshot(operator)).map(unrecordedOperatorChange)
      : []),
    ...texts.added.filter(isPageText).map((id) => `${pageText(id, labels)}: added`),
    ...texts.removed.filter(isPageText).map((id) => `${pageText(id, labels)}: removed`),
    ...texts.changed.filter(isPageText).map((id) => `${pageText(id, labels)}: changed`),
  ];
  const since = `since the last recorded version (${last.date}, ${VERSIONS_FILE}). Record a new version with \`${RECORD_COMMAND}\`.`;
  return {
    problems,
    unrecorded: changes.map((change) => `${withLine(change, files)} ${since}`),
  };
}

/** The date per page that versions replaced: left in a page, it would contradict the shown one. */
export function checkNoPageDates(files: ContentFiles): string[] {
  return localeCodes
    .flatMap((locale) =>
      files.pages(`${contentPaths.pages}/${locale}`).map((page) => `${locale}/${page}`),
    )
    .filter((path) => {
      const { frontmatter } = splitFrontmatter(files.text(`${contentPaths.pages}/${path}`) ?? '');
      if (frontmatter === undefined) return false;
      const parsed = parseYaml(frontmatter, path, { yaml: files.yaml });
      return parsed.ok && isRecord(parsed.value) && Object.hasOwn(parsed.value, 'lastUpdated');
    })
    .map(
      (path) =>
        `${contentPaths.pages}/${path}: frontmatter lastUpdated is no longer read: every page shows the date of the last version in ${VERSIONS_FILE}. Remove the line.`,
    );
}
