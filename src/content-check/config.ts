/**
 * The site's per-language configuration, checked when a language is added: every locale has a
 * valid BCP 47 tag (src/config/locales.ts), and every per-language setting of src/config/site.ts
 * (a group keyed by language, such as the authority's url) has a value for it. TypeScript would say so
 * only in `astro check`; the build and `npm run check` run without types.
 */
import { defaultLocale, locales } from '../config/locales.ts';
import { authority } from '../config/site.ts';
import {
  GENERATED_SITE_FILE,
  SITE_FILE as SITE_YAML,
  generatedSiteText,
} from '../config/site-file.ts';
import { siteFields, siteSchema } from '../config/site-schema.ts';
import { checkValue, isRecord } from '../data/entries.ts';
import { parseYaml } from '../data/parse.ts';
import { readText } from './read-text.ts';
import type { ContentFiles } from '../data/content-files.ts';

const LOCALES_FILE = 'src/config/locales.ts';
const SITE_FILE = 'src/config/site.ts';

type LocaleTable = Record<string, { englishName: string; bcp47: string }>;

/** Problems with the locale list and the per-language settings; arguments default to the real ones. */
export function checkSiteConfig(
  table: LocaleTable = locales,
  settings: Record<string, unknown> = authority,
  reference: string = defaultLocale,
): string[] {
  const problems: string[] = [];
  for (const [code, { englishName, bcp47 }] of Object.entries(table)) {
    let canonical: string | undefined;
    try {
      [canonical] = Intl.getCanonicalLocales(bcp47);
    } catch {
      canonical = undefined;
    }
    if (canonical === undefined)
      problems.push(
        `${LOCALES_FILE}: ${code} (${englishName}): bcp47 "${bcp47}" is not a BCP 47 language tag. ` +
          `Write the language, a hyphen and the region, e.g. ${code}-BE.`,
      );
    else if (canonical !== bcp47)
      problems.push(
        `${LOCALES_FILE}: ${code} (${englishName}): bcp47 "${bcp47}" is not written the standard way. Write "${canonical}".`,
      );
  }
  // A per-language setting is a group of values keyed by language, like the reference's.
  for (const [name, value] of Object.entries(settings)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, reference)) continue;
    for (const [code, { englishName }] of Object.entries(table).filter(
      ([code]) => !Object.hasOwn(value, code),
    ))
      problems.push(
        `${SITE_FILE}: authority.${name} has no value for "${code}" (${englishName}). ` +
          `Add ${code}: with its ${englishName} value, or reuse another language's on purpose, e.g. ${code}: '${String((value as Record<string, unknown>)[reference])}'.`,
      );
  }
  return problems;
}

/**
 * content/site.yaml: the site's languages, its reference, address and deployment name, every
 * problem at once. src/config/locales.ts reads the same file without reporting: this says why a
 * wrong one is not used.
 */
export function checkSiteFile(files: ContentFiles): string[] {
  const problems: string[] = [];
  const text = readText(
    files,
    SITE_YAML,
    problems,
    'Create it with languages, reference, address and deploymentName (content/README.md, “The site”).',
  );
  if (text === undefined) return problems;
  const parsed = parseYaml(text, SITE_YAML, { yaml: files.yaml });
  if (!parsed.ok) return [parsed.problem];
  if (!isRecord(parsed.value))
    return [
      `${SITE_YAML}: the file must be a group of fields (languages, reference, address, deploymentName), as content/README.md shows under “The site”.`,
    ];
  const supported = Object.keys(locales) as [string, ...string[]];
  problems.push(
    ...checkValue(SITE_YAML, parsed.value, siteFields(supported), 'the file', parsed.lineOf)
      .problems,
  );
  // Between fields, checked whatever else is wrong, so every problem shows at once.
  const { languages, reference } = parsed.value;
  if (Array.isArray(languages)) {
    const twice = languages.filter((code, index) => languages.indexOf(code) !== index);
    for (const code of new Set(twice))
      problems.push(
        `${SITE_YAML}: languages lists "${String(code)}" more than once. List each language once.`,
      );
    if (
      typeof reference === 'string' &&
      Object.hasOwn(locales, reference) &&
      languages.length > 0 &&
      !languages.includes(reference)
    )
      problems.push(
        `${SITE_YAML}: reference "${reference}" is not one of languages (${languages.join(', ')}). Add it to languages, or make one of them the reference.`,
      );
  }
  // The code reads the same settings from the JSON `npm run schemas` writes (site-file.ts).
  const site = siteSchema(supported).safeParse(parsed.value);
  const generated = files.read(GENERATED_SITE_FILE);
  if (
    site.success &&
    (generated.ok || !generated.missing) &&
    (generated.ok ? generated.text : undefined) !== generatedSiteText(site.data)
  )
    problems.push(
      `${GENERATED_SITE_FILE}: does not say what ${SITE_YAML} says. Run npm run schemas, which writes it, then run the command again.`,
    );
  return problems;
}
