/**
 * `npm run dev` keeps the site's settings it started with (site-settings-change.ts says why): a
 * change of src/config/site.json since then asks for a restart, naming the setting, before and after.
 */
import { describe, expect, it } from 'vitest';
import { generatedSiteText } from '../../../src/config/site-file.ts';
import { site } from '../../../src/config/locales.ts';
import { noContentFiles, withChanges } from '../../../src/data/content-files.ts';
import { siteSettingsChanges } from '../../../src/integrations/site-settings-change.ts';

const started = {
  languages: ['fr', 'en', 'nl', 'de'],
  reference: 'fr',
  address: 'https://cookies.example.be',
  deploymentName: 'example-cookies',
} as typeof site;

const withJson = (text: string) => withChanges(noContentFiles, { 'src/config/site.json': text });

describe('siteSettingsChanges', () => {
  it('says nothing while the settings are those the process started with', () => {
    expect(siteSettingsChanges(withJson(generatedSiteText(started)), started)).toEqual([]);
    expect(siteSettingsChanges(withJson(generatedSiteText(site)))).toEqual([]);
  });

  it('names each changed setting, before and after, and the fix', () => {
    const now = {
      ...started,
      languages: ['fr', 'en', 'nl'],
      address: 'https://cookies.example.org',
    } as typeof site;
    expect(siteSettingsChanges(withJson(generatedSiteText(now)), started)).toEqual([
      'content/site.yaml changed the site’s languages (fr, en, nl, de → fr, en, nl): stop `npm run dev` and start it again.',
      'content/site.yaml changed the site’s address (https://cookies.example.be → https://cookies.example.org): stop `npm run dev` and start it again.',
    ]);
    const renamed = { ...started, reference: 'en', deploymentName: 'other' } as typeof site;
    expect(siteSettingsChanges(withJson(generatedSiteText(renamed)), started)).toEqual([
      'content/site.yaml changed the reference language (fr → en): stop `npm run dev` and start it again.',
      'content/site.yaml changed the deployment name (example-cookies → other): stop `npm run dev` and start it again.',
    ]);
  });

  it('leaves an unreadable or missing settings file to the content check', () => {
    for (const text of ['{', 'null', '{"languages": ["xx"]}'])
      expect(siteSettingsChanges(withJson(text), started)).toEqual([]);
    expect(siteSettingsChanges(noContentFiles, started)).toEqual([]);
  });
});
