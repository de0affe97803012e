/**
 * The content check's result as the pages receive it (src/route-data/site-data.ts): what the
 * check validated, the draft state it decided, and the build's own switch for the PDFs.
 */
import type { ContentCheck } from '../content-check/index.ts';
import { unevaluatedCriteria } from '../accessibility/evidence.ts';
import { localeCodes } from '../config/locales.ts';
import { consentObservation } from '../data/observations.ts';
import { draftState } from '../data/operator-facts.ts';
import { pageSchema } from '../data/page-schema.ts';
import { splitFrontmatter } from '../data/parse.ts';
import { contentPaths } from '../config/paths.ts';
import type { ContentFiles } from '../data/content-files.ts';
import { policyDate, type PolicyState } from '../data/policy-state.ts';
import { staleTranslations } from '../translations/stale.ts';
import type { PolicyPage, SiteData } from '../route-data/site-data.ts';
import type { Operator } from '../data/operator-schema.ts';

/** The whole draft state, as the check decided it. */
function policyStateOf(check: ContentCheck, operator: Operator): PolicyState {
  const { publishing } = check;
  const consent = consentObservation(check.observations.observations);
  return {
    ...draftState(
      operator,
      check.inventory.cookies,
      consent ?? undefined,
      unevaluatedCriteria(check.statement.manual),
    ),
    isDraft: check.draft.length > 0,
    evidence: publishing.evidence,
    unjustifiedExemptions: publishing.unjustifiedExemptions,
    unpublished: publishing.unpublished.length > 0,
    versionDate: publishing.versionDate,
    publishedOn: publishing.publishedOn,
  };
}

/**
 * Each policy page with its frontmatter, from the check's snapshot. A page whose frontmatter the
 * check refused is left out: the check's problems stop the build, and in dev hide every page
 * behind the error overlay.
 */
export function policyPages(files: ContentFiles): PolicyPage[] {
  return files.pages(contentPaths.pages).flatMap((path) => {
    const text = files.text(`${contentPaths.pages}/${path}`);
    if (text === undefined) return [];
    const [locale, ...rest] = path.split('/');
    const locales: readonly string[] = localeCodes;
    if (!locale || !locales.includes(locale)) return [];
    const file = rest.join('/');
    const { frontmatter } = splitFrontmatter(text);
    let data: unknown;
    try {
      // Parsed once per snapshot: the check parsed this very text already.
      data = frontmatter === undefined ? undefined : files.yaml(frontmatter).value;
    } catch {
      return [];
    }
    const parsed = pageSchema.safeParse(data);
    if (!parsed.success) return [];
    const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
    return [{ ...parsed.data, locale: locale as PolicyPage['locale'], file, slug }];
  });
}

/** What the pages render from; null when the check found problems (then nothing renders). */
export function siteDataOf(check: ContentCheck, printsPdfs: boolean): SiteData | null {
  if (check.problems.length > 0 || !check.operator) return null;
  const state = policyStateOf(check, check.operator);
  return {
    inventory: check.inventory,
    operator: check.operator,
    versions: check.versions,
    publications: check.publishing.publications,
    state,
    policyDate: policyDate(state),
    printsPdfs,
    stale: staleTranslations(check.translations),
    statementEvidence: check.statement,
  };
}
