/**
 * /cookies-edpb.json, the declaration for the EDPB Website Auditing Tool: the very shape the Open
 * Cookie Database publishes for that tool (its vendored sample), the cookies of
 * content/cookies.yaml, and a link to it from the policy page in every language.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { elements, parseHtml, textOf } from '../../../src/lib/html.ts';

const dist = inject('distDir');
const source = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
const sample = JSON.parse(
  source('scripts/audit/open-cookie-database/edpb-knowledge-base-sample.json'),
);
const cookies = yaml.load(source('content/cookies.yaml')) as { name: string; category: string }[];
const bases = JSON.parse(readFileSync(join(dist, 'cookies-edpb.json'), 'utf8'));
const keys = (value: object) => Object.keys(value).sort();
/** The current version's date: the last entry of content/versions.yaml. */
const versionDate = (
  yaml.load(source('content/versions.yaml'), { schema: yaml.CORE_SCHEMA }) as { date: string }[]
).at(-1)!.date;
const stamp = `${versionDate}T00:00:00.000Z`;
const firstVersionDate = (
  yaml.load(source('content/versions.yaml'), { schema: yaml.CORE_SCHEMA }) as { date: string }[]
)[0]!.date;

describe('cookies-edpb.json', () => {
  it('has the shape of the Open Cookie Database’s knowledge base for the tool', () => {
    expect(bases).toHaveLength(1);
    expect(keys(bases[0])).toEqual(keys(sample[0]));
    for (const knowledge of bases[0].knowledges) {
      expect(keys(knowledge)).toEqual(keys(sample[0].knowledges[0]));
    }
    expect(bases[0]).toMatchObject({
      // The shipped policy is a draft: the tool shows it in the base's name.
      name: `ODWB – Open Data Wallonie-Bruxelles cookie declaration (Draft of ${versionDate}, not published)`,
      author: 'Agence du Numérique',
      category: 'cookie',
      created_at: stamp,
    });
  });

  it('declares every cookie of content/cookies.yaml on the portal, in the policy’s categories', () => {
    expect(bases[0].knowledges.map((entry: { name: string }) => entry.name).sort()).toEqual(
      cookies.map((cookie) => cookie.name).sort(),
    );
    const session = bases[0].knowledges.find(
      (entry: { name: string }) => entry.name === 'sessionid',
    );
    expect(session).toEqual({
      updated_at: stamp,
      // Listed since the first recorded version (in a draft; once published, its publication).
      created_at: `${firstVersionDate}T00:00:00.000Z`,
      kind: 'cookie',
      domain: 'www.odwb.be',
      name: 'sessionid',
      // The policy's own words, not the Open Cookie Database's "functional".
      category: 'Strictly necessary cookies',
      source: 'Opendatasoft',
      controller: 'Agence du Numérique',
      date: versionDate,
      policy: 'https://cookies.odwb.be/fr/#cookie-sessionid',
      reference: 'https://cookies.odwb.be/fr/#cookie-sessionid',
      comment: `Draft of ${versionDate}, not published. Recognises you from one page to the next once you have signed in. Storage duration: 2 weeks (P2W).`,
    });
  });

  it.each(localeCodes)('is linked from the %s policy page, labelled in that language', (locale) => {
    const document = parseHtml(readFileSync(join(dist, locale, 'index.html'), 'utf8'));
    const label = JSON.parse(source(`src/i18n/ui/${locale}.json`))['download.edpb'];
    const links = elements(document, 'a', {
      href: '/cookies-edpb.json',
      type: 'application/json',
    });
    expect(links.map(textOf)).toEqual([label]);
  });
});
