/**
 * The translation report in three forms: plain text for the terminal, Markdown for a translator
 * to open (headings and tables, the French changes marked with <del> and <ins>), and JSON for
 * tools. All three say the same: per language and per file, what is up to date, stale or missing,
 * and for each stale text what changed in the French since it was translated.
 */
import { defaultLocale, locales } from '../../src/config/locales.ts';
import type { LocaleStatus, Status, TextStatus } from '../../src/translations/status.ts';
import { plainDiff, wordDiff, type DiffPart } from './word-diff.ts';
import { count as plural } from '../../src/lib/plural.ts';

const reference = locales[defaultLocale].englishName;

const count = (texts: TextStatus[], status: Status) =>
  texts.filter((text) => text.status === status).length;

/** "2 stale, 1 missing, 40 up to date" or "up to date (43 texts)". */
function summary(texts: TextStatus[]): string {
  const stale = count(texts, 'stale');
  const missing = count(texts, 'missing');
  if (stale + missing === 0) return `up to date (${plural(texts.length, 'text')})`;
  return `${stale} stale, ${missing} missing, ${count(texts, 'up-to-date')} up to date`;
}

function byFile(texts: TextStatus[]): Map<string, TextStatus[]> {
  const files = new Map<string, TextStatus[]>();
  for (const text of texts) files.set(text.file, [...(files.get(text.file) ?? []), text]);
  return files;
}

/** The French change for a stale text, or why there is none to show. */
function change(text: TextStatus): { parts?: DiffPart[]; note?: string } {
  if (text.recordedFrench === undefined)
    return { note: `never marked as translated: compare it with the whole ${reference} text` };
  return { parts: wordDiff(text.recordedFrench, text.french) };
}

export const hasWorkLeft = (report: LocaleStatus[]) =>
  report.some(({ texts }) => texts.some((text) => text.status !== 'up-to-date'));

/** The terminal's report: one line per language and per file, then one per text to redo. */
export function plainReport(report: LocaleStatus[]): string {
  const lines = [`Translations of the ${reference} reference:`];
  for (const { locale, texts, problem } of report) {
    lines.push('', `${locales[locale].englishName} (${locale}): ${summary(texts)}`);
    if (problem) lines.push(`  ${problem}`);
    for (const [file, fileTexts] of byFile(texts)) {
      lines.push(`  ${file}: ${summary(fileTexts)}`);
      for (const text of fileTexts.filter(({ status }) => status !== 'up-to-date')) {
        lines.push(`    ${text.status} ${text.id} (${text.label})`);
        if (text.status !== 'stale') continue;
        const { parts, note } = change(text);
        lines.push(`      ${parts ? `${reference} since: ${plainDiff(parts)}` : note}`);
      }
    }
  }
  if (hasWorkLeft(report))
    lines.push(
      '',
      'After updating a translation, record it: npm run translations -- mark <locale> [file or text id]',
    );
  return lines.join('\n');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');

function htmlDiff(parts: DiffPart[]): string {
  return parts
    .map(({ kind, text }) =>
      kind === 'added'
        ? `<ins>${escapeHtml(text)}</ins>`
        : kind === 'removed'
          ? `<del>${escapeHtml(text)}</del>`
          : escapeHtml(text),
    )
    .join('');
}

/** A Markdown page: a summary table, then per language and file the texts to redo. */
export function markdownReport(report: LocaleStatus[], date: string): string {
  const lines = [
    `# Translations of the ${reference} reference`,
    '',
    `Generated on ${date} by \`npm run translations\`. Stale: the ${reference} text changed since the translation was made (the change is shown, <del>removed</del> and <ins>added</ins>). Missing: no text in that language.`,
    '',
    '| Language | Up to date | Stale | Missing |',
    '| --- | ---: | ---: | ---: |',
    ...report.map(
      ({ locale, texts }) =>
        `| ${locales[locale].englishName} (${locale}) | ${count(texts, 'up-to-date')} | ${count(texts, 'stale')} | ${count(texts, 'missing')} |`,
    ),
  ];
  for (const { locale, texts, problem } of report) {
    lines.push('', `## ${locales[locale].englishName} (${locale}): ${summary(texts)}`);
    if (problem) lines.push('', escapeHtml(problem));
    for (const [file, fileTexts] of byFile(texts)) {
      const todo = fileTexts.filter(({ status }) => status !== 'up-to-date');
      lines.push('', `### \`${file}\`: ${summary(fileTexts)}`);
      if (todo.length === 0) continue;
      lines.push(
        '',
        `| Text | Status | ${reference} changes since the translation |`,
        '| --- | --- | --- |',
      );
      for (const text of todo) {
        const { parts, note } = text.status === 'stale' ? change(text) : {};
        const what = parts ? htmlDiff(parts) : (note ?? `${reference}: ${escapeHtml(text.french)}`);
        lines.push(`| \`${text.id}\` (${escapeHtml(text.label)}) | ${text.status} | ${what} |`);
      }
    }
  }
  lines.push(
    '',
    `After updating a translation, record it: \`npm run translations -- mark <locale> [file or text id]\`.`,
    '',
  );
  return lines.join('\n');
}

/** The report for tools: every text of every language, with the French change of stale ones. */
export function jsonReport(report: LocaleStatus[]) {
  return {
    reference: defaultLocale,
    locales: report.map(({ locale, texts, problem }) => ({
      locale,
      ...(problem ? { problem } : {}),
      upToDate: count(texts, 'up-to-date'),
      stale: count(texts, 'stale'),
      missing: count(texts, 'missing'),
      files: [...byFile(texts)].map(([file, fileTexts]) => ({
        file,
        texts: fileTexts.map((text) => ({
          id: text.id,
          label: text.label,
          status: text.status,
          french: text.french,
          ...(text.recordedFrench !== undefined ? { recordedFrench: text.recordedFrench } : {}),
          ...(text.status === 'stale' && text.recordedFrench !== undefined
            ? { diff: wordDiff(text.recordedFrench, text.french) }
            : {}),
        })),
      })),
    })),
  };
}
