/** How the content check's report reads to a person: the problems, then the notices. */
import { count } from '../lib/plural.ts';

/** Operator facts not found yet, one per line: the pages show them as not yet published. */
export function formatNotices(notices: string[]): string {
  return `Shown on the pages as not yet published by the operator:\n${notices.map((notice) => `  - ${notice}`).join('\n')}`;
}

/** The report a person reads: a count, then one problem per line. */
export function formatProblems(problems: string[]): string {
  return `The cookie policy cannot be published: ${count(problems.length, 'problem')} found.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}
