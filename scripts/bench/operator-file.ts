/**
 * Writes one fact of a project copy's content/operator.yaml, as an editor would edit the file:
 * for the benchmark's synthetic portals and the tests' mutated copies, which have no real operator
 * and need a stand-in fact (where cookie choices are changed, a DPO) to build as they mean to.
 * Never run on the working tree: the real facts come from public pages, with their sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { contentPaths } from '../../src/config/paths.ts';
import type { FactName } from '../../src/data/operator-facts.ts';

/** `fact` as content/operator.yaml writes it: `{ value, source }` or `{ missing }`. */
export function setOperatorFact(projectDir: string, name: FactName, fact: object): void {
  const file = join(projectDir, contentPaths.operator);
  const operator = yaml.load(readFileSync(file, 'utf8')) as Record<string, Record<string, unknown>>;
  const [group, key] = name.split('.') as [string, string | undefined];
  if (key === undefined) operator[group] = fact as Record<string, unknown>;
  else operator[group] = { ...operator[group], [key]: fact };
  writeFileSync(file, yaml.dump(operator, { lineWidth: -1, noRefs: true }));
}
