/**
 * Runs hyperfine (Debian's `hyperfine` package) and reads its JSON export. The commands' own
 * output goes to a log in the scratch folder, whose end a failure quotes; stderr gets one
 * progress line per timing, and stdout stays for the bench's budget lines.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BenchError, secs } from './budgets.ts';

/** One command's runs, in seconds, from hyperfine's JSON export. */
export interface Timing {
  median: number;
  /** Mean user + system CPU time of the command and the processes it waited for. */
  cpu: number;
  exitCodes: number[];
  parameters: Record<string, string>;
}

let runs = 0;

/**
 * `hyperfine -N --export-json <file> …args`. Without a shell, commands are split into words, so
 * a path must not contain spaces. A failing command stops hyperfine, and the step with it.
 * `output`: a file for the commands' standard output instead of the log.
 */
export async function hyperfine(
  scratchDir: string,
  args: string[],
  output?: string,
): Promise<Timing[]> {
  const [file, log] = ['json', 'log'].map((ending) =>
    join(scratchDir, `hyperfine-${++runs}.${ending}`),
  );
  const logFd = openSync(log!, 'w');
  const child = spawn(
    'hyperfine',
    ['-N', '--export-json', file!, '--output', output ?? 'inherit', ...args],
    {
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    },
  );
  const exit = await new Promise<number | Error | null>((resolve) => {
    child.once('error', resolve);
    child.once('close', resolve);
  });
  closeSync(logFd);
  if (exit instanceof Error) {
    throw new BenchError(
      `hyperfine did not start (${exit.message}): sudo apt-get install -y hyperfine`,
    );
  }
  if (exit !== 0) {
    const end = readFileSync(log!, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new BenchError(`hyperfine stopped (exit ${exit}); the end of its output:\n${end}`);
  }
  const { results } = JSON.parse(readFileSync(file!, 'utf8')) as {
    results: {
      command: string;
      median: number;
      user: number;
      system: number;
      exit_codes: number[];
      parameters?: Record<string, string>;
    }[];
  };
  return results.map((result) => {
    const parameters = result.parameters ?? {};
    const cpu = result.user + result.system;
    const name = Object.entries(parameters)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ');
    console.error(`[bench]   ${name || result.command}: ${secs(result.median)}, CPU ${secs(cpu)}`);
    return { median: result.median, cpu, exitCodes: result.exit_codes, parameters };
  });
}
