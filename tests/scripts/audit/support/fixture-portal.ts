/**
 * What the audit tests share: the fixture folders, matchers for the facts that change from run
 * to run (times, the server's port, Chromium's version), and a normaliser so whole reports can be
 * pinned word for word.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect } from 'vitest';
import { startConsentPortals } from '../fixtures/consent-portals.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/server.ts';
import { projectRoot } from './run-cli.ts';

export const PORTAL_DATA = 'tests/scripts/audit/fixtures/portal-data';
export const ODWB_DATA = 'tests/scripts/audit/fixtures/odwb-data';
export const HAR = 'tests/scripts/audit/fixtures/har';
export const DAY = 86_400;
/** Each test waits for a free slot (run-cli.ts) and a Chromium start: generous on a busy machine. */
export const SLOW_MACHINE_MS = 180_000;

export const isoDate = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
/** Real lifetimes are read a moment after the cookie is set: within 5 s of the value set. */
export const about = (seconds: number) => expect.closeTo(seconds, -1);

/** The first 12 hex digits of a file's SHA-256, as the table prints them. */
export const sha256 = (path: string) =>
  createHash('sha256')
    .update(readFileSync(`${projectRoot}${path}`))
    .digest('hex');

/** Times, HTTP dates and Chromium's version as placeholders, so a report can be pinned whole. */
export const normalize = (text: string) =>
  text
    .replaceAll(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<time>')
    .replaceAll(/[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/g, '<http-date>')
    .replaceAll(/Chromium [\d.]+/g, 'Chromium <version>')
    .replaceAll(process.version, '<node>');

/**
 * Starts the fixture portal before the file's tests and stops it after them; `started` receives
 * its origin (http://127.0.0.1:<port>) once it listens.
 */
export function useFixturePortal(
  started: (origin: string) => void,
  start: () => Promise<FixtureServer> = startFixtureServer,
): void {
  let server: FixtureServer | undefined;
  beforeAll(async () => {
    server = await start();
    started(server.origin);
  });
  afterAll(async () => {
    await server?.close();
  });
}

/** The same for the portals with consent banners (fixtures/consent-portals.ts). */
export const useConsentPortals = (started: (origin: string) => void) =>
  useFixturePortal(started, startConsentPortals);
