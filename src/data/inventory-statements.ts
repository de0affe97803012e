/**
 * What the policy says about its own inventory, computed from it in the page's language: which
 * categories are in use and which need consent, who sets the cookies, which companies handle
 * their data and whether the portal asks for consent. The MDX places these sentences through
 * the components in src/components/site/, so no page can state such a fact by hand and contradict
 * the table. Counts use i18next's plural keys; lists use Intl.ListFormat.
 */
import { locales, type Locale } from '../config/locales.ts';
import type { Translate } from '../i18n/ui.ts';
import type { GrammaticalGender } from './operator-schema.ts';
import {
  categories,
  consentRecordsOf,
  requiresConsent,
  type Category,
  type Cookie,
  type Provider,
} from './schema.ts';

/** Stands where a link or a component goes inside a translated sentence (see `splitAtSlot`). */
export const SLOT = '\u0000';

type ConsentCategory = Exclude<Category, 'necessary'>;

export interface InventoryFacts {
  count: number;
  /** The categories in use, in the schema's order, with how many cookies each has. */
  categoriesInUse: { category: Category; count: number }[];
  /** The categories in use that need consent. */
  consentCategories: ConsentCategory[];
  /** Cookies that record the visitor's consent choices (setWhen: consent-choice): a consent interface exists. */
  consentRecords: string[];
  firstPartyCount: number;
  /** Each company that sets cookies as a third party, with their names. */
  thirdParties: { provider: Provider; cookies: string[] }[];
  /** The companies whose cookies the portal uses, by their GDPR role. */
  processors: Provider[];
  ownControllers: Provider[];
}

const byName = (a: string, b: string) => a.localeCompare(b);

export function inventoryFacts(cookies: Cookie[], providers: Provider[]): InventoryFacts {
  const categoriesInUse = categories
    .map((category) => ({
      category,
      count: cookies.filter((cookie) => cookie.category === category).length,
    }))
    .filter((entry) => entry.count > 0);
  const used = providers
    .filter((provider) => cookies.some((cookie) => cookie.provider === provider.id))
    .sort((a, b) => byName(a.name, b.name));
  const thirdParties = used
    .map((provider) => ({
      provider,
      cookies: cookies
        .filter((cookie) => cookie.party === 'third' && cookie.provider === provider.id)
        .map((cookie) => cookie.name)
        .sort(byName),
    }))
    .filter((entry) => entry.cookies.length > 0);
  return {
    count: cookies.length,
    categoriesInUse,
    consentCategories: categoriesInUse
      .map((entry) => entry.category)
      .filter((category): category is ConsentCategory => requiresConsent(category)),
    consentRecords: consentRecordsOf(cookies),
    firstPartyCount: cookies.filter((cookie) => cookie.party === 'first').length,
    thirdParties,
    processors: used.filter((provider) => provider.role === 'processor'),
    ownControllers: used.filter((provider) => provider.role === 'controller'),
  };
}

/** "a, b and c" in the page's language. */
export function listOf(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locales[locale].bcp47, { type: 'conjunction' }).format(items);
}

/** A sentence may start with a list item written in lower case ("les cookies de…"). */
export function sentenceCase(text: string, locale: Locale): string {
  return text.charAt(0).toLocaleUpperCase(locales[locale].bcp47) + text.slice(1);
}

/**
 * What the last recorded audit that counts as evidence supports (src/data/evidence.ts): a
 * sentence about the portal's behaviour is stated only when it was observed; otherwise the page
 * says what the law requires and what is documented, never that the portal does it.
 */
export interface ObservedBehaviour {
  /** Every cookie that needs consent was seen only once the visitor accepted. */
  consentVerified: boolean;
  /** Every declared cookie was observed on the portal. */
  allObserved: boolean;
}

const UNOBSERVED: ObservedBehaviour = { consentVerified: false, allObserved: false };

/** Which categories are in use, and which of them need consent. */
export function categorySentences(
  facts: InventoryFacts,
  locale: Locale,
  t: Translate,
  observed: ObservedBehaviour = UNOBSERVED,
): string[] {
  if (facts.count === 0) return [];
  if (facts.consentCategories.length === 0)
    return [t('inventory.allNecessary', { count: facts.count })];
  const list = listOf(
    facts.categoriesInUse.map(({ category, count }) => t(`inventory.count.${category}`, { count })),
    locale,
  );
  const sentences = [t('inventory.mix', { count: facts.count, list })];
  if (facts.categoriesInUse.some(({ category }) => category === 'necessary')) {
    sentences.push(t('inventory.necessaryExempt'));
  }
  sentences.push(
    sentenceCase(
      t(observed.consentVerified ? 'inventory.consentOnly' : 'inventory.consentRequired', {
        kinds: kindsOf(facts, locale, t),
      }),
      locale,
    ),
  );
  return sentences;
}

function kindsOf(facts: InventoryFacts, locale: Locale, t: Translate): string {
  return listOf(
    facts.consentCategories.map((category) => t(`inventory.kind.${category}`)),
    locale,
  );
}

/**
 * Who sets the cookies: the portal itself, or third parties, named with their cookies. That no
 * other site can read the first-party ones is said only when the audit observed every cookie.
 */
export function partySentences(
  facts: InventoryFacts,
  locale: Locale,
  t: Translate,
  observed: ObservedBehaviour = UNOBSERVED,
): string[] {
  if (facts.count === 0) return [];
  if (facts.thirdParties.length === 0) {
    return [
      t(observed.allObserved ? 'inventory.allFirstParty' : 'inventory.firstPartyDocumented', {
        count: facts.count,
      }),
    ];
  }
  return [
    ...facts.thirdParties.map(({ provider, cookies }) =>
      t('inventory.thirdParty', {
        count: cookies.length,
        provider: provider.name,
        cookies: listOf(cookies, locale),
      }),
    ),
    ...(facts.firstPartyCount > 0
      ? [
          t(
            observed.allObserved
              ? 'inventory.someFirstParty'
              : 'inventory.someFirstPartyDocumented',
            { count: facts.firstPartyCount },
          ),
        ]
      : []),
  ];
}

/** The controller as a sentence names it: with its article, and the German gender of its role. */
export interface ControllerInSentence {
  name: string;
  gender: GrammaticalGender;
}

/**
 * Who handles the data: the controller (given by the caller, from content/operator.yaml), its
 * processors, and any company that decides its own use of the data.
 */
export function recipientSentences(
  facts: InventoryFacts,
  locale: Locale,
  t: Translate,
  controller: ControllerInSentence,
): string[] {
  if (facts.count === 0) return [];
  const names = (providers: Provider[]) =>
    listOf(
      providers.map((provider) => provider.name),
      locale,
    );
  return [
    t('inventory.controller', {
      controller: sentenceCase(controller.name, locale),
      role: t(`role.controller.${controller.gender}`),
    }),
    ...(facts.processors.length > 0
      ? [
          t('inventory.processors', {
            count: facts.processors.length,
            names: names(facts.processors),
          }),
        ]
      : []),
    ...(facts.ownControllers.length > 0
      ? [
          t('inventory.ownControllers', {
            count: facts.ownControllers.length,
            names: names(facts.ownControllers),
          }),
        ]
      : []),
  ];
}

/**
 * Whether the portal asks for consent, and where choices are changed. A cookie that records
 * consent choices means the portal has a consent interface even when no listed cookie needs
 * consent: the page then never says that the portal does not ask. The settings sentence holds
 * SLOT where the link goes; without a published place, a draft says it is missing, and a portal
 * without any consent interface has no settings sentence.
 */
export function consentSentences(
  facts: InventoryFacts,
  locale: Locale,
  t: Translate,
  settingsPublished: boolean,
  observed: ObservedBehaviour = UNOBSERVED,
): { status: string; settings: string | undefined } {
  const asked = facts.consentCategories.length > 0;
  const recorded = facts.consentRecords.length > 0;
  const status = asked
    ? t(observed.consentVerified ? 'inventory.consentAsked' : 'inventory.consentUnverified', {
        kinds: kindsOf(facts, locale, t),
      })
    : recorded
      ? t('inventory.consentRecorded', {
          count: facts.consentRecords.length,
          cookies: listOf(facts.consentRecords, locale),
        })
      : t('inventory.noConsentAsked');
  const consentInterface = asked || recorded;
  if (!settingsPublished)
    return { status, settings: consentInterface ? t('inventory.settingsMissing') : undefined };
  return {
    status,
    settings: t(consentInterface ? 'inventory.settingsWithdraw' : 'inventory.settings', {
      settings: SLOT,
    }),
  };
}

/** Marks where the named part (a link, a fact) goes in a translated sentence: see `splitAtSlots`. */
export const slotFor = (name: string) => `${SLOT}${name}${SLOT}`;

/** A sentence cut at its named slots: text, then the slot's name, alternately. */
export function splitAtSlots(text: string): ({ text: string } | { slot: string })[] {
  return text
    .split(SLOT)
    .map((piece, index) => (index % 2 === 0 ? { text: piece } : { slot: piece }))
    .filter((part) => !('text' in part) || part.text !== '');
}

/** The text before and after SLOT, so a component can put a link between them. */
export function splitAtSlot(text: string): [string, string] {
  const [before = '', after = ''] = text.split(SLOT);
  return [before, after];
}
