// `npm run schemas`: writes src/config/site.json from content/site.yaml (the site's settings as
// the code reads them), then the JSON Schemas of the YAML files (content/schemas/) from
// src/data/schema.ts and the site's languages. Run it after changing either; `npm run check` and
// a test fail until the files match.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import { locales } from '../src/config/locales.ts';
import { GENERATED_SITE_FILE, SITE_FILE, generatedSiteText } from '../src/config/site-file.ts';
import { siteSchema } from '../src/config/site-schema.ts';
import { checkSiteFile, formatProblems, readContentFiles } from '../src/content-check/index.ts';
import { jsonSchemaFiles } from './json-schema.ts';
import { formatLinkRefusal, linkProblem, linksOnPaths } from '../src/lib/symlinks.ts';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run schemas
Writes src/config/site.json from content/site.yaml, then the editors' JSON Schemas of the YAML
files (content/schemas/). Run it after changing the site's languages or a content schema.`);
  process.exit(0);
}
const root = process.cwd();
// Never written through a symbolic link (src/lib/symlinks.ts).
const links = linksOnPaths(root, [
  ...jsonSchemaFiles().map(({ path }) => path),
  GENERATED_SITE_FILE,
]).map((path) => linkProblem(root, path));
if (links.length > 0) {
  console.error(formatLinkRefusal(links));
  process.exit(1);
}
// The site's settings first: this process read the languages from the old ones, so when they
// change, a new process writes the schemas for the new languages.
const read = siteSchema(Object.keys(locales) as [string, ...string[]]).safeParse(
  existsSync(join(root, SITE_FILE))
    ? yaml.load(readFileSync(join(root, SITE_FILE), 'utf8'), { schema: yaml.CORE_SCHEMA })
    : undefined,
);
if (!read.success) {
  console.error(formatProblems(checkSiteFile(readContentFiles(root))));
  process.exit(1);
}
const siteText = generatedSiteText(read.data);
const sitePath = join(root, GENERATED_SITE_FILE);
if (!existsSync(sitePath) || readFileSync(sitePath, 'utf8') !== siteText) {
  writeFileSync(sitePath, siteText);
  console.log(`Wrote ${GENERATED_SITE_FILE}`);
  execFileSync(process.execPath, [import.meta.filename], { stdio: 'inherit' });
  process.exit(0);
}
for (const { path, text } of jsonSchemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`Wrote ${path}`);
}
