/**
 * Which translations follow the current version's French in full, written into that version's
 * `translated` (content/versions.yaml) with the day they did: the history shows a translation
 * that caught up later, and each translated page the day its text last did, without a new
 * version of the policy.
 */
import type { Locale } from '../../src/config/locales.ts';
import type { Draft } from '../staged/staged.ts';
import { frenchTexts } from '../../src/translations/french-texts.ts';
import { textSources } from '../../src/translations/texts.ts';
import { isPolicyText, localeStatus, policyCaughtUp } from '../../src/translations/status.ts';
import { anyTextChanged, textChanges } from '../../src/versions/diff.ts';
import { parseVersions, VERSIONS_FILE } from '../../src/versions/versions-file.ts';
import { serialiseVersions } from './files.ts';

/**
 * For each language given: caught up, and not yet said so (or `renew`: a text was just brought up
 * to date), writes `today`; behind, and `clear`, removes what the version said (a recording that
 * changed the French makes the day's version new again). Nothing is written when the file cannot
 * be read (the check reports why), while the French has changes not recorded yet (the
 * translation follows a text no version holds), or when nothing changed. Returns the languages
 * the current version says are caught up.
 */
export function writeCaughtUp(
  draft: Draft,
  languages: Locale[],
  today: string,
  { clear = false, renew = false }: { clear?: boolean; renew?: boolean },
): Locale[] {
  const { files } = draft;
  const text = files.text(VERSIONS_FILE);
  if (text === undefined) return [];
  const { versions, problems } = parseVersions(text, VERSIONS_FILE, files.yaml);
  const current = versions.at(-1);
  if (!current || problems.length > 0) return [];
  const sources = textSources(files, versions);
  if (anyTextChanged(textChanges(current.texts, frenchTexts(sources)))) return [];
  const translated = { ...current.translated };
  const caughtUp: Locale[] = [];
  for (const locale of languages) {
    if (policyCaughtUp(localeStatus(sources, locale))) {
      caughtUp.push(locale);
      if (renew || translated[locale] === undefined) translated[locale] = today;
    } else if (clear) delete translated[locale];
  }
  if (JSON.stringify(translated) !== JSON.stringify(current.translated ?? {})) {
    // A new entry, not an edit of the one read: parsed versions are shared (read-only).
    draft.write(
      VERSIONS_FILE,
      serialiseVersions([...versions.slice(0, -1), { ...current, translated }]),
    );
  }
  return caughtUp;
}

/**
 * What visitors of each language behind the French see until it is translated: texts with no
 * translation (a summary behind the French too) in French, said to be French (`inFrench`); texts
 * whose French changed since they were translated, in their translation, with a notice that the
 * French was updated (`behind`). As src/translations/stale.ts hands them to the pages.
 */
export interface TranslationWork {
  locale: Locale;
  inFrench: boolean;
  behind: boolean;
}

export function translationWork(draft: Draft, languages: Locale[]): TranslationWork[] {
  const { files } = draft;
  const { versions } = parseVersions(files.text(VERSIONS_FILE) ?? '', VERSIONS_FILE, files.yaml);
  const sources = textSources(files, versions);
  return languages.flatMap((locale) => {
    const left = localeStatus(sources, locale).texts.filter(
      ({ id, status }) => status !== 'up-to-date' && isPolicyText(id),
    );
    const shownInFrench = ({ status, subject }: (typeof left)[number]) =>
      status === 'missing' || subject.kind === 'summary';
    const inFrench = left.some(shownInFrench);
    const behind = left.some((text) => !shownInFrench(text));
    return inFrench || behind ? [{ locale, inFrench, behind }] : [];
  });
}
