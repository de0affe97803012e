/**
 * One validator before every write: a command that changes content (`npm run policy:version`,
 * `npm run translations -- mark`) does its work on a copy of the checked folders, the content check
 * runs on the copy, and only when the work adds no problem the check would report are the files
 * it changed written into the project, each replaced in one step (a file beside it, renamed over
 * it). A refusal, an error or a new problem writes nothing: all or nothing, and nothing the check
 * refuses.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { checkedFolders } from '../config/paths.ts';
import { checkContent } from './index.ts';
import { readContentFiles } from '../data/content-files.ts';
import { sameAsReferenceFile } from './strings.ts';

export interface Staged<T> {
  result: T;
  /** Files written into the project, relative to it. */
  written: string[];
  /** What the work would add to the check's problems: when there are any, nothing was written. */
  problems: string[];
}

/** A problem without its position, so a line moved by the write is not a new problem. */
const unplaced = (problem: string) => problem.replace(/: line \d+(?:, column \d+)?: /, ': ');

const filesBelow = (root: string, folder: string): string[] =>
  existsSync(join(root, folder))
    ? readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    : [];

const sameFile = (a: string, b: string) =>
  existsSync(a) && existsSync(b) && readFileSync(a).equals(readFileSync(b));

/**
 * Runs `work` on a copy of the project's checked folders; `keep(result)` says whether its writes
 * are wanted at all (false: a refusal, nothing is written).
 */
export function staged<T>(
  root: string,
  work: (stage: string) => T,
  keep: (result: T) => boolean = () => true,
): Staged<T> {
  const stage = mkdtempSync(join(tmpdir(), 'odwb-stage-'));
  try {
    // What the check reads: the checked folders, and the strings allowed to equal the French.
    for (const path of [...checkedFolders, sameAsReferenceFile])
      if (existsSync(join(root, path)))
        cpSync(join(root, path), join(stage, path), { recursive: true });
    const before = new Set(checkContent(readContentFiles(stage)).problems.map(unplaced));
    const result = work(stage);
    if (!keep(result)) return { result, written: [], problems: [] };
    const problems = checkContent(readContentFiles(stage)).problems.filter(
      (line) => !before.has(unplaced(line)),
    );
    if (problems.length > 0) return { result, written: [], problems };
    const changed = checkedFolders
      .flatMap((folder) => filesBelow(stage, folder))
      .filter((path) => !sameFile(join(stage, path), join(root, path)));
    // Every new text beside its file first, then each renamed over its file.
    const ready: (readonly [string, string])[] = [];
    try {
      for (const path of changed) {
        const target = join(root, path);
        const next = `${target}.writing-${process.pid}`;
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(next, readFileSync(join(stage, path)));
        ready.push([next, target]);
      }
    } catch (error) {
      for (const [next] of ready) rmSync(next, { force: true });
      throw error;
    }
    for (const [next, target] of ready) renameSync(next, target);
    return { result, written: changed, problems: [] };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
