/** linkinator over the real dist/, served like a static host: no broken internal link or anchor. */
import { LinkChecker } from 'linkinator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(inject('distDir'));
});
afterAll(() => site?.close());

describe('links', () => {
  it('finds zero broken internal links or anchors in every locale', async () => {
    const result = await new LinkChecker().check({
      path: site.url,
      recurse: true,
      checkFragments: true,
      // Other hosts cannot be reached from the build machines; internal links stay strict.
      linksToSkip: (link) => Promise.resolve(!link.startsWith('http://127.0.0.1')),
    });
    const broken = result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (${link.status}) on ${link.parent}`);
    expect(broken).toEqual([]);
    const checked = result.links
      .filter((link) => link.state === 'OK')
      .map((link) => new URL(link.url).pathname);
    for (const path of ['/', '/fr/', '/en/', '/nl/', '/de/']) expect(checked).toContain(path);
  });
});
