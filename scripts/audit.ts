// `npm run audit -- <url> [more urls]` or `npm run audit -- --har <file.har>`: compares what a
// portal really stores in the browser with content/cookies.yaml, so the published policy stays
// true. Exit 0 when it matches, 1 when something is undeclared or understated, 2 when the audit
// could not run. Usage: scripts/audit/args.ts; reading the output: docs/audit.md.
import { readArgs, USAGE } from './audit/args.ts';
import { compare, hasFindings } from './audit/compare.ts';
import { crawl } from './audit/crawl.ts';
import { AuditError, EXIT } from './audit/errors.ts';
import { observeHar, readHarFile } from './audit/har.ts';
import { loadInventory } from './audit/inventory.ts';
import { formatTable, toJson } from './audit/report.ts';

async function main(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (args.help) {
    process.stdout.write(USAGE);
    return EXIT.ok;
  }
  // The inventory first: a broken one makes any crawl pointless.
  const inventory = loadInventory(args.dataDir);
  const observation =
    args.har !== undefined
      ? observeHar(args.har, readHarFile(args.har))
      : await crawl({
          urls: args.urls,
          depth: args.depth,
          maxPages: args.maxPages,
          timeoutSeconds: args.timeoutSeconds,
          // Progress only for a person watching; piped output stays the report alone.
          onPage: process.stderr.isTTY
            ? (url, index, max) =>
                process.stderr.write(`audit: page ${index} (at most ${max}): ${url}\n`)
            : undefined,
        });
  const comparison = compare(observation, inventory.cookies);
  process.stdout.write(
    args.json
      ? `${JSON.stringify(toJson(observation, comparison), null, 2)}\n`
      : formatTable(observation, comparison, { cookiesPath: inventory.cookiesPath }),
  );
  return hasFindings(comparison) ? EXIT.findings : EXIT.ok;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof AuditError) {
    process.stderr.write(`audit: ${error.message}\n`);
    process.exitCode = error.exitCode;
  } else {
    // A bug, not bad input: a readable line first, then the details for a bug report.
    process.stderr.write(
      `audit: unexpected error: ${(error as Error)?.message ?? String(error)}\nPlease report it with the details below.\n${(error as Error)?.stack ?? ''}\n`,
    );
    process.exitCode = EXIT.cannotRun;
  }
}
