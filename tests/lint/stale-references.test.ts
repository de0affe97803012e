/**
 * The references the Markdown link check cannot see (tests/lint/stale-references.ts), on a
 * planted project (tests/fixtures/stale-references/planted/) with the exact messages. The project
 * itself is held to it by `npm run lint`.
 */
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { staleReferences } from './stale-references.ts';

const planted = fileURLToPath(new URL('../fixtures/stale-references/planted/', import.meta.url));

const MISSING = 'does not exist. Correct the path, or remove the reference.';
const NO_FILE =
  'is no file of the project. Write the path of the file that holds it today, or remove the reference.';
const NO_SCRIPT = 'is no script of package.json. Name one of: check, lint.';

it('names each missing path, file and script in comments, configuration and Markdown, by file and line', () => {
  expect(staleReferences(planted)).toEqual([
    `.dependency-cruiser.cjs:1: "npm run deps" ${NO_SCRIPT}`,
    `guide.md:3: "npm run deploy" ${NO_SCRIPT}`,
    `guide.md:4: "tests/check/" ${MISSING}`,
    `guide.md:4: "check.test.ts" ${NO_FILE}`,
    `package.json:2: "npm run deps" ${NO_SCRIPT}`,
    `package.json:5: "scripts/lint.ts" ${MISSING}`,
    `scripts/check.ts:2: "check.test.ts" ${NO_FILE}`,
    `scripts/check.ts:3: "tests/check.process.test.ts" ${MISSING}`,
    `src/pages/index.astro:2: "./data.ts" ${MISSING}`,
    `src/pages/index.astro:2: "npm run schemas" ${NO_SCRIPT}`,
    `src/pages/index.astro:6: "src/styles/table.css" ${MISSING}`,
    `src/pages/index.astro:6: "CookieTable.astro" ${NO_FILE}`,
    `src/pages/index.astro:8: "npm run preview" ${NO_SCRIPT}`,
    `src/pages/index.astro:10: "src/styles/colours.css" ${MISSING}`,
    `src/read.ts:2: "src/lib/read-file.ts" ${MISSING}`,
    `src/site.css:1: "scripts/theme/" ${MISSING}`,
  ]);
});
