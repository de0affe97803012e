/**
 * A suggested entry is YAML the operator pastes into cookies.yaml: whatever a portal names its
 * cookie, the pasted text must read back as exactly one entry with exactly the measured fields.
 */
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { ObservedCookie } from '../../../scripts/audit/observation.ts';
import { suggestEntries } from '../../../scripts/audit/suggest.ts';

const PAGE = 'https://www.portal.example/';
const hostile = (name: string, header: string): ObservedCookie => ({
  storage: 'http-cookie',
  name,
  domain: 'www.portal.example',
  path: '/',
  lifetimeSeconds: 86_400,
  expires: undefined,
  httpOnly: false,
  secure: true,
  sameSite: undefined,
  evidence: {
    setBy: 'script',
    page: PAGE,
    time: '2026-12-03T09:00:00.000Z',
    header,
    script: `${PAGE}app.js`,
    line: 1,
  },
  refreshedOn: [],
});

const FIELDS = [
  'name',
  'provider',
  'category',
  'party',
  'storage',
  'lifetime',
  'service',
  'purpose',
  'source',
];

describe('suggested entries a cookie name cannot break', () => {
  it.each([
    ['a line break and a key', 'x\ninjected_key: 1'],
    ['a carriage return and a list item', 'y\r- name: forged\r  category: necessary'],
    ['a Unicode line separator', 'z\u2028injected_key: 1'],
    ['quotes, a comment sign and a colon', `"'# : {x}`],
    ['an escape sequence', 'w\u001b[2J\u001b]0;title\u0007'],
  ])('%s stays inside the name and the comment', (_, name) => {
    const [suggestion] = suggestEntries([hostile(name, `${name}=1; max-age=86400`)], {
      providers: [],
      auditedHosts: ['www.portal.example'],
    });
    const pasted = load(suggestion!.yaml) as Record<string, unknown>[];
    expect(pasted).toHaveLength(1);
    expect(Object.keys(pasted[0]!)).toEqual(FIELDS);
    expect(pasted[0]!.name).toBe(name);
    expect(pasted[0]!.category).toBe('TODO');
    // Every line before the entry is a comment, and none holds a raw control character.
    const lines = suggestion!.yaml.split('\n');
    const first = lines.findIndex((line) => line.startsWith('- '));
    expect(lines.slice(0, first).every((line) => line.startsWith('#'))).toBe(true);
    // eslint-disable-next-line no-control-regex -- no raw control character may remain
    expect(lines.slice(0, first).join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u2028]/);
  });
});
