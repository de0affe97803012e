/**
 * Marking a translation done: records, for the texts chosen, the French text as it reads now. A
 * text with no translation is refused (nothing was translated from anything), and so is a target
 * that names no text; so are a text that is the French itself, and a stale text whose translation
 * did not change since the French did, unless the translator says it is right as it is (asIs).
 * The command writes nothing when anything is refused (scripts/translations.ts). Marking what is already up to date changes nothing, so the command is safe
 * to repeat. Marking is no new version of the policy: when it brings the language up to date in
 * full, the current version says since when (its `translated`, in content/versions.yaml).
 */
import { locales, type Locale } from '../../src/config/locales.ts';
import { fingerprint, normaliseText } from '../../src/lib/fingerprint.ts';
import { readRecord, recordPath, type TranslationRecord } from '../../src/translations/record.ts';
import { referenceTexts, textSources, translatedTexts } from '../../src/translations/texts.ts';
import { writeDraft, type Draft } from '../staged/staged.ts';
import { todayInBrussels } from '../../src/versions/today.ts';
import { writeCaughtUp } from '../versions/caught-up.ts';
import { recordText } from '../versions/files.ts';
import { isPolicyText } from '../../src/translations/status.ts';

export interface MarkResult {
  /** Ids whose recorded French changed. */
  marked: string[];
  /** One message per text that could not be marked, or the reason nothing matched. */
  refused: string[];
  written: boolean;
  /** Whether every text of the policy in this language now follows the French. */
  caughtUp: boolean;
}

/**
 * Whether a text belongs to the target: no target is the whole language; otherwise the file
 * (content/policy/nl/index.mdx, content/cookies.yaml, src/i18n/ui/nl.json), an id
 * (cookies/sessionid/purpose, policy/index.mdx#vos-droits, ui/table.caption) or the start of one
 * (cookies/sessionid, policy/index.mdx).
 */
function inTarget(id: string, file: string, target: string | undefined): boolean {
  if (target === undefined) return true;
  const wanted = target.replace(/\/+$/, '');
  return (
    file === wanted || id === wanted || id.startsWith(`${wanted}/`) || id.startsWith(`${wanted}#`)
  );
}

/**
 * Marks in `project`: a draft (`staged`, scripts/staged/staged.ts, checks it before writing), or a
 * project folder, written at once.
 */
export function markDone(
  project: string | Draft,
  locale: Locale,
  target?: string,
  today = todayInBrussels(),
  /** The translator says the texts are right as they are: unchanged, or the French itself. */
  asIs = false,
): MarkResult {
  if (typeof project === 'string')
    return writeDraft(project, (draft) => markDone(draft, locale, target, today, asIs));
  const draft = project;
  const { files } = draft;
  const sources = textSources(files);
  const reference = referenceTexts(sources);
  const translated = translatedTexts(sources, locale);
  const language = locales[locale].englishName;
  const chosen = reference.filter(({ id, file }) => inTarget(id, file(locale), target));
  if (chosen.length === 0) {
    return {
      marked: [],
      written: false,
      caughtUp: false,
      refused: [
        `"${target}" names no French text. Give a file (content/cookies.yaml, content/policy/${locale}/index.mdx, src/i18n/ui/${locale}.json), a cookie (cookies/<name>), a cookie's field (cookies/<name>/purpose) or a text's id as \`npm run translations\` shows it.`,
      ],
    };
  }
  const { record: previous } = readRecord(files, locale);
  const record: TranslationRecord = {};
  const marked: string[] = [];
  const refused: string[] = [];
  const wanted = new Set(chosen.map(({ id }) => id));
  for (const { id, label, french, file } of reference) {
    const text = translated.get(id);
    const now = {
      fingerprint: fingerprint(french),
      french: normaliseText(french),
      ...(text === undefined ? {} : { translation: fingerprint(text) }),
    };
    if (!wanted.has(id)) {
      if (previous[id]) record[id] = previous[id];
    } else if (text === undefined) {
      refused.push(
        `${file(locale)}: ${label} has no ${language} text, so it cannot be marked as translated. Write the ${language} text first, then mark it again.`,
      );
      if (previous[id]) record[id] = previous[id];
    } else if (!asIs && !id.startsWith('ui/') && normaliseText(text) === normaliseText(french)) {
      // Interface strings that may equal the French are listed in src/i18n/same-as-french.json.
      refused.push(
        `${file(locale)}: ${label} is the French text itself, not ${language === 'English' ? 'an' : 'a'} ${language} translation. Translate it; if it is right as it is (a name, a code), mark it with --as-is.`,
      );
      if (previous[id]) record[id] = previous[id];
    } else if (
      !asIs &&
      previous[id] !== undefined &&
      previous[id].fingerprint !== now.fingerprint &&
      previous[id].translation === now.translation
    ) {
      refused.push(
        `${file(locale)}: ${label} has not changed since the French did (\`npm run translations -- ${locale}\` shows the French change). Bring the ${language} text up to date; if it is right as it is, mark it with --as-is.`,
      );
      record[id] = previous[id];
    } else {
      if (previous[id]?.fingerprint !== now.fingerprint) marked.push(id);
      record[id] = now;
    }
  }
  // Ids the French no longer has are dropped from the record when a whole language is marked;
  // a partial mark keeps them, since it did not look at them.
  if (target !== undefined) {
    for (const [id, source] of Object.entries(previous)) if (!(id in record)) record[id] = source;
  }
  const written = draft.write(recordPath(locale), recordText(record));
  const caughtUp = writeCaughtUp(draft, [locale], today, {
    renew: marked.some(isPolicyText),
  }).includes(locale);
  return { marked, refused, written, caughtUp };
}

export { recordPath };
