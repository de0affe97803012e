/**
 * SITE_URL and BASE_PATH as the build and `npm run nginx` accept them (SECURITY.md, "Settings"):
 * what a site needs passes, and every value that would write syntax into a generated file is
 * named with its characters and the fix.
 */
import { describe, expect, it } from 'vitest';
import { basePath, deploymentProblems, siteUrl } from '../../../src/config/deployment.ts';
import { publishSettingProblem } from '../../../src/content-check/publish.ts';

const SITE_FIX =
  'Give the scheme and host only, like SITE_URL=https://cookies.odwb.be (a sub-path goes in BASE_PATH).';
const BASE_FIX = 'Use letters, digits and - . _ ~ between slashes, like BASE_PATH=/odwb-cookies/.';

describe('usable settings', () => {
  it.each([
    {},
    { SITE_URL: '', BASE_PATH: '' },
    { SITE_URL: 'https://cookies.odwb.be', BASE_PATH: '/' },
    { SITE_URL: 'https://owner.github.io/', BASE_PATH: '/odwb-cookie_policy.v2~/' },
    { SITE_URL: 'http://127.0.0.1:8080', BASE_PATH: 'a/b' },
    { SITE_URL: 'https://[::1]:4321' },
    { SITE_URL: 'https://bücher.example' },
  ])('%o passes', (env) => {
    expect(deploymentProblems(env)).toEqual([]);
  });

  it('gives the site the value it was given, or the default when unusable', () => {
    expect(siteUrl({ SITE_URL: 'https://example.org' })).toBe('https://example.org');
    expect(siteUrl({ SITE_URL: 'https://a{b}.example' })).toBe('https://cookies.odwb.be');
    expect(basePath({ BASE_PATH: 'odwb-cookies' })).toBe('/odwb-cookies/');
  });
});

describe('settings that are refused', () => {
  it.each([
    ['cookies.odwb.be', 'it is not an address'],
    ['javascript:alert(1)', 'it starts with javascript:'],
    ['ftp://example.org', 'it starts with ftp:'],
    ['https://user:secret@example.org', 'it holds a user name or password'],
    ['https://a;b{c}.example', 'its host name holds ";", "{", "}"'],
    ['https://example.org/?x=1', 'it has a query or a fragment'],
    ['https://example.org/#x', 'it has a query or a fragment'],
    ['https://example.org/sub/', 'it has a path (/sub/), which belongs in BASE_PATH'],
    ['https://example.org\tx', 'it holds "\\t"'],
    [' https://example.org', 'it holds " "'],
  ])('SITE_URL=%j: %s', (value, reason) => {
    expect(deploymentProblems({ SITE_URL: value })).toEqual([
      `SITE_URL=${JSON.stringify(value)} is not the address of a site: ${reason}. ${SITE_FIX}`,
    ]);
  });

  it.each([
    ['/x/ { return 200 "pwned"; } location /y', 'it holds " ", "{", "\\"", ";", "}"'],
    ['/a/../b/', 'it holds a "." or ".." segment'],
    ['/./', 'it holds a "." or ".." segment'],
    ['/a\r\nX-Injected: 1/', 'it holds "\\r", "\\n", ":", " "'],
    ['/$host/', 'it holds "$"'],
    ['/caf\u00e9/', 'it holds "\u00e9"'],
  ])('BASE_PATH=%j: %s', (value, reason) => {
    expect(deploymentProblems({ BASE_PATH: value })).toEqual([
      `BASE_PATH=${JSON.stringify(value)} is not a path the site can live under: ${reason}. ${BASE_FIX}`,
    ]);
  });
});

describe('POLICY_PUBLISH', () => {
  it.each([undefined, '', '0', '1'])('%j passes', (value) => {
    expect(publishSettingProblem(value === undefined ? {} : { POLICY_PUBLISH: value })).toBe(
      undefined,
    );
  });

  it('names any other value and the fix', () => {
    expect(publishSettingProblem({ POLICY_PUBLISH: 'true' })).toBe(
      'POLICY_PUBLISH="true" is neither 1 nor 0: set POLICY_PUBLISH=1 to publish (a draft is then refused), or leave it unset to build a draft with its notice.',
    );
  });
});
