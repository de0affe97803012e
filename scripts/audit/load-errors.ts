/**
 * Why a page did not load, in words a person can act on: Playwright's error (message plus call
 * log) becomes one fact, and a start page that fails stops the audit with what to do.
 */
import { STATUS_CODES } from 'node:http';
import { AuditError } from './errors.ts';

/** What Chromium's network error codes mean, in words. */
const NET_ERRORS: Record<string, string> = {
  ERR_CONNECTION_REFUSED: 'connection refused',
  ERR_NAME_NOT_RESOLVED: 'host name not found',
  ERR_NAME_RESOLUTION_FAILED: 'host name not found',
  ERR_ADDRESS_UNREACHABLE: 'address unreachable',
  ERR_CONNECTION_RESET: 'connection reset',
  ERR_CONNECTION_CLOSED: 'connection closed',
  ERR_CONNECTION_TIMED_OUT: 'connection timed out',
  ERR_EMPTY_RESPONSE: 'the server closed the connection without answering',
  ERR_INTERNET_DISCONNECTED: 'no network',
  ERR_SSL_PROTOCOL_ERROR: 'TLS handshake failed',
  ERR_TOO_MANY_REDIRECTS: 'too many redirects',
  ERR_INVALID_RESPONSE: 'invalid response',
};

type LoadFailure = { kind: 'timeout' } | { kind: 'download' } | { kind: 'network'; reason: string };

/** Turns Playwright's error (message plus call log) into one fact a person can act on. */
export function describeLoadError(error: unknown): LoadFailure {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'timeout' };
  if (/Download is starting/.test(message)) return { kind: 'download' };
  const code = /net::(ERR_[A-Z0-9_]+)/.exec(message)?.[1];
  if (code?.startsWith('ERR_CERT_'))
    return { kind: 'network', reason: `certificate not valid, ${code}` };
  if (code) return { kind: 'network', reason: NET_ERRORS[code] ?? code };
  return { kind: 'network', reason: message.split('\n')[0] ?? message };
}

export function startPageError(
  url: string,
  failure: LoadFailure,
  timeoutSeconds: number,
): AuditError {
  if (failure.kind === 'timeout') {
    return new AuditError(
      `${url} did not load within ${timeoutSeconds} s (timeout). Check that the site is up, or allow more time with --timeout <seconds>.`,
    );
  }
  if (failure.kind === 'download') {
    return new AuditError(
      `${url} is a file download, not a page. Start from a page of the portal.`,
    );
  }
  return new AuditError(
    `cannot reach ${url} (${failure.reason}). Check the address and that the site is up.`,
  );
}

export const skipReason = (failure: LoadFailure, timeoutSeconds: number) =>
  failure.kind === 'timeout'
    ? `did not load within ${timeoutSeconds} s`
    : failure.kind === 'download'
      ? 'a file download, not a page'
      : failure.reason;

/** "503 (Service Unavailable)": the code with its meaning, as a person reads it. */
export const describeStatus = (status: number) =>
  STATUS_CODES[status] ? `${status} (${STATUS_CODES[status]})` : String(status);

/** Why a start page that answered an HTTP error leaves the audit unable to say anything. */
export const errorStartPage = (url: string, status: number) =>
  `the start page ${url} answered ${describeStatus(status)}: the audit saw an error page (a bot wall, a maintenance page, a wrong address), not the portal. Check that the portal is up and lets ordinary visitors in, then audit again.`;
