/**
 * The content check: everything the build refuses to publish, before Astro renders anything. One
 * entry, `checkContent(files)`, for the build's integration (src/integrations/content-check.ts),
 * `npm run check` (scripts/check.mjs), the commands that write content and the tests. It reads
 * nothing: `readContentFiles(root)` (content-files.ts) reads every file it needs once, and every
 * part below is a function of that snapshot, which the result hands on (`files`). Its parts:
 *   data.ts      the cookie inventory and the providers (content/*.yaml)
 *   pages.ts     the policy pages of every locale (content/policy/), their tree
 *   mdx.ts       each page's frontmatter, MDX, components and links
 *   strings.ts   the interface strings of every locale (src/i18n/ui/)
 *   typography-check.ts  each language's typography in every text an editor writes (pages,
 *                YAML texts, interface strings), found by prose.ts; the rules, declared once
 *                per language, in typography-rules.ts, applied by typography.ts
 *   versions.ts  the recorded versions, and changes made since the last one (content/versions.yaml)
 *   observations.ts  what the audit recorded on the portal (content/observations.yaml) against
 *                the declarations: observed or documented only, lifetimes, age
 *   operator-facts.ts  content/operator.yaml: each fact sourced or written missing
 *   config.ts    content/site.yaml (the site's languages, address, deployment name), the
 *                languages' tags and per-language settings (src/config/)
 *   messages.ts  how a schema failure and a list of problems read to an editor
 *   translations.ts  translations behind the French reference: warnings, not problems
 *   complete-line.ts  the line `npm run check` ends a complete policy with, translations included
 *   error.ts     the report as the error Astro shows (build output, dev overlay)
 *   publish.ts   POLICY_PUBLISH=1, which refuses a draft, and its error
 *   ../accessibility/load.ts  the accessibility statement's evidence and manual checks
 * Before any of them, a content file that is a symbolic link stops the check (src/lib/symlinks.ts):
 * the snapshot holds nothing else.
 */
import { contentPaths } from '../config/paths.ts';
import { checkInventory } from './data.ts';
import type { Inventory } from '../data/schema.ts';
import type { Operator } from '../data/operator-schema.ts';
import type { PolicyVersion } from '../versions/versions-file.ts';
import { checkPages } from './pages.ts';
import { readText } from './read-text.ts';
import { todaySettingProblem } from '../data/dates.ts';
import { checkStrings } from './strings.ts';
import { checkTypography } from './typography-check.ts';
import { checkVersions } from './versions.ts';
import { checkOperatorFile } from './operator-facts.ts';
import { draftReasons } from '../data/operator-facts.ts';
import { checkTranslations, formatWarnings } from './translations.ts';
import { translationStatus, type LocaleStatus } from '../translations/status.ts';
import { checkSiteConfig, checkSiteFile } from './config.ts';
import { checkObservations, type ObservationsCheck } from './observations.ts';
import { readStatementEvidence, type StatementEvidence } from '../accessibility/load.ts';
import { checkPublishing, unreadPublishing, type PublishingCheck } from './publishing.ts';
import { unevaluatedCriteria } from '../accessibility/evidence.ts';

import { readVersions, textSources } from '../translations/texts.ts';
import type { ContentFiles } from '../data/content-files.ts';
import { formatDraft, formatProblems } from './messages.ts';
import { contentError } from './error.ts';
import { draftError, publishing, PUBLISH_VARIABLE } from './publish.ts';

// For the tools, which reach the check through this entry only (TOOL_SURFACE in
// .dependency-cruiser.cjs): npm run nginx checks the site file, npm run init edits the exception
// list, the audit checks the inventory and its record alone, `check --fix` applies the
// typography's and the field names' fixes, every writing command drafts on the snapshot.
export { checkSiteFile } from './config.ts';
export { sameAsReferenceFile } from './strings.ts';
export { readContentFiles, withChanges, type ContentFiles } from '../data/content-files.ts';
export { readContent } from '../data/read-content.ts';
export { checkInventory } from './data.ts';
export { completeLine } from './complete-line.ts';
export { readObservations } from './observations.ts';
export { publishSettingProblem } from './publish.ts';
export { typographyFixes, type TypographyFix } from './typography-check.ts';
export { readable } from './typography-text.ts';
export { typographyMistakes } from './typography.ts';

export {
  contentError,
  draftError,
  formatDraft,
  formatProblems,
  formatWarnings,
  publishing,
  PUBLISH_VARIABLE,
};

export interface ContentCheck {
  /** What was checked: every content file's text, for the build to use without reading again. */
  files: ContentFiles;
  problems: string[];
  /** Changes since the last recorded version: refused like problems, except by `npm run dev`. */
  unrecorded: string[];
  /**
   * Why the policy is a draft (a required operator fact missing, an inventory that implies what
   * it does not list): built and shown as a draft, refused by `POLICY_PUBLISH=1`.
   */
  draft: string[];
  /** Publishable but worth fixing: translations behind the French (checked once content is complete). */
  warnings: string[];
  inventory: Inventory;
  /** content/operator.yaml, when it is valid. */
  operator?: Operator;
  /** The recorded versions, oldest first (content/versions.yaml), as the check read them. */
  versions: PolicyVersion[];
  /** Where each translation stands (checked, like the warnings, once content is complete). */
  translations: LocaleStatus[];
  /** What the audit observed, cookie by cookie (its warnings fail only `npm run check -- --strict`). */
  observations: ObservationsCheck;
  /** The accessibility statement's evidence: the browser test run's report and the manual checks. */
  statement: Pick<StatementEvidence, 'evidence' | 'manual'>;
  /**
   * Whether the current version is published, what the audit supports, and the reasons other than
   * "not published yet" that keep it a draft (what `npm run policy:publish` refuses).
   */
  publishing: PublishingCheck;
}

export interface ContentCheckOptions {
  /** An observation older than this is stale (default DEFAULT_MAX_AGE_DAYS). */
  maxAgeDays?: number;
  /** Today, for the age of the recorded audit (tests set it). */
  today?: Date;
}

/** The check of content it refused to read: only those problems, nothing else known. */
const unread = (files: ContentFiles, problems: string[]): ContentCheck => ({
  files,
  problems,
  unrecorded: [],
  draft: [],
  warnings: [],
  inventory: { cookies: [], providers: [] },
  versions: [],
  translations: [],
  observations: { problems: [], lines: [], warnings: [], observations: undefined },
  statement: { evidence: undefined, manual: [] },
  publishing: unreadPublishing,
});

export function checkContent(files: ContentFiles, options: ContentCheckOptions = {}): ContentCheck {
  // A content file that is a link was not read at all: what it points to could be any file of the
  // machine, and a message quoting it would publish it (src/lib/symlinks.ts).
  if (files.links.length > 0) return unread(files, [...files.links]);
  // A wrong POLICY_TODAY would make every "in the future" and every age wrong: said first.
  const today = todaySettingProblem();
  const problems: string[] = today ? [today] : [];
  const cookiesText = readText(
    files,
    contentPaths.cookies,
    problems,
    'Create it with the list of cookies (see content/README.md, "Adding a cookie").',
  );
  const operatorText = readText(
    files,
    contentPaths.operator,
    problems,
    'Create it with the portal, the controller and the facts of content/README.md, “Operator facts”.',
  );
  const providersText = readText(
    files,
    contentPaths.providers,
    problems,
    'Create it with the list of providers (see content/README.md, "Adding a cookie").',
  );
  const inventory = checkInventory(
    { path: contentPaths.cookies, text: cookiesText ?? '[]' },
    { path: contentPaths.providers, text: providersText ?? '[]' },
    files.yaml,
  );
  const operator = checkOperatorFile(operatorText, contentPaths.operator, files.yaml);
  problems.push(
    ...checkSiteFile(files),
    ...checkSiteConfig(),
    ...operator.problems,
    ...inventory.problems,
    ...checkPages(files, inventory.cookieNames),
    ...checkStrings(files),
    ...checkTypography(files),
  );
  // Each file parsed once for the versions, the publications and every language's texts.
  const sources = textSources(files, readVersions(files));
  const valid = { cookies: inventory.cookies, providers: inventory.providers };
  // An invalid inventory is reported above; then only the pages are compared with the version.
  const versions = checkVersions(
    sources,
    inventory.problems.length === 0 ? valid : undefined,
    undefined,
    operator.operator,
  );
  problems.push(...versions.problems);
  const observations = checkObservations(
    files,
    inventory.problems.length === 0 ? inventory.cookies : [],
    options,
  );
  problems.push(...observations.problems);
  const statement = readStatementEvidence(files);
  problems.push(...statement.problems);
  const factReasons = operator.operator
    ? draftReasons(
        operator.operator,
        inventory.cookies,
        observations.observations?.audit,
        unevaluatedCriteria(statement.manual),
      )
    : [];
  const publishing = checkPublishing(files, {
    versions: sources.versions,
    operator: operator.operator,
    cookies: inventory.problems.length === 0 ? inventory.cookies : [],
    observations: observations.observations,
    today: options.today ?? new Date(),
  });
  problems.push(...publishing.problems);
  const draft = [...factReasons, ...publishing.reasons, ...publishing.unpublished];
  const translations = problems.length === 0 ? translationStatus(sources) : [];
  const warnings = checkTranslations(translations);
  return {
    files,
    problems,
    unrecorded: versions.unrecorded,
    draft,
    warnings,
    inventory: valid,
    versions: sources.versions,
    ...(operator.operator ? { operator: operator.operator } : {}),
    translations,
    observations,
    statement: { evidence: statement.evidence, manual: statement.manual },
    publishing: { ...publishing, reasons: [...factReasons, ...publishing.reasons] },
  };
}
