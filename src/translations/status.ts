/**
 * Where each translation stands against the French reference: up to date (made from the French
 * text as it reads now), stale (made from an older French text, or never recorded) or missing
 * (no text in that language). Formatting is not meaning: texts are compared by fingerprint, which
 * ignores line breaks, spacing and quote style. A stale text of the policy also says since when:
 * the day of the version in which its French took the form it has now.
 */
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { fingerprint, normaliseText } from '../lib/fingerprint.ts';
import type { PolicyVersion } from '../versions/versions-file.ts';
import { isVersionedText } from './french-texts.ts';
import { readRecord } from './record.ts';
import {
  referenceTexts,
  translatedTexts,
  type ReferenceText,
  type TextSources,
  type TextSubject,
} from './texts.ts';

export type Status = 'up-to-date' | 'stale' | 'missing';

export interface TextStatus {
  id: string;
  /** What the text is (a page's part, a cookie's field, a summary, a string), as a record. */
  subject: TextSubject;
  label: string;
  /** The file holding the translation, relative to the project. */
  file: string;
  status: Status;
  /** The French text now, normalised. */
  french: string;
  /** The French text the translation was made from, normalised; absent if never recorded. */
  recordedFrench?: string;
  /** YYYY-MM-DD, for a text behind the French: the version in which the French took its form. */
  since?: string;
  /** A missing text that is there, but as a copy of the French (not marked `--as-is`). */
  copy?: true;
  /**
   * A text of the policy the last version does not hold (a new cookie, a new section): not yet
   * recorded (`npm run policy:version`), and never translated, whatever its record says.
   */
  unversioned?: true;
}

export interface LocaleStatus {
  locale: Locale;
  texts: TextStatus[];
  /** A record file that cannot be read. */
  problem?: string;
}

export const translatedLocales = (): Locale[] =>
  localeCodes.filter((locale) => locale !== defaultLocale);

/** Each French text normalised and fingerprinted once, however many languages compare with it. */
const prepared = new WeakMap<ReferenceText, { normalised: string; print: string }>();
function prepare(text: ReferenceText): { normalised: string; print: string } {
  let done = prepared.get(text);
  if (!done) {
    done = { normalised: normaliseText(text.french), print: fingerprint(text.french) };
    prepared.set(text, done);
  }
  return done;
}

/** The policy's texts: everything but the interface strings, which belong to the site. */
export const isPolicyText = (id: string) => !id.startsWith('ui/');

/** Whether every text of the policy in this language follows the French as it reads now. */
export const policyCaughtUp = ({ texts }: LocaleStatus) =>
  texts.every(({ id, status }) => status === 'up-to-date' || !isPolicyText(id));

/**
 * The day the French text `id` took the form it has now (fingerprint `print`): the oldest of the
 * last versions that all hold that form. Undefined while the change is not recorded yet.
 */
export function frenchSince(
  versions: PolicyVersion[],
  id: string,
  print: string,
): string | undefined {
  let since: string | undefined;
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index]!;
    if (version.texts[id] !== print) break;
    since = version.date;
  }
  return since;
}

/** Compares one language against the reference (read once and passed in when checking several). */
export function localeStatus(
  sources: TextSources,
  locale: Locale,
  reference: ReferenceText[] = referenceTexts(sources),
): LocaleStatus {
  const { versions } = sources;
  const { record, problem } = readRecord(sources.files, locale);
  const translated = translatedTexts(sources, locale);
  const texts = reference.map((text): TextStatus => {
    const { id, subject, label, file } = text;
    const { normalised, print } = prepare(text);
    const recorded = record[id];
    const translation = translated.get(id);
    // A copy of the French is no translation, unless the translator marked it as it is (a name,
    // a code: `mark --as-is` records that very text). Interface strings have their own list.
    const copy =
      translation !== undefined &&
      !id.startsWith('ui/') &&
      normaliseText(translation) === normalised &&
      recorded?.translation !== fingerprint(translation);
    const status: Status =
      translation === undefined || copy
        ? 'missing'
        : recorded?.fingerprint === print
          ? 'up-to-date'
          : 'stale';
    // A French change not recorded yet (only `npm run dev` shows it) counts from the current version.
    const since =
      status === 'up-to-date'
        ? undefined
        : (frenchSince(versions, id, print) ?? versions.at(-1)?.date);
    return {
      id,
      subject,
      label,
      file: file(locale),
      status,
      french: normalised,
      ...(recorded ? { recordedFrench: recorded.french } : {}),
      ...(since ? { since } : {}),
      ...(copy ? { copy } : {}),
      ...(status !== 'up-to-date' && isVersionedText(id) && !versions.at(-1)?.texts[id]
        ? { unversioned: true as const }
        : {}),
    };
  });
  return { locale, texts, ...(problem ? { problem } : {}) };
}

/** Every translated language, in the order of src/config/locales.ts. */
export function translationStatus(sources: TextSources): LocaleStatus[] {
  const reference = referenceTexts(sources);
  return translatedLocales().map((locale) => localeStatus(sources, locale, reference));
}
