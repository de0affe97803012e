// `npm run policy:version`: records the policy as it is now as a new version in
// content/versions.yaml (scripts/versions/record.ts), and tells the editor what is left to write.
import { localeCodes } from '../src/config/locales.ts';
import { formatProblems } from '../src/content-check/index.ts';
import { recordVersion } from './versions/record.ts';
import { VERSIONS_FILE } from '../src/versions/versions-file.ts';

const result = recordVersion(process.argv[2] ?? process.cwd());
switch (result.kind) {
  case 'refused':
    console.error(formatProblems(result.problems));
    console.error('Fix these first: only a complete policy is recorded as a version.');
    process.exitCode = 1;
    break;
  case 'unchanged':
    console.log(
      `Nothing changed since the version of ${result.since}: no new version recorded (${VERSIONS_FILE}).`,
    );
    break;
  case 'recorded':
    console.log(`Recorded the version of ${result.version.date} in ${VERSIONS_FILE}.`);
    console.log(
      result.textChanged
        ? `The text changed: under this version's summary in ${VERSIONS_FILE}, write in each language (${localeCodes.join(', ')}) a sentence saying what changed. \`npm run check\` refuses the version until then.`
        : 'The history describes the changes to the inventory in every language by itself.',
    );
}
