// `npm run policy:version [-- --summary "…"] [--portal-change] [--date YYYY-MM-DD] [project
// folder]`: records the policy as it is now as the day's version in content/versions.yaml
// (scripts/versions/record.ts). An inventory change is recorded as a correction of the
// description unless --portal-change says the portal itself changed, as the recorded audit saw
// (the history words the two differently). When a page's French text changed, the French summary
// is required: given with --summary, or asked for when the command runs in a terminal. The other
// languages' summaries are translation work. The recording is made on a copy and checked there:
// a version the check would refuse is not written, and nothing else is either.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { defaultLocale, locales, type Locale } from '../src/config/locales.ts';
import { formatProblems, readContentFiles } from '../src/content-check/index.ts';
import { staged } from './staged/staged.ts';
import { fixedText } from './fix/fix.ts';
import { todaySettingProblem } from '../src/data/dates.ts';
import { TODAY_VARIABLE } from '../src/lib/today.ts';
import { formatLinkRefusal } from '../src/lib/symlinks.ts';
import { VERSIONS_FILE } from '../src/versions/versions-file.ts';
import { needsSummary, recordVersion } from './versions/record.ts';

const usage = `Usage: npm run policy:version [-- --summary "what changed, in French"] [--portal-change] [--date YYYY-MM-DD]
Records the policy as it is now as today's version in ${VERSIONS_FILE}.
Options:
  --summary TEXT     what changed in the French text, in a sentence (asked for in a terminal)
  --portal-change    the inventory changed because the portal did, as the recorded audit saw
                     (without it, an inventory change is a correction of the description)
  --date YYYY-MM-DD  act as of another day (the same as ${TODAY_VARIABLE}=YYYY-MM-DD)
  --help             this help`;
// --help first, whatever else is given: Node's parser would refuse it with words of its own.
if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  console.log(usage);
  process.exit(0);
}
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      summary: { type: 'string' },
      'portal-change': { type: 'boolean' },
      date: { type: 'string' },
    },
  });
} catch (error) {
  console.error(
    `${(error as Error).message.replace(/\. To specify a positional argument.*$/s, '.')}\n${usage}`,
  );
  process.exit(1);
}
if (parsed.values.date !== undefined) process.env[TODAY_VARIABLE] = parsed.values.date;
const badDate = todaySettingProblem();
if (badDate) {
  console.error(`${badDate}\n${usage}`);
  process.exit(1);
}
const root = parsed.positionals[0] ?? process.cwd();
let summary = parsed.values.summary;

// Read once: the question below, the recording and its check use the same texts. Content
// reached through a symbolic link is neither read nor written (src/lib/symlinks.ts).
const files = readContentFiles(root);
if (files.links.length > 0) {
  console.error(formatLinkRefusal([...files.links]));
  process.exit(1);
}

if (summary === undefined && needsSummary(files) && process.stdin.isTTY) {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  console.log('The French text of the policy changed since the last version.');
  summary = await terminal.question(
    'In a sentence, in French, what changed (visitors read it in the history)?\n> ',
  );
  terminal.close();
}

// The sentence as the check wants it: fixes with one answer applied (d'audience -> d’audience).
if (summary !== undefined) {
  const typed = summary;
  summary = fixedText(typed.trim(), defaultLocale);
  if (summary !== typed.trim())
    console.log(`The summary is written with French typography: ${summary}`);
}

const names = (codes: Locale[]) => codes.map((code) => locales[code].englishName).join(', ');
const run = staged(
  root,
  (draft) =>
    recordVersion(draft, { summary, portalChange: parsed.values['portal-change'] ?? false }),
  (outcome) => outcome.kind === 'recorded',
  files,
);
const result = run.result;
if (run.problems.length > 0) {
  console.error(formatProblems(run.problems));
  console.error(
    'Nothing was recorded: the version would not pass the check. Fix what is named above (a summary: run the command again with the corrected sentence).',
  );
  process.exit(1);
}
switch (result.kind) {
  case 'refused':
    console.error(formatProblems(result.problems));
    console.error('Fix these first: only a complete policy is recorded as a version.');
    process.exitCode = 1;
    break;
  case 'needs-summary':
  case 'needs-audit':
    console.error(result.message);
    process.exitCode = 1;
    break;
  case 'unchanged':
    console.log(
      `Nothing changed since the version of ${result.since}: no new version recorded (${VERSIONS_FILE}).`,
    );
    break;
  case 'recorded': {
    const { version, merged, caughtUp, work } = result;
    console.log(
      merged
        ? `Added the changes to the version of ${version.date} in ${VERSIONS_FILE} (one version per day).`
        : `Recorded the version of ${version.date} in ${VERSIONS_FILE}.`,
    );
    console.log(
      'The history describes the changes to the inventory and the operator facts in every language by itself.',
    );
    if (version.inventoryChange)
      console.log(
        version.inventoryChange === 'portal'
          ? 'The history says the portal itself changed.'
          : 'The history says the description of the cookies was corrected, the portal itself unchanged (--portal-change says otherwise).',
      );
    if (version.audit)
      console.log(
        `It says they followed the audit of the portal of ${version.audit.date} (content/observations.yaml).`,
      );
    if (caughtUp.length > 0)
      console.log(`Translations that follow it in full: ${names(caughtUp)}.`);
    const inFrench = work.filter((left) => left.inFrench).map(({ locale }) => locale);
    const behind = work.filter((left) => left.behind).map(({ locale }) => locale);
    if (work.length > 0)
      console.log(
        `Translation work left in ${names(work.map(({ locale }) => locale))}: \`npm run translations\` lists it.`,
      );
    if (inFrench.length > 0)
      console.log(
        `Visitors reading ${names(inFrench)} see in French, said to be French, each text not translated yet (a summary until its translation is marked).`,
      );
    if (behind.length > 0)
      console.log(
        `Visitors reading ${names(behind)} see the translation as it is, with a notice that the French version was updated, where the French changed since it was translated.`,
      );
  }
}
