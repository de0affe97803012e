// `npm run translations`: where each translation stands against the French reference.
//   npm run translations                       per language and file: up to date, stale, missing,
//                                              and for each stale text the French change since
//   npm run translations -- --json             the same for tools
//   npm run translations -- --report FILE      the same as a Markdown page a translator can open
//   npm run translations -- --strict           exit 1 when anything is stale or missing (CI)
//   npm run translations -- <locale>            one language only
//   npm run translations -- mark <locale|all> [file or text id] [--as-is]
//                                              record that a translation now follows the French
//                                              (all or nothing, after the content check)
//   --date YYYY-MM-DD                          act as of another day (POLICY_TODAY)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, locales, type Locale } from '../src/config/locales.ts';
import { formatProblems } from '../src/content-check/index.ts';
import { staged } from './staged/staged.ts';
import { todaySettingProblem } from '../src/data/dates.ts';
import { TODAY_VARIABLE, todayInBrussels } from '../src/lib/today.ts';
import { markDone } from './translations/mark.ts';
import { recordPath } from '../src/translations/record.ts';
import { count } from '../src/lib/plural.ts';
import { formatLinkRefusal } from '../src/lib/symlinks.ts';
import { hasWorkLeft, jsonReport, markdownReport, plainReport } from './translations/report.ts';
import { isPolicyText, translatedLocales, translationStatus } from '../src/translations/status.ts';
import { textSources } from '../src/translations/texts.ts';
import { readContentFiles } from '../src/data/content-files.ts';

const root = process.cwd();
const usage = `Usage: npm run translations [-- <locale>] [--json | --report FILE | --strict]
       npm run translations -- mark <locale|all> [file or text id] [--as-is]
Options:
  <locale>          show one language only (${translatedLocales().join(', ')})
  --json            the report for tools
  --report FILE     the report as a Markdown page
  --strict          exit 1 when a text is stale or missing
  --as-is           with mark: the texts are right as they are (unchanged since the French
                    changed, or the French itself, such as a name)
  --date YYYY-MM-DD act as of another day (the same as ${TODAY_VARIABLE}=YYYY-MM-DD)
  --help            this help`;

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

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
      json: { type: 'boolean', default: false },
      report: { type: 'string' },
      strict: { type: 'boolean', default: false },
      'as-is': { type: 'boolean', default: false },
      date: { type: 'string' },
    },
  });
} catch (error) {
  fail((error as Error).message.replace(/\. To specify a positional argument.*$/s, '.'));
}
const { values, positionals } = parsed;
if (values.date !== undefined) process.env[TODAY_VARIABLE] = values.date;
const badDate = todaySettingProblem();
if (badDate) fail(badDate);

// Read once, for the report or the marking and its check. Content reached through a symbolic
// link is neither read nor written (src/lib/symlinks.ts).
const files = readContentFiles(root);
if (files.links.length > 0) {
  console.error(formatLinkRefusal([...files.links]));
  process.exit(1);
}

if (positionals[0] === 'mark') {
  const [, which, target, ...extra] = positionals;
  const choices = translatedLocales();
  if (extra.length > 0) fail(`Too many arguments: ${extra.join(' ')}.`);
  if (which !== 'all' && (!isLocale(which) || !choices.includes(which)))
    fail(
      which === undefined
        ? `Say which language to mark: one of ${choices.join(', ')}, or all.`
        : `"${which}" is not a translated language of the site (${choices.join(', ')}, or all).`,
    );
  const chosen: Locale[] = which === 'all' ? choices : [which];
  // Every language on one copy, checked, then written together: or nothing at all.
  const run = staged(
    root,
    (draft) =>
      chosen.map((locale) => ({
        locale,
        result: markDone(draft, locale, target, todayInBrussels(), values['as-is']),
      })),
    (results) => results.every(({ result }) => result.refused.length === 0),
    files,
  );
  const refusals = run.result.flatMap(({ result }) => result.refused);
  if (refusals.length > 0 || run.problems.length > 0) {
    for (const message of refusals) console.error(`  - ${message}`);
    if (run.problems.length > 0) console.error(formatProblems(run.problems));
    console.error(
      `Nothing was marked, and no file changed. ${refusals.length > 0 ? 'Fix what is listed above, or mark the other texts by naming them.' : 'Marking would make the check fail: fix the files named above first.'}`,
    );
    process.exit(1);
  }
  for (const { locale, result } of run.result) {
    const language = `${locales[locale].englishName} (${locale})`;
    console.log(
      result.marked.length === 0
        ? `${language}: nothing new to mark${result.written ? `; ${recordPath(locale)} tidied` : ''}.`
        : `${language}: marked ${count(result.marked.length, 'text')} as translated from the current French, in ${recordPath(locale)}.`,
    );
    if (result.caughtUp && result.marked.some(isPolicyText))
      console.log(
        `${language} now follows the French in full: its pages say so with today's date, and the history notes it under the current version. No new version of the policy is needed.`,
      );
  }
  process.exit(0);
}
const [only, ...others] = positionals;
if (others.length > 0) fail(`Too many arguments: ${others.join(' ')}.`);
if (only !== undefined && !(isLocale(only) && translatedLocales().includes(only)))
  fail(
    `"${only}" is neither a command (mark) nor a translated language of the site (${translatedLocales().join(', ')}).`,
  );

const report = translationStatus(textSources(files)).filter(
  ({ locale }) => only === undefined || locale === only,
);
if (values.json) {
  console.log(JSON.stringify(jsonReport(report), null, 2));
} else {
  console.log(plainReport(report));
}
if (values.report) {
  const file = resolve(root, values.report);
  writeFileSync(file, markdownReport(report, todayInBrussels()));
  if (!values.json) console.log(`\nReport written to ${file}.`);
}
if (values.strict && hasWorkLeft(report)) {
  console.error(
    `Translations are not up to date with the French reference (--strict). Translate the texts listed above, then mark them done.`,
  );
  process.exit(1);
}
