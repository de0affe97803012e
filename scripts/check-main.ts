// The program of `npm run check` (its entry is check.mjs): the build's content check on its own,
// for editors and CI. Exit 0 and a one-line summary when all is well; exit 1 with every problem
// otherwise.
// Translations behind the French, and cookies documented but not observed by a recorded audit (or
// observed otherwise, or too long ago), are warnings (the build publishes them); `--strict` makes
// them fail too, for a release pipeline. `--max-age <days>`: when an observation is too old. A
// draft (a required operator fact missing) is listed after the summary; with POLICY_PUBLISH=1, as
// the deploy workflow sets, it fails.
import {
  checkContent,
  completeLine,
  formatDraft,
  formatProblems,
  formatWarnings,
  publishing,
  PUBLISH_VARIABLE,
  publishSettingProblem,
  readContentFiles,
} from '../src/content-check/index.ts';
import { count as plural } from '../src/lib/plural.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../src/config/paths.ts';
import { jsonSchemaFiles } from './json-schema.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(`Usage: npm run check [-- --strict] [--max-age DAYS] [--fix] [--date YYYY-MM-DD]
The content check the build runs first: every problem at once, with its file, line and fix.
Options:
  --strict           stale translations, and cookies not observed as declared, fail too
  --max-age DAYS     an observation older than this is stale (default 90)
  --fix              apply every fix that has one answer (typography, a misspelt field),
                     say what it changed, then list what is left
  --date YYYY-MM-DD  act as of another day (the same as POLICY_TODAY=YYYY-MM-DD)
  --help             this help`);
  process.exit(0);
}
const dateAt = args.indexOf('--date');
if (dateAt >= 0) process.env['POLICY_TODAY'] = args[dateAt + 1] ?? '';
const strict = args.includes('--strict');
const maxAgeAt = args.indexOf('--max-age');
const maxAge = maxAgeAt >= 0 ? args[maxAgeAt + 1] : undefined;
if (maxAgeAt >= 0 && !/^\d+$/.test(maxAge ?? '')) {
  console.error(
    `--max-age needs a whole number of days, e.g. --max-age 90, not "${maxAge ?? ''}".`,
  );
  process.exit(2);
}
const publishProblem = publishSettingProblem();
if (publishProblem) {
  console.error(publishProblem);
  process.exit(2);
}
const root =
  args.find(
    (arg, index) =>
      !arg.startsWith('--') && args[index - 1] !== '--max-age' && args[index - 1] !== '--date',
  ) ?? process.cwd();
if (args.includes('--fix')) {
  const { fixContent } = await import('./fix/fix.ts');
  const fixed = fixContent(root);
  if (fixed.problems.length > 0) {
    console.error(formatProblems(fixed.problems));
    console.error('--fix changed nothing: its fixes would make the check fail as above.');
  } else
    console.log(
      fixed.applied.length === 0
        ? 'Nothing to fix by itself.'
        : `Fixed ${plural(fixed.applied.length, 'mistake')}:\n${fixed.applied.map((line) => `  - ${line}`).join('\n')}`,
    );
}
const { problems, unrecorded, draft, warnings, inventory, observations, translations } =
  checkContent(readContentFiles(root), {
    ...(maxAge === undefined ? {} : { maxAgeDays: Number(maxAge) }),
  });
// The editors' JSON Schemas follow the site's languages: a site that changed them says so here
// (a folder without them, as the tests' fixtures, has nothing to update).
const staleSchemas = jsonSchemaFiles()
  .filter(
    ({ path, text }) =>
      existsSync(join(root, path)) && readFileSync(join(root, path), 'utf8') !== text,
  )
  .map(
    ({ path }) =>
      `${path}: the editors' JSON Schema does not match the site's languages (${contentPaths.site}) and fields. Run npm run schemas.`,
  );
if (problems.length + unrecorded.length + staleSchemas.length > 0) {
  console.error(formatProblems([...problems, ...unrecorded, ...staleSchemas]));
  process.exit(1);
}
if (warnings.length > 0) console.warn(formatWarnings(warnings));
if (observations.warnings.length > 0) {
  console.warn(
    `Observations of the portal: ${plural(observations.warnings.length, 'warning')}.\n${observations.warnings.map((line) => `  - ${line}`).join('\n')}`,
  );
}
if (strict && warnings.length > 0) {
  console.error(
    'The check fails with --strict: bring these translations up to date with the French first.',
  );
  process.exit(1);
}
if (strict && observations.warnings.length > 0) {
  console.error(
    'The check fails with --strict: record an audit of the portal that observes every cookie as declared.',
  );
  process.exit(1);
}
console.log(completeLine(inventory, translations));
console.log(
  `Observed on the portal:\n${observations.lines.map((line) => `  - ${line}`).join('\n')}`,
);
if (draft.length > 0 && publishing()) {
  console.error(formatDraft(draft));
  console.error(`With ${PUBLISH_VARIABLE}=1 a draft cannot be published: fix the reasons above.`);
  process.exit(1);
}
if (draft.length > 0) console.log(formatDraft(draft));
