/**
 * One validator before every write: a command that changes content (`npm run policy:version`,
 * `npm run translations -- mark`, `npm run check -- --fix`) does its work on a draft, the
 * project's content read once into memory (src/data/content-files.ts) with the texts it writes
 * laid over it. The content check runs on the draft as it would on the files written, and only
 * when the work adds no problem the check would report are the files it changed written into
 * the project, each replaced in one step (a file beside it, renamed over it). A refusal, an error
 * or a new problem writes nothing: all or nothing, and nothing the check refuses.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/content-check/index.ts';
import { readContentFiles, withChanges, type ContentFiles } from '../../src/data/content-files.ts';

/** The content as a command would leave it: what it read, with what it wrote so far. */
export class Draft {
  #files: ContentFiles;
  readonly #read: ContentFiles;
  readonly #changes = new Map<string, string>();

  constructor(files: ContentFiles) {
    this.#read = files;
    this.#files = files;
  }

  /** The content as it reads now, the writes included. */
  get files(): ContentFiles {
    return this.#files;
  }

  /** Writes `text` to `path` in the draft; false when it already says that. */
  write(path: string, text: string): boolean {
    if (this.#files.text(path) === text) return false;
    this.#changes.set(path, text);
    this.#files = withChanges(this.#files, { [path]: text });
    return true;
  }

  /** The files whose text differs from what was read, with their new text. */
  changed(): [string, string][] {
    return [...this.#changes].filter(([path, text]) => this.#read.text(path) !== text);
  }
}

/** Writes each file beside itself, then renames it over the old one: all or nothing. */
export function writeFiles(root: string, files: readonly (readonly [string, string])[]): void {
  const ready: (readonly [string, string])[] = [];
  try {
    for (const [path, text] of files) {
      const target = join(root, path);
      const next = `${target}.writing-${process.pid}`;
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(next, text);
      ready.push([next, target]);
    }
  } catch (error) {
    for (const [next] of ready) rmSync(next, { force: true });
    throw error;
  }
  for (const [next, target] of ready) renameSync(next, target);
}

/**
 * `work` on a draft of the project at `root`, then its writes: whatever the work wrote, by a
 * command run outside `staged` (a test) or checked by it.
 */
export function writeDraft<T>(root: string, work: (draft: Draft) => T): T {
  const draft = new Draft(readContentFiles(root));
  const result = work(draft);
  writeFiles(root, draft.changed());
  return result;
}

export interface Staged<T> {
  result: T;
  /** Files written into the project, relative to it. */
  written: string[];
  /** What the work would add to the check's problems: when there are any, nothing was written. */
  problems: string[];
}

export interface Checked<T> {
  result: T;
  /** The files the work changed, with their new text: none when it was refused. */
  changes: [string, string][];
  /** What the work would add to the check's problems: when there are any, no change is kept. */
  problems: string[];
}

/** A problem without its position, so a line moved by the write is not a new problem. */
const unplaced = (problem: string) => problem.replace(/: line \d+(?:, column \d+)?: /, ': ');

/**
 * Runs `work` on a draft of the project's content (`files`, read from `root` unless given);
 * `keep(result)` says whether its writes are wanted at all (false: a refusal, nothing is
 * written).
 */
export function staged<T>(
  root: string,
  work: (draft: Draft) => T,
  keep: (result: T) => boolean = () => true,
  files: ContentFiles = readContentFiles(root),
): Staged<T> {
  const { result, changes, problems } = checked(files, work, keep);
  writeFiles(root, changes);
  return { result, written: changes.map(([path]) => path), problems };
}

/** `staged` without the writing: the changes the check lets through, in memory. */
export function checked<T>(
  files: ContentFiles,
  work: (draft: Draft) => T,
  keep: (result: T) => boolean = () => true,
): Checked<T> {
  const before = new Set(checkContent(files).problems.map(unplaced));
  const draft = new Draft(files);
  const result = work(draft);
  if (!keep(result)) return { result, changes: [], problems: [] };
  const problems = checkContent(draft.files).problems.filter((line) => !before.has(unplaced(line)));
  if (problems.length > 0) return { result, changes: [], problems };
  return { result, changes: draft.changed(), problems: [] };
}
