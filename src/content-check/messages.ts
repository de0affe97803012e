/** How the content check's report reads to a person: the problems, then the notices. */
import { count } from '../lib/plural.ts';

/** Why the policy is a draft, one reason per line: what a published build refuses. */
export function formatDraft(reasons: string[]): string {
  return `The cookie policy is a draft (${count(reasons.length, 'reason')}): it is built with a draft notice and not indexed, and \`POLICY_PUBLISH=1\` refuses to publish it until each is fixed.\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`;
}

/** The report a person reads: a count, then one problem per line. */
export function formatProblems(problems: string[]): string {
  return `The cookie policy cannot be published: ${count(problems.length, 'problem')} found.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}
