// `npm run translations`: where each translation stands against the French reference.
//   npm run translations                       per language and file: up to date, stale, missing,
//                                              and for each stale text the French change since
//   npm run translations -- --json             the same for tools
//   npm run translations -- --report FILE      the same as a Markdown page a translator can open
//   npm run translations -- --strict           exit 1 when anything is stale or missing (CI)
//   npm run translations -- mark <locale|all> [file or text id]
//                                              record that a translation now follows the French
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, locales } from '../src/config/locales.ts';
import { markDone } from './translations/mark.ts';
import { recordPath } from '../src/translations/record.ts';
import { count } from '../src/lib/plural.ts';
import { contentLinkProblems, formatLinkRefusal } from '../src/lib/symlinks.ts';
import { hasWorkLeft, jsonReport, markdownReport, plainReport } from './translations/report.ts';
import { isPolicyText, translatedLocales, translationStatus } from '../src/translations/status.ts';

const root = process.cwd();
const usage =
  'Usage: npm run translations [-- --json | --report FILE | --strict]\n' +
  '       npm run translations -- mark <locale|all> [file or text id]';

function fail(message: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      report: { type: 'string' },
      strict: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;

// Content reached through a symbolic link is neither read nor written (src/lib/symlinks.ts).
const links = contentLinkProblems(root);
if (links.length > 0) {
  console.error(formatLinkRefusal(links));
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
  let refused = false;
  for (const locale of which === 'all' ? choices : [which]) {
    const result = markDone(root, locale, target);
    const language = `${locales[locale].englishName} (${locale})`;
    for (const message of result.refused) console.error(message);
    refused ||= result.refused.length > 0;
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
  process.exit(refused ? 1 : 0);
}
if (positionals.length > 0) fail(`Unknown command "${positionals[0]}".`);

const report = translationStatus(root);
if (values.json) {
  console.log(JSON.stringify(jsonReport(report), null, 2));
} else {
  console.log(plainReport(report));
}
if (values.report) {
  const file = resolve(root, values.report);
  writeFileSync(file, markdownReport(report, new Date().toISOString().slice(0, 10)));
  if (!values.json) console.log(`\nReport written to ${file}.`);
}
if (values.strict && hasWorkLeft(report)) {
  console.error(
    `Translations are not up to date with the French reference (--strict). Translate the texts listed above, then mark them done.`,
  );
  process.exit(1);
}
