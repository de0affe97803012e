// The program of `npm run check` (its entry is check.mjs): the build's content check on its own,
// for editors and CI. Exit 0 and a one-line summary when all is well; exit 1 with every problem
// otherwise.
// Translations behind the French are warnings (the build publishes them, with a notice);
// `--strict` makes them fail too, for a release pipeline. A draft (a required operator fact
// missing) is listed after the summary; with POLICY_PUBLISH=1, as the deploy workflow sets, it fails.
import {
  checkContent,
  formatDraft,
  formatProblems,
  formatWarnings,
  publishing,
  PUBLISH_VARIABLE,
} from '../src/content-check/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = args.find((arg) => !arg.startsWith('--')) ?? process.cwd();
const { problems, unrecorded, draft, warnings, inventory } = checkContent(root);
if (problems.length + unrecorded.length > 0) {
  console.error(formatProblems([...problems, ...unrecorded]));
  process.exit(1);
}
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (strict && warnings.length > 0) {
  console.error(
    'The check fails with --strict: bring these translations up to date with the French first.',
  );
  process.exit(1);
}
console.log(
  `Cookie policy content is complete: ${plural(inventory.cookies.length, 'cookie')} from ${plural(inventory.providers.length, 'provider')}, every text in every language${warnings.length > 0 ? ' (some translations follow an older French text: see the warnings above)' : ''}.`,
);
if (draft.length > 0 && publishing()) {
  console.error(formatDraft(draft));
  console.error(`With ${PUBLISH_VARIABLE}=1 a draft cannot be published: fix the reasons above.`);
  process.exit(1);
}
if (draft.length > 0) console.log(formatDraft(draft));
