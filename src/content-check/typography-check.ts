/**
 * The typography of every text an editor writes, held to its language's rules
 * (typography-rules.ts): the policy pages' prose and frontmatter, the per-language texts of
 * content/cookies.yaml and content/operator.yaml, the versions' summaries, and the interface
 * strings. Each mistake is a problem naming the file, the line, the field (YAML, frontmatter) or
 * key (JSON), what is wrong and the exact fix. They are problems, not warnings: what visitors
 * read, in the pages, the PDFs and the exports, is what was typed.
 */
import type { ContentFiles } from '../data/content-files.ts';
import { localeCodes } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { entryLabel, isRecord } from '../data/entries.ts';
import { versionLabel } from '../versions/versions-file.ts';
import { cookieKind } from './data.ts';
import { proseOfPage, proseOfStrings, proseOfYaml, type Prose } from './prose.ts';
import { typographyMistakes } from './typography.ts';
import { undeclaredTypography } from './typography-rules.ts';

/**
 * How to type the invisible spaces a message spells \u00a0 and \u202f, in each kind of file: the
 * escape works only in JSON and in a double-quoted YAML text; elsewhere it stays six characters,
 * and following the message literally would only ever ask for one more.
 */
const typeSpaces = (path: string, frontmatter: boolean) =>
  path.endsWith('.mdx') && !frontmatter
    ? 'In MDX, type \\u00a0 as &nbsp; (and \\u202f as &#8239;), or type the character itself.'
    : path.endsWith('.json')
      ? ''
      : 'In YAML, \\u00a0 works only inside double quotes: put the whole text in "…", or type the character itself.';

const ESCAPE = /\\u(00a0|202f)/i;

/** "path: line 12: field: what is wrong. The fix." for each mistake of each text. */
function messages(path: string, texts: readonly Prose[]): string[] {
  return texts.flatMap(({ locale, text, line, linesAsInFile, field }) => {
    // A page's fields are its frontmatter: YAML.
    const hint = typeSpaces(path, field !== undefined);
    const where = (index: number) =>
      `${path}: line ${linesAsInFile ? line + (text.slice(0, index).match(/\n/g)?.length ?? 0) : line}: ${field ? `${field}: ` : ''}`;
    // An escape written where it is not read: say so once, instead of rules that cannot see it.
    const escape = path.endsWith('.json') ? null : ESCAPE.exec(text);
    if (escape)
      return [
        `${where(escape.index)}"${escape[0]}" is written here as six characters, not as the space it names, and is published as such. ${hint}`,
      ];
    return typographyMistakes(text, locale).map(
      ({ index, message }) =>
        `${where(index)}${message}${hint && /\\u(00a0|202f)/.test(message) ? ` ${hint}` : ''}`,
    );
  });
}

/** Every file an editor writes prose in, with its texts, for the check and for --fix. */
function proseFiles(files: ContentFiles): { path: string; texts: Prose[] }[] {
  const read = (path: string) => files.text(path);
  const prose: { path: string; texts: Prose[] }[] = [];
  const yamlFiles = [
    {
      path: contentPaths.cookies,
      options: {
        entryName: (entry: unknown, index: number) => entryLabel(cookieKind, entry, index),
      },
    },
    { path: contentPaths.operator, options: {} },
    {
      path: contentPaths.accessibilityChecks,
      options: { entryName: (_entry: unknown, index: number) => `manual check ${index + 1}` },
    },
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
    if (text !== undefined)
      prose.push({ path, texts: proseOfYaml(text, { ...options, yaml: files.yaml }) });
  }
  for (const locale of localeCodes)
    for (const page of files.pages(`${contentPaths.pages}/${locale}`)) {
      const path = `${contentPaths.pages}/${locale}/${page}`;
      prose.push({ path, texts: proseOfPage(read(path) ?? '', locale, files.yaml, files.mdast) });
    }
  for (const locale of localeCodes) {
    const path = `${contentPaths.uiStrings}/${locale}.json`;
    const text = read(path);
    if (text !== undefined) prose.push({ path, texts: proseOfStrings(text, locale) });
  }
  return prose;
}

export function checkTypography(files: ContentFiles): string[] {
  return [
    ...undeclaredTypography(),
    ...proseFiles(files).flatMap(({ path, texts }) => messages(path, texts)),
  ];
}

/** One fix with one answer: on `line` of `path`, the first `from` becomes `to`. */
export interface TypographyFix {
  path: string;
  line: number;
  /** Lines after `line` the text may reach (a block YAML text starts below its key). */
  window: number;
  from: string;
  to: string;
}

/** Every typography mistake whose fix has one answer, where it is in its file. */
export function typographyFixes(files: ContentFiles): TypographyFix[] {
  return proseFiles(files).flatMap(({ path, texts }) =>
    texts.flatMap(({ locale, text, line, linesAsInFile }) => {
      const window = linesAsInFile ? 0 : text.split('\n').length + 2;
      const lineOf = (index: number) =>
        linesAsInFile ? line + (text.slice(0, index).match(/\n/g)?.length ?? 0) : line;
      // An escape where it is not read becomes the character it names.
      const escapes = path.endsWith('.json') ? [] : [...text.matchAll(new RegExp(ESCAPE, 'gi'))];
      if (escapes.length > 0)
        return escapes.map((escape) => ({
          path,
          line: lineOf(escape.index),
          window,
          from: escape[0],
          to: escape[1]!.toLowerCase() === '00a0' ? '\u00a0' : '\u202f',
        }));
      return typographyMistakes(text, locale).flatMap(({ index, end, fix }) =>
        fix === undefined
          ? []
          : [{ path, line: lineOf(index), window, from: text.slice(index, end), to: fix }],
      );
    }),
  );
}
