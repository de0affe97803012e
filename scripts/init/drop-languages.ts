/**
 * Removes the languages a new portal leaves out: their page folders, interface strings and
 * translation records, their key in src/i18n/same-as-french.json, and their texts in the YAML
 * files (`en: …` under a cookie's purpose), line by line so every comment and every other text
 * stays as written. Returns what it could not remove itself, for a person to do.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../../src/config/paths.ts';
import { sameAsReferenceFile } from '../../src/content-check/index.ts';
import { isRecord } from '../../src/data/entries.ts';
import { loadYamlWithLines } from '../../src/data/parse.ts';

/** The YAML files whose texts are keyed by language. */
const TEXT_FILES = [contentPaths.cookies, contentPaths.operator, contentPaths.versions];

/** The lines holding a text of one of `codes` (a key `xx:` whose value is a one-line text). */
function textLines(text: string, codes: readonly string[]): { lines: number[]; left: number[] } {
  const read = loadYamlWithLines(text);
  const lines: number[] = [];
  const left: number[] = [];
  if (!read) return { lines, left };
  const all = text.split('\n');
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isRecord(value))
      for (const [key, inner] of Object.entries(value)) {
        const line = read.lineOf(value, key);
        if (codes.includes(key) && typeof inner === 'string' && line !== undefined) {
          const own = all[line - 1] ?? '';
          const next = all[line] ?? '';
          const indent = (row: string) => row.length - row.trimStart().length;
          const oneLine =
            new RegExp(`^\\s*${key}:\\s*[^|>\\s]`).test(own) &&
            (next.trim() === '' || indent(next) <= indent(own));
          (oneLine ? lines : left).push(line);
        } else visit(inner);
      }
  };
  visit(read.value);
  return { lines, left };
}

export function dropLanguages(root: string, codes: readonly string[]): string[] {
  const left: string[] = [];
  for (const code of codes)
    for (const path of [
      `${contentPaths.pages}/${code}`,
      `${contentPaths.uiStrings}/${code}.json`,
      `${contentPaths.translations}/${code}.json`,
    ])
      rmSync(join(root, path), { recursive: true, force: true });

  const sameAs = join(root, sameAsReferenceFile);
  if (existsSync(sameAs)) {
    const lists = JSON.parse(readFileSync(sameAs, 'utf8')) as Record<string, string[]>;
    const kept = Object.entries(lists).filter(([code]) => !codes.includes(code));
    writeFileSync(
      sameAs,
      `{\n${kept
        .map(
          ([code, keys]) => `  "${code}": [${keys.map((key) => JSON.stringify(key)).join(', ')}]`,
        )
        .join(',\n')}\n}\n`,
    );
  }

  for (const path of TEXT_FILES) {
    const file = join(root, path);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    const found = textLines(text, codes);
    const drop = new Set(found.lines);
    writeFileSync(
      file,
      text
        .split('\n')
        .filter((_, index) => !drop.has(index + 1))
        .join('\n'),
    );
    left.push(
      ...found.left.map((line) => `${path}, line ${line}: a text on several lines; remove it.`),
    );
  }
  return left;
}
