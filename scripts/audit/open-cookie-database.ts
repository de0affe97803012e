/**
 * Hints for an undeclared cookie from the pinned Open Cookie Database snapshot
 * (open-cookie-database/, Apache-2.0). Matching is domain-aware, because names collide: the
 * database lists `sessionid` as Instagram's marketing cookie, and a portal's own `sessionid` must
 * not inherit that. A hint is never a fact for the policy: it says how sure it is, and why.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Category } from '../../src/data/schema.ts';
import { withinDomain } from './compare.ts';

export const SNAPSHOT_CSV = new URL(
  './open-cookie-database/open-cookie-database.csv',
  import.meta.url,
);

/** The columns as the database publishes them; a refresh that changes them must fail loudly. */
export const COLUMNS = [
  'ID',
  'Platform',
  'Category',
  'Cookie / Data Key name',
  'Domain',
  'Description',
  'Retention period',
  'Data Controller',
  'User Privacy & GDPR Rights Portals',
  'Wildcard match',
] as const;

export interface DatabaseRow {
  platform: string;
  category: string;
  name: string;
  /** Lower case, without "(3rd party)" or a leading dot; empty when the database names none. */
  domain: string;
  description: string;
  retention: string;
  controller: string;
  /** True when the name is a prefix: `_pk_id` stands for `_pk_id.1.5a3c`. */
  wildcard: boolean;
}

/** Reads the CSV; throws with the first column that differs, for the refresh script. */
export function parseDatabase(csv: string): DatabaseRow[] {
  const [header, ...rows] = parse(csv, { relax_column_count: true }) as string[][];
  COLUMNS.forEach((column, index) => {
    if (header?.[index] !== column) {
      throw new Error(`column ${index + 1} is "${header?.[index]}", expected "${column}"`);
    }
  });
  return rows
    .filter((row) => (row[3] ?? '').trim() !== '')
    .map((row) => ({
      platform: row[1] ?? '',
      category: row[2] ?? '',
      name: row[3]!.trim(),
      domain: (row[4] ?? '')
        .toLowerCase()
        .replace(/\s*\(.*\)$/, '')
        .replace(/^\*?\./, '')
        .trim(),
      description: row[5] ?? '',
      retention: row[6] ?? '',
      controller: row[7] ?? '',
      wildcard: row[9]?.trim() === '1',
    }));
}

let snapshot: DatabaseRow[] | undefined;
export const loadDatabase = () => (snapshot ??= parseDatabase(readFileSync(SNAPSHOT_CSV, 'utf8')));

/** The database's categories in the policy's terms ("Functional" there means strictly necessary). */
const CATEGORY: Record<string, Category> = {
  Functional: 'necessary',
  Necessary: 'necessary',
  Security: 'necessary',
  Personalization: 'preferences',
  Analytics: 'statistics',
  Marketing: 'marketing',
};

/** Shorter prefixes (`td`, `id`) would hint at half the cookies on the web. */
export const MIN_PREFIX = 4;

export type Confidence = 'high' | 'medium' | 'low';

export interface Hint {
  row: DatabaseRow;
  confidence: Confidence;
  why: string;
  category: Category | undefined;
}

const RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

/** The best hint for a name seen on `host` (the cookie's domain, or the storage origin's host). */
export function hintFor(name: string, host: string, rows = loadDatabase()): Hint | undefined {
  const hints = rows.flatMap((row): Hint[] => {
    const exact = row.name === name;
    const prefix = row.wildcard && row.name.length >= MIN_PREFIX && name.startsWith(row.name);
    if (!exact && !prefix) return [];
    // A name the database ties to another site is that site's cookie, not this one.
    if (row.domain && !withinDomain(host, row.domain)) return [];
    const where = row.domain ? `for ${row.domain}` : 'without a domain';
    const [confidence, why]: [Confidence, string] = exact
      ? [row.domain ? 'high' : 'medium', `the database lists the name ${row.name} ${where}`]
      : [
          row.domain ? 'medium' : 'low',
          `the name starts with ${row.name}, a pattern the database lists ${where}`,
        ];
    return [{ row, confidence, why, category: CATEGORY[row.category] }];
  });
  return hints.sort(
    (a, b) => RANK[b.confidence] - RANK[a.confidence] || b.row.name.length - a.row.name.length,
  )[0];
}
