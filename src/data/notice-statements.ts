/**
 * The parts of the notice GDPR art. 13 asks for that follow from the inventory and the audit: the
 * short summary at the top of the policy (a layered notice), the basis of the cookie that records
 * consent choices (art. 6(1)(c) with 7(1)), what refusing or not choosing leads to and that nothing
 * obliges the visitor to accept (art. 13(2)(e)), how long a choice is kept before it is asked
 * again, and whether any cookie profiles (art. 13(2)(f)). Like src/data/inventory-statements.ts,
 * each sentence is computed, never written by hand, and a sentence about what the portal does or
 * does not set is stated only as far as the recorded audit (src/data/evidence.ts) observed it.
 */
import { citation, legalBasis } from '../config/legal-basis.ts';
import { locales, type Locale } from '../config/locales.ts';
import { formatDate } from '../i18n/dates.ts';
import type { Translate } from '../i18n/ui.ts';
import type { Evidence } from './evidence.ts';
import { listOf, sentenceCase, type InventoryFacts } from './inventory-statements.ts';
import { formatLifetime, lifetimeWords, parseLifetime } from './lifetime.ts';
import type { Category, Cookie } from './schema.ts';

/** The categories whose cookies build a profile of the visitor (GDPR art. 4(4)). */
export const profilingCategories: readonly Category[] = ['marketing'];

/** What the audit supports, as these sentences read it. */
export type AuditSupport = Pick<
  Evidence,
  'checkedOn' | 'auditGap' | 'unobserved' | 'consentVerified' | 'inventoryConfirmed'
>;

const dateOf = (day: string, locale: Locale) => formatDate(day, locale);

/**
 * "En bref : 4 cookies, tous déposés par le portail lui-même ; 3 strictement nécessaires et 1
 * soumis à votre accord." Then what the portal does not set (no audience measurement, no
 * advertising, no third party), only when the audit found the inventory whole; otherwise that
 * this is not yet checked.
 */
export function summarySentences(
  facts: InventoryFacts,
  locale: Locale,
  t: Translate,
  audit: AuditSupport,
): string[] {
  if (facts.count === 0) return [];
  const thirdPartyCount = facts.count - facts.firstPartyCount;
  const parties =
    thirdPartyCount === 0
      ? t('summary.firstParty', { count: facts.count })
      : t('summary.thirdParty', { count: thirdPartyCount });
  const necessary = facts.categoriesInUse.find((entry) => entry.category === 'necessary');
  const consentCount = facts.count - (necessary?.count ?? 0);
  const split = listOf(
    [
      ...(necessary ? [t('summary.necessary', { count: necessary.count })] : []),
      ...(consentCount > 0 ? [t('summary.consent', { count: consentCount })] : []),
    ],
    locale,
  );
  const sentences = [
    t('summary.sentence', {
      count: t('summary.count', { count: facts.count }),
      parties,
      split,
    }),
  ];
  const used = new Set(facts.categoriesInUse.map((entry) => entry.category));
  const negatives = [
    ...(used.has('statistics') ? [] : [t('summary.none.statistics')]),
    ...(used.has('marketing') ? [] : [t('summary.none.marketing')]),
    ...(thirdPartyCount > 0 ? [] : [t('summary.none.thirdParty')]),
  ];
  if (negatives.length === 0) return sentences;
  sentences.push(
    audit.inventoryConfirmed && audit.checkedOn
      ? t('summary.confirmed', {
          date: dateOf(audit.checkedOn, locale),
          list: listOf(negatives, locale),
        })
      : t('summary.unconfirmed'),
  );
  return sentences;
}

/** The basis of the cookies that record consent choices: the controller's duty to show consent. */
export function consentRecordBasis(facts: InventoryFacts, locale: Locale, t: Translate): string[] {
  if (facts.consentRecords.length === 0) return [];
  return [
    t('legal.consentRecord', {
      count: facts.consentRecords.length,
      cookies: listOf(facts.consentRecords, locale),
      basis: citation(legalBasis.consentRecord, locale),
    }),
  ];
}

/**
 * With a consent interface for cookies that need consent: that nothing obliges the visitor to
 * accept (art. 13(2)(e)), what refusing or not choosing leads to (as observed, or as the law
 * allows), and how long a choice is kept before it is asked again (from the lifetime of the
 * cookie that records it, said to be documented until the audit observed it as declared).
 */
export function choiceSentences(
  facts: InventoryFacts,
  cookies: Cookie[],
  locale: Locale,
  t: Translate,
  audit: AuditSupport,
): string[] {
  if (facts.consentCategories.length === 0) return [];
  const sentences = [
    t('consent.noObligation'),
    t(audit.consentVerified ? 'consent.refusal.verified' : 'consent.refusal.unverified'),
  ];
  const record = cookies.find(
    (cookie) =>
      facts.consentRecords.includes(cookie.name) &&
      parseLifetime(cookie.lifetime)?.kind === 'duration',
  );
  if (record) {
    const observed =
      audit.auditGap === undefined &&
      audit.checkedOn !== undefined &&
      record.notObservedBecause === undefined &&
      !audit.unobserved.some((entry) => entry.name === record.name);
    sentences.push(
      t(observed ? 'consent.renewal.observed' : 'consent.renewal.unobserved', {
        lifetime: formatLifetime(record.lifetime, locales[locale].bcp47, lifetimeWords(t)),
        cookie: record.name,
      }),
    );
  }
  return sentences;
}

/**
 * Art. 13(2)(f): cookies in a category that profiles are named as such; without any, the page
 * says that none of the cookies described profiles or decides, and whether the audit found no
 * other cookie on the portal. Nothing is said of the operator's processing beyond its cookies.
 */
export function profilingSentences(
  cookies: Cookie[],
  locale: Locale,
  t: Translate,
  audit: AuditSupport,
): string[] {
  if (cookies.length === 0) return [];
  const profiling = cookies
    .filter((cookie) => profilingCategories.includes(cookie.category))
    .map((cookie) => cookie.name)
    .sort((a, b) => a.localeCompare(b));
  if (profiling.length > 0)
    return [
      sentenceCase(
        t('profiling.marketing', { count: profiling.length, cookies: listOf(profiling, locale) }),
        locale,
      ),
    ];
  return [
    t('profiling.none'),
    audit.inventoryConfirmed && audit.checkedOn
      ? t('profiling.confirmed', { date: dateOf(audit.checkedOn, locale) })
      : t('profiling.unconfirmed'),
  ];
}
