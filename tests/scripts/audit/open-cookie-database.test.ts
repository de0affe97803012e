/**
 * The vendored Open Cookie Database snapshot: shipped with its licence and attribution, read by
 * the audit's parser, and checked by the refresh script's own checks (the refresh itself needs
 * github.com, which these machines cannot reach).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatabase, SNAPSHOT_CSV } from '../../../scripts/audit/open-cookie-database.ts';
import { checkSnapshot } from '../../../scripts/audit/open-cookie-database/refresh.ts';

const folder = new URL('../../../scripts/audit/open-cookie-database/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, folder), 'utf8');
const csv = readFileSync(SNAPSHOT_CSV, 'utf8');

describe('the Open Cookie Database snapshot', () => {
  it('ships the Apache-2.0 licence, the attribution and the pinned commit', () => {
    expect(read('LICENSE')).toContain('Apache License\n                           Version 2.0');
    expect(read('README.md')).toContain(
      'by Jack Kwakman\nand contributors, licensed under the Apache License 2.0',
    );
    expect(JSON.parse(read('snapshot.json'))).toEqual({
      repository: 'https://github.com/jkwakman/Open-Cookie-Database',
      commit: '0ee5a17fe1cb002943f89370d24fc26a4226061c',
      date: '2026-01-21',
      licence: 'Apache-2.0',
    });
  });

  it('is read whole, quoted descriptions and third-party domains included', () => {
    const rows = parseDatabase(csv);
    expect(rows).toHaveLength(2264);
    expect(rows.find((row) => row.name === 'sessionid')).toEqual({
      platform: 'Instagram',
      category: 'Marketing',
      name: 'sessionid',
      domain: 'instagram.com',
      description:
        'This is a performance cookie used to collect data about people logging in and out of the website.',
      retention: '1 year',
      controller: 'Meta',
      wildcard: false,
    });
    expect(rows.find((row) => row.name === 'CookieConsentBulkTicket')?.domain).toBe(
      'cookiebot.com',
    );
  });

  it('passes the refresh script’s checks; a changed column is refused by name', () => {
    const edpb = JSON.parse(read('edpb-knowledge-base-sample.json'));
    expect(checkSnapshot(csv, edpb)).toEqual({ rows: 2264 });
    expect(() => checkSnapshot(csv.replace('Retention period', 'Retention'), edpb)).toThrow(
      'column 7 is "Retention", expected "Retention period"',
    );
    expect(() => checkSnapshot(csv, { knowledges: [] })).toThrow(
      'the EDPB knowledge base is not a list of bases with "name" and "knowledges"',
    );
  });
});
