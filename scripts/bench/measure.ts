/**
 * Runs a command as a child process and measures its wall time (process.hrtime, from spawn to
 * exit), its CPU time and its peak resident memory. CPU time and memory come from GNU time
 * (`/usr/bin/time -f '%M %U %S'`): %M is the largest maximum RSS among the processes it waited
 * for, in KiB; %U + %S the user and system CPU seconds of the command and its children. Where GNU
 * time is missing, both are reported as null (not measured) rather than guessed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const gnuTime = '/usr/bin/time';
export const hasGnuTime = existsSync(gnuTime);
export const memoryMethod = hasGnuTime
  ? 'peak RSS from GNU time (/usr/bin/time -f %M): the largest process of the command'
  : 'not measured: /usr/bin/time (GNU time) is not installed';
export const cpuMethod = hasGnuTime
  ? 'user + system CPU time from GNU time (%U + %S), children included'
  : 'not measured: /usr/bin/time (GNU time) is not installed';

export interface RunResult {
  exitCode: number;
  wallMs: number;
  /** Peak resident set size in bytes, or null when it cannot be measured. */
  peakRssBytes: number | null;
  /** User + system CPU time of the command and its children, or null when not measured. */
  cpuMs: number | null;
  stdout: string;
  stderr: string;
}

const running = new Set<ChildProcess>();

/**
 * Stops every command still running (used on Ctrl-C) and resolves once they have exited, or after
 * `timeoutMs`. Each command runs in its own process group, killed as a whole: GNU time ignores
 * SIGINT and would otherwise leave the build it waits for running.
 */
export async function killChildren(timeoutMs = 5000): Promise<void> {
  const exits = [...running].map(
    (child) =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('close', () => resolve());
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
      }),
  );
  await Promise.race([
    Promise.all(exits),
    new Promise((resolve) => setTimeout(resolve, timeoutMs).unref()),
  ]);
  for (const child of running) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; scratchDir: string; env?: NodeJS.ProcessEnv },
): Promise<RunResult> {
  const timeFile = join(options.scratchDir, `time-${process.pid}-${Date.now()}.txt`);
  const useTime = hasGnuTime;
  const [file, argv] = useTime
    ? [gnuTime, ['-f', '%M %U %S', '-o', timeFile, command, ...args]]
    : [command, args];
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so killChildren() can stop the command and everything it started.
      detached: true,
    });
    running.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => {
      running.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      running.delete(child);
      let peakRssBytes: number | null = null;
      let cpuMs: number | null = null;
      if (useTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figure on failure.
        const lines = readFileSync(timeFile, 'utf8').trim().split('\n');
        const [kib, user, system] = lines.at(-1)!.split(' ').map(Number);
        if (Number.isFinite(kib) && kib! > 0) peakRssBytes = kib! * 1024;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user! + system!) * 1000;
        rmSync(timeFile, { force: true });
      }
      resolve({
        exitCode: code ?? (signal ? 128 : 1),
        wallMs,
        cpuMs,
        peakRssBytes,
        stdout,
        stderr,
      });
    });
  });
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median of the non-null values, or null when none was measured. */
export function medianOrNull(values: (number | null)[]): number | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === 0 ? null : median(known);
}
