// `npm run policy:publish [-- --commit <sha>] [project folder]`: records the publication of the
// current version in content/publications.yaml (the day, the version, the commit), once nothing
// keeps the policy a draft: every required operator fact found, an audit of the portal that
// counts as evidence (src/data/evidence.ts), the exemption test met. Recording a version
// (`npm run policy:version`) and publishing it are two acts: the public history lists only what
// this command recorded. The commit is the one that holds the content published: by default the
// repository's HEAD, which must hold every change to content/.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkContent, formatProblems, readContentFiles } from '../src/content-check/index.ts';
import { contentPaths } from '../src/config/paths.ts';
import { formatLinkRefusal } from '../src/lib/symlinks.ts';
import { staged } from './staged/staged.ts';
import { todayInBrussels } from '../src/versions/today.ts';
import { serialisePublications } from './versions/files.ts';

const usage = 'Usage: npm run policy:publish [-- --commit <sha>] [project folder]';
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { commit: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help) {
  console.log(`${usage}
Records the publication of the current version in content/publications.yaml (the day, the
version, the commit), once nothing keeps the policy a draft.
Options:
  --commit SHA  the commit that holds the content published (default: the repository's HEAD)
  --help        this help`);
  process.exit(0);
}
const root = parsed.positionals[0] ?? process.cwd();
const given = parsed.values.commit;
if (given !== undefined && !/^[0-9a-f]{7,40}$/.test(given)) {
  console.error(
    `--commit needs a commit's hexadecimal name (7 to 40 characters, as git rev-parse HEAD prints it), not "${given}".\n${usage}`,
  );
  process.exit(2);
}

// Content reached through a symbolic link is neither read nor written (src/lib/symlinks.ts).
const files = readContentFiles(root);
if (files.links.length > 0) {
  console.error(formatLinkRefusal([...files.links]));
  process.exit(1);
}

const check = checkContent(files);
if (check.problems.length + check.unrecorded.length > 0) {
  console.error(formatProblems([...check.problems, ...check.unrecorded]));
  console.error(
    'Fix these first, and record the policy as a version: only a recorded version is published.',
  );
  process.exit(1);
}
const { publishing } = check;
if (publishing.reasons.length > 0) {
  console.error(
    `The version of ${publishing.versionDate} cannot be published: ${publishing.reasons.length === 1 ? 'one reason keeps' : `${publishing.reasons.length} reasons keep`} it a draft.\n${publishing.reasons.map((reason) => `  - ${reason}`).join('\n')}`,
  );
  process.exit(1);
}
if (publishing.publishedOn !== undefined) {
  console.log(
    `The version of ${publishing.versionDate} was published on ${publishing.publishedOn} (${contentPaths.publications}): nothing to record.`,
  );
  process.exit(0);
}

/** HEAD, when content/ holds nothing that commit does not: the commit names what was published. */
function headCommit(): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  let head: string;
  try {
    head = git('rev-parse', 'HEAD');
  } catch {
    console.error(
      `${root} is not a git repository with a commit, so the publication cannot name the commit that holds it. Commit the content first, or give it with --commit <sha>.`,
    );
    process.exit(1);
  }
  const pending = git('status', '--porcelain', '--', 'content');
  if (pending !== '') {
    console.error(
      `content/ has changes that commit ${head.slice(0, 12)} does not hold:\n${pending
        .split('\n')
        .map((line) => `  ${line}`)
        .join(
          '\n',
        )}\nCommit them first, so the publication names the commit that holds what is published.`,
    );
    process.exit(1);
  }
  return head;
}

const commit = given ?? headCommit();
const date = todayInBrussels();
const publications = {
  ...publishing.publications,
  published: [
    ...publishing.publications.published,
    { date, version: publishing.versionDate, commit },
  ],
};
// Checked as it would be written, like every write (scripts/staged/staged.ts).
const run = staged(
  root,
  (draft) => draft.write(contentPaths.publications, serialisePublications(publications)),
  () => true,
  files,
);
if (run.problems.length > 0) {
  console.error(formatProblems(run.problems));
  console.error('Nothing was published: the publication would not pass the check.');
  process.exit(1);
}
console.log(
  `Published the version of ${publishing.versionDate} on ${date} (commit ${commit.slice(0, 12)}), recorded in ${contentPaths.publications}.`,
);
console.log(
  `Commit ${contentPaths.publications}, then build with POLICY_PUBLISH=1: the history lists this publication with its date.`,
);
