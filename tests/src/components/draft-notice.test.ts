/**
 * The draft notice as a visitor reads it at the top of each page, rendered by Astro's Container
 * API: what the policy still lacks, in the page's language, including a disagreement between the
 * inventory and what the last audit of the portal saw of a consent banner. On the accessibility
 * statement it speaks of the statement, and names the manual evaluation nobody recorded.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import DraftNotice from '../../../src/components/DraftNotice.astro';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import type { PolicyState } from '../../../src/data/policy-state.ts';
import { parseHtml, textOf } from '../../../src/lib/html.ts';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (draft: PolicyState, locale: Locale, subject?: 'statement') =>
  textOf(
    parseHtml(await container.renderToString(DraftNotice, { props: { draft, locale, subject } })),
  );

/** What a recorded audit supports when it counts as evidence and saw every cookie. */
const observed: PolicyState['evidence'] = {
  checkedOn: '2026-12-05',
  auditGap: undefined,
  unobserved: [],
  consentVerified: true,
  allObserved: true,
};
const rest = {
  evidence: observed,
  unjustifiedExemptions: [],
  unpublished: true,
  versionDate: '2026-12-05',
  publishedOn: undefined,
};

const noBanner: PolicyState = {
  isDraft: true,
  missingFacts: ['controller.dpoContact'],
  unexplainedConsentRecords: [],
  consentDisagreement: 'not-seen',
  unevaluatedCriteria: [],
  ...rest,
};
const unevaluated: PolicyState = {
  isDraft: true,
  missingFacts: ['controller.dpoContact'],
  unexplainedConsentRecords: [],
  consentDisagreement: undefined,
  unevaluatedCriteria: ['1.1.1', '4.1.2'],
  ...rest,
};

const expected: Record<Locale, string> = {
  fr: 'Projet non publié Cette politique est un projet. Elle ne sera publiée qu’une fois complétée\u00a0: il y manque encore les coordonnées du délégué à la protection des données et la confirmation du consentement demandé, car le dernier audit du portail n’y a vu aucune fenêtre de consentement.',
  en: 'Unpublished draft This policy is a draft. It will be published only once complete: it still lacks the data protection officer’s contact details and confirmation of the consent the portal asks for, since the last audit of the portal saw no consent banner.',
  nl: 'Ontwerp, niet gepubliceerd Dit beleid is een ontwerp en wordt pas gepubliceerd als het volledig is. Er ontbreken nog: de contactgegevens van de functionaris voor gegevensbescherming en een bevestiging van de gevraagde toestemming, want de laatste audit van het portaal zag geen toestemmingsvenster.',
  de: 'Unveröffentlichter Entwurf Diese Cookie-Richtlinie ist ein Entwurf. Sie wird erst veröffentlicht, wenn sie vollständig ist; es fehlen noch: die Kontaktdaten der oder des Datenschutzbeauftragten und eine Bestätigung der eingeholten Einwilligung, denn die letzte Prüfung des Portals hat kein Einwilligungsfenster festgestellt.',
};

const onStatement: Record<Locale, string> = {
  fr: 'Projet non publié Cette déclaration d’accessibilité est un projet, comme l’ensemble du site. Elle ne sera publiée qu’une fois le site complété\u00a0: il y manque encore les coordonnées du délégué à la protection des données et l’examen, par une personne, des critères d’accessibilité que les tests automatiques ne peuvent pas juger.',
  en: 'Unpublished draft This accessibility statement is a draft, like the whole site. It will be published only once the site is complete: it still lacks the data protection officer’s contact details and the evaluation by a person of the accessibility criteria that automated tests cannot judge.',
  nl: 'Ontwerp, niet gepubliceerd Deze toegankelijkheidsverklaring is, net als de hele site, een ontwerp en wordt pas gepubliceerd als de site volledig is. Er ontbreken nog: de contactgegevens van de functionaris voor gegevensbescherming en de controle door een mens van de toegankelijkheidscriteria die automatische tests niet kunnen beoordelen.',
  de: 'Unveröffentlichter Entwurf Diese Erklärung zur Barrierefreiheit ist, wie die gesamte Website, ein Entwurf. Sie wird erst veröffentlicht, wenn die Website vollständig ist; es fehlen noch: die Kontaktdaten der oder des Datenschutzbeauftragten und die manuelle Prüfung der Barrierefreiheitskriterien, die automatische Tests nicht beurteilen können.',
};

describe('the draft notice', () => {
  it('has expectations for every language of the site', () => {
    expect(Object.keys(expected).sort()).toEqual([...localeCodes].sort());
    expect(Object.keys(onStatement).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)(
    'in %s, on the accessibility statement, speaks of the statement and names the missing manual evaluation',
    async (locale) => {
      expect(await render(unevaluated, locale, 'statement')).toBe(onStatement[locale]);
    },
  );

  it.each(localeCodes)(
    'in %s, names a consent banner the audit did not see among what is missing',
    async (locale) => {
      expect(await render(noBanner, locale)).toBe(expected[locale]);
    },
  );

  it('is not shown when nothing keeps the policy a draft', async () => {
    const published: PolicyState = {
      isDraft: false,
      missingFacts: [],
      unexplainedConsentRecords: [],
      consentDisagreement: undefined,
      unevaluatedCriteria: [],
      ...rest,
      unpublished: false,
      publishedOn: '2026-12-06',
    };
    expect(await render(published, 'fr')).toBe('');
  });

  it('names an audit that is missing and a persistent cookie without its justification', async () => {
    const unobserved: PolicyState = {
      ...noBanner,
      missingFacts: [],
      consentDisagreement: undefined,
      evidence: { ...observed, checkedOn: undefined, auditGap: 'no-audit' },
      unjustifiedExemptions: ['sessionid'],
    };
    expect(await render(unobserved, 'en')).toBe(
      'Unpublished draft This policy is a draft. It will be published only once complete: it still lacks a check of the cookies on the portal and the reason why the strictly necessary cookies kept beyond your visit must last that long.',
    );
  });

  it('says a complete version is not published yet, and not in force', async () => {
    const complete: PolicyState = {
      ...noBanner,
      missingFacts: [],
      consentDisagreement: undefined,
    };
    expect(await render(complete, 'fr')).toBe(
      'Projet non publié Cette politique est un projet\u00a0: cette version n’a pas encore été publiée et n’est pas en vigueur.',
    );
  });

  it.each(localeCodes)(
    'in %s, on the statement, says a complete site’s version is not published yet',
    async (locale) => {
      const complete: PolicyState = {
        ...noBanner,
        missingFacts: [],
        consentDisagreement: undefined,
      };
      expect(await render(complete, locale, 'statement')).toBe(
        {
          fr: 'Projet non publié Cette déclaration d’accessibilité est un projet, comme l’ensemble du site\u00a0: la version actuelle du site n’a pas encore été publiée.',
          en: 'Unpublished draft This accessibility statement is a draft, like the whole site: the site’s current version has not been published yet.',
          nl: 'Ontwerp, niet gepubliceerd Deze toegankelijkheidsverklaring is, net als de hele site, een ontwerp: de huidige versie van de site is nog niet gepubliceerd.',
          de: 'Unveröffentlichter Entwurf Diese Erklärung zur Barrierefreiheit ist, wie die gesamte Website, ein Entwurf: Die aktuelle Fassung der Website wurde noch nicht veröffentlicht.',
        }[locale],
      );
    },
  );
});
