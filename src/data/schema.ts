/**
 * The cookie inventory's schema: the one place that says what a cookie and a provider are.
 * Astro's content collections (src/content.config.ts), the standalone data check, the table and
 * the README's field list all derive from it. Each field's description is the fix an editor reads
 * when it is wrong (src/content-check/messages.ts) and the help the editor's YAML extension shows.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { parseLifetime } from './lifetime.ts';

/** Purpose categories, in the order the table shows them. Only `necessary` is exempt from consent. */
export const categories = ['necessary', 'preferences', 'statistics', 'marketing'] as const;
export type Category = (typeof categories)[number];
export const requiresConsent = (category: Category) => category !== 'necessary';

/** Who sets the cookie: the portal itself, or another site. */
export const parties = ['first', 'third'] as const;
/** Where the browser keeps it. */
export const storageTypes = ['http-cookie', 'local-storage', 'session-storage'] as const;

/** A non-empty text in every site language; unknown languages are refused so typos show. */
function localizedText() {
  const text = z.string().trim().min(1);
  const shape = Object.fromEntries(localeCodes.map((locale) => [locale, text])) as Record<
    Locale,
    typeof text
  >;
  return z.strictObject(shape);
}

const cookieName = z.string().trim().min(1);
const webAddress = () => z.url({ protocol: /^https?$/ });
const ADDRESS_HINT = 'Write a full web address starting with https://.';
const oneOf = (values: readonly string[]) => `Use one of: ${values.join(', ')}.`;

export const sourceSchema = z.strictObject({
  /** Where the fact was read (documentation, template, source code). */
  url: webAddress().describe(ADDRESS_HINT),
  /** What that source says, in a sentence, so a reviewer need not open it. */
  note: z.string().trim().min(1).describe('Say in a sentence what the source states.'),
});

export const cookieSchema = z.strictObject({
  /** The cookie's name as the browser shows it, or a pattern with `*` when `wildcard` is true. */
  name: cookieName.describe('Write the cookie name as the browser shows it, e.g. name: sessionid.'),
  /** True when `name` is a pattern such as `_pk_id.*` that matches several cookies. */
  wildcard: z
    .boolean()
    .optional()
    .describe('Write wildcard: true when the name is a pattern with *, or remove the line.'),
  /** The `id` of an entry in content/providers.yaml. */
  provider: z
    .string()
    .trim()
    .min(1)
    .describe(`Write the id of a provider listed in ${contentPaths.providers}.`),
  /** What the cookie is for; decides whether consent is needed. */
  category: z.enum(categories).describe(oneOf(categories)),
  /** `first` when the portal sets it, `third` when another site does. */
  party: z
    .enum(parties)
    .describe(`${oneOf(parties).slice(0, -1)} (first when the portal sets it).`),
  /** Where the browser keeps it. */
  storage: z.enum(storageTypes).describe(oneOf(storageTypes)),
  /** ISO 8601 duration (P2W, P6M, P1Y) or `session`; the longest the browser keeps it. */
  lifetime: z
    .string()
    .refine((value) => parseLifetime(value) !== undefined)
    .describe(
      'Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session.',
    ),
  /** The feature of the portal that sets it, and where (front office, back office). */
  service: localizedText(),
  /** Why the portal needs it, in words a visitor understands. */
  purpose: localizedText(),
  /** When it is set only in some cases, e.g. only if the portal has several languages. */
  condition: localizedText().optional(),
  /** Where each fact above comes from: lifetimes differ between defaults and the operator's settings. */
  source: z
    .array(sourceSchema)
    .min(1)
    .describe('Add a list of sources, each with a url and a note saying what it states.'),
});

export const providerSchema = z.strictObject({
  /** Short identifier that cookies refer to, e.g. `opendatasoft`. */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/)
    .describe('Use lower-case letters, digits and hyphens, e.g. id: opendatasoft.'),
  /** The company's name as visitors know it. */
  name: z
    .string()
    .trim()
    .min(1)
    .describe("Write the company's name as visitors know it, e.g. name: Opendatasoft."),
  /** The company's home page. */
  website: webAddress().describe(ADDRESS_HINT),
  /** The company's privacy policy, which visitors are entitled to read. */
  privacyPolicy: webAddress().describe(ADDRESS_HINT),
});

export type CookieInput = z.input<typeof cookieSchema>;
export type Cookie = z.output<typeof cookieSchema>;
export type Provider = z.output<typeof providerSchema>;
