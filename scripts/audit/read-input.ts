/**
 * A file the person running the audit names (`--har`, `--consent`), read as text: a file that
 * cannot be read is one sentence saying which and why, never Node's error.
 */
import { readFileSync } from 'node:fs';
import { AuditError } from './errors.ts';

const REASONS: Partial<Record<string, string>> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a folder',
  EACCES: 'permission denied',
};

/** `what` names the file in the message: the path itself unless it says what the file holds. */
export function readInput(file: string, what = file): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    throw new AuditError(`cannot read ${what} (${(code && REASONS[code]) ?? code ?? message}).`);
  }
}
