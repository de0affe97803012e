/**
 * From finding to entry: the Open Cookie Database hints (domain-aware, with their confidence),
 * lifetimes rounded up to ISO 8601, and the suggested YAML, which `npm run check` refuses with a
 * message per TODO until a person has written every one.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../../scripts/audit/compare.ts';
import type { Evidence, ObservedCookie } from '../../../scripts/audit/observation.ts';
import { hintFor, MIN_PREFIX } from '../../../scripts/audit/open-cookie-database.ts';
import { roundUpLifetime, suggestEntries } from '../../../scripts/audit/suggest.ts';
import { localeCodes, locales } from '../../../src/config/locales.ts';
import { projectRoot } from './support/run-cli.ts';
import { DAY } from './support/fixture-portal.ts';

/** The date of the last version recorded in the real content/versions.yaml, which a copy starts from. */
const lastVersionDate = () =>
  [
    ...readFileSync(join(projectRoot, 'content/versions.yaml'), 'utf8').matchAll(
      /^- date: (\S+)$/gm,
    ),
  ].at(-1)![1];

const evidence: Evidence = {
  setBy: 'header',
  page: 'https://www.portal.example/explore/',
  time: '2026-03-02T09:15:00.000Z',
  response: 'https://www.portal.example/explore/',
  header: 'x=1',
};
const seen = (
  name: string,
  domain: string,
  lifetimeSeconds: number | undefined,
): ObservedCookie => ({
  storage: 'http-cookie',
  name,
  domain,
  path: '/',
  lifetimeSeconds,
  expires: undefined,
  httpOnly: false,
  secure: true,
  sameSite: undefined,
  evidence: { ...evidence, header: `${name}=1` },
  refreshedOn: [],
});

describe('Open Cookie Database hints', () => {
  it('never gives a first-party sessionid the Instagram marketing hint', () => {
    expect(hintFor('sessionid', 'www.portal.example')).toBeUndefined();
    expect(hintFor('sessionid', 'www.instagram.com')).toMatchObject({
      confidence: 'high',
      why: 'the database lists the name sessionid for instagram.com',
      category: 'marketing',
      row: { platform: 'Instagram', controller: 'Meta' },
    });
  });

  it('ranks an exact name without a domain above a pattern, and says why', () => {
    expect(hintFor('_ga', 'www.portal.example')).toMatchObject({
      confidence: 'medium',
      why: 'the database lists the name _ga without a domain',
      category: 'statistics',
    });
    expect(hintFor('_pk_id.1.5a3c', 'example.net')).toMatchObject({
      confidence: 'low',
      why: 'the name starts with _pk_id., a pattern the database lists without a domain',
    });
  });

  it(`ignores pattern prefixes shorter than ${MIN_PREFIX} characters`, () => {
    const row = {
      platform: 'Short',
      category: 'Marketing',
      name: 'td',
      domain: '',
      description: '',
      retention: '',
      controller: '',
      wildcard: true,
    };
    expect(hintFor('tdx_theme', 'www.portal.example', [row])).toBeUndefined();
    expect(hintFor('tdx_theme', 'www.portal.example', [{ ...row, name: 'tdx_' }])).toMatchObject({
      confidence: 'low',
    });
  });
});

describe('lifetimes rounded up to an ISO 8601 duration', () => {
  it.each([
    [undefined, 'session'],
    [1800, 'PT30M'],
    [1900, 'PT32M'],
    [3600, 'PT1H'],
    [DAY, 'P1D'],
    [14 * DAY, 'P2W'],
    [30 * DAY, 'P1M'],
    [365 * DAY, 'P12M'],
    [400 * DAY, 'P14M'],
    [730 * DAY, 'P2Y'],
  ])('%s seconds: %s', (seconds, iso) => {
    expect(roundUpLifetime(seconds)).toBe(iso);
  });
});

describe('suggested entries', () => {
  const undeclared = [
    seen('_pk_id.1.5a3c', 'example.net', 33_955_200),
    seen('_pk_id.2.77aa', 'example.net', 33_955_000),
    seen('fx_tracker', 'www.portal.example', DAY),
  ];
  const suggestions = suggestEntries(undeclared, {
    providers: [],
    auditedHosts: ['www.portal.example'],
  });
  const root = mkdtempSync(join(tmpdir(), 'odwb-suggest-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('declares names that vary with one pattern, and measured facts with TODO for the rest', () => {
    expect(suggestions.map((suggestion) => suggestion.names)).toEqual([
      ['_pk_id.1.5a3c', '_pk_id.2.77aa'],
      ['fx_tracker'],
    ]);
    expect(suggestions[1]!.yaml)
      .toBe(`# fx_tracker: measured by the audit; write every TODO before publishing.
# Open Cookie Database: no hint for this name on this domain.
- name: fx_tracker
  provider: TODO
  category: TODO
  party: first
  storage: http-cookie
  lifetime: P1D
  service:
${localeCodes.map((locale) => `    ${locale}: TODO\n`).join('')}  purpose:
${localeCodes.map((locale) => `    ${locale}: TODO\n`).join('')}  source:
    - url: https://www.portal.example/explore/
      note: 'Seen by npm run audit on 2026-03-02: https://www.portal.example/explore/ answered Set-Cookie: fx_tracker=1.'
`);
    expect(suggestions[0]!.yaml).toContain(
      '- name: _pk_id.*\n  wildcard: true\n  provider: TODO\n  category: TODO\n  party: third\n  storage: http-cookie\n  lifetime: P13M\n',
    );
  });

  /** The project's content and UI strings in a scratch root, with `extra` added to cookies.yaml. */
  function scratchProject(extra: string): string {
    cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
    // The UI strings and the list of those rightly the same as in French.
    cpSync(join(projectRoot, 'src/i18n'), join(root, 'src/i18n'), { recursive: true });
    const cookies = join(root, 'content/cookies.yaml');
    writeFileSync(cookies, `${readFileSync(cookies, 'utf8')}\n${extra}`);
    return root;
  }
  const check = (dir: string) =>
    promisify(execFile)('npm', ['run', '--silent', 'check', '--', dir], { cwd: projectRoot }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  /** The messages without their line numbers, which follow the inventory's length. */
  const withoutLines = (text: string) => text.replace(/: line \d+: /g, ': ');

  it('is refused by npm run check, one message per TODO, until a person writes them', async () => {
    const pasted = suggestions[1]!.yaml;
    const refused = await check(scratchProject(pasted));
    expect(refused.code).toBe(1);
    // Every message names its line (where the pasted entry lands depends on the inventory).
    expect(refused.stderr.split('\n').filter((line) => line.startsWith('  - '))).toEqual(
      Array(10).fill(expect.stringMatching(/^ {2}- content\/cookies\.yaml: line \d+: /)),
    );
    expect(withoutLines(refused.stderr)).toBe(
      [
        'The cookie policy cannot be published: 10 problems found.',
        '  - content/cookies.yaml: cookie "fx_tracker": category still says TODO. Use one of: necessary, preferences, statistics, marketing.',
        ...['service', 'purpose'].flatMap((field) =>
          localeCodes.map(
            (locale) =>
              `  - content/cookies.yaml: cookie "fx_tracker": ${field}.${locale} still says TODO. Write the ${locales[locale].englishName} text in its place.`,
          ),
        ),
        '  - content/cookies.yaml: cookie "fx_tracker": provider "TODO" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.',
        '',
      ].join('\n'),
    );
    // The texts written, the provider still TODO: refused for that alone.
    const texts = pasted
      // necessary: a consent cookie would also need the portal's consent settings (src/config/site.ts).
      .replaceAll('category: TODO', 'category: necessary')
      .replaceAll(/^ {4}(\w\w): TODO$/gm, '    $1: Written by a person ($1).');
    const provider = await check(scratchProject(texts));
    expect({ ...provider, stderr: withoutLines(provider.stderr) }).toMatchObject({
      code: 1,
      stderr:
        'The cookie policy cannot be published: 1 problem found.\n  - content/cookies.yaml: cookie "fx_tracker": provider "TODO" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.\n',
    });
    // Every TODO written: what is left is the editors' usual next step, recording a version.
    const written = await check(
      scratchProject(texts.replaceAll('provider: TODO', 'provider: opendatasoft')),
    );
    expect({ ...written, stderr: withoutLines(written.stderr) }).toMatchObject({
      code: 1,
      stderr: `The cookie policy cannot be published: 1 problem found.\n  - content/cookies.yaml: cookie "fx_tracker": added since the last recorded version (${lastVersionDate()}, content/versions.yaml). Record a new version with \`npm run policy:version\`.\n`,
    });
  });

  it('feeds the comparison: a pasted entry, once written, declares what was seen', () => {
    const result = compare(
      {
        source: { kind: 'crawl', urls: [] },
        browser: 'Chromium',
        startedAt: evidence.time,
        pages: [],
        skipped: [],
        cookies: undeclared,
        storage: [],
        hosts: [],
        coverage: {
          hosts: ['www.portal.example'],
          languages: [],
          signedIn: false,
          consentChoice: false,
          storageObservable: true,
        },
        notChecked: [],
      },
      [
        {
          name: '_pk_id.*',
          wildcard: true,
          provider: 'matomo',
          category: 'statistics',
          party: 'third',
          storage: 'http-cookie',
          lifetime: 'P13M',
          service: Object.fromEntries(localeCodes.map((locale) => [locale, 'x'])) as never,
          purpose: Object.fromEntries(localeCodes.map((locale) => [locale, 'x'])) as never,
          source: [{ url: 'https://example.org', note: 'x' }],
        },
      ],
    );
    expect(result.undeclared.map((item) => item.name)).toEqual(['fx_tracker']);
    expect(result.tooShort).toEqual([]);
  });
});
