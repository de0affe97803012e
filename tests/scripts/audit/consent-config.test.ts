/**
 * `--consent FILE`: the selectors of a banner no rule knows. A good file is read as written; a
 * bad one is refused with every problem at once, each naming the file, the field and the fix.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConsentSelectors } from '../../../scripts/audit/consent-config.ts';

const FIXTURES = 'tests/scripts/audit/fixtures/consent';
const scratch = mkdtempSync(join(tmpdir(), 'odwb-consent-config-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(scratch, name);
  writeFileSync(path, text);
  return path;
};
const refusal = (path: string) => {
  try {
    readConsentSelectors(path);
  } catch (error) {
    return {
      message: (error as Error).message,
      exitCode: (error as { exitCode?: number }).exitCode,
    };
  }
  throw new Error(`${path} was accepted`);
};

describe('consent selectors', () => {
  it('reads the three selectors and remembers the file they came from', () => {
    expect(readConsentSelectors(`${FIXTURES}/custom.yaml`)).toEqual({
      banner: '#notice',
      refuse: '#notice .no',
      accept: '#notice .yes',
      file: `${FIXTURES}/custom.yaml`,
    });
  });

  it('lists every problem of a file edited into nonsense at once, and the audit stops (exit 2)', () => {
    expect(refusal(`${FIXTURES}/nonsense.yaml`)).toEqual({
      exitCode: 2,
      message: `the consent selectors cannot be used:
  - ${FIXTURES}/nonsense.yaml: banner: write the CSS selector of the banner (visible until the visitor answers); it is empty.
  - ${FIXTURES}/nonsense.yaml: refuse: write the CSS selector of the button that refuses everything in quotes, e.g. '#cookie-banner'.
  - ${FIXTURES}/nonsense.yaml: accept: write the CSS selector of the button that accepts everything in quotes, e.g. '#cookie-banner'.
  - ${FIXTURES}/nonsense.yaml: "reject" is not a field; use banner, refuse and accept only.`,
    });
  });

  it('a list instead of the three fields', () => {
    const path = file('list.yaml', "- '#notice'\n");
    expect(refusal(path).message).toBe(
      `the consent selectors cannot be used:\n  - ${path}: write three fields: banner, refuse and accept.`,
    );
  });

  it('a file that is not YAML, with the parser’s reason and where to look', () => {
    const path = file('broken.yaml', "banner: '#notice\nrefuse: x\n");
    expect(refusal(path).message).toBe(
      `${path} is not valid YAML: unexpected end of the stream within a single quoted scalar (3:1). Write banner, refuse and accept as in scripts/audit/README.md.`,
    );
  });

  it('a file that is not there', () => {
    expect(refusal(`${FIXTURES}/missing.yaml`).message).toBe(
      `cannot read the consent selectors in ${FIXTURES}/missing.yaml (no such file).`,
    );
  });
});
