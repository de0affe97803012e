/**
 * What reaches the MDX compiler, and the closed MDX language's two guards around it: a policy
 * page is compiled from the text the content check read (its snapshot), never read again; a page
 * that steps outside the language is refused before the MDX integration compiles it (so
 * `npm run dev`, where the check only reports, never runs page code either); and the built pages
 * are read for elements HTML does not know (a miscased component reaches the page as one).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { unknownElements } from '../../../src/integrations/built-elements.ts';
import { policyMdx } from '../../../src/integrations/policy-mdx.ts';
import type { ContentFiles } from '../../../src/data/content-files.ts';
import { siteWith } from '../../support/content-files.ts';

const root = mkdtempSync(join(tmpdir(), 'odwb-guards-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): string {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const load = (id: string, files?: ContentFiles) => {
  const hook = policyMdx(
    () => root,
    () => files,
  ).load as (id: string) => unknown;
  return () => hook(id);
};

const PAGE =
  '---\ntitle: T\ndescription: D\n---\n\nTexte <ConsentStatus /> et <abbr title="x">y</abbr>.\n';

describe('the policy pages handed to the compiler', () => {
  it('are the texts the check read, not what the disk says now', () => {
    const file = write('content/policy/fr/index.mdx', '---\ntitle: Disk\n---\n\nChanged since.\n');
    const files = siteWith({ 'content/policy/fr/index.mdx': PAGE });
    expect(load(`${file}?astroPropagatedAssets`, files)()).toBe(PAGE);
  });

  it('refuse a checked page with JavaScript in it, naming the line', () => {
    const files = siteWith({
      'content/policy/nl/index.mdx':
        '---\ntitle: T\ndescription: D\n---\n\nTekst {process.exit(0)}.\n',
    });
    expect(load(join(root, 'content/policy/nl/index.mdx'), files)).toThrow(
      'This page cannot be compiled:\n  - content/policy/nl/index.mdx: line 6, column 7: {process.exit(0)} is JavaScript, which a page may not contain.',
    );
  });
});

describe('the MDX guard before the compiler, for a page the check has not read', () => {
  it('refuses a policy page with JavaScript in it, naming the line, whatever the query', () => {
    const file = write(
      'content/policy/de/extra.mdx',
      '---\ntitle: T\ndescription: D\n---\n\nText {process.exit(0)}.\n',
    );
    expect(load(`${file}?astroContentCollectionEntry=true`)).toThrow(
      'This page cannot be compiled:\n  - content/policy/de/extra.mdx: line 6, column 6: {process.exit(0)} is JavaScript, which a page may not contain. Write the text itself; for a brace in the text write \\{, and a note for editors as {/* … */}.',
    );
  });

  it('lets a page in the closed language through to Vite, which reads it', () => {
    const file = write('content/policy/en/extra.mdx', PAGE);
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
