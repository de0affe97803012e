/**
 * cookies.json and the per-language CSVs, checked against content/cookies.yaml read on its own:
 * another tool reading them gets every cookie, every field and every language the editors wrote.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, inject, it } from 'vitest';
import { localeCodes } from '../../../src/config/locales.ts';
import { elements, parseHtml, textOf } from '../../../src/lib/html.ts';
import { present } from '../../support/present.ts';

const dist = inject('distDir');
const source = (path: string) => readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8');
type YamlCookie = Record<string, unknown> & { name: string; purpose: Record<string, string> };
const cookies = yaml.load(source('content/cookies.yaml')) as YamlCookie[];
const providers = yaml.load(source('content/providers.yaml')) as Record<string, string>[];
/** The current version's date: the last entry of content/versions.yaml. */
const versionDate = (
  yaml.load(source('content/versions.yaml'), { schema: yaml.CORE_SCHEMA }) as { date: string }[]
).at(-1)!.date;
const json = JSON.parse(readFileSync(join(dist, 'cookies.json'), 'utf8'));

/** A small reader of what Excel with Belgian settings opens: quoted fields split by ";", CRLF rows. */
function parseCsv(text: string): string[][] {
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) =>
      [...line.matchAll(/(?:^|;)"((?:[^"]|"")*)"(?=;|$)/g)].map((match) =>
        match[1]!.replaceAll('""', '"'),
      ),
    );
}

describe('cookies.json', () => {
  it('carries a format version, the current version’s date and every language', () => {
    expect(json.version).toBe(1);
    expect(json.updated).toBe(versionDate);
    expect(json.locales).toEqual([...localeCodes]);
  });

  it('holds every cookie with every field a visitor reads, unchanged, and no internal note', () => {
    expect(json.cookies.map((cookie: { name: string }) => cookie.name).sort()).toEqual(
      cookies.map((cookie) => cookie.name).sort(),
    );
    for (const { source: sources, manualEvidence: _evidence, ...cookie } of cookies) {
      const exported = json.cookies.find((entry: { name: string }) => entry.name === cookie.name);
      expect(exported).toMatchObject(cookie);
      // Where a fact comes from stays in the repository: never its notes in a public export.
      expect(exported).not.toHaveProperty('source');
      expect(exported).not.toHaveProperty('manualEvidence');
      for (const { note } of sources as { note: string }[])
        expect(JSON.stringify(json)).not.toContain(note.slice(0, 40));
    }
    expect(JSON.stringify(json)).not.toMatch(/"note"/);
    expect(json.providers).toEqual(providers);
  });

  it('names the controller, the DPO, the legal basis and the authority; a fact not found is null', () => {
    const operator = yaml.load(source('content/operator.yaml')) as {
      controller: Record<string, { value?: unknown }>;
    };
    expect(json.controller).toEqual({
      name: 'Agence du Numérique',
      contact: operator.controller.contact!.value,
      dpoContact: operator.controller.dpoContact!.value ?? null,
    });
    // The shipped policy is a draft, and says so, with no publication date.
    expect(json.draft).toBe(true);
    expect(json.published).toBeNull();
    expect(json.legalBasis).toMatchObject({
      necessary: 'GDPR art. 6(1)(e) and 6(3)',
      consent: 'GDPR art. 6(1)(a)',
      consentRecord: 'GDPR art. 6(1)(c) and 7(1)',
    });
    expect(json.authority.name.en).toBe('Data Protection Authority (DPA)');
    expect(json.authority.complaintUrl.de).toBe(
      'https://www.datenschutzbehorde.be/zivilist/aktionen/beschwerde-einreichen',
    );
  });

  it('gives the legal bases the English page gives, both from src/config/legal-basis.ts', () => {
    const page = textOf(parseHtml(readFileSync(join(dist, 'en/index.html'), 'utf8')));
    // The public task of the strictly necessary cookies, and the duty to show consent of the
    // cookie that records the choices: the same provisions on the page as in the export.
    expect(json.legalBasis.necessary).toBe('GDPR art. 6(1)(e) and 6(3)');
    expect(page).toContain('(Article 6(1)(e) and 6(3) GDPR)');
    expect(json.legalBasis.consentRecord).toBe('GDPR art. 6(1)(c) and 7(1)');
    expect(page).toContain('(Article 6(1)(c) and Article 7(1) GDPR)');
  });

  it('says what every cookie contains, in every language', () => {
    for (const cookie of json.cookies as { name: string; contents?: Record<string, string> }[])
      expect(Object.keys(cookie.contents ?? {}).sort(), cookie.name).toEqual(
        [...localeCodes].sort(),
      );
    const csrf = json.cookies.find((entry: { name: string }) => entry.name === 'csrftoken');
    expect(csrf.contents.fr).toBe(
      'un jeton de sécurité aléatoire, qui ne contient aucune information sur vous.',
    );
  });

  it('adds what a consent banner needs: consent rule, lifetime in seconds and in words', () => {
    const twoWeeks: Record<string, string> = {
      fr: '2\u00a0semaines',
      en: '2 weeks',
      nl: '2 weken',
      de: '2 Wochen',
    };
    expect(Object.keys(twoWeeks).sort()).toEqual([...localeCodes].sort());
    const session = json.cookies.find((entry: { name: string }) => entry.name === 'sessionid');
    expect(session).toMatchObject({
      consentRequired: false,
      lifetimeSeconds: 1_209_600,
      lifetimeText: twoWeeks,
    });
  });
});

/** The first line of a draft's CSV, before the headers, in each language. */
const CSV_DRAFT: Record<string, string> = {
  fr: `Projet du ${versionDate}, non publié\u00a0: ce tableau n’est pas en vigueur.`,
  en: `Draft of ${versionDate}, not published: this table is not in force.`,
  nl: `Ontwerp van ${versionDate}, niet gepubliceerd: deze tabel is niet van kracht.`,
  de: `Entwurf vom ${versionDate}, nicht veröffentlicht: Diese Tabelle gilt nicht.`,
};

/** The header of the column that says what each cookie holds (APD, art. 10/2 LTD). */
const CONTENTS_HEADER: Record<string, string> = {
  fr: 'Contenu',
  en: 'Contents',
  nl: 'Inhoud',
  de: 'Inhalt',
};
/** What the session cookie holds, as Django documents it, in each language. */
const SESSION_CONTENTS: Record<string, string> = {
  fr: 'un identifiant de session tiré au hasard, qui renvoie aux données de votre session conservées sur le serveur, sans contenir ces données elles-mêmes.',
  en: 'a randomly generated session identifier, which points to your session data kept on the server without containing that data itself.',
  nl: 'een willekeurig gegenereerde sessie-ID, die verwijst naar uw sessiegegevens op de server zonder die gegevens zelf te bevatten.',
  de: 'eine zufällig erzeugte Sitzungskennung, die auf Ihre auf dem Server gespeicherten Sitzungsdaten verweist, ohne diese Daten selbst zu enthalten.',
};

describe.each(localeCodes)('the %s CSV', (locale) => {
  const text = readFileSync(join(dist, locale, 'cookies.csv'), 'utf8');
  // A draft says so on its first line; the table follows as a published one has it.
  const [notice, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));

  it('says on its first line that it is a draft, with the draft’s date', () => {
    expect(notice).toEqual([CSV_DRAFT[locale]]);
  });

  it('opens in columns in Excel with Belgian settings: UTF-8 with a byte-order mark, ";" between fields', () => {
    expect(text.startsWith('\uFEFF"')).toBe(true);
    expect(text.split('\r\n')[1]).toMatch(/^"[^"]+";"/);
    for (const row of rows) expect(row).toHaveLength(11);
  });

  it('has one row per cookie under the table’s own headers, in its language', () => {
    const html = readFileSync(join(dist, locale, 'index.html'), 'utf8');
    const [table] = elements(parseHtml(html), 'table');
    const [head] = elements(present(table, 'the cookie table'), 'thead');
    const tableHeaders = elements(present(head, 'its header row'), 'th', { scope: 'col' }).map(
      (header) => textOf(header),
    );
    expect(tableHeaders.length).toBeGreaterThan(0);
    expect(rows[0]!.slice(0, tableHeaders.length)).toEqual(tableHeaders);
    expect(
      rows
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(cookies.map((cookie) => cookie.name).sort());
  });

  it('gives each cookie its purpose in that language and its ISO lifetime', () => {
    for (const cookie of cookies) {
      const row = rows.find((candidate) => candidate[0] === cookie.name)!;
      expect(row[3]).toBe(cookie.purpose[locale]);
      expect(row[8]).toBe(cookie.lifetime);
    }
  });

  it('says what each cookie contains, in that language, in its last column', () => {
    expect(rows[0]!.at(-1)).toBe(CONTENTS_HEADER[locale]);
    for (const cookie of cookies) {
      const row = rows.find((candidate) => candidate[0] === cookie.name)!;
      expect(row.at(-1)).toBe((cookie.contents as Record<string, string>)[locale]);
    }
    const session = rows.find((candidate) => candidate[0] === 'sessionid')!;
    expect(session.at(-1)).toBe(SESSION_CONTENTS[locale]);
  });

  it('is linked from the policy page in that language', () => {
    const html = readFileSync(join(dist, locale, 'index.html'), 'utf8');
    expect(html).toContain(`href="/${locale}/cookies.csv"`);
    expect(html).toContain('href="/cookies.json"');
  });
});
