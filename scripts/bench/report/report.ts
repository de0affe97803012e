/**
 * The whole report: a line about the machine, each step's tables, the budgets and, when there is
 * a previous run, the key figures of both side by side. The same tables go to the console (text)
 * and to bench-results/ (Markdown).
 */
import type { BenchStep } from '../step.ts';
import { markdownTable, passMark, seconds, textTable, type Table } from './format.ts';
import { loadNote } from './machine.ts';
import type { BenchResults } from './results.ts';

export function machineLine(results: BenchResults): string {
  const m = results.machine;
  return (
    `${results.date} · ${m.nproc} CPUs (${m.cpuModel}) · ${(m.memoryBytes / 1024 ** 3).toFixed(1)} GiB RAM · ` +
    `Node ${m.node} · ${m.os} · load average (1/5/15 min) at start ${m.loadAverageAtStart.join(' / ')}, at end ${m.loadAverageAtEnd.join(' / ')} · ` +
    `benchmark took ${seconds(results.durationMs)}${results.settings.quick ? ' · --quick' : ''}`
  );
}

function budgetTable(results: BenchResults): Table {
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

function comparisonTable(steps: BenchStep[], results: BenchResults, previous: BenchResults): Table {
  return {
    title: `Compared with the previous run (${previous.date}, ${previous.machine.nproc} CPUs, Node ${previous.machine.node})`,
    headers: ['Figure', 'Previous', 'Now', 'Change'],
    align: ['l', 'r', 'r', 'r'],
    rows: steps.flatMap((step) => step.compare?.(results, previous) ?? []),
    notes: [
      `Wall times follow the machine's load (1-minute load average at start: previous ${previous.machine.loadAverageAtStart[0]}, now ${results.machine.loadAverageAtStart[0]}); CPU times vary less; byte counts are exact.`,
    ],
  };
}

export function tablesOf(
  steps: BenchStep[],
  results: BenchResults,
  previous?: BenchResults,
): Table[] {
  return [
    ...steps.flatMap((step) => step.tables(results)),
    budgetTable(results),
    ...(previous ? [comparisonTable(steps, results, previous)] : []),
  ];
}

export function consoleReport(tables: Table[], results: BenchResults): string {
  const note = loadNote(results.machine);
  return [machineLine(results), ...(note ? [note] : []), ...tables.map(textTable)].join('\n\n');
}

export function markdownReport(tables: Table[], results: BenchResults): string {
  const note = loadNote(results.machine);
  return [
    `# Benchmark ${results.date}`,
    '',
    machineLine(results),
    '',
    ...(note ? [note, ''] : []),
    `Result: **${results.pass ? 'all budgets met' : 'budget failed'}**`,
    '',
    ...tables.map((table) => `${markdownTable(table)}\n`),
  ].join('\n');
}
