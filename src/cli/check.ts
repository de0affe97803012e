// `npm run check`: the build's content check on its own, in well under a second, for editors
// and CI. Exit 0 and a one-line summary when all is well; exit 1 with every problem otherwise.
import { checkContent, formatNotices, formatProblems } from '../content-check/index.ts';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const root = process.argv[2] ?? process.cwd();
const { problems, unrecorded, notices, inventory } = checkContent(root);
if (problems.length + unrecorded.length > 0) {
  console.error(formatProblems([...problems, ...unrecorded]));
  process.exit(1);
}
console.log(
  `Cookie policy content is complete: ${plural(inventory.cookies.length, 'cookie')} from ${plural(inventory.providers.length, 'provider')}, every text in every language.`,
);
if (notices.length > 0) console.log(formatNotices(notices));
