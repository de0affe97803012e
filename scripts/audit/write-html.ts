/** Writes the HTML report, saying in one sentence why when it cannot. */
import { writeFileSync } from 'node:fs';
import type { Comparison } from './compare.ts';
import { AuditError } from './errors.ts';
import { formatHtml } from './html-report.ts';
import type { Observation } from './observation.ts';
import type { ReportContext } from './report.ts';

export function writeHtml(
  file: string,
  observation: Observation,
  comparison: Comparison,
  context: ReportContext,
): void {
  try {
    writeFileSync(file, formatHtml(observation, comparison, context));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new AuditError(
      `cannot write the HTML report to ${file} (${reason ?? (error as Error).message}). Give a file in an existing folder.`,
    );
  }
}
