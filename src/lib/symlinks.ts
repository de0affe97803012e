/**
 * No command reads or writes content through a symbolic link (SECURITY.md, "Files"). Git keeps
 * links, so a pull request can replace content/policy/nl/index.mdx with a link to
 * /proc/self/environ or to a file in the maintainer's home folder: the build would publish what it
 * points to, and `npm run policy:version` or `translations -- mark` would overwrite it. A link is
 * refused wherever it is, inside the project or out, since nothing in content/ needs one.
 */
import { lstatSync, readdirSync, readlinkSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkedFolders } from '../config/paths.ts';
import { count } from './plural.ts';

/** The folder or file at `path` is a link: what a person reads, with the fix. */
export function linkProblem(root: string, path: string): string {
  const file = join(root, path);
  let target = '';
  let kind = 'file';
  try {
    target = readlinkSync(file);
    kind = statSync(file).isDirectory() ? 'folder' : 'file';
  } catch {
    // A link to nothing is still a link: named as a file.
  }
  return `${path}: this ${kind} is a symbolic link (to ${JSON.stringify(target)}); no command reads or writes content through a link, which could publish or overwrite a file outside the project. Put the ${kind} itself in its place, then run the command again.`;
}

const isLink = (file: string) => {
  try {
    return lstatSync(file).isSymbolicLink();
  } catch {
    return false;
  }
};

/**
 * The links among `paths` (relative to `root`) and the folders on the way to them, each named
 * once, outermost first: content/translations when that folder is a link, not every file in it.
 */
export function linksOnPaths(root: string, paths: readonly string[]): string[] {
  const links = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let end = 1; end <= parts.length; end += 1) {
      const partial = parts.slice(0, end).join('/');
      if (isLink(join(root, partial))) {
        links.add(partial);
        break;
      }
    }
  }
  return [...links];
}

/** The links in `folder` (relative to `root`) and below it, without following any. */
function linksBelow(root: string, folder: string): string[] {
  if (isLink(join(root, folder))) return [folder];
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = `${folder}/${entry.name}`;
    // A hidden entry is never read (src/data/content-files.ts): Emacs's lock file `.#cookies.yaml`
    // is a link to nowhere while the file is open, and must not stop the check.
    if (entry.name.startsWith('.')) return [];
    if (entry.isSymbolicLink()) return [path];
    return entry.isDirectory() ? linksBelow(root, path) : [];
  });
}

/** Every link among the files editors and translators change (content/, the UI strings). */
export function contentLinkProblems(root: string): string[] {
  return checkedFolders
    .flatMap((folder) => linksBelow(root, folder))
    .sort()
    .map((path) => linkProblem(root, path));
}

/** How a command other than the check refuses to start: nothing read, nothing written. */
export function formatLinkRefusal(problems: string[]): string {
  return `Nothing was read or written: ${count(problems.length, 'content file or folder', 'content files or folders')} ${problems.length === 1 ? 'is a symbolic link' : 'are symbolic links'}.\n${problems.map((problem) => `  - ${problem}`).join('\n')}`;
}
