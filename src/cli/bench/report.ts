/**
 * The benchmark's results as plain data (written as JSON), as aligned text tables for the console
 * and as Markdown tables (written next to the JSON), plus a comparison with the previous run.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { linearTolerance, pageBudgetBytes, type BudgetResult } from './budgets.ts';
import type { PageWeight } from './page-weight.ts';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryBytes: number;
  freeMemoryBytesAtStart: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  node: string;
  os: string;
}

export interface ScalingResult {
  cookies: number;
  /** Size of the generated content/cookies.yaml. */
  inventoryBytes: number;
  /** `<tr id="cookie-` rows counted in each locale page of the last build. */
  rowsRendered: Record<string, number>;
  /** Raw bytes of the French page of the last build. */
  pageBytes: number;
  check: {
    runsMs: number[];
    medianMs: number;
    cpuMs: number | null;
    peakRssBytes: number | null;
    ratio: number;
  };
  build: {
    runsMs: number[];
    medianMs: number;
    cpuRunsMs: (number | null)[];
    cpuMs: number | null;
    peakRssBytes: number | null;
    ratio: number;
    cpuRatio: number | null;
    rssRatio: number | null;
  };
}

export interface BenchResults {
  schemaVersion: 1;
  date: string;
  durationMs: number;
  machine: Machine;
  settings: {
    quick: boolean;
    checkRuns: number;
    buildRuns: number;
    sizes: number[];
    compression: string;
    memory: string;
    cpu: string;
    builds: string;
  };
  site: {
    buildMs: number;
    buildPeakRssBytes: number | null;
    cookies: number;
    rowsRendered: Record<string, number>;
    pages: PageWeight[];
  };
  scaling: ScalingResult[];
  inProcessCheck: { cookies: number; runs: number; firstMs: number; medianMs: number } | null;
  linear: { metric: string; lowSlopeMs: number; highSlopeMs: number; slopeRatio: number } | null;
  budgets: BudgetResult[];
  pass: boolean;
}

export const roundedLoad = () => loadavg().map((value) => Math.round(value * 100) / 100);

export function describeMachine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'));
    if (line) cpuModel = line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: keep os.cpus()'s model.
  }
  return {
    nproc: availableParallelism(),
    cpuModel,
    memoryBytes: totalmem(),
    freeMemoryBytesAtStart: freemem(),
    loadAverageAtStart: roundedLoad(),
    loadAverageAtEnd: [],
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

// ---- formatting -------------------------------------------------------------------------------

export const bytes = (value: number) => value.toLocaleString('en-US');
export const mib = (value: number | null) =>
  value === null ? 'n/a' : `${(value / 1024 / 1024).toFixed(0)} MiB`;
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (value: number | null) =>
  value === null || !Number.isFinite(value) ? 'n/a' : `×${value.toFixed(2)}`;
export const passMark = (pass: boolean | null) =>
  pass === null ? 'not run' : pass ? 'pass' : 'FAIL';

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

// ---- the tables -------------------------------------------------------------------------------

export function pageTable(results: BenchResults): Table {
  return {
    title: 'Page weight (bytes; first visit, empty cache)',
    headers: [
      'Page',
      'HTML raw',
      'HTML gz',
      'HTML br',
      'CSS raw',
      'CSS gz',
      'CSS br',
      'JS',
      'Images',
      'Fonts',
      'First visit br',
      'First visit gz',
      'gz HTML+CSS',
      'Budget',
    ],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    rows: results.site.pages.map((page) => [
      page.page,
      bytes(page.html.raw),
      bytes(page.html.gzip),
      bytes(page.html.brotli),
      bytes(page.css.raw),
      bytes(page.css.gzip),
      bytes(page.css.brotli),
      bytes(page.js.raw),
      bytes(page.images.raw),
      bytes(page.fonts.raw),
      bytes(page.firstVisitBrotli),
      bytes(page.firstVisitGzip),
      bytes(page.budgetBytes),
      page.budgetBytes <= pageBudgetBytes && page.javascript.length === 0
        ? `pass (${((page.budgetBytes / pageBudgetBytes) * 100).toFixed(0)}%)`
        : 'FAIL',
    ]),
    notes: [
      `Compression: ${results.settings.compression}. JS, Images and Fonts are raw bytes.`,
      'First visit = HTML + every stylesheet, script, image and font the page references, compressed with that method (images and fonts as is).',
      'Budget: gzip(HTML) + gzip(CSS) <= 14 KB = 14,336 bytes (one round trip), and no JavaScript: no executable <script>, no JS file, no inline on* handler, no javascript: link.',
      `Real site: ${results.site.cookies} cookies, rows rendered per page: ${Object.entries(
        results.site.rowsRendered,
      )
        .map(([locale, count]) => `${locale} ${count}`)
        .join(', ')}; built once in ${seconds(results.site.buildMs)}.`,
      ...results.site.pages.flatMap((page) =>
        page.unresolved.map((url) => `${page.page}: reference not found in the build: ${url}`),
      ),
    ],
  };
}

export function scalingTable(results: BenchResults): Table {
  const runs = `${results.settings.checkRuns} check / ${results.settings.buildRuns} build runs`;
  return {
    title: `Growth with the inventory (medians of ${runs}; ratio = × the 10-cookie case)`,
    headers: [
      'Cookies',
      'Rows/page',
      'YAML',
      'Page HTML',
      'Check wall',
      'Check ×',
      'Check CPU',
      'Check RSS',
      'Build wall',
      'Build ×',
      'Build CPU',
      'CPU ×',
      'Build RSS',
      'RSS ×',
    ],
    align: ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    rows: results.scaling.map((row) => [
      bytes(row.cookies),
      [...new Set(Object.values(row.rowsRendered))].map(bytes).join('/'),
      `${(row.inventoryBytes / 1024).toFixed(0)} KiB`,
      `${(row.pageBytes / 1024).toFixed(0)} KiB`,
      seconds(row.check.medianMs),
      ratio(row.check.ratio),
      row.check.cpuMs === null ? 'n/a' : seconds(row.check.cpuMs),
      mib(row.check.peakRssBytes),
      seconds(row.build.medianMs),
      ratio(row.build.ratio),
      row.build.cpuMs === null ? 'n/a' : seconds(row.build.cpuMs),
      ratio(row.build.cpuRatio),
      mib(row.build.peakRssBytes),
      ratio(row.build.rssRatio),
    ]),
    notes: [
      'Check wall: `node src/cli/check.ts <copy>` as a child process, Node startup included.',
      `Build wall: \`node node_modules/astro/bin/astro.mjs build --root <copy>\`, ${results.settings.builds}.`,
      `CPU: ${results.settings.cpu}. A build's exceeds its wall time when the machine is quiet because Node, Vite and esbuild use several threads; a wall time far above the CPU time means the process waited for a CPU.`,
      `Memory: ${results.settings.memory}; median over the runs.`,
      'Rows/page: `<tr id="cookie-` counted in every locale page of the last build; the benchmark stops if any page lacks a row.',
      ...(results.inProcessCheck
        ? [
            `In-process data check (checkContent() called directly, no Node startup), ${bytes(results.inProcessCheck.cookies)} cookies: median ${results.inProcessCheck.medianMs.toFixed(0)} ms over ${results.inProcessCheck.runs} runs after a first run of ${results.inProcessCheck.firstMs.toFixed(0)} ms.`,
          ]
        : []),
      ...(results.linear
        ? [
            `Build ${results.linear.metric} per extra cookie: ${results.linear.lowSlopeMs.toFixed(2)} ms from 10 to 1,000, ${results.linear.highSlopeMs.toFixed(2)} ms from 1,000 to 5,000 (ratio ${results.linear.slopeRatio.toFixed(2)}; <= ${linearTolerance} passes).`,
          ]
        : []),
    ],
  };
}

export function budgetTable(results: BenchResults): Table {
  return {
    title: 'Budgets',
    headers: ['Budget', 'Measured', 'Result'],
    align: ['l', 'l', 'l'],
    rows: results.budgets.map((budget) => [budget.name, budget.measured, passMark(budget.pass)]),
    notes: [...new Set(results.budgets.map((budget) => budget.rule))].map(
      (rule) => `Rule: ${rule}.`,
    ),
  };
}

export function machineLine(results: BenchResults): string {
  const m = results.machine;
  return (
    `${results.date} · ${m.nproc} CPUs (${m.cpuModel}) · ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB RAM · ` +
    `Node ${m.node} · ${m.os} · load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')} · ` +
    `benchmark took ${seconds(results.durationMs)}${results.settings.quick ? ' · --quick' : ''}`
  );
}

/** A warning when other work shared the machine during the run. */
export function loadNote(results: BenchResults): string | undefined {
  const m = results.machine;
  const busiest = Math.max(m.loadAverageAtStart[0] ?? 0, m.loadAverageAtEnd[0] ?? 0);
  if (busiest <= m.nproc) return undefined;
  return `Note: the 1-minute load average reached ${busiest} on ${m.nproc} CPUs: other work shared the machine, so wall times are inflated; CPU times are less affected and byte counts not at all.`;
}

/** Key figures against the previous run's JSON, when there is one. */
export function comparisonTable(results: BenchResults, previous: BenchResults): Table {
  const rows: string[][] = [];
  const change = (before: number, now: number) =>
    before === 0
      ? 'n/a'
      : `${now >= before ? '+' : ''}${(((now - before) / before) * 100).toFixed(1)}%`;
  for (const page of results.site.pages) {
    const old = previous.site.pages.find((entry) => entry.page === page.page);
    if (old) {
      rows.push([
        `${page.page} gz HTML+CSS`,
        bytes(old.budgetBytes),
        bytes(page.budgetBytes),
        change(old.budgetBytes, page.budgetBytes),
      ]);
    }
  }
  for (const row of results.scaling) {
    const old = previous.scaling.find((entry) => entry.cookies === row.cookies);
    if (!old) continue;
    rows.push([
      `check ${bytes(row.cookies)} cookies`,
      seconds(old.check.medianMs),
      seconds(row.check.medianMs),
      change(old.check.medianMs, row.check.medianMs),
    ]);
    rows.push([
      `build ${bytes(row.cookies)} cookies`,
      seconds(old.build.medianMs),
      seconds(row.build.medianMs),
      change(old.build.medianMs, row.build.medianMs),
    ]);
    if (old.build.cpuMs != null && row.build.cpuMs !== null) {
      rows.push([
        `build ${bytes(row.cookies)} cookies, CPU`,
        seconds(old.build.cpuMs),
        seconds(row.build.cpuMs),
        change(old.build.cpuMs, row.build.cpuMs),
      ]);
    }
  }
  return {
    title: `Compared with the previous run (${previous.date}, ${previous.machine.nproc} CPUs, Node ${previous.machine.node})`,
    headers: ['Figure', 'Previous', 'Now', 'Change'],
    align: ['l', 'r', 'r', 'r'],
    rows,
    notes: [
      `Wall times follow the machine's load (1-minute load average at start: previous ${previous.machine.loadAverageAtStart[0]}, now ${results.machine.loadAverageAtStart[0]}); CPU times vary less; byte counts are exact.`,
    ],
  };
}

export function readPrevious(dir: string): BenchResults | undefined {
  const file = join(dir, 'latest.json');
  if (!existsSync(file)) return undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
    return data.schemaVersion === 1 ? data : undefined;
  } catch {
    return undefined;
  }
}

export function tablesOf(results: BenchResults, previous?: BenchResults): Table[] {
  return [
    pageTable(results),
    scalingTable(results),
    budgetTable(results),
    ...(previous ? [comparisonTable(results, previous)] : []),
  ];
}

export function markdownReport(results: BenchResults, previous?: BenchResults): string {
  return [
    `# Benchmark ${results.date}`,
    '',
    machineLine(results),
    '',
    ...(loadNote(results) ? [loadNote(results)!, ''] : []),
    `Result: **${results.pass ? 'all budgets met' : 'budget failed'}**`,
    '',
    ...tablesOf(results, previous).map((table) => `${markdownTable(table)}\n`),
  ].join('\n');
}

/** Writes <stamp>.json/.md and latest.json/.md; returns the paths written. */
export function writeResults(dir: string, results: BenchResults, markdown: string): string[] {
  mkdirSync(dir, { recursive: true });
  const stamp = results.date.replaceAll(':', '-').replace(/\.\d+Z$/, 'Z');
  const json = `${JSON.stringify(results, null, 2)}\n`;
  const files: [string, string][] = [
    [`${stamp}.json`, json],
    [`${stamp}.md`, markdown],
    ['latest.json', json],
    ['latest.md', markdown],
  ];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
