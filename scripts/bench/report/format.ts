/** How figures are written, and tables as aligned text (console) or Markdown (results files). */

export const bytes = (value: number) => value.toLocaleString('en-US');
export const mib = (value: number | null) =>
  value === null ? 'n/a' : `${(value / 1024 / 1024).toFixed(0)} MiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const secondsOrNa = (ms: number | null) => (ms === null ? 'n/a' : seconds(ms));
export const ratio = (value: number | null) =>
  value === null || !Number.isFinite(value) ? 'n/a' : `×${value.toFixed(2)}`;
export const passMark = (pass: boolean | null) =>
  pass === null ? 'not run' : pass ? 'pass' : 'FAIL';
/** "+12.3%" from `before` to `now`. */
export const change = (before: number, now: number) =>
  before === 0
    ? 'n/a'
    : `${now >= before ? '+' : ''}${(((now - before) / before) * 100).toFixed(1)}%`;

export interface Table {
  title: string;
  headers: string[];
  /** 'l' or 'r' per column. */
  align: ('l' | 'r')[];
  rows: string[][];
  notes: string[];
}

export function textTable(table: Table): string {
  const widths = table.headers.map((header, column) =>
    Math.max(header.length, ...table.rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        table.align[column] === 'r' ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return [
    table.title,
    line(table.headers),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...table.rows.map(line),
    ...table.notes.map((note) => `  ${note}`),
  ].join('\n');
}

export function markdownTable(table: Table): string {
  const escape = (cell: string) => cell.replaceAll('|', '\\|');
  return [
    `### ${table.title}`,
    '',
    `| ${table.headers.map(escape).join(' | ')} |`,
    `| ${table.align.map((align) => (align === 'r' ? '---:' : ':---')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(escape).join(' | ')} |`),
    '',
    ...table.notes.map((note) => `- ${note}`),
  ].join('\n');
}
