/** linkinator over the real dist/, served like a static host: no broken internal link or anchor. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { checkLinks } from '../../support/check-links.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';

let site: StaticSite;
beforeAll(async () => {
  site = await serveStatic(inject('distDir'));
});
afterAll(() => site?.close());

describe('links', () => {
  it('finds zero broken internal links or anchors in every locale', async () => {
    const { broken, checked } = await checkLinks(site.url);
    expect(broken).toEqual([]);
    for (const path of ['/', ...localeCodes.map((locale) => `/${locale}/`)])
      expect(checked).toContain(path);
  });
});
