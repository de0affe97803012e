/**
 * What the history says about one recorded version, in the visitor's language: its summary (or
 * the French one, said to be French, while its translation is to write), the changes to the
 * inventory compared with the version before it, as changes of the portal or as corrections of
 * its description, the audit they followed, the changes to the operator facts, and the
 * translations that caught up with it later. src/components/PolicyHistory.astro places these
 * under each publication, or under the pending changes of a draft.
 */
import { defaultLocale, localeCodes, locales, type Locale } from '../config/locales.ts';
import { DATE_SLOT } from '../i18n/dates.ts';
import type { Translate } from '../i18n/ui.ts';
import { describeChange, describeOperatorChange, providerNames } from './describe.ts';
import { inventoryChanges, operatorChanges } from './diff.ts';
import { frenchSummary, type PolicyVersion } from './versions-file.ts';

export interface VersionLines {
  date: string;
  summary: string | undefined;
  /** The French summary, when this language's is still to write. */
  french: string | undefined;
  portalChanges: string[];
  corrections: string[];
  /** The audit the inventory change followed. */
  audit: string | undefined;
  operatorChanges: string[];
  caughtUp: { text: string; date: string }[];
}

export function versionLines(
  version: PolicyVersion,
  previous: PolicyVersion | undefined,
  { locale, t, untranslated }: { locale: Locale; t: Translate; untranslated: ReadonlySet<string> },
  /** False for the first publication: differences between unpublished drafts are not news. */
  withChanges = true,
): VersionLines {
  const french = frenchSummary(version);
  const inFrench =
    locale !== defaultLocale && french !== undefined && untranslated.has(version.date);
  const names = providerNames(version, ...(previous ? [previous] : []));
  const kind = version.inventoryChange ?? 'correction';
  const inventory =
    withChanges && previous
      ? inventoryChanges(previous, version).flatMap((change) =>
          describeChange(change, locale, t, names, kind, {
            before: previous.texts,
            after: version.texts,
          }).map((line) => ({
            line,
            portal: kind === 'portal' && change.kind !== 'cookieDetails',
          })),
        )
      : [];
  const languageName = new Intl.DisplayNames(locales[locale].bcp47, { type: 'language' });
  return {
    date: version.date,
    summary: inFrench ? undefined : (version.summary?.[locale] ?? undefined),
    french: inFrench ? french : undefined,
    portalChanges: inventory.filter((entry) => entry.portal).map((entry) => entry.line),
    corrections: inventory.filter((entry) => !entry.portal).map((entry) => entry.line),
    audit: inventory.length > 0 ? version.audit?.date : undefined,
    operatorChanges:
      withChanges && previous
        ? operatorChanges(previous.operator, version.operator).map((change) =>
            describeOperatorChange(change, t),
          )
        : [],
    caughtUp: localeCodes.flatMap((code) => {
      const date = version.translated?.[code];
      return date && date > version.date
        ? [
            {
              text: t('history.caughtUp', {
                language: languageName.of(code) ?? code,
                date: DATE_SLOT,
              }),
              date,
            },
          ]
        : [];
    }),
  };
}
