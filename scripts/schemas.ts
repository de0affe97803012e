// `npm run schemas`: writes the JSON Schemas of the YAML files (content/schemas/) from
// src/data/schema.ts. Run it after changing the schema; a test fails until the files match.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemaFiles } from './json-schema.ts';

const root = process.cwd();
for (const { path, text } of jsonSchemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
  console.log(`Wrote ${path}`);
}
