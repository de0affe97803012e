/**
 * Every file the content check reads, read once into memory: the check and everything it calls
 * are functions of this snapshot, never of the disk. `readContentFiles(root)` reads content/
 * (but its generated JSON Schemas and its README), the interface strings (src/i18n/ui/), the
 * strings allowed to equal the French (src/i18n/same-as-french.json) and the settings
 * `npm run schemas` writes for the code (src/config/site.json); hidden files (an editor's swap or
 * lock files) are not content. Each file is read as
 * read-content.ts reads it (UTF-8 text, or the problem: another encoding, a control character,
 * a file that cannot be read); a folder where a file belongs and a missing file read as
 * read-content.ts words them. A content file or folder that is a symbolic link stops it before
 * anything is read (src/lib/symlinks.ts): the snapshot then holds only those problems.
 *
 * A snapshot never changes: `withChanges` makes another, with some texts replaced or removed, so
 * a command checks what it would write before writing it, and a test lays a mistake over a
 * fixture site in memory.
 */
import { readdirSync } from 'node:fs';
import { mdxToMdast, type MdastNode } from 'satteri';
import { join } from 'node:path';
import { checkedFolders, contentPaths } from '../config/paths.ts';
import { GENERATED_SITE_FILE } from '../config/site-file.ts';
import {
  decodeContent,
  folderRead,
  missingRead,
  readContent,
  type ReadContent,
} from './read-content.ts';
import { pageHeadings, type PageHeading } from './page-sections.ts';
import { readYamlWithLines, type YamlWithLines } from './yaml-lines.ts';
import { contentLinkProblems } from '../lib/symlinks.ts';

/** A file's text or why it has none; a folder. */
type Entry = { folder: true } | { folder: false; read: ReadContent };

/** One entry of a folder. */
export interface FolderEntry {
  name: string;
  folder: boolean;
}

export interface ContentFiles {
  /** The content files and folders that are symbolic links: when any is, nothing else was read. */
  readonly links: readonly string[];
  /** `path` (relative to the project) as read: its text, or why it has none. */
  read(path: string): ReadContent;
  /** Its text, when it has one. */
  text(path: string): string | undefined;
  /** Whether there is a file or a folder at `path`. */
  exists(path: string): boolean;
  /** What `folder` holds, by name; empty when it is missing. */
  entries(folder: string): readonly FolderEntry[];
  /** The MDX (and Markdown) pages below `folder`, relative to it (fr/index.mdx → index.mdx). */
  pages(folder: string): string[];
  /** A YAML text of this snapshot, parsed once however many parts of the check read it; throws. */
  readonly yaml: (text: string) => YamlWithLines;
  /** A page's MDX body, parsed once likewise (the page check, the typography, the sections); throws. */
  readonly mdast: (body: string) => MdastNode;
  /**
   * A page's headings with the ids the build gives them, compiled once likewise (the page check's
   * anchors and heading ids, each language's sections); throws. Read the list, never change it.
   */
  readonly headings: (body: string) => readonly PageHeading[];
}

/** A parse, kept with the snapshot: its result or what it threw. */
type Kept<T> = { value: T } | { error: unknown };

/** `parse`, once per text for the snapshot's life. */
function keptParse<T>(parse: (text: string) => T): (text: string) => T {
  const kept = new Map<string, Kept<T>>();
  return (text) => {
    let result = kept.get(text);
    if (!result) {
      try {
        result = { value: parse(text) };
      } catch (error) {
        result = { error };
      }
      kept.set(text, result);
    }
    if ('error' in result) throw result.error;
    return result.value;
  };
}

/** Files of content/ the check does not read: written by a command from the code, or prose. */
const unread = new Set([`content/schemas`, 'content/README.md']);

/** The kinds of file the check reads below the checked folders; any other is an editor's or a tool's. */
const readKinds = /\.(?:ya?ml|json|mdx?)$/;

/** A hidden file or folder: an editor's swap, lock or backup file (`.index.mdx.swp`, `.#cookies.yaml`). */
const hidden = (name: string) => name.startsWith('.');

/**
 * Whether a change at `path` (relative to the project, below a checked folder) can change what the
 * check says: a folder (an empty language folder, a folder named as a page is refused), or a file
 * of a kind it reads. An editor's temporary file (`.index.mdx.swp`, `cookies.yaml~`, `4913`, sed's
 * `sedAbC123`) and what `npm run schemas` writes into content/schemas/ cannot.
 */
export function checkReads(path: string, folder: boolean): boolean {
  if ([...unread].some((skipped) => path === skipped || path.startsWith(`${skipped}/`)))
    return false;
  if (path.split('/').some(hidden)) return false;
  return folder || readKinds.test(path);
}

/** Files outside the checked folders that the check reads (`npm run dev` watches them too). */
export const singleFiles = [contentPaths.sameAsFrench, GENERATED_SITE_FILE];

/** Each snapshot's entries, for `withChanges`. */
const entriesOf = new WeakMap<ContentFiles, ReadonlyMap<string, Entry>>();

/** How a snapshot parses its texts: shared with the snapshots made from it (a text parses alike). */
type Parsers = Pick<ContentFiles, 'yaml' | 'mdast' | 'headings'>;

const newParsers = (): Parsers => ({
  yaml: keptParse(readYamlWithLines),
  mdast: keptParse(mdxToMdast),
  headings: keptParse(pageHeadings),
});

function snapshot(
  entries: ReadonlyMap<string, Entry>,
  links: readonly string[],
  parsers: Parsers = newParsers(),
): ContentFiles {
  const list = (folder: string): FolderEntry[] => {
    const prefix = `${folder}/`;
    return [...entries]
      .filter(([path]) => path.startsWith(prefix) && !path.slice(prefix.length).includes('/'))
      .map(([path, entry]) => ({ name: path.slice(prefix.length), folder: entry.folder }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  };
  const read = (path: string): ReadContent => {
    const entry = entries.get(path);
    if (!entry) return missingRead(path);
    return entry.folder ? folderRead(path) : entry.read;
  };
  const files: ContentFiles = Object.freeze({
    links,
    read,
    text: (path: string) => {
      const result = read(path);
      return result.ok ? result.text : undefined;
    },
    exists: (path: string) => entries.has(path),
    entries: list,
    pages: (folder: string) => {
      const prefix = `${folder}/`;
      return [...entries]
        .filter(
          // A folder named as a page is listed too: the page check names it as a folder.
          ([path]) => path.startsWith(prefix) && (path.endsWith('.mdx') || path.endsWith('.md')),
        )
        .map(([path]) => path.slice(prefix.length))
        .sort();
    },
    ...parsers,
  });
  entriesOf.set(files, entries);
  return files;
}

/** The files below `folder` (relative to `root`), each read once; links are not followed. */
function readBelow(root: string, folder: string, entries: Map<string, Entry>) {
  let found;
  try {
    found = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of found) {
    const path = `${folder}/${entry.name}`;
    if (unread.has(path) || hidden(entry.name)) continue;
    if (entry.isDirectory()) {
      entries.set(path, { folder: true });
      readBelow(root, path, entries);
    } else if (entry.isFile()) entries.set(path, { folder: false, read: readContent(root, path) });
  }
}

/** The project's content, read once from `root`. */
export function readContentFiles(root: string): ContentFiles {
  // A content file that is a link is not read at all: what it points to could be any file of the
  // machine, and a message quoting it would publish it (src/lib/symlinks.ts).
  const links = contentLinkProblems(root);
  const entries = new Map<string, Entry>();
  if (links.length > 0) return snapshot(entries, links);
  for (const folder of checkedFolders) {
    const read = readContent(root, folder);
    if (!read.ok && read.missing) continue;
    entries.set(folder, { folder: true });
    readBelow(root, folder, entries);
  }
  for (const path of singleFiles) {
    const read = readContent(root, path);
    if (read.ok || !read.missing)
      entries.set(
        path,
        read.ok || read.reason !== 'it is a folder' ? { folder: false, read } : { folder: true },
      );
  }
  return snapshot(entries, links);
}

/** In `FileChanges`, an empty folder in the place of whatever was there. */
export const FOLDER = Symbol('folder');

/**
 * A change to a snapshot: the file's new text (or bytes), null to remove the file or folder, or
 * FOLDER.
 */
export type FileChanges = Readonly<Record<string, string | Uint8Array | null | typeof FOLDER>>;

/**
 * Another snapshot: `files` with the texts of `changes` (a file added or replaced, its folders
 * made; null removes the file or the folder and what it holds). Bytes are read as a file's.
 */
export function withChanges(files: ContentFiles, changes: FileChanges): ContentFiles {
  const entries = new Map(entriesOf.get(files));
  for (const [path, change] of Object.entries(changes)) {
    for (const existing of [...entries.keys()])
      if (existing === path || existing.startsWith(`${path}/`)) entries.delete(existing);
    if (change === null) continue;
    const parts = path.split('/');
    for (let end = 1; end < parts.length; end++)
      entries.set(parts.slice(0, end).join('/'), { folder: true });
    if (change === FOLDER) {
      entries.set(path, { folder: true });
      continue;
    }
    const read =
      typeof change === 'string'
        ? decodeContent(path, new TextEncoder().encode(change))
        : decodeContent(path, change);
    entries.set(path, { folder: false, read });
  }
  return snapshot(entries, files.links, {
    yaml: files.yaml,
    mdast: files.mdast,
    headings: files.headings,
  });
}

/** No file at all: what changes are laid over to make a snapshot from texts alone. */
export const noContentFiles: ContentFiles = snapshot(new Map(), []);
