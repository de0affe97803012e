/**
 * A Chromium driven over the DevTools protocol through a pipe, with only what printing the policy
 * PDFs needs: started with --remote-debugging-pipe, Chromium reads JSON commands, each ended by a
 * NUL byte, on its file descriptor 3 and answers on 4 (the transport Playwright and Puppeteer use
 * too). Playwright stays the driver of the browser tests and the audit; the build does not load
 * it, because loading it alone costs every build half a second of CPU on the thread that renders
 * the site, for nine commands (measured with `npm run bench -- pdf`).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** How long Chromium may take to answer one command or to send an awaited event. */
const ANSWER_TIMEOUT_MS = 30_000;

type Params = Record<string, unknown>;

export interface DevToolsBrowser {
  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  send: <Result = Params>(method: string, params?: Params, sessionId?: string) => Promise<Result>;
  /** Resolves with the params of the next event `method` of that page that `accept`s. */
  next: <Event = Params>(
    method: string,
    sessionId: string,
    accept?: (event: Event) => boolean,
  ) => Promise<Event>;
  /** Ends the browser and removes its profile. */
  close: () => Promise<void>;
}

interface Waiter {
  settle: (error: Error | undefined, value?: unknown) => void;
  /** For events: which event, of which page, and whether it is the one awaited. */
  event?: { method: string; sessionId: string; accept: (params: unknown) => boolean };
}

export function startDevToolsBrowser(executable: string, args: string[]): DevToolsBrowser {
  const profile = mkdtempSync(join(tmpdir(), 'odwb-print-'));
  const child = spawn(
    executable,
    [...args, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'],
    // Its own process group, so that ending it ends everything it started: the browser behind a
    // wrapper script (Debian's /usr/bin/chromium* are scripts) and the full browser's helpers.
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'], detached: process.platform !== 'win32' },
  );
  const commands = child.stdio[3] as Writable;
  const answers = child.stdio[4] as Readable;
  const stderr = child.stdio[2] as Readable;
  const waiters = new Map<number, Waiter>();
  let lastId = 0;
  let stopped: Error | undefined;
  let closing = false;
  let errorOutput = '';

  // Idle, the browser must not keep Node alive (a build that fails before printing still exits,
  // and Chromium ends when its pipe closes); while an answer is awaited, it must.
  const handles = [child, commands, answers, stderr] as { ref(): void; unref(): void }[];
  const holdNode = () =>
    handles.forEach((handle) => (waiters.size > 0 ? handle.ref() : handle.unref()));
  holdNode();

  const wait = <Value>(register: (id: number, waiter: Waiter) => void, what: string) =>
    new Promise<Value>((resolve, reject) => {
      if (stopped) return reject(stopped);
      const id = ++lastId;
      const timer = setTimeout(
        () =>
          waiter.settle(new Error(`Chromium sent no ${what} within ${ANSWER_TIMEOUT_MS / 1000} s`)),
        ANSWER_TIMEOUT_MS,
      );
      const waiter: Waiter = {
        settle: (error, value) => {
          clearTimeout(timer);
          waiters.delete(id);
          holdNode();
          if (error) reject(error);
          else resolve(value as Value);
        },
      };
      register(id, waiter);
      waiters.set(id, waiter);
      holdNode();
    });

  const stop = (error: Error) => {
    stopped ??= error;
    for (const waiter of [...waiters.values()]) waiter.settle(stopped);
  };

  stderr.setEncoding('utf8');
  stderr.on('data', (chunk: string) => (errorOutput = (errorOutput + chunk).slice(-2000)));
  child.on('error', (error) =>
    stop(new Error(`Chromium could not be started (${executable}): ${error.message}`)),
  );
  child.on('exit', (code, signal) => {
    rmSync(profile, { recursive: true, force: true });
    if (closing) return stop(new Error('Chromium was closed'));
    const lastLines = errorOutput.trim().split('\n').slice(-5).join('\n');
    stop(
      new Error(
        `Chromium (${executable}) stopped (${signal ?? `exit code ${code}`})` +
          (lastLines ? `; it last said:\n${lastLines}` : ''),
      ),
    );
  });
  // Writing to a browser that has just stopped fails here; the exit handler says why.
  commands.on('error', () => undefined);

  let buffered = '';
  answers.setEncoding('utf8');
  answers.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as {
        id?: number;
        method?: string;
        sessionId?: string;
        params?: unknown;
        result?: unknown;
        error?: { message: string };
      };
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const error = message.error && new Error(`Chromium refused: ${message.error.message}`);
        waiters.get(message.id)?.settle(error, message.result);
        continue;
      }
      for (const waiter of [...waiters.values()]) {
        const { event } = waiter;
        if (!event || event.method !== message.method || event.sessionId !== message.sessionId) {
          continue;
        }
        if (event.accept(message.params)) waiter.settle(undefined, message.params);
      }
    }
  });

  return {
    send: <Result>(method: string, params: Params = {}, sessionId?: string) =>
      wait<Result>((id) => {
        commands.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      }, `answer to ${method}`),
    next: <Event>(
      method: string,
      sessionId: string,
      accept: (event: Event) => boolean = () => true,
    ) =>
      wait<Event>((_id, waiter) => {
        waiter.event = { method, sessionId, accept: accept as (params: unknown) => boolean };
      }, `${method} event`),
    // The profile is thrown away, so an orderly shutdown has nothing to save; ending the browser
    // outright spares the build the tenth of a second that takes.
    close: async () => {
      if (stopped) return rmSync(profile, { recursive: true, force: true });
      closing = true;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.ref();
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      await exited;
    },
  };
}
