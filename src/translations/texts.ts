/**
 * Every text a translator translates, from a snapshot of the content (content-files.ts; each file
 * parsed once per snapshot, by `textSources`), with one id per text that is
 * the same in every language:
 *   cookies/<name>/<field>        a cookie's per-language text: service, purpose, condition,
 *                                 contents, exemptBecause, notObservedBecause (content/cookies.yaml)
 *   operator/<path>               a per-language text of content/operator.yaml, by its place in
 *                                 the file (operator/controller.name.value.inSentence)
 *   policy/<page>#title           a page's title (frontmatter), #description likewise
 *   policy/<page>#<section>       a page's section: a heading and what follows it up to the next
 *                                 heading (#intro for the text before the first heading)
 *   versions/<date>/summary       a version's summary of its text changes (content/versions.yaml)
 *   ui/<key>                      an interface string (src/i18n/ui/<locale>.json)
 * Sections are tracked one by one, so a translator sees which part of a long page moved. A
 * section's id is its French heading's id on the built page (the anchor a reader links to,
 * src/data/page-sections.ts); a translation's sections are matched to the
 * French ones by position, since their headings are in another language (the pages mirror each
 * other section for section). Files that cannot be read give no texts: the content check reports
 * them.
 */
import type { ContentFiles } from '../data/content-files.ts';
import { loadYaml as parseYamlText, splitFrontmatter, type YamlReader } from '../data/parse.ts';
import { pageSections, type PageSection } from '../data/page-sections.ts';
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { parseVersions, type PolicyVersion } from '../versions/versions-file.ts';
import { localizedFields } from '../data/schema.ts';

/** What a text is, as a record: the pages read it so, never by taking its id apart. */
export type TextSubject =
  /** `part` is `title`, `description` or a section's anchor (`intro` before the first heading). */
  | { kind: 'page'; page: string; part: string }
  | { kind: 'cookie'; name: string; field: string }
  /** `path` is the text's place in content/operator.yaml: controller.name.value.inSentence. */
  | { kind: 'operator'; path: string }
  | { kind: 'summary'; date: string }
  | { kind: 'ui'; key: string };

/** The id a text is recorded by (versions, translation records): built here, from its subject. */
export function textId(subject: TextSubject): string {
  switch (subject.kind) {
    case 'page':
      return `policy/${subject.page}#${subject.part}`;
    case 'cookie':
      return `cookies/${subject.name}/${subject.field}`;
    case 'operator':
      return `operator/${subject.path}`;
    case 'summary':
      return `versions/${subject.date}/summary`;
    case 'ui':
      return `ui/${subject.key}`;
  }
}

export interface ReferenceText {
  id: string;
  subject: TextSubject;
  /** What a person calls it: cookie "sessionid": purpose, section "Vos droits", "table.caption". */
  label: string;
  /** The French text, as written. */
  french: string;
  /** The file holding this text in a given language, relative to the project. */
  file: (locale: Locale) => string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const asText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

function loadYaml(text: string | undefined, yaml?: YamlReader): unknown {
  if (text === undefined) return undefined;
  try {
    return parseYamlText(text, yaml);
  } catch {
    return undefined;
  }
}

interface Page {
  title?: string | undefined;
  description?: string | undefined;
  sections: PageSection[];
}

/**
 * Frontmatter and sections of an MDX page (src/data/page-sections.ts: cut where the MDX parser
 * finds headings, with the ids the built page gives them). A page the parser cannot read is one
 * section: the content check reports it.
 */
function splitPage(source: string, files: ContentFiles): Page {
  const { frontmatter, body } = splitFrontmatter(source);
  const data = loadYaml(frontmatter, files.yaml);
  let sections: PageSection[];
  try {
    sections = pageSections(body, files.mdast(body), files.headings(body));
  } catch {
    sections = [{ id: 'intro', text: body }];
  }
  return {
    title: isRecord(data) ? asText(data.title) : undefined,
    description: isRecord(data) ? asText(data.description) : undefined,
    sections,
  };
}

/**
 * What the texts are taken from, each file parsed once however many languages are compared:
 * the cookies' entries, the recorded versions, each page's sections, each language's strings.
 * Files that cannot be read give no texts (the content check says why).
 */
export interface TextSources {
  cookies: Record<string, unknown>[];
  /** content/operator.yaml as parsed, when it can be read. */
  operator: unknown;
  /** The recorded versions that can be read (the versions check reports the others). */
  versions: PolicyVersion[];
  /** The French pages, relative to their language's folder. */
  pages: string[];
  page(locale: Locale, page: string): Page;
  strings(locale: Locale): Record<string, unknown>;
  /** The translation records' folder and the rest, for the status (status.ts). */
  files: ContentFiles;
}

/** The recorded versions of a snapshot that can be read. */
export function readVersions(files: ContentFiles): PolicyVersion[] {
  const text = files.text(contentPaths.versions);
  return text === undefined ? [] : parseVersions(text, contentPaths.versions, files.yaml).versions;
}

/** The sources of a snapshot; `versions` when the caller has read them already. */
export function textSources(
  files: ContentFiles,
  versions: PolicyVersion[] = readVersions(files),
): TextSources {
  const list = loadYaml(files.text(contentPaths.cookies), files.yaml);
  const operator = loadYaml(files.text(contentPaths.operator), files.yaml);
  const pages = new Map<string, Page>();
  const strings = new Map<Locale, Record<string, unknown>>();
  return {
    files,
    cookies: Array.isArray(list) ? list.filter(isRecord) : [],
    operator,
    versions,
    pages: files.pages(`${contentPaths.pages}/${defaultLocale}`),
    page: (locale, page) => {
      const path = pageFile(page)(locale);
      let split = pages.get(path);
      if (!split) {
        split = splitPage(files.text(path) ?? '', files);
        pages.set(path, split);
      }
      return split;
    },
    strings: (locale) => {
      let found = strings.get(locale);
      if (!found) {
        const text = files.text(`${contentPaths.uiStrings}/${locale}.json`);
        try {
          const parsed: unknown = text === undefined ? undefined : JSON.parse(text);
          found = isRecord(parsed) ? parsed : {};
        } catch {
          found = {};
        }
        strings.set(locale, found);
      }
      return found;
    },
  };
}

export const summaryId = (date: string) => textId({ kind: 'summary', date });

/** A group of texts by language (`{ fr: …, en: … }`): its French is a text to translate. */
const isLanguageGroup = (value: Record<string, unknown>) =>
  typeof value[defaultLocale] === 'string' &&
  Object.keys(value).every((key) => (localeCodes as readonly string[]).includes(key));

/**
 * The per-language texts of content/operator.yaml, each by its place in the file
 * (`controller.name.value.inSentence`), in the file's order: every group of texts by language,
 * wherever the schema puts one, so a new per-language fact is tracked without a list to update.
 */
export function operatorTextGroups(
  value: unknown,
  path: string[] = [],
): { path: string; texts: Record<string, unknown> }[] {
  if (!isRecord(value)) return [];
  if (path.length > 0 && isLanguageGroup(value)) return [{ path: path.join('.'), texts: value }];
  return Object.entries(value).flatMap(([key, inner]) => operatorTextGroups(inner, [...path, key]));
}

const pageFile = (page: string) => (locale: Locale) => `${contentPaths.pages}/${locale}/${page}`;

/**
 * The French texts, in the order of their files: cookies, operator facts, pages, version
 * summaries, then interface strings.
 */
export function referenceTexts(sources: TextSources): ReferenceText[] {
  const texts: ReferenceText[] = [];
  const cookiesFile = () => contentPaths.cookies;
  for (const entry of sources.cookies) {
    const name = asText(entry.name)?.trim();
    if (!name) continue;
    for (const field of localizedFields) {
      const value = entry[field];
      const french = isRecord(value) ? asText(value[defaultLocale]) : undefined;
      if (french === undefined) continue;
      const subject = { kind: 'cookie', name, field } as const;
      texts.push({
        id: textId(subject),
        subject,
        label: `cookie "${name}": ${field}`,
        french,
        file: cookiesFile,
      });
    }
  }
  for (const { path, texts: group } of operatorTextGroups(sources.operator)) {
    const french = asText(group[defaultLocale]);
    if (french !== undefined)
      texts.push({
        id: textId({ kind: 'operator', path }),
        subject: { kind: 'operator', path },
        label: path,
        french,
        file: () => contentPaths.operator,
      });
  }
  for (const page of sources.pages) {
    const { title, description, sections } = sources.page(defaultLocale, page);
    const file = pageFile(page);
    const part = (part: string) => ({ subject: { kind: 'page', page, part } as const });
    const partId = (part: string) => textId({ kind: 'page', page, part });
    if (title)
      texts.push({ id: partId('title'), ...part('title'), label: 'title', french: title, file });
    if (description)
      texts.push({
        id: partId('description'),
        ...part('description'),
        label: 'description',
        french: description,
        file,
      });
    for (const { heading, id, text } of sections) {
      // A page that starts with a heading has no text before it: nothing to translate there.
      if (!text.trim()) continue;
      texts.push({
        id: partId(id),
        ...part(id),
        label:
          heading === undefined ? 'the text before the first heading' : `section "${heading.text}"`,
        french: text,
        file,
      });
    }
  }
  for (const { date, summary } of sources.versions) {
    const french = asText(summary?.[defaultLocale]);
    if (french !== undefined)
      texts.push({
        id: summaryId(date),
        subject: { kind: 'summary', date },
        label: `summary of the version of ${date}`,
        french,
        file: () => contentPaths.versions,
      });
  }
  const uiFile = (locale: Locale) => `${contentPaths.uiStrings}/${locale}.json`;
  for (const [key, value] of Object.entries(sources.strings(defaultLocale))) {
    const french = asText(value);
    if (french !== undefined)
      texts.push({
        id: textId({ kind: 'ui', key }),
        subject: { kind: 'ui', key },
        label: `"${key}"`,
        french,
        file: uiFile,
      });
  }
  return texts;
}

/**
 * One language's texts by id (the reference's ids). A text the language lacks, or has empty, is
 * absent. Sections are matched to the French ones by position.
 */
export function translatedTexts(sources: TextSources, locale: Locale): Map<string, string> {
  const texts = new Map<string, string>();
  const put = (id: string, value: unknown) => {
    const text = asText(value);
    if (text !== undefined) texts.set(id, text);
  };
  for (const entry of sources.cookies) {
    const name = asText(entry.name)?.trim();
    if (!name) continue;
    for (const field of localizedFields) {
      const value = entry[field];
      if (isRecord(value)) put(textId({ kind: 'cookie', name, field }), value[locale]);
    }
  }
  for (const { path, texts: group } of operatorTextGroups(sources.operator))
    put(textId({ kind: 'operator', path }), group[locale]);
  for (const page of sources.pages) {
    const ids = sources.page(defaultLocale, page).sections.map(({ id }) => id);
    const { title, description, sections } = sources.page(locale, page);
    put(textId({ kind: 'page', page, part: 'title' }), title);
    put(textId({ kind: 'page', page, part: 'description' }), description);
    sections.forEach(({ text }, index) => {
      if (index < ids.length) put(textId({ kind: 'page', page, part: ids[index]! }), text);
    });
  }
  for (const { date, summary } of sources.versions) put(summaryId(date), summary?.[locale]);
  for (const [key, value] of Object.entries(sources.strings(locale)))
    put(textId({ kind: 'ui', key }), value);
  return texts;
}
