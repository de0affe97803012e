/**
 * The accessibility statement as built: a page in each language at a word of that language,
 * linked from every page of the site (in the page's language; in every language from the root
 * pages), in the sitemap with its true alternates, a draft that names what it lacks, and a status
 * read from content/accessibility/evidence.json and the manual checks: none while no person has
 * evaluated the criteria the tools cannot judge, however clean the report. A copy of the project whose report records one
 * failed check builds a statement that says "partially compliant" and lists it, in four languages.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statementSlugs } from '../../../src/accessibility/slugs.ts';
import type { Evidence } from '../../../src/accessibility/evidence.ts';
import { contentPaths } from '../../../src/config/paths.ts';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import {
  attributes,
  elements,
  hasClass,
  parseHtml,
  parseXml,
  textOf,
} from '../../../src/lib/html.ts';
import { buildSite } from '../../support/build-site.ts';
import { copyProject } from '../../support/copy-project.ts';
import { recordCompleteEvaluation } from '../../support/manual-evaluation.ts';

const dist = inject('distDir');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const statementPath = (locale: Locale) => `/${locale}/${statementSlugs[locale]}/`;
const page = (path: string) => parseHtml(read(`${path.replace(/^\//, '')}index.html`));
const text = (root: ReturnType<typeof parseHtml>, className: string) => {
  const [element] = elements(root, '*', { class: hasClass(className) });
  return element ? textOf(element) : undefined;
};

const titles: Record<Locale, string> = {
  fr: 'Déclaration d’accessibilité',
  en: 'Accessibility statement',
  nl: 'Toegankelijkheidsverklaring',
  de: 'Erklärung zur Barrierefreiheit',
};
const partially: Record<Locale, string> = {
  fr: 'partiellement conforme',
  en: 'partially compliant',
  nl: 'gedeeltelijk conform',
  de: 'teilweise vereinbar',
};
const reflowIssue: Record<Locale, string> = {
  fr: 'Critère 1.4.10 Redistribution',
  en: 'Criterion 1.4.10 Reflow',
  nl: 'Criterium 1.4.10 Reflow',
  de: 'Kriterium 1.4.10 Umbruch',
};

it('knows each language’s words', () => {
  for (const table of [
    titles,
    partially,
    reflowIssue,
    fully,
    unevaluated,
    evaluationMissing,
    statementDraft,
  ])
    expect(Object.keys(table).sort()).toEqual([...localeCodes].sort());
});

describe.each(localeCodes)('the %s statement', (locale) => {
  const document = page(statementPath(locale));

  it('is a page in its language, titled as such, with each language’s statement as alternate', () => {
    expect(elements(document, 'html')[0]!.attribs.lang).toBe(locale);
    expect(textOf(elements(document, 'h1')[0]!)).toBe(titles[locale]);
    const alternates = elements(document, 'link', { rel: 'alternate', hreflang: true });
    expect(attributes(alternates, 'href')).toEqual(
      expect.arrayContaining(
        localeCodes.map((other) => `https://cookies.odwb.be${statementPath(other)}`),
      ),
    );
  });

  it('is a draft that names the facts the operator has not given, and shows them missing', () => {
    expect(text(document, 'draft-notice')).toContain(
      {
        fr: 'le service des plaintes de l’exploitant',
        en: 'the operator’s complaints service',
        nl: 'de klachtendienst van de beheerder',
        de: 'die Beschwerdestelle des Betreibers',
      }[locale],
    );
    // Four facts, and the status that needs a person's evaluation.
    expect(elements(document, 'strong', { class: hasClass('fact-missing') }).length).toBe(5);
  });
});

const fully: Record<Locale, string> = {
  fr: 'entièrement conforme',
  en: 'fully compliant',
  nl: 'volledig conform',
  de: 'vollständig vereinbar',
};
const unevaluated: Record<Locale, string> = {
  fr: '[l’état de conformité, qui requiert qu’une personne examine les critères que les tests automatiques ne peuvent pas juger\u00a0: manque dans ce projet]',
  en: '[the compliance status, which requires a person’s evaluation of the criteria automated tests cannot judge: missing from this draft]',
  nl: '[de nalevingsstatus, waarvoor een mens de criteria moet controleren die automatische tests niet kunnen beoordelen: ontbreekt in dit ontwerp]',
  de: '[der Stand der Vereinbarkeit, der eine manuelle Prüfung der Kriterien voraussetzt, die automatische Tests nicht beurteilen können: fehlt in diesem Entwurf]',
};
const evaluationMissing: Record<Locale, string> = {
  fr: 'l’examen, par une personne, des critères d’accessibilité que les tests automatiques ne peuvent pas juger',
  en: 'the evaluation by a person of the accessibility criteria that automated tests cannot judge',
  nl: 'de controle door een mens van de toegankelijkheidscriteria die automatische tests niet kunnen beoordelen',
  de: 'die manuelle Prüfung der Barrierefreiheitskriterien, die automatische Tests nicht beurteilen können',
};

const statementDraft: Record<Locale, string> = {
  fr: 'Cette déclaration d’accessibilité est un projet, comme l’ensemble du site.',
  en: 'This accessibility statement is a draft, like the whole site.',
  nl: 'Deze toegankelijkheidsverklaring is, net als de hele site, een ontwerp',
  de: 'Diese Erklärung zur Barrierefreiheit ist, wie die gesamte Website, ein Entwurf.',
};

it.each(localeCodes)(
  'in %s, claims no status while no person has evaluated what the tools cannot judge, though every check passed',
  (locale) => {
    const report = JSON.parse(
      readFileSync(
        new URL(`../../../${contentPaths.accessibilityEvidence}`, import.meta.url),
        'utf8',
      ),
    ) as Evidence;
    const manual = readFileSync(
      new URL(`../../../${contentPaths.accessibilityChecks}`, import.meta.url),
      'utf8',
    );
    expect(report.results.filter((result) => !result.passed)).toEqual([]);
    expect(manual.trim().split('\n').at(-1)).toBe('[]');
    const document = page(statementPath(locale));
    const [status] = elements(document, 'p', { class: hasClass('statement-status') });
    expect(status!.attribs['data-status']).toBe('missing');
    expect(
      textOf(status!)
        .replace(/[ \t\r\n]+/g, ' ')
        .trim(),
    ).toBe(unevaluated[locale]);
    expect(text(document, 'statement-unevaluated')).toContain('1.1.1');
    expect(textOf(document)).not.toContain(fully[locale]);
    expect(text(document, 'draft-notice')).toContain(evaluationMissing[locale]);
    expect(text(document, 'draft-notice')).toContain(statementDraft[locale]);
  },
);

it('is linked from the footer of every page, in the page’s language or in every language', () => {
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const document = parseHtml(read(file));
    const lang = elements(document, 'html')[0]!.attribs.lang!;
    const [footer] = elements(document, 'footer');
    const links = attributes(elements(footer!, 'a'), 'href');
    const expected =
      lang === 'mul' ? localeCodes.map(statementPath) : [statementPath(lang as Locale)];
    expect({ file, links: links.filter((href) => expected.includes(href)).sort() }).toEqual({
      file,
      links: [...expected].sort(),
    });
  }
});

it('is in the sitemap, each with the other languages’ statements as alternates', () => {
  const urls = elements(parseXml(read('sitemap-0.xml')), 'url');
  const entry = urls.find((url) => textOf(elements(url, 'loc')[0]!).endsWith(statementPath('nl')))!;
  expect(attributes(elements(entry, 'xhtml:link', { hreflang: true }), 'href')).toEqual([
    ...localeCodes.map((locale) => `https://cookies.odwb.be${statementPath(locale)}`),
    'https://cookies.odwb.be/',
  ]);
});

describe('a report with one failed check', () => {
  let copy: ReturnType<typeof copyProject>;
  let outDir: string;

  beforeAll(async () => {
    copy = copyProject();
    outDir = mkdtempSync(join(tmpdir(), 'odwb-statement-'));
    const file = join(copy.dir, contentPaths.accessibilityEvidence);
    const report = JSON.parse(readFileSync(file, 'utf8')) as Evidence;
    // The table scrolls sideways at 320 px on the French policy page.
    const failure = report.results.find((r) => r.page === '/fr/' && r.check === 'reflow')!;
    failure.passed = false;
    failure.problems = [
      {
        criteria: ['1.4.10'],
        text: 'the page scrolls sideways: 616px wide in a 320px window (/fr/, 320px, WCAG 1.4.10)',
      },
    ];
    writeFileSync(file, JSON.stringify(report, null, 2));
    const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });
    if (result.code !== 0) throw new Error(`The copy does not build:\n${result.output}`);
  }, 180_000);
  afterAll(() => {
    copy?.remove();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it.each(localeCodes)(
    'makes the %s statement say "partially compliant" and list the criterion on /fr/',
    (locale) => {
      const document = parseHtml(
        readFileSync(join(outDir, locale, statementSlugs[locale], 'index.html'), 'utf8'),
      );
      expect(text(document, 'statement-status')).toContain(partially[locale]);
      const issues = text(document, 'known-issues')!;
      expect(issues).toContain(reflowIssue[locale]);
      expect(issues).toContain('/fr/');
    },
  );
});

describe('a passing report and a complete, passed manual evaluation', () => {
  let copy: ReturnType<typeof copyProject>;
  let outDir: string;

  beforeAll(async () => {
    copy = copyProject();
    outDir = mkdtempSync(join(tmpdir(), 'odwb-statement-'));
    recordCompleteEvaluation(copy.dir);
    const result = await buildSite({ root: copy.dir, outDir, env: { POLICY_PDF: 'off' } });
    if (result.code !== 0) throw new Error(`The copy does not build:\n${result.output}`);
  }, 180_000);
  afterAll(() => {
    copy?.remove();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it.each(localeCodes)(
    'make the %s statement "fully compliant", and the evaluation no reason for the draft',
    (locale) => {
      const document = parseHtml(
        readFileSync(join(outDir, locale, statementSlugs[locale], 'index.html'), 'utf8'),
      );
      expect(text(document, 'statement-status')).toContain(fully[locale]);
      expect(text(document, 'statement-unevaluated')).toBeUndefined();
      expect(text(document, 'draft-notice')).not.toContain(evaluationMissing[locale]);
    },
  );
});
