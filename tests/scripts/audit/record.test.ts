/**
 * `--record` without a browser: what the audit writes of each declared entry it saw (lifetime as
 * sent, how, in which states, on which pages), what it keeps of the last record, and a record
 * edited by hand into nonsense, refused before the audit would write over it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { openRecord, recordObservations } from '../../../scripts/audit/record.ts';
import { inventory, PORTAL, sampleAudit } from './support/samples.ts';

const scratch = mkdtempSync(join(tmpdir(), 'odwb-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const DAY = 86_400;

function folder(name: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  return dir;
}
const recordIn = (dir: string, startedAt = '2026-12-03T09:00:00.000Z') => {
  const recorder = openRecord(dir, 'content');
  const count = recordObservations(
    recorder,
    dir,
    sampleAudit().states,
    inventory,
    PORTAL,
    startedAt,
    'does-not-match',
  );
  return { count, written: yaml.load(readFileSync(join(dir, 'observations.yaml'), 'utf8')) };
};

describe('recording what the audit observed', () => {
  it('dates the audit by the day in Brussels, as the versions and publications it supports', () => {
    // 23:30 UTC on 7 December is 00:30 on 8 December in Brussels (UTC+1 in winter).
    const { written } = recordIn(folder('late'), '2026-12-07T23:30:00.000Z');
    const record = written as { audit: { observedOn: string }; cookies: { observedOn: string }[] };
    expect(record.audit.observedOn).toBe('2026-12-08');
    expect(new Set(record.cookies.map(({ observedOn }) => observedOn))).toEqual(
      new Set(['2026-12-08']),
    );
  });

  it('writes each declared entry it saw, never one declared nowhere', () => {
    const dir = folder('fresh');
    const { count, written } = recordIn(dir);
    expect(count).toBe(5);
    const on = (name: string, lifetimeSeconds: number | null, setBy: string, states: string[]) => ({
      name,
      observedOn: '2026-12-03',
      lifetimeSeconds,
      setBy,
      states,
      pages: [PORTAL],
    });
    const all = ['no-answer', 'refuse-all', 'accept-all'];
    expect(written).toEqual({
      audit: {
        portal: PORTAL,
        observedOn: '2026-12-03',
        consentInterface: 'found',
        consentManager: 'Klaro',
        tool: 'odwb-cookie-policy audit 1.0.0',
        states: all,
        result: 'does-not-match',
      },
      // In the inventory's order; fx_tracker, declared nowhere, is not recorded.
      cookies: [
        on('fx_session', null, 'header', all),
        on('fx_ads', 90 * DAY, 'script', all),
        on('fx_stats', 365 * DAY, 'header', ['accept-all']),
        on('klaro', 180 * DAY, 'header', ['refuse-all', 'accept-all']),
        on('fx_pref', 30 * DAY, 'header', all),
      ],
    });
    expect(readFileSync(join(dir, 'observations.yaml'), 'utf8').split('\n').slice(0, 2)).toEqual([
      '# What the audit observed on the portal. Written by `npm run audit -- <portal URL> --record`:',
      '# do not edit by hand. The content check compares it with cookies.yaml (src/data/observations.ts).',
    ]);
  });

  it('keeps the last observation of an entry this audit did not see, and drops entries no longer declared', () => {
    const dir = folder('again');
    const old = (name: string) => ({
      name,
      observedOn: '2026-11-01',
      lifetimeSeconds: DAY,
      setBy: 'header',
      states: ['no-answer'],
      pages: [PORTAL],
    });
    writeFileSync(
      join(dir, 'observations.yaml'),
      yaml.dump({
        audit: {
          portal: PORTAL,
          observedOn: '2026-11-01',
          consentInterface: 'none',
          consentManager: null,
          tool: 'odwb-cookie-policy audit 1.0.0',
        },
        cookies: [old('fx_never'), old('gone_now'), old('fx_ads')],
      }),
    );
    const { written } = recordIn(dir);
    const names = (written as { cookies: { name: string; observedOn: string }[] }).cookies.map(
      (cookie) => `${cookie.name} ${cookie.observedOn}`,
    );
    expect(names).toEqual([
      'fx_session 2026-12-03',
      'fx_ads 2026-12-03',
      'fx_stats 2026-12-03',
      'klaro 2026-12-03',
      'fx_pref 2026-12-03',
      'fx_never 2026-11-01',
    ]);
  });

  it('refuses a record edited into nonsense, naming the file, entry, field and fix, and leaves it as it was', () => {
    const dir = folder('nonsense');
    const nonsense = 'audit:\n  portal: www.odwb.be\ncookies: []\n';
    writeFileSync(join(dir, 'observations.yaml'), nonsense);
    let message = '';
    try {
      openRecord(dir, 'content');
    } catch (error) {
      message = (error as Error).message;
    }
    const again =
      'Record a new audit with `npm run audit -- <portal URL> --record` rather than editing content/observations.yaml by hand.';
    expect(message.split('\n').slice(0, 3)).toEqual([
      'content/observations.yaml cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).',
      'The cookie policy cannot be published: 5 problems found.',
      `  - content/observations.yaml: line 2: audit: portal "www.odwb.be" is not valid. Write the audited portal's address. ${again}`,
    ]);
    expect(readFileSync(join(dir, 'observations.yaml'), 'utf8')).toBe(nonsense);
  });
});
