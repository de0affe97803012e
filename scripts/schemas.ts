// `npm run schemas`: writes the JSON Schemas of the YAML files (content/schemas/) from
// src/data/schema.ts. Run it after changing the schema; a test fails until the files match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFiles } from './json-schema.ts';
import { formatLinkRefusal, linkProblem, linksOnPaths } from '../src/lib/symlinks.ts';

const root = process.cwd();
// Never written through a symbolic link (src/lib/symlinks.ts).
const links = linksOnPaths(
  root,
  jsonSchemaFiles().map(({ path }) => path),
).map((path) => linkProblem(root, path));
if (links.length > 0) {
  console.error(formatLinkRefusal(links));
  process.exit(1);
}
for (const { path, text } of jsonSchemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`Wrote ${path}`);
}
