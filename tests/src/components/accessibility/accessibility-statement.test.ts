/**
 * The accessibility statement as a visitor reads it, rendered by Astro's Container API from
 * evidence like the browser test run writes: its status comes from the results alone, so a
 * planted failure (a table that scrolls at 320 px, a low-contrast colour, a failed manual check)
 * turns it to "partially compliant" and lists the issue, in every language; the operator's facts
 * are shown with their links, or visibly missing.
 */
import { readFileSync } from 'node:fs';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import AccessibilityStatement from '../../../../src/components/accessibility/AccessibilityStatement.astro';
import { localeCodes, type Locale } from '../../../../src/config/locales.ts';
import { checkOperatorFile } from '../../../../src/content-check/operator-facts.ts';
import type {
  Evidence,
  EvidenceResult,
  ManualCheck,
} from '../../../../src/accessibility/evidence.ts';
import { parseHtml, textOf } from '../../../../src/lib/html.ts';
import { personCriteria } from '../../../../src/accessibility/criteria.ts';
import { completeEvaluation } from '../../../support/manual-evaluation.ts';

const operatorOf = (url: URL) => checkOperatorFile(readFileSync(url, 'utf8')).operator!;
const complete = operatorOf(new URL('../../../fixtures/operator/complete.yaml', import.meta.url));
const shipped = operatorOf(new URL('../../../../content/operator.yaml', import.meta.url));

const passed = (page: string, check: EvidenceResult['check']): EvidenceResult => ({
  page,
  check,
  views: ['320px'],
  passed: true,
  problems: [],
});
const PAGES = ['/', '/fr/', '/fr/accessibilite/'];
const CHECKS = ['axe', 'nu', 'keyboard', 'reflow'] as const;
const allPassing: Evidence = {
  format: 1,
  date: '2026-12-07',
  command: 'npm run accessibility',
  tools: { 'axe-core': '4.14.1', Chromium: '156.0.8078.129' },
  results: PAGES.flatMap((page) => CHECKS.map((check) => passed(page, check))),
};
/** The evidence with one result replaced by a failure. */
const failing = (failure: EvidenceResult): Evidence => ({
  ...allPassing,
  results: allPassing.results.map((result) =>
    result.page === failure.page && result.check === failure.check ? failure : result,
  ),
});
const scrollsAt320 = failing({
  page: '/fr/',
  check: 'reflow',
  views: ['320px'],
  passed: false,
  problems: [
    {
      criteria: ['1.4.10'],
      text: 'the page scrolls sideways: 616px wide in a 320px window (/fr/, 320px, WCAG 1.4.10)',
    },
  ],
});
const lowContrast = failing({
  page: '/fr/accessibilite/',
  check: 'axe',
  views: ['light, 320px'],
  passed: false,
  problems: [{ criteria: ['1.4.3'], text: 'color-contrast (serious, WCAG 1.4.3) at p …' }],
});
const screenReader: ManualCheck = {
  date: '2026-12-04',
  by: 'the project team',
  check: {
    fr: 'lecture de /fr/ avec NVDA et Firefox',
    en: 'reading /en/ with NVDA and Firefox',
    nl: 'lezing van /nl/ met NVDA en Firefox',
    de: 'Lesen von /de/ mit NVDA und Firefox',
  },
  criteria: ['1.3.1'],
  result: 'passed',
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (
  locale: Locale,
  evidence: Evidence | undefined,
  manual: ManualCheck[] = [],
  operator = complete,
) => {
  const html = await container.renderToString(AccessibilityStatement, {
    props: { locale, operator, site: 'https://cookies.odwb.be/', evidence, manual, pages: PAGES },
  });
  const root = parseHtml(html);
  const select = (selector: string) =>
    html.match(new RegExp(`<[a-z]+ class="${selector}"[^>]*>[\\s\\S]*?</(p|ul|ol)>`))?.[0] ?? '';
  const text = (selector: string) =>
    textOf(parseHtml(select(selector)))
      .replace(/[ \t\r\n]+/g, ' ')
      .trim();
  return { html, all: textOf(root).replace(/[ \t\r\n]+/g, ' '), text };
};

const full: Record<Locale, string> = {
  fr: 'Ce site est entièrement conforme à la norme EN 301 549 et aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA.',
  en: 'This website is fully compliant with standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
  nl: 'Deze website is volledig conform met de norm EN 301 549 en de Richtlijnen voor toegankelijkheid van webcontent (WCAG) 2.1, niveau AA.',
  de: 'Diese Website ist mit der Norm EN 301 549 und den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA, vollständig vereinbar.',
};
const partial: Record<Locale, string> = {
  fr: 'Ce site est partiellement conforme à la norme EN 301 549 et aux règles pour l’accessibilité des contenus web (WCAG) 2.1, niveau AA, en raison des non-conformités énumérées ci-dessous.',
  en: 'This website is partially compliant with standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA, due to the non-compliances listed below.',
  nl: 'Deze website is gedeeltelijk conform met de norm EN 301 549 en de Richtlijnen voor toegankelijkheid van webcontent (WCAG) 2.1, niveau AA, omwille van de hieronder vermelde niet-conformiteiten.',
  de: 'Diese Website ist mit der Norm EN 301 549 und den Richtlinien für barrierefreie Webinhalte (WCAG) 2.1, Stufe AA, teilweise vereinbar; die Unvereinbarkeiten sind unten aufgeführt.',
};
const reflowIssue: Record<Locale, string> = {
  fr: 'Critère 1.4.10 Redistribution – relevé par les tests automatiques (zoom à 200\u00a0% et affichage sur 320 pixels de large sans défilement horizontal, avec le nom de cookie le plus long et un tableau de 300 cookies) sur /fr/',
  en: 'Criterion 1.4.10 Reflow – found by the automated tests (200% zoom and reflow at 320 pixels wide without horizontal scrolling, with the longest cookie name and a 300-cookie table) on /fr/',
  nl: 'Criterium 1.4.10 Reflow – vastgesteld door de automatische tests (zoom tot 200% en herschikking op 320 pixels breed zonder horizontaal scrollen, met de langste cookienaam en een tabel van 300 cookies) op /fr/',
  de: 'Kriterium 1.4.10 Umbruch – festgestellt durch die automatischen Tests (Zoom auf 200 % und Umbruch auf 320 Pixel Breite ohne waagerechtes Scrollen, mit dem längsten Cookie-Namen und einer Tabelle mit 300 Cookies) auf /fr/',
};
const contrastIssue: Record<Locale, string> = {
  fr: 'Critère 1.4.3 Contraste (minimum) – relevé par les tests automatiques (analyse axe-core (règles WCAG de niveaux A et AA, thèmes clair et sombre, 320 et 1280 pixels de large)) sur /fr/accessibilite/',
  en: 'Criterion 1.4.3 Contrast (Minimum) – found by the automated tests (axe-core analysis (WCAG level A and AA rules, light and dark themes, 320 and 1280 pixels wide)) on /fr/accessibilite/',
  nl: 'Criterium 1.4.3 Contrast (minimum) – vastgesteld door de automatische tests (axe-core-analyse (WCAG-regels van niveau A en AA, licht en donker thema, 320 en 1280 pixels breed)) op /fr/accessibilite/',
  de: 'Kriterium 1.4.3 Kontrast (Minimum) – festgestellt durch die automatischen Tests (axe-core-Analyse (WCAG-Regeln der Stufen A und AA, helles und dunkles Farbschema, 320 und 1280 Pixel breit)) auf /fr/accessibilite/',
};

const unevaluatedStatus: Record<Locale, string> = {
  fr: '[l’état de conformité, qui requiert qu’une personne examine les critères que les tests automatiques ne peuvent pas juger\u00a0: manque dans ce projet]',
  en: '[the compliance status, which requires a person’s evaluation of the criteria automated tests cannot judge: missing from this draft]',
  nl: '[de nalevingsstatus, waarvoor een mens de criteria moet controleren die automatische tests niet kunnen beoordelen: ontbreekt in dit ontwerp]',
  de: '[der Stand der Vereinbarkeit, der eine manuelle Prüfung der Kriterien voraussetzt, die automatische Tests nicht beurteilen können: fehlt in diesem Entwurf]',
};
const unevaluatedLine: Record<Locale, (list: string) => string> = {
  fr: (list) =>
    `À examiner encore par une personne, au-delà de ce que les tests automatiques peuvent juger\u00a0: critères ${list}.`,
  en: (list) =>
    `Still to be evaluated by a person, beyond what automated tests can judge: criteria ${list}.`,
  nl: (list) =>
    `Nog door een mens te controleren, omdat automatische tests er niet over kunnen oordelen: criteria ${list}.`,
  de: (list) =>
    `Von automatischen Tests nicht beurteilbar, noch manuell zu prüfen: Kriterien ${list}.`,
};
const and: Record<Locale, string> = { fr: 'et', en: 'and', nl: 'en', de: 'und' };

describe('the accessibility statement', () => {
  it('has expectations for every language of the site', () => {
    for (const table of [full, partial, reflowIssue, contrastIssue, unevaluatedStatus])
      expect(Object.keys(table).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)(
    'in %s, says "fully compliant" when every check passed and a person evaluated the rest, and lists no issue',
    async (locale) => {
      const { text } = await render(locale, allPassing, [screenReader, ...completeEvaluation]);
      expect(text('statement-status')).toBe(full[locale]);
      expect(text('statement-unevaluated')).toBe('');
      expect(text('known-issues')).toBe('');
    },
  );

  it.each(localeCodes)(
    'in %s, never says "fully compliant" when no person evaluated what the tools cannot judge',
    async (locale) => {
      for (const manual of [[], [screenReader]]) {
        const { text, all } = await render(locale, allPassing, manual);
        expect(text('statement-status')).toBe(unevaluatedStatus[locale]);
        const left = personCriteria.filter((criterion) => !manual.length || criterion !== '1.3.1');
        const list = `${left.slice(0, -1).join(', ')} ${and[locale]} ${left.at(-1)}`;
        expect(text('statement-unevaluated')).toBe(unevaluatedLine[locale](list));
        expect(all).not.toContain(full[locale]);
      }
    },
  );

  it.each(localeCodes)(
    'in %s, a table that scrolls at 320 px makes it "partially compliant", with the issue listed',
    async (locale) => {
      const { text } = await render(locale, scrollsAt320);
      expect(text('statement-status')).toBe(partial[locale]);
      expect(text('known-issues')).toBe(reflowIssue[locale]);
    },
  );

  it.each(localeCodes)(
    'in %s, a low-contrast colour axe found makes it "partially compliant", with the issue listed',
    async (locale) => {
      const { text } = await render(locale, lowContrast);
      expect(text('statement-status')).toBe(partial[locale]);
      expect(text('known-issues')).toBe(contrastIssue[locale]);
    },
  );

  it('a failed manual check makes it "partially compliant", with its own words and date', async () => {
    const failed: ManualCheck = {
      ...screenReader,
      criteria: ['4.1.2'],
      result: 'failed',
      issue: {
        fr: 'NVDA n’annonce pas le nom du sélecteur de langue',
        en: 'NVDA does not announce the language switcher’s name',
        nl: 'NVDA leest de naam van de taalkeuze niet voor',
        de: 'NVDA liest den Namen der Sprachauswahl nicht vor',
      },
    };
    const { text } = await render('fr', allPassing, [failed]);
    expect(text('statement-status')).toBe(partial.fr);
    expect(text('known-issues')).toBe(
      'Critère 4.1.2 Nom, rôle et valeur – NVDA n’annonce pas le nom du sélecteur de langue (contrôle manuel du 4 décembre 2026)',
    );
    expect(text('manual-checks')).toBe(
      '4 décembre 2026\u00a0: lecture de /fr/ avec NVDA et Firefox, par the project team (critère 4.1.2)\u00a0: non réussi.',
    );
  });

  it('says which checks ran and how they fared, counting pages, or PDFs for the PDF check', async () => {
    const evidence: Evidence = {
      ...allPassing,
      results: [
        ...allPassing.results,
        passed('/fr/cookie-policy-fr.pdf', 'pdf'),
        { ...passed('/nl/cookie-policy-nl.pdf', 'pdf'), passed: false },
      ],
    };
    const { text } = await render('fr', evidence);
    expect(text('automated-checks')).toBe(
      [
        'analyse axe-core (règles WCAG de niveaux A et AA, thèmes clair et sombre, 320 et 1280 pixels de large) (critères 1.1.1, 1.3.1, 1.4.3, 2.4.2, 3.1.1 et 4.1.2)\u00a0: réussi sur les 3 pages contrôlées.',
        'validation HTML par le Nu Html Checker du W3C (critère 4.1.1)\u00a0: réussi sur les 3 pages contrôlées.',
        'navigation au clavier\u00a0: lien d’évitement, ordre de tabulation, focus visible (critères 2.1.1, 2.4.1 et 2.4.7)\u00a0: réussi sur les 3 pages contrôlées.',
        'zoom à 200\u00a0% et affichage sur 320 pixels de large sans défilement horizontal, avec le nom de cookie le plus long et un tableau de 300 cookies (critères 1.4.4 et 1.4.10)\u00a0: réussi sur les 3 pages contrôlées.',
        'PDF balisés, avec leur langue et leurs signets (critères 1.3.1, 2.4.5 et 3.1.1)\u00a0: échoue sur 1 des 2 PDF contrôlés.',
      ].join(' '),
    );
  });

  it('says "not compliant" when most of WCAG 2.1 AA fails', async () => {
    const criteria = Array.from({ length: 26 }, (_, index) => `1.${1 + (index % 4)}.${index + 1}`);
    const evidence = failing({
      page: '/fr/',
      check: 'axe',
      views: ['light, 320px'],
      passed: false,
      problems: criteria.map((criterion) => ({
        criteria: [criterion],
        text: `(WCAG ${criterion})`,
      })),
    });
    const { text } = await render('en', evidence);
    expect(text('statement-status')).toBe(
      'This website is not compliant with standard EN 301 549 and the Web Content Accessibility Guidelines (WCAG) 2.1, level AA: the non-compliances are listed below.',
    );
  });

  it('shows the status as missing, never guessed, when there is no test report', async () => {
    const { text } = await render('fr', undefined);
    expect(text('statement-status')).toBe(
      '[l’état de conformité, que seul le rapport des tests d’accessibilité peut établir\u00a0: manque dans ce projet]',
    );
  });

  it('claims no status from a report that misses a page of the site', async () => {
    const withoutRoot = {
      ...allPassing,
      results: allPassing.results.filter((r) => r.page !== '/'),
    };
    const { text } = await render('fr', withoutRoot);
    expect(text('statement-status')).toBe(
      '[l’état de conformité, que seul le rapport des tests d’accessibilité peut établir\u00a0: manque dans ce projet]',
    );
  });

  it('reports a problem by e-mail, in the page’s language, with no script or form', async () => {
    const { html, text } = await render('nl', allPassing);
    expect(html).toMatch(
      /<a href="mailto:accessibility@portal\.example\.org\?subject=Toegankelijkheid%20van%20cookies\.odwb\.be"[^>]*>accessibility@portal\.example\.org<\/a>/,
    );
    expect(text('statement-feedback')).toBe(
      'Ondervindt u een toegankelijkheidsprobleem op deze website, of hebt u inhoud in een andere vorm nodig, meld het dan hier: accessibility@portal.example.org.',
    );
    expect(html).not.toMatch(/<script|<form/);
  });

  it('gives the complaint service and the ombudsman with full contact details', async () => {
    const { html, text } = await render('de', allPassing);
    expect(html).toMatch(
      /<a href="https:\/\/portal\.example\.org\/complaints\/"[^>]*>Beschwerdestelle des Betreibers<\/a>/,
    );
    expect(text('enforcement')).toBe(
      'Melden Sie das Problem zuerst wie oben beschrieben. Sind Sie mit der Antwort nicht zufrieden oder erhalten Sie keine, reichen Sie bei dieser Stelle eine Beschwerde ein: Beschwerdestelle des Betreibers. Als letztes Mittel können Sie sich an die zuständige Ombudsstelle wenden: Ombudsstelle des Beispiels. Website ombudsman.example.org Postanschrift 1 Example Street, 5000 Namur Telefon 0800 00 000',
    );
  });

  it('shows each fact the operator has not given as missing, in the page’s language', async () => {
    const { all } = await render('fr', allPassing, [], shipped);
    for (const missing of [
      '[l’adresse où signaler un problème d’accessibilité\u00a0: manque dans ce projet]',
      '[le service des plaintes de l’exploitant\u00a0: manque dans ce projet]',
      '[l’adresse postale et le numéro de téléphone du service de médiation\u00a0: manque dans ce projet]',
      '[la date du dernier réexamen de la déclaration d’accessibilité\u00a0: manque dans ce projet]',
    ])
      expect(all).toContain(missing);
    expect(all).toContain('Médiateur de la Wallonie et de la Fédération Wallonie-Bruxelles');
  });
});
