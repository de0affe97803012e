/**
 * An inventory change as a sentence in the visitor's language, with the table's own words for
 * categories, storage and lifetimes, so the history reads like the table it describes. Old
 * versions may name a value the site no longer knows: it is then shown as recorded. A change to
 * the operator facts is a sentence too, named as the page's facts are ("Data protection officer:
 * contact details added."): the fact's value is not repeated, the page itself shows it.
 * A change of the portal (`portal`) and a correction of its description (`correction`) read
 * differently, and a rewritten description names the text that was rewritten.
 */
import { locales, type Locale } from '../config/locales.ts';
import { formatLifetime, lifetimeWords, parseLifetime } from '../data/lifetime.ts';
import { categories, storageTypes } from '../data/schema.ts';
import type { Translate } from '../i18n/ui.ts';
import type { InventoryChange, OperatorChange } from './diff.ts';
import type { CookieFact, FrenchTexts, ProviderFacts } from './snapshot.ts';
import type { InventoryChangeKind } from './versions-file.ts';

const known = (values: readonly string[], value: string) => values.includes(value);

/** Names of providers by id, from the version described and the one before it. */
export function providerNames(...snapshots: { providers: ProviderFacts[] }[]) {
  const names = new Map<string, string>();
  for (const { providers } of [...snapshots].reverse())
    for (const provider of providers) names.set(provider.id, provider.name);
  return (id: string) => names.get(id) ?? id;
}

/** The texts of a cookie a visitor reads in the table, by their field in content/cookies.yaml. */
const DESCRIBED_TEXTS = ['service', 'purpose', 'condition'] as const;

/** Which of a cookie's texts changed between two versions' fingerprints, each as a sentence. */
function textChangeLines(
  cookie: string,
  texts: { before: FrenchTexts; after: FrenchTexts },
  t: Translate,
): string[] {
  const lines = DESCRIBED_TEXTS.flatMap((field) => {
    const id = `cookies/${cookie}/${field}`;
    const [before, after] = [texts.before[id], texts.after[id]];
    if (before === after) return [];
    if (field !== 'condition') return [t(`text.${field}`, { cookie })];
    const change = before === undefined ? 'added' : after === undefined ? 'removed' : 'changed';
    return [t(`text.condition.${change}`, { cookie })];
  });
  // The details fingerprint also covers the name pattern, which has no text of its own.
  return lines.length > 0 ? lines : [t('text.pattern', { cookie })];
}

export function describeChange(
  change: InventoryChange,
  locale: Locale,
  t: Translate,
  providerName: (id: string) => string,
  kind: InventoryChangeKind = 'correction',
  texts: { before: FrenchTexts; after: FrenchTexts } = { before: {}, after: {} },
): string[] {
  const prefix = kind === 'portal' ? 'change' : 'correction';
  const value = (fact: CookieFact, raw: string): string => {
    switch (fact) {
      case 'category':
        return known(categories, raw) ? t(`category.${raw as (typeof categories)[number]}`) : raw;
      case 'storage':
        return known(storageTypes, raw)
          ? t(`storage.${raw as (typeof storageTypes)[number]}`)
          : raw;
      case 'lifetime':
        return parseLifetime(raw)
          ? formatLifetime(raw, locales[locale].bcp47, lifetimeWords(t))
          : raw;
      case 'provider':
        return providerName(raw);
      case 'party':
        return raw;
    }
  };
  switch (change.kind) {
    case 'cookieAdded':
      return [
        t(`${prefix}.cookieAdded`, {
          cookie: change.cookie.name,
          provider: providerName(change.cookie.provider),
          category: value('category', change.cookie.category),
          lifetime: value('lifetime', change.cookie.lifetime),
        }),
      ];
    case 'cookieRemoved':
      return [
        t(`${prefix}.cookieRemoved`, {
          cookie: change.cookie.name,
          provider: providerName(change.cookie.provider),
        }),
      ];
    case 'cookieFact':
      if (change.fact === 'party')
        return [
          t(change.to === 'first' ? `${prefix}.party.first` : `${prefix}.party.third`, {
            cookie: change.cookie,
          }),
        ];
      return [
        t(`${prefix}.${change.fact}`, {
          cookie: change.cookie,
          from: value(change.fact, change.from),
          to: value(change.fact, change.to),
        }),
      ];
    case 'cookieDetails':
      // A rewritten description is always a correction of the text, never a change of the portal.
      return textChangeLines(change.cookie, texts, t);
    case 'providerAdded':
      return [t('change.providerAdded', { provider: change.provider.name })];
    case 'providerRemoved':
      return [t('change.providerRemoved', { provider: change.provider.name })];
    case 'providerDetails':
      return [t('change.providerDetails', { provider: change.provider.name })];
  }
}

/** A change to content/operator.yaml as a sentence in the visitor's language. */
export function describeOperatorChange(change: OperatorChange, t: Translate): string {
  switch (change.kind) {
    case 'portal':
      return t(`change.portal.${change.field}`, { from: change.from, to: change.to });
    case 'fact':
      return t(`change.fact.${change.fact}.${change.change}`);
  }
}
