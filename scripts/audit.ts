// `npm run audit -- <url> [more urls]` or `npm run audit -- --har <file.har>`: compares what a
// portal really stores in the browser with content/cookies.yaml, so the published policy stays
// true. Exit 0 when it matches, 1 when something is undeclared or understated, 2 when the audit
// could not run, 3 when it ran but could not check everything (scripts/audit/not-checked.ts). Options: scripts/audit/args.ts; reading the output: scripts/audit/README.md.
import { readArgs, USAGE, type AuditArgs } from './audit/args.ts';
import { AuditError, EXIT } from './audit/errors.ts';
import type { Observation } from './audit/observation.ts';
import type { StatesAudit } from './audit/states.ts';
import type { Inventory } from '../src/data/schema.ts';
import type { EvidenceFolder } from './audit/evidence.ts';
import type { LoadedInventory } from './audit/inventory.ts';
import type { Recorder } from './audit/record.ts';
import type { Har } from 'har-format';

// The other modules are imported only when needed: --help and argument mistakes answer at once,
// and a HAR audit never loads the browser driver.

type Args = Extract<AuditArgs, { help: false }>;

async function observe(
  args: Args,
  inventory: LoadedInventory,
  evidence: EvidenceFolder | undefined,
): Promise<{ observation: Observation; audit: StatesAudit | undefined }> {
  if (args.har !== undefined) {
    const { observeHar, readHarFile } = await import('./audit/har.ts');
    const { recordedAfterConsent, sentBeforeRecording } = await import('./audit/har-consent.ts');
    const json = readHarFile(args.har);
    const observation = observeHar(args.har, json);
    // observeHar has checked the file's shape.
    const har = json as Har;
    const answered = sentBeforeRecording(har, inventory.cookies);
    if (answered.length > 0) {
      throw recordedAfterConsent(args.har, har, answered, inventory.cookiesPath);
    }
    return { observation, audit: undefined };
  }
  // The selectors file is read before any browser starts: its mistakes answer at once.
  const { readConsentSelectors } = await import('./audit/consent-config.ts');
  const selectors = args.consent === undefined ? undefined : readConsentSelectors(args.consent);
  const { visitStates } = await import('./audit/states.ts');
  const { mergeVisits } = await import('./audit/across-states.ts');
  const audit = await visitStates({
    urls: args.urls,
    depth: args.depth,
    maxPages: args.maxPages,
    timeoutSeconds: args.timeoutSeconds,
    selectors,
    resolve: args.resolve,
    capture: evidence !== undefined,
    harPath: evidence && ((state) => evidence.harPath(state)),
    // Progress only for a person watching; piped output stays the report alone.
    onPage: process.stderr.isTTY
      ? (url, index, max) => process.stderr.write(`audit: page ${index} (at most ${max}): ${url}\n`)
      : undefined,
  });
  return { observation: mergeVisits(audit.visits), audit };
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
  // The evidence folder is refused (it exists, or cannot be written) before a crawl is wasted.
  const { EvidenceFolder } = await import('./audit/evidence.ts');
  const evidence = args.evidence === undefined ? undefined : new EvidenceFolder(args.evidence);
  // So is a record file that cannot be read: the audit would have nowhere to record.
  const { openRecord } = await import('./audit/record.ts');
  const recorder = args.record ? openRecord(args.dataDir, inventory.dataPath) : undefined;
  if (recorder) {
    const { checkRecordedPortal } = await import('./audit/record.ts');
    checkRecordedPortal(args.urls, args.dataDir);
  }
  try {
    return await audit(args, inventory, evidence, recorder);
  } finally {
    evidence?.discard();
  }
}

async function audit(
  args: Args,
  inventory: LoadedInventory,
  evidence: EvidenceFolder | undefined,
  recorder: Recorder | undefined,
): Promise<number> {
  const { observation, audit } = await observe(args, inventory, evidence);
  const { compare } = await import('./audit/compare.ts');
  const { auditResult, formatTable, toJson } = await import('./audit/report.ts');
  const { notCheckedReasons } = await import('./audit/not-checked.ts');
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
    states: audit && (await sideBySide(audit, observation, inventory)),
    hostAttribution:
      audit === undefined
        ? await (
            await import('./audit/host-attribution.ts')
          ).attributeHosts(observation.hosts, observation.coverage.hosts)
        : undefined,
    notChecked: [
      // A state the banner would not let the audit reach comes first: it is the largest gap.
      ...(audit?.notReached ?? []),
      ...notCheckedReasons(observation, audit?.consent, inventory.cookies, inventory.cookiesPath),
    ],
  };
  // Both files are written before anything else: a file that cannot be written stops the
  // audit before the evidence folder or the record is committed.
  const { writeReport } = await import('./audit/write-report.ts');
  if (args.html !== undefined) {
    const { formatHtml } = await import('./audit/html-report.ts');
    writeReport(args.html, 'HTML report', formatHtml(observation, comparison, context));
  }
  if (args.markdown !== undefined) {
    const { formatMarkdown } = await import('./audit/markdown-report.ts');
    writeReport(args.markdown, 'Markdown report', formatMarkdown(observation, comparison, context));
  }
  if (evidence && audit) {
    const { writeEvidence } = await import('./audit/write-evidence.ts');
    writeEvidence(evidence, audit, observation, comparison, context);
  }
  const { recordObservations } = await import('./audit/record.ts');
  const recorded =
    recorder && context.states
      ? recordObservations(
          recorder,
          args.dataDir,
          context.states,
          inventory.cookies,
          args.urls[0] ?? '',
          observation.startedAt,
          auditResult(comparison, context),
        )
      : undefined;
  process.stdout.write(
    args.json
      ? `${JSON.stringify(toJson(observation, comparison, context), null, 2)}\n`
      : formatTable(observation, comparison, context),
  );
  if (recorded !== undefined && !args.json && recorder) {
    process.stdout.write(
      `Recorded in ${recorder.path}: what was observed of ${recorded} declared ${recorded === 1 ? 'entry' : 'entries'}. Run npm run check to compare it with the declarations.\n`,
    );
  }
  return {
    matches: EXIT.ok,
    'does-not-match': EXIT.findings,
    'could-not-check': EXIT.notChecked,
  }[auditResult(comparison, context)];
}

/** The visits side by side, with every other host attributed. */
async function sideBySide(audit: StatesAudit, observation: Observation, inventory: Inventory) {
  const { attributeHosts } = await import('./audit/host-attribution.ts');
  const { acrossStates } = await import('./audit/across-states.ts');
  const attribution = await attributeHosts(observation.hosts, observation.coverage.hosts);
  return acrossStates(
    audit.consent,
    audit.visits,
    inventory.cookies,
    inventory.providers,
    attribution,
  );
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  if (error instanceof AuditError) {
    // A message may quote an address the portal chose (a redirect's target): no workflow command.
    const { neutralizeWorkflowCommands } = await import('./audit/shown.ts');
    process.stderr.write(neutralizeWorkflowCommands(`audit: ${error.message}\n`));
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
