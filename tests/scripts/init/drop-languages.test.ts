/**
 * What `npm run init` removes for the languages a portal leaves out: their files, and their texts
 * in the YAML files line by line, every comment and every other language's text kept as written;
 * a text it cannot remove safely (one on several lines) is named for a person instead.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dropLanguages } from '../../../scripts/init/drop-languages.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'init-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const COOKIES = `# The inventory.
- name: sessionid
  # Why it is there.
  purpose:
    fr: Vous reconnaître.
    en: Recognises you.
    nl: Herkent u.
    de: Erkennt Sie.
  condition:
    fr: une fois connecté.
    de: >-
      nur nach der
      Anmeldung.
`;

describe('npm run init: dropping languages', () => {
  it('removes their files and their one-line texts, keeping comments and the rest', () => {
    const root = project({
      'content/cookies.yaml': COOKIES,
      'content/policy/de/index.mdx': '---\n---\n',
      'content/policy/fr/index.mdx': '---\n---\n',
      'src/i18n/ui/de.json': '{}',
      'content/translations/de.json': '{}',
      'src/i18n/same-as-french.json':
        '{ "en": ["table.name"], "nl": ["table.name", "facts.contact"] }',
    });
    expect(dropLanguages(root, ['en', 'de'])).toEqual([
      'content/cookies.yaml, line 11: a text on several lines; remove it.',
    ]);
    expect(readFileSync(join(root, 'content/cookies.yaml'), 'utf8')).toBe(`# The inventory.
- name: sessionid
  # Why it is there.
  purpose:
    fr: Vous reconnaître.
    nl: Herkent u.
  condition:
    fr: une fois connecté.
    de: >-
      nur nach der
      Anmeldung.
`);
    expect(readFileSync(join(root, 'src/i18n/same-as-french.json'), 'utf8')).toBe(
      '{\n  "nl": ["table.name", "facts.contact"]\n}\n',
    );
    for (const path of ['content/policy/de', 'src/i18n/ui/de.json', 'content/translations/de.json'])
      expect(existsSync(join(root, path)), path).toBe(false);
    expect(existsSync(join(root, 'content/policy/fr/index.mdx'))).toBe(true);
  });
});
