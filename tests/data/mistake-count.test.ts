/**
 * The editor mistakes the content check is proven against: one fixture folder per mistake
 * (tests/fixtures/data/<case>/, sites/<case>/, pages/<case>/), each pinned to its message by a test.
 * The count is asserted so a fixture cannot silently drop, and each must be used by a test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** Fixtures of content the check accepts: the baselines, and rules shown not to over-reach. */
const ACCEPTED = new Set([
  'data/valid',
  'data/storage-key-with-space',
  'sites/complete',
  // The versions tests' baseline site, which they change step by step.
  'sites/versions',
  // A portal with third-party consent cookies: the derived-prose and operator-facts baseline.
  'sites/third-party-consent',
]);

const mistakes = ['data', 'sites', 'pages']
  .flatMap((kind) => readdirSync(`${fixtures}${kind}`).map((name) => `${kind}/${name}`))
  .filter((fixture) => !ACCEPTED.has(fixture));

const testSources = readdirSync(fileURLToPath(new URL('../', import.meta.url)), {
  recursive: true,
  encoding: 'utf8',
})
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'))
  .join('\n');

describe('the catalogue of editor mistakes', () => {
  it('has at least 45 distinct mistakes, each its own fixture', () => {
    expect(mistakes.length).toBeGreaterThanOrEqual(45);
  });

  it.each(mistakes)('%s is checked by a test that pins its message', (fixture) => {
    expect(testSources).toContain(`'${fixture.split('/')[1]}'`);
  });
});
