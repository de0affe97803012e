/**
 * Fills the evidence folder once the audit is done (evidence.ts says what it holds), and writes
 * its manifest last, so the manifest names every file with the SHA-256 it has on disk.
 */
import { basename, relative } from 'node:path';
import type { Comparison } from './compare.ts';
import type { EvidenceFolder } from './evidence.ts';
import { formatHtml } from './html-report.ts';
import type { Observation } from './observation.ts';
import { toJson, type ReportContext } from './report.ts';
import { TOOL } from './report-values.ts';
import type { StatesAudit } from './states.ts';
import { judgingPackages } from './versions.ts';

export function writeEvidence(
  folder: EvidenceFolder,
  audit: StatesAudit,
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): void {
  for (const { state, firstPage } of audit.visits) {
    if (!firstPage) continue;
    folder.write(`${state}/first-page.png`, firstPage.screenshot);
    folder.write(`${state}/first-page.html`, firstPage.source);
  }
  folder.write(
    'report.json',
    `${JSON.stringify(toJson(observation, comparison, context), null, 2)}\n`,
  );
  folder.write('report.html', formatHtml(observation, comparison, context));
  const [script = '', ...args] = process.argv.slice(1);
  const manifest = {
    tool: { name: TOOL.name, version: TOOL.version },
    node: TOOL.node,
    browser: observation.browser,
    packages: judgingPackages(),
    startedAt: observation.startedAt,
    endedAt: new Date().toISOString(),
    command: [basename(process.execPath), relative(process.cwd(), script) || script, ...args],
    states: audit.visits.map((visit) => visit.state),
    files: folder.files(),
  };
  folder.write('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  folder.commit();
}
