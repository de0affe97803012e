/**
 * The evidence behind the accessibility statement: the report the browser test run writes
 * (content/accessibility/evidence.json, `npm run accessibility`) and the dated manual checks
 * people record (content/accessibility/manual-checks.yaml). The statement's compliance status and
 * its known issues are derived from these two files only: nobody types a status.
 */
import { z } from 'astro/zod';
import { localizedText } from '../data/schema.ts';
import { dateField } from '../data/dates.ts';
import { personCriteria, wcag21AA } from './criteria.ts';

import { automatedCheckNames, automatedChecks, type AutomatedCheck } from './checks.ts';

export { automatedCheckNames, automatedChecks, type AutomatedCheck };

/** A WCAG success criterion's number, e.g. 1.4.10. */
const criterion = z
  .string()
  .regex(/^[1-4]\.\d{1,2}\.\d{1,2}$/, 'Write a WCAG criterion, e.g. 1.4.3.');

/**
 * A criterion a person can record: one of WCAG 2.1 level A and AA, or one of WCAG 2.2 the browser
 * checks also judge. A typo (1.4.31) would otherwise count for nothing, silently.
 */
const wcagCriterion = z.enum([
  ...Object.keys(wcag21AA),
  ...new Set(
    Object.values(automatedChecks)
      .flat()
      .filter((number) => !(number in wcag21AA)),
  ),
] as [string, ...string[]]);

/** One check on one page: in which views it ran, whether it passed, what it found. */
const resultSchema = z.strictObject({
  page: z.string().startsWith('/'),
  check: z.enum(automatedCheckNames as [AutomatedCheck, ...AutomatedCheck[]]),
  /** The views it ran in, e.g. "light, 320 px"; a PDF's is "print". */
  views: z.array(z.string().min(1)).min(1),
  passed: z.boolean().describe('Write true or false.'),
  /** Each problem found, with the WCAG criteria it fails; empty when it passed. */
  problems: z.array(z.strictObject({ criteria: z.array(criterion).min(1), text: z.string() })),
});
export type EvidenceResult = z.output<typeof resultSchema>;

export const evidenceSchema = z.strictObject({
  format: z.literal(1),
  /** The day the browser test run wrote it (YYYY-MM-DD). */
  date: dateField(false),
  /** How to make it again. */
  command: z.string(),
  /** Tool name to version: axe-core, the Nu Html Checker, Chromium. */
  tools: z.record(z.string(), z.string()),
  results: z.array(resultSchema),
});
export type Evidence = z.output<typeof evidenceSchema>;

export const manualCheckSchema = z
  .strictObject({
    /** The day the check was done (YYYY-MM-DD). */
    date: dateField(true, 'It is the day the check was done.'),
    /** Who did it, as the statement names them (a role or a firm, not a private person). */
    by: z.string().trim().min(1).describe('Write who checked, e.g. by: the project team.'),
    /** What was checked, in every language (e.g. a screen-reader pass with NVDA and Firefox). */
    check: localizedText(),
    /** The criteria the check judged: each counts as evaluated by a person (criteria.ts). */
    criteria: z
      .array(wcagCriterion)
      .min(1)
      .describe(
        'List the WCAG 2.1 level A or AA criteria the check judged, e.g. criteria: [1.3.1, 4.1.2] (src/accessibility/criteria.ts lists them).',
      ),
    result: z
      .enum(['passed', 'failed'])
      .describe('Write result: passed, or result: failed with the issue in every language.'),
    /** What fails, in every language; required when the result is failed. */
    issue: localizedText().optional(),
  })
  .refine((entry) => entry.result === 'passed' || entry.issue !== undefined, {
    message: 'A failed check says what fails: write issue in every language.',
    path: ['issue'],
  })
  .describe(
    'Write each check as fields: date, by, check, criteria and result, with issue when it failed (the example at the top of the file).',
  );
export const manualChecksSchema = z.array(manualCheckSchema);
export type ManualCheck = z.output<typeof manualCheckSchema>;

export type ComplianceStatus = 'full' | 'partial' | 'none';

/** WCAG 2.1 level A and AA: 50 success criteria; most of them failing is "not compliant". */
const WCAG21_AA_CRITERIA = Object.keys(wcag21AA).length;

/** A known issue: a criterion that fails, where, and found by what. */
export interface KnownIssue {
  criterion: string;
  /** The pages an automated check found it on, in the report's order. */
  pages: string[];
  /** The automated checks that found it. */
  checks: AutomatedCheck[];
  /** The manual checks that found it, with their words. */
  manual: ManualCheck[];
}

const byCriterion = (a: string, b: string) => {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  return pa[0]! - pb[0]! || pa[1]! - pb[1]! || pa[2]! - pb[2]!;
};

/** Every failing criterion, from the automated results and the manual checks. */
export function knownIssues(evidence: Evidence, manual: ManualCheck[]): KnownIssue[] {
  const issues = new Map<string, KnownIssue>();
  const issueOf = (criterion: string) => {
    let issue = issues.get(criterion);
    if (!issue) issues.set(criterion, (issue = { criterion, pages: [], checks: [], manual: [] }));
    return issue;
  };
  for (const result of evidence.results.filter((result) => !result.passed)) {
    const criteria = new Set(result.problems.flatMap((problem) => problem.criteria));
    // A failed check that names no problem still fails: all its criteria are in doubt.
    if (criteria.size === 0) for (const c of automatedChecks[result.check]) criteria.add(c);
    for (const criterion of criteria) {
      const issue = issueOf(criterion);
      if (!issue.pages.includes(result.page)) issue.pages.push(result.page);
      if (!issue.checks.includes(result.check)) issue.checks.push(result.check);
    }
  }
  for (const check of manual.filter((entry) => entry.result === 'failed'))
    for (const criterion of check.criteria) issueOf(criterion).manual.push(check);
  return [...issues.values()].sort((a, b) => byCriterion(a.criterion, b.criterion));
}

/**
 * The criteria that only a person can judge (src/accessibility/criteria.ts) and that no recorded
 * manual check covers, in WCAG's order: until a person has evaluated them, nobody knows whether
 * the site meets them.
 */
export function unevaluatedCriteria(manual: readonly ManualCheck[]): string[] {
  const evaluated = new Set(manual.flatMap((check) => check.criteria));
  return personCriteria.filter((criterion) => !evaluated.has(criterion));
}

/**
 * The model's three statuses: not compliant when most of WCAG 2.1 AA fails, partially compliant
 * when something fails, fully compliant when nothing fails and every criterion was evaluated. A
 * failing check can never leave "fully"; neither can a criterion nobody evaluated: then, with
 * nothing known to fail, no status can be claimed (undefined), and the site stays a draft
 * (src/data/operator-facts.ts) until a person records the evaluation.
 */
export function complianceStatus(
  issues: KnownIssue[],
  unevaluated: readonly string[],
): ComplianceStatus | undefined {
  if (issues.length > WCAG21_AA_CRITERIA / 2) return 'none';
  if (issues.length > 0) return 'partial';
  return unevaluated.length === 0 ? 'full' : undefined;
}
