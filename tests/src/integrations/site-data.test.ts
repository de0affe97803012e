/**
 * What the content check hands the pages: the inventory, operator facts and versions it
 * validated, as they are (JSON keeps them, a Date would not be and is refused where it is put),
 * the policy pages from its snapshot, and per page the translation notices of that page's
 * language, read from structured records rather than from ids taken apart.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/content-check/index.ts';
import { contentModuleCode } from '../../../src/integrations/content-module.ts';
import { policyPages, siteDataOf } from '../../../src/integrations/site-data.ts';
import { routeData } from '../../../src/route-data/route-data.ts';
import type { SiteData } from '../../../src/route-data/site-data.ts';
import { staleTranslations } from '../../../src/translations/stale.ts';
import type { TextStatus } from '../../../src/translations/status.ts';
import { site, siteWith } from '../../support/content-files.ts';

const check = checkContent(site(), { today: new Date('2026-12-07T12:00:00Z') });

describe('the site data', () => {
  const data = siteDataOf(check, true)!;

  it('is what the check validated, unchanged by the way to the pages', () => {
    expect(check.problems).toEqual([]);
    expect(data.inventory).toBe(check.inventory);
    expect(data.operator).toBe(check.operator);
    expect(data.versions).toBe(check.versions);
    expect(data.printsPdfs).toBe(true);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('is refused, naming the field, when it holds what JSON would change', () => {
    const dated = { ...data, policyDate: new Date('2026-12-07') } as unknown as SiteData;
    expect(() => contentModuleCode({ problems: [], site: dated, pages: [] }, '/site')).toThrow(
      'virtual:odwb/content cannot carry site.policyDate (a Date) as JSON.',
    );
  });

  it('is none while the check finds problems', () => {
    const broken = checkContent(siteWith({ 'content/cookies.yaml': '' }));
    expect(broken.problems).not.toEqual([]);
    expect(siteDataOf(broken, false)).toBeNull();
  });
});

describe('the policy pages', () => {
  it('are listed from the snapshot with their frontmatter, one address per page', () => {
    const files = siteWith({
      'content/policy/fr/rights/contact.mdx':
        "---\ntitle: '  Contact  '\ndescription: D\n---\n\nTexte.\n",
    });
    const pages = policyPages(files);
    expect(pages.find((page) => page.file === 'rights/contact.mdx')).toEqual({
      locale: 'fr',
      file: 'rights/contact.mdx',
      slug: 'rights/contact',
      title: 'Contact',
      description: 'D',
    });
    expect(pages.find((page) => page.locale === 'fr' && page.file === 'index.mdx')?.slug).toBe('');
  });
});

const text = (subject: TextStatus['subject'], status: TextStatus['status'], since?: string) =>
  ({
    id: 'not read',
    subject,
    label: '',
    file: '',
    status,
    french: '',
    ...(since ? { since } : {}),
  }) satisfies TextStatus;

describe('the translation notices', () => {
  const stale = staleTranslations([
    {
      locale: 'nl',
      texts: [
        text({ kind: 'page', page: 'a#b/index.mdx', part: 'intro' }, 'stale', '2026-10-01'),
        text({ kind: 'page', page: 'a#b/index.mdx', part: 'title' }, 'stale', '2026-11-02'),
        text({ kind: 'cookie', name: '_pk_id/x', field: 'purpose' }, 'missing', '2026-11-01'),
        text({ kind: 'cookie', name: '_pk_id/x', field: 'service' }, 'missing', '2026-11-01'),
        text({ kind: 'cookie', name: 'sessionid', field: 'purpose' }, 'up-to-date'),
        text({ kind: 'summary', date: '2026-11-01' }, 'stale', '2026-11-01'),
        text({ kind: 'ui', key: 'table.caption' }, 'stale', '2026-11-01'),
      ],
    },
  ]);

  it('name pages, cookies and summaries as the texts say what they are', () => {
    expect(stale).toEqual({
      nl: {
        pages: { 'a#b/index.mdx': '2026-11-02' },
        cookies: { '_pk_id/x': '2026-11-01' },
        summaries: ['2026-11-01'],
        untranslatedCookies: ['_pk_id/x'],
        partlyUntranslatedCookies: [],
        operatorTexts: {},
      },
    });
  });

  it('reach a page in its own language, and none in French', () => {
    const data = { ...siteDataOf(check, false)!, stale };
    const dutch = routeData(data, [], 'nl').stale;
    expect(dutch.pages.get('a#b/index.mdx')).toBe('2026-11-02');
    expect(dutch.cookies.get('_pk_id/x')).toBe('2026-11-01');
    expect([...dutch.untranslatedCookies]).toEqual(['_pk_id/x']);
    expect(routeData(data, [], 'fr').stale.cookies.size).toBe(0);
    expect(routeData(data, [], 'de').stale.summaries.size).toBe(0);
  });
});
