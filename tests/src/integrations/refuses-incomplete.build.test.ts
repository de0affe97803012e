/**
 * `npm run build` on a copy of the project with an incomplete policy: it must stop before writing
 * any page, list every problem in words, and leave no dist/ behind.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../support/build-site.ts';
import { copyProject as makeCopy } from '../../support/copy-project.ts';

const copies: (() => void)[] = [];
afterAll(() => copies.forEach((remove) => remove()));

function copyProject(): string {
  const copy = makeCopy();
  copies.push(copy.remove);
  return copy.dir;
}

describe('the build refuses an incomplete policy', () => {
  it('lists every data problem at once and writes nothing', async () => {
    const dir = copyProject();
    const cookies = join(dir, 'content/cookies.yaml');
    const broken = readFileSync(cookies, 'utf8')
      .replace(
        /\n    fr: Vous reconnaître d’une page à l’autre après votre connexion à votre compte\./,
        '',
      )
      .replace(
        /(name: cookies_preferences\n  provider: opendatasoft\n  category: )necessary/,
        '$1analytics',
      )
      .replace(/(name: csrftoken\n  provider: )opendatasoft/, '$1acme');
    writeFileSync(cookies, broken);
    // Each message names the line of the field at fault, as the editor's file has it now.
    const lineOf = (field: RegExp) => broken.slice(0, broken.search(field)).split('\n').length;
    const outDir = join(dir, 'dist');
    const result = await buildSite({ root: dir, outDir });

    expect(result.code).not.toBe(0);
    expect(result.output).toContain('The cookie policy cannot be published: 3 problems found.');
    expect(result.output).toContain(
      // French first: only the French text is required, the others are translation work.
      `  - content/cookies.yaml: line ${lineOf(/^  purpose:/m)}: cookie "sessionid": purpose is missing for "fr". Add a French text under purpose.fr.`,
    );
    expect(result.output).toContain(
      `  - content/cookies.yaml: line ${lineOf(/category: analytics/)}: cookie "cookies_preferences": category "analytics" is not valid. Use one of: necessary, preferences, statistics, marketing.`,
    );
    expect(result.output).toContain(
      `  - content/cookies.yaml: line ${lineOf(/provider: acme/)}: cookie "csrftoken": provider "acme" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.`,
    );
    expect(result.output).toContain(
      'Fix the files named above, then run `npm run check` to confirm.',
    );
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(result.output).not.toContain('generating static routes');
    expect(existsSync(outDir)).toBe(false);
  });

  it('names the page a locale is missing', async () => {
    const dir = copyProject();
    unlinkSync(join(dir, 'content/policy/de/index.mdx'));
    const outDir = join(dir, 'dist');
    const result = await buildSite({ root: dir, outDir });

    expect(result.code).not.toBe(0);
    expect(result.output).toContain(
      '  - content/policy/de/index.mdx: the German page is missing; French has content/policy/fr/index.mdx. Translate it into content/policy/de/index.mdx.',
    );
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('the build refuses a broken policy page', () => {
  it('names a misspelt component before Astro renders anything', { timeout: 300_000 }, async () => {
    const dir = copyProject();
    const page = join(dir, 'content/policy/fr/index.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('<CookieTable />', '<CookiesTable />'));
    const outDir = join(dir, 'dist');
    const result = await buildSite({ root: dir, outDir });

    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(
      /  - content\/policy\/fr\/index\.mdx: line \d+, column 1: <CookiesTable \/> is not a component the site provides\. Did you mean <CookieTable \/>\?/,
    );
    expect(result.output).not.toMatch(/Stack trace|\n\s+at /);
    expect(existsSync(outDir)).toBe(false);
  });
});
