/**
 * Records the policy as it is now as the day's version at the end of content/versions.yaml:
 * the inventory and the French texts, with the snapshot the next version is compared with. A
 * second recording on the same day adds to that day's version (one publication, one entry). The
 * French summary is required when a page's French text changed; the other languages' summaries
 * are translation work. Texts whose French and translation were both written in this change (a
 * new cookie in four languages, a new section) are recorded as translated from the current
 * French. The operator facts are recorded with them, and a version whose inventory changed names
 * the audit it followed when content/observations.yaml holds one (made since the version before).
 * Used by `npm run policy:version` and by the benchmark's synthetic copies.
 */
import { defaultLocale, type Locale } from '../../src/config/locales.ts';
import { checkContent, type ContentFiles } from '../../src/content-check/index.ts';
import { fingerprint, normaliseText } from '../../src/lib/fingerprint.ts';
import { frenchTexts, isVersionedText } from '../../src/translations/french-texts.ts';
import { readRecord, recordPath } from '../../src/translations/record.ts';
import { translatedLocales } from '../../src/translations/status.ts';
import {
  referenceTexts,
  textSources,
  translatedTexts,
  type ReferenceText,
  type TextSources,
} from '../../src/translations/texts.ts';
import {
  anyTextChanged,
  inventoryChanges,
  operatorChanges,
  pageTextChanged,
  textChanges,
} from '../../src/versions/diff.ts';
import {
  inventorySnapshot,
  MISSING,
  operatorSnapshot,
  type FrenchTexts,
} from '../../src/versions/snapshot.ts';
import type { Observations } from '../../src/data/observations.ts';
import { factNames } from '../../src/data/operator-facts.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import { writeDraft, type Draft } from '../staged/staged.ts';
import {
  frenchSummary,
  parseVersions,
  RECORD_COMMAND,
  VERSIONS_FILE,
  type AuditReference,
  type PolicyVersion,
} from '../../src/versions/versions-file.ts';
import { translationWork, writeCaughtUp, type TranslationWork } from './caught-up.ts';
import { recordText, serialiseVersions } from './files.ts';

export interface RecordOptions {
  /** YYYY-MM-DD; today in Brussels by default. */
  today?: string;
  /** What changed in the French text, in French. */
  summary?: string | undefined;
  /**
   * The inventory changed because the portal itself changed (seen by the recorded audit), not
   * because its description was corrected: the history words the two differently.
   */
  portalChange?: boolean;
}

export type RecordResult =
  | { kind: 'refused'; problems: string[] }
  | { kind: 'needs-summary'; message: string }
  | { kind: 'needs-audit'; message: string }
  | { kind: 'unchanged'; since: string }
  | {
      kind: 'recorded';
      version: PolicyVersion;
      /** The day's version already existed: the changes were added to it. */
      merged: boolean;
      textChanged: boolean;
      /** Translations that follow this version's French in full. */
      caughtUp: Locale[];
      /** The other languages: what is left to translate, as visitors see it meanwhile. */
      work: TranslationWork[];
    };

/**
 * Whether a recording now should ask for a French summary: the French text of a page changed
 * since the last recorded state (the day's version, when there is one: what else changed).
 */
export function needsSummary(files: ContentFiles): boolean {
  const sources = textSources(files);
  const last = sources.versions.at(-1);
  return !last || pageTextChanged(textChanges(last.texts, frenchTexts(sources)));
}

/** A French summary added to the day's: kept once, after what the day's version already says. */
function joinSummaries(before: string | undefined, added: string | undefined): string | undefined {
  const now = added?.trim() || undefined;
  if (!before || !now) return before ?? now;
  return before.includes(now) ? before : `${before} ${now}`;
}

/**
 * Texts new since `base` whose translation is new too: written together, so recorded as
 * translated from the current French. A translation the record already knows (a section whose
 * French heading was renamed while its translation stayed) is not new, unless it is known with
 * this very French text. An operator text is new with its fact (`newFacts`: found or changed in
 * this version); one of a fact versions do not record (the accessibility statement's) when this
 * language's record has never known it.
 */
function recordWrittenTogether(
  draft: Draft,
  sources: TextSources,
  locale: Locale,
  reference: ReferenceText[],
  base: FrenchTexts,
  newFacts: ReadonlySet<string>,
): void {
  const { record } = readRecord(sources.files, locale);
  const translated = translatedTexts(sources, locale);
  // Each translation the record knows, with the French texts it was recorded as translating.
  const known = new Map<string, Set<string>>();
  for (const entry of Object.values(record))
    if (entry.translation)
      known.set(
        entry.translation,
        (known.get(entry.translation) ?? new Set()).add(entry.fingerprint),
      );
  const fact = (id: string) =>
    factNames.find((name) => id.startsWith(`operator/${name}.`) || id === `operator/${name}`);
  const writtenNow = (id: string) => {
    if (isVersionedText(id)) return !(id in base);
    if (!id.startsWith('operator/')) return false;
    const name = fact(id);
    return name === undefined ? record[id] === undefined : newFacts.has(name);
  };
  for (const { id, french } of reference) {
    const text = translated.get(id);
    if (!writtenNow(id) || text === undefined) continue;
    // A copy of the French is left for its translator (translations/status.ts).
    if (normaliseText(text) === normaliseText(french)) continue;
    const source = fingerprint(french);
    const translation = fingerprint(text);
    if (record[id]?.fingerprint === source) continue;
    const sources = known.get(translation);
    if (sources && !sources.has(source)) continue;
    record[id] = { fingerprint: source, french: normaliseText(french), translation };
  }
  draft.write(recordPath(locale), recordText(record));
}

/**
 * The audit an inventory change followed: the last one recorded in content/observations.yaml,
 * unless it is older than the version before (which already published what was known then).
 */
function auditFollowed(
  observations: Observations | undefined,
  base: PolicyVersion | undefined,
): AuditReference | undefined {
  if (!observations) return undefined;
  const { observedOn, portal } = observations.audit;
  return base && observedOn < base.date ? undefined : { date: observedOn, portal };
}

/**
 * Records the version in `target`: a draft (`staged`, scripts/staged/staged.ts, checks it before
 * writing), or a project folder, written at once.
 */
export function recordVersion(target: string | Draft, options: RecordOptions = {}): RecordResult {
  if (typeof target === 'string')
    return writeDraft(target, (draft) => recordVersion(draft, options));
  const draft = target;
  const { files } = draft;
  // The versions check's own problems are let through below, and a link in place of the
  // versions file would be written through (src/lib/symlinks.ts): nothing was read.
  if (files.links.length > 0) return { kind: 'refused', problems: [...files.links] };
  const today = options.today ?? todayInBrussels();
  const readable = files.read(VERSIONS_FILE);
  if (!readable.ok && !readable.missing) return { kind: 'refused', problems: [readable.problem] };
  const read = readable.ok ? parseVersions(readable.text, VERSIONS_FILE, files.yaml) : undefined;
  const { problems: found, inventory, operator, observations } = checkContent(files);
  // What the versions check says about summaries and dates is for the editor to fix afterwards;
  // only a versions file that cannot be read stops here, as rewriting it would not mend it.
  const problems = [
    ...found.filter((problem) => !problem.startsWith(`${VERSIONS_FILE}:`)),
    ...(read && read.versions.length > 0 ? read.problems : []),
  ];
  if (problems.length > 0) return { kind: 'refused', problems };

  const versions = read?.versions ?? [];
  const day = versions.at(-1)?.date === today ? versions.at(-1) : undefined;
  const kept = day ? versions.slice(0, -1) : versions;
  const base = kept.at(-1);
  const sources = textSources(files, read?.versions ?? []);
  const reference = referenceTexts(sources);
  const current = {
    ...inventorySnapshot(inventory),
    ...(operator ? { operator: operatorSnapshot(operator) } : {}),
    texts: frenchTexts(sources, reference),
  };
  const summary = joinSummaries(day && frenchSummary(day), options.summary);
  // A version recorded before operator facts were versioned compares as "not recorded then":
  // no change to describe; the day's own version takes the snapshot it lacks.
  const unchanged = (version: PolicyVersion) =>
    inventoryChanges(version, current).length === 0 &&
    operatorChanges(version.operator, current.operator).length === 0 &&
    (version !== day || version.operator !== undefined || current.operator === undefined) &&
    !anyTextChanged(textChanges(version.texts, current.texts));
  if (day ? unchanged(day) && summary === frenchSummary(day) : base && unchanged(base))
    return { kind: 'unchanged', since: (day ?? base)!.date };

  const textChanged = base ? pageTextChanged(textChanges(base.texts, current.texts)) : true;
  if (textChanged && !summary)
    return {
      kind: 'needs-summary',
      message: `${base ? `The French text of a page changed since the version of ${base.date}: say in French, in a sentence, what changed` : 'This is the first version of the policy: say in French, in a sentence, what it is (for instance, that it replaces the policy published before)'} (visitors read it in the history): \`${RECORD_COMMAND} -- --summary "…"\`. In a terminal, the command asks for it. Nothing was recorded.`,
    };
  // The audit the inventory change followed; a day's version keeps the one it already names.
  const inventoryChanged = base ? inventoryChanges(base, current).length > 0 : false;
  const audit = inventoryChanged
    ? (auditFollowed(observations.observations, base) ?? day?.audit)
    : undefined;
  // A change of the portal is one an audit saw; without one, the inventory was corrected.
  if (options.portalChange && inventoryChanged && !audit)
    return {
      kind: 'needs-audit',
      message: `--portal-change says the portal itself changed, but no audit recorded since the version of ${base?.date ?? '…'} observed it. Record one first (\`npm run audit -- <portal URL> --record\`), or leave --portal-change out if the description was corrected. Nothing was recorded.`,
    };
  const inventoryChange = inventoryChanged
    ? options.portalChange || day?.inventoryChange === 'portal'
      ? ('portal' as const)
      : ('correction' as const)
    : undefined;
  const version: PolicyVersion = {
    date: today,
    ...(summary ? { summary: { ...day?.summary, [defaultLocale]: summary } } : {}),
    ...(audit ? { audit } : {}),
    ...(inventoryChange ? { inventoryChange } : {}),
    ...current,
    ...(day?.translated ? { translated: day.translated } : {}),
  };
  draft.write(VERSIONS_FILE, serialiseVersions([...kept, version]));
  const languages = translatedLocales();
  // The operator facts found or changed in this version: their state differs from the version
  // before's (or it recorded none), and they are not missing now.
  const newFacts = new Set<string>(
    factNames.filter((name) => {
      const now = current.operator?.facts[name];
      return now !== undefined && now !== MISSING && base?.operator?.facts[name] !== now;
    }),
  );
  for (const locale of languages)
    recordWrittenTogether(draft, sources, locale, reference, base?.texts ?? {}, newFacts);
  const caughtUp = writeCaughtUp(draft, languages, today, { clear: true });
  const work = translationWork(
    draft,
    languages.filter((locale) => !caughtUp.includes(locale)),
  );
  return { kind: 'recorded', version, merged: day !== undefined, textChanged, caughtUp, work };
}
