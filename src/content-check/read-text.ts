import type { ContentFiles } from '../data/content-files.ts';

/**
 * A content file's text, or a problem: missing (with how to create it), a folder, unreadable, or
 * not UTF-8 text (read-content.ts).
 */
export function readText(
  files: ContentFiles,
  path: string,
  problems: string[],
  fix: string,
): string | undefined {
  const read = files.read(path);
  if (read.ok) return read.text;
  problems.push(read.missing ? `${read.problem} ${fix}` : read.problem);
  return undefined;
}
