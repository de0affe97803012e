/**
 * The data check, one fixture folder per mistake an editor can make (tests/fixtures/data/<case>/,
 * each file saying why it exists, expected.txt the messages). Every message is pinned word for
 * word: it is what the editor reads, so a change to it is a change to the product.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInventory } from '../../../src/content-check/data.ts';
import { fixtureCases, fixturesDir } from '../../support/fixture-cases.ts';

/** The inventory of tests/fixtures/sites/complete: what a case folder leaves out, it has. */
const complete = join(fixturesDir, 'sites/complete/content');

/**
 * Checks a fixture as if it were the project's content/ folder, so messages name content/: its
 * cookies.yaml and providers.yaml, or the complete site's where it holds none.
 */
function checkFolder(dir: string) {
  const read = (file: string) => ({
    path: `content/${file}`,
    text: readFileSync(join(existsSync(join(dir, file)) ? dir : complete, file), 'utf8'),
  });
  return checkInventory(read('cookies.yaml'), read('providers.yaml'));
}

describe('the data check', () => {
  it('accepts a complete inventory and returns its cookies and providers', () => {
    const result = checkFolder(join(fixturesDir, 'data/valid'));
    expect(result.problems).toEqual([]);
    expect(result.cookies.map((cookie) => cookie.name)).toEqual(['sessionid', 'django_language']);
    expect(result.providers.map((provider) => provider.id)).toEqual(['opendatasoft']);
  });

  it.each(fixtureCases('data'))('prints the messages of expected.txt for $name', (fixture) => {
    expect(checkFolder(fixture.dir).problems).toEqual(fixture.expected);
  });
});

describe('a very long value', () => {
  it('is quoted cut after 60 characters, so each message stays one line with its fix', () => {
    const cookies = readFileSync(join(complete, 'cookies.yaml'), 'utf8');
    // The 50 MB value of the issue is checked as an editor meets it, by the command
    // (tests/scripts/check.process.test.ts): under coverage, YAML parses it too slowly for this tier.
    const long = 'P'.repeat(1024 * 1024);
    const { problems } = checkInventory(
      {
        path: 'content/cookies.yaml',
        text: cookies.replace('lifetime: P2W', `lifetime: ${long}`),
      },
      {
        path: 'content/providers.yaml',
        text: readFileSync(join(complete, 'providers.yaml'), 'utf8'),
      },
    );
    expect(problems).toEqual([
      `content/cookies.yaml: line ${cookies.split('\n').indexOf('  lifetime: P2W') + 1}: cookie "sessionid": lifetime "${'P'.repeat(59)}…" is not valid. Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session; for storage with no expiry (local-storage, indexed-db, cache-storage, service-worker), until-cleared.`,
    ]);
  });
});
