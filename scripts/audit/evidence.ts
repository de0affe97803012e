/**
 * `--evidence DIR`: the files a data-protection officer can file. Per state of consent, the first
 * page as the visitor saw it (a screenshot, with the banner, after refusing or after accepting)
 * and its source, and a HAR file of every request with its Cookie and Set-Cookie headers; then the
 * JSON report and a manifest with each file's SHA-256, the versions that made them, the start and
 * end time and the command line.
 *
 * Everything is written into a hidden folder beside DIR, which is renamed to DIR only once it is
 * complete: an audit that stops half-way leaves nothing behind, and never mixes its files with an
 * older audit's (an existing DIR is refused before anything runs).
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { AuditError } from './errors.ts';
import type { ConsentState } from './consent-states.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'its parent folder does not exist',
  ENOTDIR: 'its parent is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

const cannotWrite = (dir: string, error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new AuditError(
    `cannot write the evidence folder ${dir} (${REASONS[code] ?? code ?? (error as Error).message}). Give a new folder in a place you can write.`,
  );
};

export class EvidenceFolder {
  readonly dir: string;
  private readonly staging: string;

  /** Refuses an existing folder and proves the place writable, before any browser starts. */
  constructor(dir: string) {
    this.dir = dir;
    const target = resolve(dir);
    if (existsSync(target)) {
      throw new AuditError(
        `the evidence folder ${dir} already exists. Give a new folder: an audit's evidence is never mixed with another's.`,
      );
    }
    try {
      this.staging = mkdtempSync(join(dirname(target), `.${basename(target)}.partial-`));
    } catch (error) {
      throw cannotWrite(dir, error);
    }
  }

  /** Where a state's HAR file goes; Playwright writes it when that visit's browser closes. */
  harPath(state: ConsentState): string {
    mkdirSync(join(this.staging, state), { recursive: true });
    return join(this.staging, state, 'requests.har');
  }

  write(path: string, content: string | Buffer): void {
    const file = join(this.staging, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }

  /** Every file written so far, with its SHA-256 and size, in a stable order. */
  files(): { path: string; sha256: string; bytes: number }[] {
    const list = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? list(join(folder, entry.name)) : [join(folder, entry.name)],
      );
    return list(this.staging)
      .sort()
      .map((file) => ({
        path: relative(this.staging, file).split('\\').join('/'),
        sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
        bytes: statSync(file).size,
      }));
  }

  /** Makes the folder appear whole, under its name. */
  commit(): void {
    try {
      renameSync(this.staging, resolve(this.dir));
    } catch (error) {
      this.discard();
      throw cannotWrite(this.dir, error);
    }
  }

  discard(): void {
    rmSync(this.staging, { recursive: true, force: true });
  }
}
