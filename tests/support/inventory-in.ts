/**
 * The validated inventory of a content folder of the project (`content`, or a fixture site's),
 * as the statements' tests derive their sentences from it; a folder the check refuses fails the
 * test at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { checkInventory } from '../../src/content-check/data.ts';
import { projectRoot } from './content-files.ts';

export function inventoryIn(dir: string) {
  const read = (file: string) => ({
    path: `${dir}/${file}`,
    text: readFileSync(join(projectRoot, dir, file), 'utf8'),
  });
  const inventory = checkInventory(read('cookies.yaml'), read('providers.yaml'));
  expect(inventory.problems).toEqual([]);
  return inventory;
}
