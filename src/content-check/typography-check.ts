/**
 * The typography of every text an editor writes, held to its language's rules
 * (typography-rules.ts): the policy pages' prose and frontmatter, the per-language texts of
 * content/cookies.yaml and content/operator.yaml, the versions' summaries, and the interface
 * strings. Each mistake is a problem naming the file, the line, the field (YAML, frontmatter) or
 * key (JSON), what is wrong and the exact fix. They are problems, not warnings: what visitors
 * read, in the pages, the PDFs and the exports, is what was typed.
 */
import { join } from 'node:path';
import { textIfReadable } from './read-text.ts';
import { localeCodes } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { entryLabel, isRecord } from '../data/entries.ts';
import { pagesOf } from '../lib/page-files.ts';
import { versionLabel } from '../versions/versions-file.ts';
import { cookieKind } from './data.ts';
import { proseOfPage, proseOfStrings, proseOfYaml, type Prose } from './prose.ts';
import { typographyMistakes } from './typography.ts';
import { undeclaredTypography } from './typography-rules.ts';

/** "path: line 12: field: what is wrong. The fix." for each mistake of each text. */
function messages(path: string, texts: readonly Prose[]): string[] {
  return texts.flatMap(({ locale, text, line, linesAsInFile, field }) =>
    typographyMistakes(text, locale).map(({ index, message }) => {
      const at = linesAsInFile ? line + (text.slice(0, index).match(/\n/g)?.length ?? 0) : line;
      return `${path}: line ${at}: ${field ? `${field}: ` : ''}${message}`;
    }),
  );
}

export function checkTypography(root: string): string[] {
  const read = (path: string) => textIfReadable(root, path);
  const problems = undeclaredTypography();
  const yamlFiles = [
    {
      path: contentPaths.cookies,
      options: {
        entryName: (entry: unknown, index: number) => entryLabel(cookieKind, entry, index),
      },
    },
    { path: contentPaths.operator, options: {} },
    {
      path: contentPaths.versions,
      options: {
        entryName: (entry: unknown, index: number) =>
          versionLabel(index, isRecord(entry) ? entry.date : undefined),
        fields: ['summary'],
      },
    },
  ];
  for (const { path, options } of yamlFiles) {
    const text = read(path);
    if (text !== undefined) problems.push(...messages(path, proseOfYaml(text, options)));
  }
  for (const locale of localeCodes)
    for (const page of pagesOf(join(root, contentPaths.pages, locale))) {
      const path = `${contentPaths.pages}/${locale}/${page}`;
      problems.push(...messages(path, proseOfPage(read(path) ?? '', locale)));
    }
  for (const locale of localeCodes) {
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const text = read(path);
    if (text !== undefined) problems.push(...messages(path, proseOfStrings(text, locale)));
  }
  return problems;
}
