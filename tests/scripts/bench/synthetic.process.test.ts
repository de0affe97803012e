/** The benchmark's synthetic inventories must be data the real check accepts, or it times errors. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Scratch } from '../../../scripts/bench/copies.ts';
import { generateInventory, phraseLists, toYaml } from '../../../scripts/bench/synthetic.ts';
import { localeCodes } from '../../../src/config/locales.ts';
import { checkInventory } from '../../../src/content-check/data.ts';
import { categories, parties, storageTypes } from '../../../src/data/schema.ts';
import { projectRoot } from '../../support/build-site.ts';
import { scriptFile } from '../../support/npm-script.ts';

const validate = (count: number) => {
  const files = toYaml(generateInventory(count));
  return checkInventory(
    { path: 'content/cookies.yaml', text: files.cookies },
    { path: 'content/providers.yaml', text: files.providers },
  );
};

describe('the synthetic inventory', () => {
  it('passes the data check with every cookie kept', () => {
    for (const count of [10, 100, 1000]) {
      const result = validate(count);
      expect(result.problems).toEqual([]);
      expect(result.cookies).toHaveLength(count);
    }
  });

  it('mixes categories, parties, storage types, wildcards and conditions', () => {
    const { cookies } = validate(1000);
    expect(new Set(cookies.map((cookie) => cookie.category))).toEqual(new Set(categories));
    expect(new Set(cookies.map((cookie) => cookie.party))).toEqual(new Set(parties));
    expect(new Set(cookies.map((cookie) => cookie.storage))).toEqual(new Set(storageTypes));
    expect(new Set(cookies.map((cookie) => cookie.provider)).size).toBeGreaterThan(3);
    const wildcards = cookies.filter((cookie) => cookie.wildcard);
    expect(wildcards.length).toBeGreaterThan(10);
    expect(wildcards.every((cookie) => cookie.name.includes('*'))).toBe(true);
    expect(cookies.some((cookie) => cookie.condition)).toBe(true);
  });

  it.each(Object.entries(phraseLists))(
    'has every %s phrase in every language',
    (_list, phrases) => {
      for (const phrase of phrases) expect(Object.keys(phrase)).toEqual(localeCodes);
    },
  );

  it('writes texts of realistic length in every language', () => {
    for (const cookie of generateInventory(200).cookies) {
      for (const text of Object.values(cookie.purpose)) {
        expect(text.length).toBeGreaterThanOrEqual(45);
        expect(text.length).toBeLessThanOrEqual(160);
      }
      expect(Object.keys(cookie.service)).toEqual(localeCodes);
      expect(Object.keys(cookie.purpose)).toEqual(localeCodes);
    }
  });

  it('is the same inventory every time, so two runs build the same data', () => {
    expect(toYaml(generateInventory(50))).toEqual(toYaml(generateInventory(50)));
  });
});

describe('a synthetic project copy', () => {
  const scratch = new Scratch(projectRoot);
  afterAll(() => scratch.remove());

  // The benchmark times builds of these copies: a copy the content check refuses (an unrecorded
  // version, a missing operator fact) would stop the benchmark or time an error.
  it('passes the whole content check, its version recorded', () => {
    const dir = scratch.synthetic(10);
    const check = spawnSync(process.execPath, [join(dir, scriptFile('check')), dir], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(check.status, `${check.stdout}${check.stderr}`).toBe(0);
    expect(readFileSync(join(dir, 'content/versions.yaml'), 'utf8')).not.toEqual(
      readFileSync(join(projectRoot, 'content/versions.yaml'), 'utf8'),
    );
  }, 60_000);
});
