/**
 * The policy pages reach the MDX compiler from the content check's snapshot (ContentCheck.files),
 * not from the disk: each content/policy/**.mdx is read once, by the check, and compiled from the
 * very text it checked. Before handing a page over, the closed MDX language is held again: a page
 * that steps outside the language the check allows (src/content-check/mdx-language.ts) is refused.
 * The check already stops `npm run build`; this also covers `npm run dev`, where the check only
 * reports, and any way a page reaches the compiler without passing the check. Nothing of the page
 * runs: the refusal comes at `load`, before any transform. A page the snapshot does not hold (one
 * added since the last check, in dev) is left to Vite, guarded the same way.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { mdxToMdast } from 'satteri';
import { contentPaths } from '../config/paths.ts';
import { splitFrontmatter } from '../data/parse.ts';
import { checkMdxLanguage } from '../content-check/mdx-language.ts';
import type { ContentFiles } from '../data/content-files.ts';

export function policyMdx(root: () => string, files: () => ContentFiles | undefined): Plugin {
  return {
    name: 'odwb:policy-mdx',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? '';
      if (!file.endsWith('.mdx')) return undefined;
      const path = relative(root(), file).split(sep).join('/');
      if (!path.startsWith(`${contentPaths.pages}/`)) return undefined;
      const snapshot = files()?.text(path);
      let text: string;
      try {
        text = snapshot ?? readFileSync(file, 'utf8');
      } catch {
        // Unreadable: Vite says so in its own words, and the content check too.
        return undefined;
      }
      const problems: string[] = [];
      try {
        checkMdxLanguage(path, mdxToMdast(splitFrontmatter(text).body), problems);
      } catch {
        // Unreadable MDX: the compiler refuses it in its own words, and the content check too.
        return snapshot;
      }
      if (problems.length > 0)
        throw new Error(
          `This page cannot be compiled:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
        );
      return snapshot;
    },
  };
}
