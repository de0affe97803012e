// `npm run audit -- <url> [more urls]` or `npm run audit -- --har <file.har>`: compares what a
// portal really stores in the browser with content/cookies.yaml, so the published policy stays
// true. Exit 0 when it matches, 1 when something is undeclared or understated, 2 when the audit
// could not run. Options: scripts/audit/args.ts; reading the output: scripts/audit/README.md.
import { readArgs, USAGE, type AuditArgs } from './audit/args.ts';
import { AuditError, EXIT } from './audit/errors.ts';
import type { Observation } from './audit/observation.ts';

// The other modules are imported only when needed: --help and argument mistakes answer at once,
// and a HAR audit never loads the browser driver.

async function observe(args: Extract<AuditArgs, { help: false }>): Promise<Observation> {
  if (args.har !== undefined) {
    const { observeHar, readHarFile } = await import('./audit/har.ts');
    return observeHar(args.har, readHarFile(args.har));
  }
  const { crawl } = await import('./audit/crawl.ts');
  return crawl({
    urls: args.urls,
    depth: args.depth,
    maxPages: args.maxPages,
    timeoutSeconds: args.timeoutSeconds,
    // Progress only for a person watching; piped output stays the report alone.
    onPage: process.stderr.isTTY
      ? (url, index, max) => process.stderr.write(`audit: page ${index} (at most ${max}): ${url}\n`)
      : undefined,
  });
}

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  // The inventory first: against a broken one, a crawl would be wasted.
  const { loadInventory } = await import('./audit/inventory.ts');
  const inventory = loadInventory(args.dataDir);
  const observation = await observe(args);
  const { compare, hasFindings } = await import('./audit/compare.ts');
  const { formatTable, toJson } = await import('./audit/report.ts');
  const { suggestEntries } = await import('./audit/suggest.ts');
  const comparison = compare(observation, inventory.cookies, inventory.providers);
  const context = {
    cookiesPath: inventory.cookiesPath,
    files: inventory.files,
    suggestions: suggestEntries(comparison.undeclared, {
      providers: inventory.providers,
      auditedHosts: observation.coverage.hosts,
    }),
    showSuggestions: args.suggest,
    strictHosts: args.strictHosts,
  };
  if (args.html !== undefined) {
    const { writeHtml } = await import('./audit/write-html.ts');
    writeHtml(args.html, observation, comparison, context);
  }
  process.stdout.write(
    args.json
      ? `${JSON.stringify(toJson(observation, comparison, context), null, 2)}\n`
      : formatTable(observation, comparison, context),
  );
  return hasFindings(comparison, args.strictHosts) ? EXIT.findings : EXIT.ok;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof AuditError) {
    process.stderr.write(`audit: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A bug, not bad input: a readable line first, then the details for a bug report.
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error ? (error.stack ?? '') : '';
    process.stderr.write(
      `audit: unexpected error: ${message}\nPlease report it with the details below.\n${stack}\n`,
    );
    process.exitCode = EXIT.cannotRun;
  }
}
