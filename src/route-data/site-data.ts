/**
 * What the content check hands to the pages, once per build (and again after each edit in
 * `npm run dev`): everything it read and validated, as plain data. It travels in the virtual
 * module `virtual:odwb/content` (src/integrations/content-module.ts) and reaches each page on
 * `Astro.locals.policy` (route-data.ts), so no page, layout or component reads a content file.
 */
import type { Evidence as StatementReport, ManualCheck } from '../accessibility/evidence.ts';
import type { Locale } from '../config/locales.ts';
import type { Operator } from '../data/operator-schema.ts';
import type { PolicyState } from '../data/policy-state.ts';
import type { Inventory } from '../data/schema.ts';
import type { PageData } from '../data/page-schema.ts';
import type { StaleTranslations } from '../translations/stale-translations.ts';
import type { Publications } from '../versions/publications.ts';
import type { PolicyVersion } from '../versions/versions-file.ts';

/** One policy page: content/policy/<locale>/<file>, and its frontmatter as the check validated it. */
export interface PolicyPage extends PageData {
  locale: Locale;
  /** The page below its locale's folder: index.mdx, a/b.mdx. */
  file: string;
  /** Its address below the locale: '' for index.mdx, 'a/b' for a/b.mdx. */
  slug: string;
}

export interface SiteData {
  /** content/cookies.yaml and content/providers.yaml, validated. */
  inventory: Inventory;
  /** content/operator.yaml, validated. */
  operator: Operator;
  /** content/versions.yaml: every recorded version, oldest first. */
  versions: PolicyVersion[];
  /** content/publications.yaml: every publication, and the policy the first one replaces. */
  publications: Publications;
  /** Published or draft, and why (src/data/policy-state.ts). */
  state: PolicyState;
  /**
   * The policy's date (YYYY-MM-DD) as every page, PDF and export gives it: the day the current
   * version was published, or in a draft the draft version's date.
   */
  policyDate: string;
  /** Whether this build prints the policy PDFs, so the pages link to them (policy-pdf.ts). */
  printsPdfs: boolean;
  /** By language: the pages, cookie rows and summaries whose translation is behind the French. */
  stale: Partial<Record<Locale, StaleTranslations>>;
  /** The accessibility statement's evidence and manual checks (content/accessibility/). */
  statementEvidence: { evidence: StatementReport | undefined; manual: ManualCheck[] };
}
