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
interface Result {
  command: string;
  median: number;
  user: number;
  system: number;
  exit_codes: number[];
  parameters?: Record<string, string>;
}
/** `cpu`: the mean user + system CPU time of the command and the processes it waited for. */
export type Timing = Result & { cpu: number; parameters: Record<string, string> };

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
  const file = join(scratchDir, `hyperfine-${++runs}.json`);
  const log = file.replace(/json$/, 'log');
  const logFd = openSync(log, 'w');
  const argv = ['-N', '--export-json', file, '--output', output ?? 'inherit', ...args];
  const child = spawn('hyperfine', argv, {
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
  });
  const exit = await new Promise<number | Error | null>((resolve) => {
    child.once('error', resolve);
    child.once('close', resolve);
  });
  closeSync(logFd);
  if (exit instanceof Error)
    throw new BenchError(`hyperfine: ${exit.message} (apt-get install hyperfine)`);
  if (exit !== 0) {
    const end = readFileSync(log, 'utf8').trim().split('\n').slice(-25).join('\n');
    throw new BenchError(`hyperfine stopped (exit ${exit}); the end of its output:\n${end}`);
  }
  const { results } = JSON.parse(readFileSync(file, 'utf8')) as { results: Result[] };
  return results.map(({ parameters = {}, ...result }) => {
    const cpu = result.user + result.system;
    const name = Object.entries(parameters)
      .map((entry) => entry.join('='))
      .join(' ');
    console.error(`[bench]   ${name || result.command}: ${secs(result.median)}, CPU ${secs(cpu)}`);
    return { ...result, cpu, parameters };
  });
}
