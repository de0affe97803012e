/**
 * The interface strings (src/i18n/ui/<locale>.json) reach the pages from the content check's
 * snapshot (ContentCheck.files), which read and checked them: Vite's JSON plugin compiles the
 * text the check read instead of reading the file again. A file the snapshot does not hold is left
 * to Vite. A file that is not valid JSON (in `npm run dev`, while the check reports it) compiles to
 * no strings: the module graph still loads, and the route-data middleware refuses every page with
 * the check's own words in the overlay, instead of Vite's JSON error and its stack trace.
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { contentPaths } from '../config/paths.ts';
import type { ContentFiles } from '../data/content-files.ts';

export function checkedStrings(root: () => string, files: () => ContentFiles | undefined): Plugin {
  return {
    name: 'odwb:checked-strings',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? '';
      if (!file.endsWith('.json')) return undefined;
      const path = relative(root(), file).split(sep).join('/');
      if (!path.startsWith(`${contentPaths.uiStrings}/`)) return undefined;
      const text = files()?.text(path);
      if (text === undefined) return undefined;
      try {
        JSON.parse(text);
      } catch {
        return '{}';
      }
      return text;
    },
  };
}
