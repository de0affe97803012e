/** `npm run bench` options: --quick, --check-runs=N, --build-runs=N, --help. */
import type { BenchOptions } from './step.ts';

export const usage =
  'Usage: npm run bench [-- --quick] [-- --check-runs=N --build-runs=N]\n' +
  '  --quick         1 run each and no 5,000-cookie inventory (for development; the growth budget is not evaluated)\n' +
  '  --check-runs=N  runs of the data check per inventory size (default 5)\n' +
  '  --build-runs=N  runs of each build per inventory size, and of the real site with and without PDFs (default 3)';

/** The options, 'help', or a message saying which option is wrong. */
export function parseOptions(args: string[]): BenchOptions | 'help' | { error: string } {
  if (args.includes('--help') || args.includes('-h')) return 'help';
  const quick = args.includes('--quick');
  const known = /^--(quick|check-runs=.*|build-runs=.*)$/;
  const unknown = args.find((arg) => !known.test(arg));
  if (unknown) return { error: `Unknown option ${unknown}.\n${usage}` };
  const numbers: Record<string, number> = {};
  for (const [name, fallback] of [
    ['check-runs', quick ? 1 : 5],
    ['build-runs', quick ? 1 : 3],
  ] as const) {
    const arg = args.find((entry) => entry.startsWith(`--${name}=`));
    const value = arg ? Number(arg.split('=')[1]) : fallback;
    if (!Number.isInteger(value) || value < 1)
      return { error: `--${name} must be a whole number of at least 1.` };
    numbers[name] = value;
  }
  return {
    quick,
    checkRuns: numbers['check-runs']!,
    buildRuns: numbers['build-runs']!,
    sizes: quick ? [10, 100, 1000] : [10, 100, 1000, 5000],
    inProcessRuns: quick ? 3 : 7,
  };
}
