/**
 * Translations that no longer follow the French reference, as warnings: the policy still
 * publishes (each stale page and cookie row tells its visitors so), while
 * `npm run check -- --strict` fails on them for a release pipeline. One warning per language and
 * file, naming the texts and the command that records them once updated.
 */
import { locales, defaultLocale } from '../config/locales.ts';
import type { LocaleStatus, TextStatus } from '../translations/status.ts';
import { count } from '../lib/plural.ts';

const reference = locales[defaultLocale].englishName;

function list(texts: TextStatus[]): string {
  return texts.map(({ label }) => label).join('; ');
}

/** What a text is about: its cookie (`cookie "matomo"`), or the text itself (`section "…"`). */
const subject = ({ id, label }: TextStatus) =>
  id.startsWith('cookies/') ? label.replace(/: [^:]*$/, '') : label;

/**
 * New texts (a cookie, a section) not yet recorded as a version. A translation written with its
 * French is recorded as translated by `npm run policy:version` (scripts/versions/record.ts: what is
 * written together is current together); one not written (or a copy of the French) is
 * translation work after that. A subject with texts of both kinds is named text by text.
 */
function newTexts(file: string, texts: TextStatus[], language: string, mark: string): string[] {
  const written = texts.filter(({ status }) => status === 'stale');
  const unwritten = texts.filter(({ status }) => status !== 'stale');
  const split = new Set(
    written.map(subject).filter((name) => unwritten.some((text) => subject(text) === name)),
  );
  const names = (group: TextStatus[]) => [
    ...new Set(group.map((text) => (split.has(subject(text)) ? text.label : subject(text)))),
  ];
  const warnings: string[] = [];
  if (written.length > 0) {
    const subjects = names(written);
    const one = subjects.length === 1;
    const [texts, them] = written.length === 1 ? ['text is', 'it'] : ['texts are', 'them'];
    warnings.push(
      `${file}: ${subjects.join('; ')} ${one ? 'is' : 'are'} new, not yet recorded as a version; ${one ? 'its' : 'their'} ${language} ${texts} written: \`npm run policy:version\` records ${them} as translated, with the ${reference}.`,
    );
  }
  if (unwritten.length > 0) {
    const subjects = names(unwritten);
    const one = subjects.length === 1;
    warnings.push(
      `${file}: ${subjects.join('; ')} ${one ? 'is' : 'are'} new, not yet recorded as a version, and ${one ? 'its' : 'their'} ${language} translation${one ? ' is' : 's are'} still to be written. Record ${one ? 'it' : 'them'} with \`npm run policy:version\`, then translate ${one ? 'it' : 'them'} and run \`${mark}\`.`,
    );
  }
  return warnings;
}

export function checkTranslations(statuses: readonly LocaleStatus[]): string[] {
  const warnings: string[] = [];
  for (const { locale, texts, problem } of statuses) {
    if (problem) warnings.push(problem);
    const language = locales[locale].englishName;
    const files = [...new Set(texts.map(({ file }) => file))];
    for (const file of files) {
      const mark = `npm run translations -- mark ${locale} ${file}`;
      // A new cookie or section, not yet recorded as a version: nothing older to follow.
      const unversioned = texts.filter((text) => text.file === file && text.unversioned);
      warnings.push(...newTexts(file, unversioned, language, mark));
      const inFile = texts.filter((text) => text.file === file && !text.unversioned);
      // A translation written after its French was recorded without it follows nothing older:
      // it is waiting to be checked and marked.
      const unmarked = inFile.filter(
        ({ status, recordedFrench }) => status === 'stale' && recordedFrench === undefined,
      );
      const stale = inFile.filter(
        ({ status, recordedFrench }) => status === 'stale' && recordedFrench !== undefined,
      );
      const missing = inFile.filter(({ status, copy }) => status === 'missing' && !copy);
      const copies = inFile.filter(({ copy }) => copy);
      if (stale.length > 0)
        warnings.push(
          `${file}: ${stale.length === 1 ? `the ${language} text of ${list(stale)} follows` : `${stale.length} ${language} texts follow`} an older ${reference} text${stale.length === 1 ? '' : ` (${list(stale)})`}. Update ${stale.length === 1 ? 'it' : 'them'} (\`npm run translations\` shows what changed), then run \`${mark}\`.`,
        );
      if (unmarked.length > 0)
        warnings.push(
          `${file}: ${unmarked.length === 1 ? `the ${language} text of ${list(unmarked)} is` : `${unmarked.length} ${language} texts are`} written but not yet marked as translated${unmarked.length === 1 ? '' : ` (${list(unmarked)})`}. Check ${unmarked.length === 1 ? 'it' : 'them'} against the ${reference}, then run \`${mark}\`.`,
        );
      if (missing.length > 0)
        warnings.push(
          `${file}: ${list(missing)} ${missing.length === 1 ? 'has' : 'have'} no ${language} text yet. Translate ${missing.length === 1 ? 'it' : 'them'}, then run \`${mark}\`.`,
        );
      if (copies.length === 1)
        warnings.push(
          `${file}: the ${language} text of ${list(copies)} is a copy of the ${reference}, not a translation. Translate it, then run \`${mark}\`; if it is right as it is (a name, a code), run \`npm run translations -- mark ${locale} ${copies[0]!.id} --as-is\`.`,
        );
      if (copies.length > 1)
        warnings.push(
          `${file}: the ${language} texts of ${list(copies)} are copies of the ${reference}, not translations. Translate them, then run \`${mark}\`; for one that is right as it is (a name, a code), run \`npm run translations -- mark ${locale} <id> --as-is\` with its id (${copies.map(({ id }) => id).join(', ')}).`,
        );
    }
  }
  return warnings;
}

/** The warnings as a person reads them, after the build or `npm run check`. */
export function formatWarnings(warnings: string[]): string {
  return `Translations behind the ${reference} reference: ${count(warnings.length, 'warning')}.\n${warnings.map((warning) => `  - ${warning}`).join('\n')}`;
}
