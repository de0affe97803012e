import { existsSync, readdirSync } from 'node:fs';

/** MDX pages below one locale's folder, as paths relative to it (fr/index.mdx -> index.mdx). */
export function pagesOf(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') || file.endsWith('.md'))
    .map((file) => file.split('\\').join('/'))
    .sort();
}
