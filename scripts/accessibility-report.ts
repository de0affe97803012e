// `npm run accessibility`: runs the accessibility checks in a real Chromium (the browser
// checks, the Nu Html Checker, the PDFs) against a fresh build, and writes what they found to
// content/accessibility/evidence.json, the accessibility statement's evidence. Failing checks are
// written too: the statement then lists them and says "partially compliant". Commit the file; an
// ordinary test run fails while it no longer says what the checks find (tests/README.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentPaths } from '../src/config/paths.ts';
import { evidenceSchema, type Evidence } from '../src/accessibility/evidence.ts';
import { REPORT_COMMAND } from '../src/accessibility/load.ts';
import { todayInBrussels } from '../src/versions/today.ts';
import { formatLinkRefusal, linkProblem, linksOnPaths } from '../src/lib/symlinks.ts';
import { formatProblems } from '../src/content-check/index.ts';
import { staged } from './staged/staged.ts';

/** The test files that record evidence, by the name of the part each writes. */
const PARTS = {
  browser: 'tests/src/pages/browser/site.build.test.ts',
  nu: 'tests/src/pages/html-validity.build.test.ts',
  pdf: 'tests/src/integrations/pdf-accessibility.build.test.ts',
};

interface Part {
  tools: Record<string, string>;
  machineTools: Record<string, string>;
  results: Evidence['results'];
}

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run accessibility
Builds the site, runs the accessibility checks in Chromium (the browser checks, the Nu Html
Checker, the PDFs) and writes what they found to ${contentPaths.accessibilityEvidence}, the
accessibility statement's evidence. Takes a few minutes.`);
  process.exit(0);
}
const root = process.cwd();

/** Runs the checks with `folder` for their parts, and writes the report; returns the exit code. */
function report(folder: string): number {
  const vitest = join(root, 'node_modules/vitest/vitest.mjs');
  const run = spawnSync(
    process.execPath,
    [vitest, 'run', '--project', 'build', ...Object.values(PARTS)],
    { stdio: 'inherit', env: { ...process.env, ACCESSIBILITY_REPORT: folder } },
  );
  const missing = Object.keys(PARTS).filter((name) => !existsSync(join(folder, `${name}.json`)));
  if (missing.length > 0) {
    console.error(
      `\n${REPORT_COMMAND}: the checks did not finish (${missing.map((name) => PARTS[name as keyof typeof PARTS]).join(', ')} wrote no results), so ${contentPaths.accessibilityEvidence} is left as it was. Fix what the test run printed above, then run it again.`,
    );
    return 2;
  }
  const parts = Object.keys(PARTS).map(
    (name) => JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as Part,
  );
  const evidence = evidenceSchema.parse({
    format: 1,
    date: todayInBrussels(),
    command: REPORT_COMMAND,
    tools: Object.fromEntries(
      parts.flatMap((part) => [
        ...Object.entries(part.tools),
        ...Object.entries(part.machineTools),
      ]),
    ),
    results: parts.flatMap((part) => part.results),
  });
  // Checked as it would be written, like every write (scripts/staged/staged.ts).
  const written = staged(root, (draft) =>
    draft.write(contentPaths.accessibilityEvidence, `${JSON.stringify(evidence, null, 2)}\n`),
  );
  if (written.problems.length > 0) {
    console.error(
      `${formatProblems(written.problems)}\n${contentPaths.accessibilityEvidence} is left as it was: the new report would not pass the check.`,
    );
    return 2;
  }
  const failed = evidence.results.filter((result) => !result.passed);
  const pages = new Set(evidence.results.map((result) => result.page)).size;
  console.log(
    `\nWrote ${contentPaths.accessibilityEvidence}: ${evidence.results.length} checks on ${pages} pages and PDFs, ${failed.length} failed.`,
  );
  if (failed.length > 0) {
    for (const result of failed) console.log(`  - ${result.check} on ${result.page}`);
    console.log('The accessibility statement now lists these as known issues.');
  }
  return run.status === 0 && failed.length === 0 ? 0 : 1;
}

// Never written through a symbolic link (src/lib/symlinks.ts): refused before the long run.
const links = linksOnPaths(root, [contentPaths.accessibilityEvidence]).map((path) =>
  linkProblem(root, path),
);
if (links.length > 0) {
  console.error(formatLinkRefusal(links));
  process.exit(1);
}
const folder = mkdtempSync(join(tmpdir(), 'odwb-accessibility-'));
const code = (() => {
  try {
    return report(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
})();
process.exit(code);
