/**
 * Errors a person can act on. The CLI prints `audit: <message>` and exits with the code; anything
 * else that escapes is a bug, and the CLI still prints a readable line before the stack.
 */

/** Exit codes, documented in scripts/audit/README.md, "Exit codes". */
export const EXIT = {
  /** Everything seen is declared, with long enough lifetimes. */
  ok: 0,
  /** Undeclared cookies or lifetimes declared shorter than real: the policy is not true. */
  findings: 1,
  /** The audit could not run: bad arguments, bad data, unreadable HAR, unreachable site. */
  cannotRun: 2,
  /**
   * The audit ran but could not look at everything it had to (not-checked.ts): a consent
   * interface it could not answer, a start page that answered an error, a declared storage it
   * could not read. Nothing it saw was wrong, but a pass would claim what it did not check.
   */
  notChecked: 3,
} as const;

export class AuditError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.cannotRun) {
    super(message);
    this.name = 'AuditError';
    this.exitCode = exitCode;
  }
}
