/**
 * The closed MDX language held where Vite compiles: before the MDX integration turns a policy page
 * into code, its text is read again and refused if it steps outside the language the content
 * check allows (src/content-check/mdx-language.ts). The check already stops `npm run build`;
 * this also covers `npm run dev`, where the check only reports, and any way a page reaches the
 * compiler without passing the check. Nothing of the page runs: the refusal comes at `load`,
 * before any transform.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { mdxToMdast } from 'satteri';
import { contentPaths } from '../config/paths.ts';
import { splitFrontmatter } from '../data/parse.ts';
import { checkMdxLanguage } from '../content-check/mdx-language.ts';

export function mdxGuard(root: () => string): Plugin {
  return {
    name: 'odwb:mdx-guard',
    enforce: 'pre',
    load(id) {
      const file = id.split('?')[0] ?? '';
      if (!file.endsWith('.mdx')) return undefined;
      const path = relative(root(), file).split(sep).join('/');
      if (!path.startsWith(`${contentPaths.pages}/`)) return undefined;
      const problems: string[] = [];
      try {
        checkMdxLanguage(
          path,
          mdxToMdast(splitFrontmatter(readFileSync(file, 'utf8')).body),
          problems,
        );
      } catch {
        // Unreadable MDX: the compiler refuses it in its own words, and the content check too.
        return undefined;
      }
      if (problems.length > 0)
        throw new Error(
          `This page cannot be compiled:\n${problems.map((line) => `  - ${line}`).join('\n')}`,
        );
      return undefined;
    },
  };
}
