/**
 * The policy pages' texts, by path below content/policy/ (fr/index.mdx), in the order of their
 * files.
 */
import { join } from 'node:path';
import { localeCodes } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { readContent } from '../data/read-content.ts';
import { pagesOf } from '../lib/page-files.ts';

export function policyPageTexts(root: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const locale of localeCodes)
    for (const file of pagesOf(join(root, contentPaths.pages, locale))) {
      const read = readContent(root, `${contentPaths.pages}/${locale}/${file}`);
      if (read.ok) texts.set(`${locale}/${file}`, read.text);
    }
  return texts;
}
