/**
 * The policy's date as a build published it in cookies.json (`updated`): the tests hold the PDFs
 * to it, so the PDFs and the exports are seen to give the same date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function builtPolicyDate(dist: string): Date {
  const file = join(dist, 'cookies.json');
  const { updated } = JSON.parse(readFileSync(file, 'utf8')) as { updated?: string };
  const date = new Date(`${updated}T00:00:00Z`);
  if (!updated || Number.isNaN(date.getTime()))
    throw new Error(`${file} has no "updated" date (YYYY-MM-DD)`);
  return date;
}
