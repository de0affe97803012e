/**
 * How every content file is read, by the check and by the commands alike: as UTF-8 text, or a
 * problem a person can act on. A folder where a file belongs, a file that cannot be read, a file
 * saved as UTF-16 or in another encoding (Windows-1252, Latin-1), and control characters (a NUL
 * byte) are each named with the line and the fix, instead of a stack trace or of text that
 * publishes U+FFFD.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ReadContent =
  | { ok: true; text: string }
  /** `missing` when there is no file at all: callers word that themselves. */
  /** `reason` is the cause alone, for a message of its own ("it is a folder"). */
  | { ok: false; missing: boolean; problem: string; reason: string };

const SAVE_AS_UTF8 =
  'Save it as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8).';

/** The 1-based line of a byte offset. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** The first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0) return index;
    const sequence = bytes.subarray(index, index + length);
    if (sequence.length < length) return index;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(sequence);
    } catch {
      return index;
    }
    index += length;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** What reading `path` gives when it is a folder. */
export const folderRead = (path: string): ReadContent => ({
  ok: false,
  missing: false,
  reason: 'it is a folder',
  problem: `${path}: this is a folder, where a file belongs. Move the folder away and put the file there.`,
});

/** What reading `path` gives when there is nothing there. */
export const missingRead = (path: string): ReadContent => ({
  ok: false,
  missing: true,
  reason: 'it does not exist',
  problem: `${path}: the file does not exist.`,
});

/** `path` (relative to `root`) as UTF-8 text, or why it cannot be. */
export function readContent(root: string, path: string): ReadContent {
  const file = join(root, path);
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) return folderRead(path);
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return missingRead(path);
    const why =
      code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? 'unknown error');
    return {
      ok: false,
      missing: false,
      reason: why,
      problem: `${path}: the file cannot be read (${why}). Give your user the right to read it (chmod u+r ${path}), or restore it from git.`,
    };
  }
  return decodeContent(path, bytes);
}

/** A file's bytes as UTF-8 text, or why they are not (named as the file `path`). */
export function decodeContent(path: string, bytes: Uint8Array): ReadContent {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return {
      ok: false,
      missing: false,
      reason: 'it is saved as UTF-16, not UTF-8',
      problem: `${path}: the file is saved as UTF-16, and content files are read as UTF-8. ${SAVE_AS_UTF8}`,
    };
  let text: string;
  try {
    // The whole file at once, natively; byte by byte only to say where a file that fails goes wrong.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const invalid = Math.max(firstInvalidByte(bytes), 0);
    return {
      ok: false,
      missing: false,
      reason: `the byte ${hex(bytes[invalid]!)} on line ${lineOfByte(bytes, invalid)} is not UTF-8`,
      problem: `${path}: line ${lineOfByte(bytes, invalid)}: the byte ${hex(bytes[invalid]!)} is not UTF-8: the file was saved in another encoding (such as Windows-1252 or Latin-1), or is not text. ${SAVE_AS_UTF8}`,
    };
  }
  // eslint-disable-next-line no-control-regex -- the characters a text file must not hold
  const control = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (control) {
    const line = text.slice(0, control.index).split('\n').length;
    const code = `U+${control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return {
      ok: false,
      missing: false,
      reason: `the control character ${code} on line ${line}`,
      problem: `${path}: line ${line}: the file holds the control character ${code}, which is not text (a NUL byte, or a file that is not text). Remove it, or restore the file from git.`,
    };
  }
  return { ok: true, text };
}
