/**
 * Where each translation stands against the French reference: up to date (made from the French
 * text as it reads now), stale (made from an older French text, or never recorded) or missing
 * (no text in that language). Formatting is not meaning: texts are compared by fingerprint, which
 * ignores line breaks, spacing and quote style.
 */
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { fingerprint, normaliseText } from '../lib/fingerprint.ts';
import { readRecord } from './record.ts';
import { referenceTexts, translatedTexts, type ReferenceText } from './texts.ts';

export type Status = 'up-to-date' | 'stale' | 'missing';

export interface TextStatus {
  id: string;
  label: string;
  /** The file holding the translation, relative to the project. */
  file: string;
  status: Status;
  /** The French text now, normalised. */
  french: string;
  /** The French text the translation was made from, normalised; absent if never recorded. */
  recordedFrench?: string;
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

/** Compares one language against the reference (read once and passed in when checking several). */
export function localeStatus(
  root: string,
  locale: Locale,
  reference: ReferenceText[] = referenceTexts(root),
): LocaleStatus {
  const { record, problem } = readRecord(root, locale);
  const translated = translatedTexts(root, locale);
  const texts = reference.map((text): TextStatus => {
    const { id, label, file } = text;
    const { normalised, print } = prepare(text);
    const recorded = record[id];
    const status: Status = !translated.has(id)
      ? 'missing'
      : recorded?.fingerprint === print
        ? 'up-to-date'
        : 'stale';
    return {
      id,
      label,
      file: file(locale),
      status,
      french: normalised,
      ...(recorded ? { recordedFrench: recorded.french } : {}),
    };
  });
  return { locale, texts, ...(problem ? { problem } : {}) };
}

/** Every translated language, in the order of src/config/locales.ts. */
export function translationStatus(root: string): LocaleStatus[] {
  const reference = referenceTexts(root);
  return translatedLocales().map((locale) => localeStatus(root, locale, reference));
}
