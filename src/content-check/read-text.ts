import { readContent } from '../data/read-content.ts';

/**
 * A content file's text, or a problem: missing (with how to create it), a folder, unreadable, or
 * not UTF-8 text (read-content.ts).
 */
export function readText(
  root: string,
  path: string,
  problems: string[],
  fix: string,
): string | undefined {
  const read = readContent(root, path);
  if (read.ok) return read.text;
  problems.push(read.missing ? `${read.problem} ${fix}` : read.problem);
  return undefined;
}

/** A file's text when it can be read; its problem is reported by the part of the check that owns it. */
export function textIfReadable(root: string, path: string): string | undefined {
  const read = readContent(root, path);
  return read.ok ? read.text : undefined;
}
