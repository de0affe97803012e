/**
 * Content reached through a symbolic link is refused before anything is read (SECURITY.md,
 * "Content"): the content check, on a fixture site with links planted where a pull request could
 * commit them, names each link once (a linked folder as a folder), never what it points to.
 */
import { mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, expect, it } from 'vitest';
import { checkContent, readContentFiles } from '../../../src/content-check/index.ts';
import { linksOnPaths } from '../../../src/lib/symlinks.ts';
import { siteWithOverlay } from '../../support/fixture-site.ts';

const outside = mkdtempSync(join(tmpdir(), 'odwb-outside-'));
afterAll(() => rmSync(outside, { recursive: true, force: true }));
const emptyOverlay = mkdtempSync(join(tmpdir(), 'odwb-overlay-'));
afterAll(() => rmSync(emptyOverlay, { recursive: true, force: true }));

let site: { root: string; remove: () => void };
beforeEach(() => {
  site = siteWithOverlay(emptyOverlay);
});
afterEach(() => site.remove());

const refusal = (path: string, target: string, kind = 'file') =>
  `${path}: this ${kind} is a symbolic link (to "${target}"); no command reads or writes content through a link, which could publish or overwrite a file outside the project. Put the ${kind} itself in its place, then run the command again.`;

it('accepts the fixture site as it is', () => {
  expect(checkContent(readContentFiles(site.root)).problems).toEqual([]);
});

it('refuses a linked page, a linked folder and a dangling link, reading none of them', () => {
  const secret = join(outside, 'environ');
  writeFileSync(secret, 'TOKEN=secret');
  rmSync(join(site.root, 'content/policy/nl/index.mdx'));
  symlinkSync(secret, join(site.root, 'content/policy/nl/index.mdx'));
  renameSync(join(site.root, 'src/i18n/ui'), join(outside, 'ui'));
  symlinkSync(join(outside, 'ui'), join(site.root, 'src/i18n/ui'));
  symlinkSync('/nowhere/at/all', join(site.root, 'content/observations.yaml'));

  const check = checkContent(readContentFiles(site.root));
  expect(check.problems).toEqual([
    refusal('content/observations.yaml', '/nowhere/at/all'),
    refusal('content/policy/nl/index.mdx', secret),
    refusal('src/i18n/ui', join(outside, 'ui'), 'folder'),
  ]);
  expect(check.inventory).toEqual({ cookies: [], providers: [] });
  expect(JSON.stringify(check)).not.toContain('TOKEN=secret');
});

it('passes over a hidden link, which nothing reads: the lock file Emacs makes beside an open file', () => {
  symlinkSync('root@host.12345:1733600000', join(site.root, 'content/.#cookies.yaml'));
  symlinkSync('root@host.12345:1733600000', join(site.root, 'content/policy/nl/.#index.mdx'));
  expect(checkContent(readContentFiles(site.root)).problems).toEqual([]);
});

it('finds the outermost link on the way to each file', () => {
  renameSync(join(site.root, 'content/policy'), join(outside, 'policy'));
  symlinkSync(join(outside, 'policy'), join(site.root, 'content/policy'));
  expect(
    linksOnPaths(site.root, [
      'content/policy/fr/index.mdx',
      'content/policy/nl/index.mdx',
      'content/cookies.yaml',
      'content/missing.yaml',
    ]),
  ).toEqual(['content/policy']);
});
