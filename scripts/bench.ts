// `npm run bench [-- step…]`: times the data check, the build with and without its PDFs, the
// build's growth with the inventory and the audit with hyperfine, in throw-away copies of the
// working tree, and prints one line per budget. Exits 1 when a budget fails. See bench/README.md.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { BenchError, report, type Budget } from './bench/budgets.ts';
import { Scratch } from './bench/copies.ts';
import { audit } from './bench/steps/audit.ts';
import { check } from './bench/steps/check.ts';
import { growth } from './bench/steps/growth.ts';
import { pdf } from './bench/steps/pdf.ts';
import { weight } from './bench/steps/weight.ts';

/** The steps, in the order they run, by the name that runs one alone. */
const steps: Record<string, (scratch: Scratch) => Promise<Budget[]>> = {
  check,
  pdf,
  growth,
  weight,
  audit,
};
const names = process.argv.slice(2);
if (names.includes('--help') || names.includes('-h')) {
  console.log(
    `Usage: npm run bench [-- ${Object.keys(steps).join(' ')}]\nTimes each step (all of them when none is named) in throw-away copies of the working tree, and prints one line per budget; exits 1 when a budget fails (scripts/bench/README.md).`,
  );
  process.exit(0);
}
const unknown = names.filter((name) => !Object.hasOwn(steps, name));
if (unknown.length > 0) {
  console.error(
    `No step named ${unknown.join(', ')}: npm run bench [-- ${Object.keys(steps).join(' ')}]`,
  );
  process.exit(2);
}

const load = () => loadavg()[0]!.toFixed(1);
const loadAtStart = load();
const scratch = new Scratch(fileURLToPath(new URL('..', import.meta.url)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  // hyperfine and its command get Ctrl-C too; remove the copies and stop.
  process.once(signal, () => {
    scratch.remove();
    process.exit(130);
  });
}
const budgets: Budget[] = [];
try {
  for (const name of names.length > 0 ? names : Object.keys(steps)) {
    console.error(`[bench] ${name}`);
    try {
      budgets.push(...(await steps[name]!(scratch)));
    } catch (error) {
      if (!(error instanceof BenchError)) throw error;
      budgets.push({ name, measured: `not measured: ${error.message}`, pass: false });
    }
  }
} finally {
  scratch.remove();
}
const { lines, exitCode } = report(budgets);
console.log(lines.join('\n'));
console.log(
  `Load average ${loadAtStart} at the start, ${load()} at the end, on ${cpus().length} CPUs: ` +
    'wall times on a busy machine are slower than the code.',
);
process.exit(exitCode);
