// `npm run init`: starts the project over for another portal (README.md, "Re-using this project for
// another portal"). Writes content/site.yaml (languages, reference, address, deployment name),
// removes what belongs to the languages left out (their pages, interface strings, translation
// records and their texts in the YAML files), starts a new history (the versions and the audit
// are the previous portal's) and writes the editors' JSON Schemas for the new languages. It edits
// nothing else: the portal and its controller are facts to read and source by hand in
// content/operator.yaml, and `npm run check` then lists what is left to do.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { locales } from '../src/config/locales.ts';
import { contentPaths } from '../src/config/paths.ts';
import { siteFields, type Site } from '../src/config/site-schema.ts';
import { checkValue } from '../src/data/entries.ts';
import { dropLanguages } from './init/drop-languages.ts';
import { noPublications } from '../src/versions/publications.ts';
import { serialisePublications } from './versions/files.ts';

const usage = `Usage: npm run init -- --languages fr,nl --address https://cookies.example.be --deployment-name example-cookies [--reference fr]
  --languages        the site's languages, in the order visitors are offered them (of ${Object.keys(locales).join(', ')})
  --reference        the language the others are translated from (default: the first listed)
  --address          the https:// address the site will be published at
  --deployment-name  the name of its nginx files and folders: lower-case letters, digits, hyphens`;

function main(): number {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        languages: { type: 'string' },
        reference: { type: 'string' },
        address: { type: 'string' },
        'deployment-name': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const languages = (values.languages ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
  const site = {
    languages,
    reference: values.reference ?? languages[0],
    address: values.address,
    deploymentName: values['deployment-name'],
  };
  const supported = Object.keys(locales) as [string, ...string[]];
  const checked = checkValue<Site>(contentPaths.site, site, siteFields(supported));
  const problems = checked.problems;
  if (new Set(languages).size !== languages.length)
    problems.push(`${contentPaths.site}: languages: list each language once.`);
  if (site.reference && !languages.includes(site.reference))
    problems.push(
      `${contentPaths.site}: reference "${site.reference}" is not one of languages (${languages.join(', ')}).`,
    );
  if (problems.length > 0 || !checked.value) {
    console.error(
      `npm run init: nothing changed. What --languages, --reference, --address and --deployment-name would write in ${contentPaths.site}:\n${problems
        .map((problem) => `  - ${problem.replace(`${contentPaths.site}: `, '')}`)
        .join('\n')}\n\n${usage}`,
    );
    return 1;
  }

  const root = process.cwd();
  writeFileSync(join(root, contentPaths.site), siteFile(checked.value));
  const dropped = supported.filter((code) => !languages.includes(code));
  const left = dropLanguages(root, dropped);
  writeFileSync(join(root, contentPaths.versions), versionsFile());
  writeFileSync(join(root, contentPaths.publications), serialisePublications(noPublications));
  rmSync(join(root, contentPaths.observations), { force: true });
  // A new process: the schemas follow the languages of the site.yaml just written.
  execFileSync(process.execPath, [join(import.meta.dirname, 'schemas.ts')], {
    cwd: root,
    stdio: 'ignore',
  });
  console.log(
    [
      `Wrote ${contentPaths.site}: ${languages.join(', ')} (reference ${site.reference}), ${site.address}, ${site.deploymentName}.`,
      ...(dropped.length
        ? [`Removed ${dropped.join(', ')}: pages, interface strings, translation records, texts.`]
        : []),
      `Started a new history: ${contentPaths.versions} and ${contentPaths.publications} are empty, and the previous portal's audit (${contentPaths.observations}) is gone.`,
      `In ${contentPaths.publications}, write under replaces: the cookie policy the portal published until now (url and note), or null when it had none.`,
      ...left.map((line) => `Left for you: ${line}`),
      'Next: write the portal and its controller in content/operator.yaml, each fact with its source or missing;',
      'check the cookie texts of content/cookies.yaml; then npm run check says what is left',
      '(scripts/init/README.md, "Re-using this project for another portal").',
    ].join('\n'),
  );
  return 0;
}

function siteFile(site: Site): string {
  return [
    '# yaml-language-server: $schema=./schemas/site.schema.json',
    '# The site itself: which languages it is published in, where, and under which name its server',
    '# files go. Written by npm run init; fields: content/README.md, “The site”.',
    '',
    '# The site’s languages, in the order visitors are offered them.',
    `languages: [${site.languages.join(', ')}]`,
    '# The language every other one is translated from.',
    `reference: ${site.reference}`,
    '# Where the site is published; SITE_URL overrides it for one build.',
    `address: ${site.address}`,
    '# The name of the site’s nginx files, folders and variables: two sites on one server need two.',
    `deploymentName: ${site.deploymentName}`,
    '',
  ].join('\n');
}

function versionsFile(): string {
  const path = join(process.cwd(), contentPaths.versions);
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  // The file's own explanation stays; the entries go.
  const lines = text.split('\n');
  const firstEntry = lines.findIndex((line) => !line.startsWith('#') && line.trim() !== '');
  const comments = firstEntry < 0 ? lines : lines.slice(0, firstEntry);
  return `${comments.join('\n').trimEnd()}\n\n[]\n`;
}

process.exitCode = main();
