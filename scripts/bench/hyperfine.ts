/**
 * Runs hyperfine (Debian's `hyperfine` package) and reads its JSON export. Its progress and
 * summary go to stderr, so stdout holds the bench's budget lines only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError } from './budgets.ts';

/** One command's runs, in seconds, from hyperfine's JSON export. */
export interface Timing {
  median: number;
  /** Mean user + system CPU time of the command and the processes it waited for. */
  cpu: number;
  exitCodes: number[];
  parameters: Record<string, string>;
}

let exports = 0;

/**
 * `hyperfine -N --export-json <file> …args`. Without a shell, commands are split into words, so
 * a path must not contain spaces. A failing command stops hyperfine, and the step with it.
 */
export async function hyperfine(scratchDir: string, args: string[]): Promise<Timing[]> {
  const file = join(scratchDir, `hyperfine-${++exports}.json`);
  const child = spawn('hyperfine', ['-N', '--export-json', file, ...args], {
    stdio: ['ignore', 2, 'pipe'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = await new Promise<number | Error | null>((resolve) => {
    child.once('error', resolve);
    child.once('close', resolve);
  });
  if (exit instanceof Error) {
    throw new BenchError(
      `hyperfine did not start (${exit.message}): sudo apt-get install -y hyperfine`,
    );
  }
  if (exit !== 0) {
    throw new BenchError(
      `${stderr.trim() || `hyperfine stopped (exit ${exit})`}\n` +
        '  To see the command’s own output, run it as hyperfine named it above.',
    );
  }
  const { results } = JSON.parse(readFileSync(file, 'utf8')) as {
    results: {
      median: number;
      user: number;
      system: number;
      exit_codes: number[];
      parameters?: Record<string, string>;
    }[];
  };
  return results.map((result) => ({
    median: result.median,
    cpu: result.user + result.system,
    exitCodes: result.exit_codes,
    parameters: result.parameters ?? {},
  }));
}
