/** Writes a report file (--html, --markdown), saying in one sentence why when it cannot. */
import { writeFileSync } from 'node:fs';
import { AuditError } from './errors.ts';

export function writeReport(file: string, what: string, content: string): void {
  try {
    writeFileSync(file, content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'its folder does not exist' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new AuditError(
      `cannot write the ${what} to ${file} (${reason ?? (error as Error).message}). Give a file in an existing folder.`,
    );
  }
}
