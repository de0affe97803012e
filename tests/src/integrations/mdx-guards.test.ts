/**
 * The closed MDX language's two guards around the compiler: the Vite guard refuses a policy page
 * that steps outside the language before the MDX integration compiles it (so `npm run dev`, where
 * the check only reports, never runs page code either), and the built pages are read for
 * elements HTML does not know (a miscased component reaches the page as one).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownElements } from '../../../src/integrations/built-elements.ts';
import { mdxGuard } from '../../../src/integrations/mdx-guard.ts';

const root = mkdtempSync(join(tmpdir(), 'odwb-guards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const load = (id: string) => {
  const hook = mdxGuard(() => root).load as (id: string) => unknown;
  return () => hook(id);
};

describe('the MDX guard before the compiler', () => {
  it('refuses a policy page with JavaScript in it, naming the line, whatever the query', () => {
    const file = write(
      'content/policy/nl/index.mdx',
      '---\ntitle: T\ndescription: D\n---\n\nTekst {process.exit(0)}.\n',
    );
    expect(load(`${file}?astroContentCollectionEntry=true`)).toThrow(
      'This page cannot be compiled:\n  - content/policy/nl/index.mdx: line 6, column 7: {process.exit(0)} is JavaScript, which a page may not contain.',
    );
  });

  it('lets a page in the closed language through to the compiler', () => {
    const file = write(
      'content/policy/fr/index.mdx',
      '---\ntitle: T\ndescription: D\n---\n\nTexte <ConsentStatus /> et <abbr title="x">y</abbr>.\n',
    );
    expect(load(file)()).toBeUndefined();
  });

  it('leaves MDX outside the policy pages alone', () => {
    const file = write('src/notes/x.mdx', 'import x from "y";\n');
    expect(load(file)()).toBeUndefined();
  });
});

describe('the built pages', () => {
  it('name each element HTML does not know, page by page, and not what a drawing holds', () => {
    const dist = join(root, 'dist');
    write(
      'dist/fr/index.html',
      '<!doctype html><html><body><main><consentStatus></consentStatus><p>Texte <svg><path d="M0"/><foreignObject/></svg></p><x-note></x-note></main></body></html>',
    );
    write(
      'dist/en/index.html',
      '<!doctype html><html><body><p>Text</p><search></search></body></html>',
    );
    expect(unknownElements(dist)).toEqual([
      'fr/index.html: <consentstatus>',
      'fr/index.html: <x-note>',
    ]);
  });
});
