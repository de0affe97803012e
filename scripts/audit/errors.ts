/**
 * Errors a person can act on. The CLI prints `audit: <message>` and exits with the code; anything
 * else that escapes is a bug, and the CLI still prints a readable line before the stack.
 */

/** Exit codes, documented in README.md, "Auditing a live portal". */
export const EXIT = {
  /** Everything seen is declared, with long enough lifetimes. */
  ok: 0,
  /** Undeclared cookies or lifetimes declared shorter than real: the policy is not true. */
  findings: 1,
  /** The audit could not run: bad arguments, bad data, unreadable HAR, unreachable site. */
  cannotRun: 2,
} as const;

export class AuditError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.cannotRun) {
    super(message);
    this.name = 'AuditError';
    this.exitCode = exitCode;
  }
}
