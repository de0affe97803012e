/**
 * How a test file's accessibility checks become the statement's evidence
 * (content/accessibility/evidence.json). Each file that runs checks keeps an `EvidenceRun`: every
 * check on every page is recorded with its views and problems. At the end of the file, either
 *  - `npm run accessibility` (ACCESSIBILITY_REPORT set to a folder) collects the run: the
 *    file's part is written there, and scripts/accessibility-report.ts merges the parts into the
 *    committed report; or
 *  - an ordinary test run compares the run with the committed report, and fails, naming each
 *    difference, when the report says anything this run did not find (a page, a check, a result,
 *    a problem, a tool version): the statement never rests on stale evidence.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../../src/config/paths.ts';
import {
  automatedChecks,
  evidenceSchema,
  type AutomatedCheck,
  type EvidenceResult,
} from '../../src/accessibility/evidence.ts';
import { REPORT_COMMAND } from '../../src/accessibility/load.ts';
import { projectRoot } from './build-site.ts';
import { readContentFiles, type ContentFiles } from '../../src/data/content-files.ts';

export const REPORT_FOLDER_VARIABLE = 'ACCESSIBILITY_REPORT';

/** The part one test file contributes: its checks' results and the tools they ran with. */
export interface EvidencePart {
  checks: AutomatedCheck[];
  /** Tools whose version the evidence depends on (compared with the report). */
  tools: Record<string, string>;
  /** Tools of this machine (Chromium), recorded in the report but not compared. */
  machineTools: Record<string, string>;
  results: EvidenceResult[];
}

/** WCAG criteria a problem line names, as `(…, WCAG 1.4.3, 4.1.2)`; else the check's own. */
export function criteriaOf(check: AutomatedCheck, problem: string): string[] {
  const named = /WCAG (\d\.\d\.\d{1,2}(?:, \d\.\d\.\d{1,2})*)\)/.exec(problem)?.[1];
  return named ? named.split(', ') : [...automatedChecks[check]];
}

export class EvidenceRun {
  readonly part: EvidencePart;

  constructor(checks: AutomatedCheck[], tools: Record<string, string> = {}) {
    this.part = { checks, tools, machineTools: {}, results: [] };
  }

  record(page: string, check: AutomatedCheck, views: string[], problems: string[]): void {
    if (!this.part.checks.includes(check))
      throw new Error(`This evidence run does not own the check "${check}".`);
    this.part.results.push({
      page,
      check,
      views,
      passed: problems.length === 0,
      problems: problems.map((text) => ({ criteria: criteriaOf(check, text), text })),
    });
  }

  /** Results in a stable order, whatever order concurrent checks finished in. */
  sorted(): EvidenceResult[] {
    return [...this.part.results].sort(
      (a, b) => a.page.localeCompare(b.page) || a.check.localeCompare(b.check),
    );
  }
}

/** When `npm run accessibility` runs the tests: where the parts go. */
export const reportFolder = () => process.env[REPORT_FOLDER_VARIABLE] || undefined;

export function writePart(name: string, run: EvidenceRun, folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, `${name}.json`),
    `${JSON.stringify({ ...run.part, results: run.sorted() }, null, 2)}\n`,
  );
}

const line = (result: EvidenceResult) =>
  `${result.page} ${result.check} [${result.views.join('; ')}]: ${result.passed ? 'passed' : `failed: ${result.problems.map((p) => p.text).join(' | ')}`}`;

/**
 * Every way the committed report differs from this run, for the checks the run owns: one line
 * each, or none when the report says exactly what this run found.
 */
export function staleEvidence(
  run: EvidenceRun,
  files: ContentFiles = readContentFiles(projectRoot),
): string[] {
  const text = files.text(contentPaths.accessibilityEvidence);
  if (text === undefined) return [`${contentPaths.accessibilityEvidence} does not exist`];
  const parsed = evidenceSchema.safeParse(JSON.parse(text));
  if (!parsed.success) return [`${contentPaths.accessibilityEvidence} is not a valid report`];
  const committed = parsed.data.results
    .filter((result) => run.part.checks.includes(result.check))
    .map(line);
  const fresh = run.sorted().map(line);
  const differences = [
    ...committed
      .filter((entry) => !fresh.includes(entry))
      .map((entry) => `the report says, this run did not find: ${entry}`),
    ...fresh
      .filter((entry) => !committed.includes(entry))
      .map((entry) => `this run found, the report does not say: ${entry}`),
  ];
  for (const [tool, version] of Object.entries(run.part.tools))
    if (parsed.data.tools[tool] !== version)
      differences.push(
        `the report names ${tool} ${parsed.data.tools[tool] ?? '(none)'}, this run used ${version}`,
      );
  return differences;
}

export function staleMessage(differences: string[]): string {
  return differences.length === 0
    ? ''
    : `${contentPaths.accessibilityEvidence} does not say what this run found (${differences.length} differences); run \`${REPORT_COMMAND}\` and commit the file:\n${differences.map((d) => `  - ${d}`).join('\n')}`;
}

/** A package's version as installed, e.g. axe-core 4.11.0. */
export function installedVersion(pkg: string): string {
  const file = join(projectRoot, 'node_modules', pkg, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}
