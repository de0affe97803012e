/**
 * The cookie inventory's schema: the one place that says what a cookie and a provider are.
 * The content check (whose result the pages render), the table and the README's field list all
 * derive from it. Each field's description is the fix an editor reads
 * when it is wrong (src/data/schema-messages.ts) and the help the editor's YAML extension shows.
 */
import { z } from 'astro/zod';
import { defaultLocale, localeCodes, type Locale } from '../config/locales.ts';
import { contentPaths } from '../config/paths.ts';
import { parseLifetime } from './lifetime.ts';

/** Purpose categories, in the order the table shows them. Only `necessary` is exempt from consent. */
export const categories = ['necessary', 'preferences', 'statistics', 'marketing'] as const;
export type Category = (typeof categories)[number];
export const requiresConsent = (category: Category) => category !== 'necessary';

/** Who sets the cookie: the portal itself, or another site. */
export const parties = ['first', 'third'] as const;
/**
 * What a provider is under the GDPR: a `processor` handles the cookies' data only on the
 * controller's behalf and instructions (the platform company); a `controller` decides itself what
 * it does with the data it reads (most third parties, such as ad networks).
 */
export const providerRoles = ['processor', 'controller'] as const;
export type ProviderRole = (typeof providerRoles)[number];

/**
 * Where the browser keeps it: a cookie, a localStorage or sessionStorage key, an IndexedDB
 * database (by its name), a Cache Storage cache (by its name) or a service worker (by its
 * script's path). Each is a way to recognise a visitor again, and the audit reads each.
 */
export const storageTypes = [
  'http-cookie',
  'local-storage',
  'session-storage',
  'indexed-db',
  'cache-storage',
  'service-worker',
] as const;
export type StorageType = (typeof storageTypes)[number];
/** The storages that have no expiry: they stay until the visitor or the site clears them. */
export const untilClearedStorage: readonly StorageType[] = [
  'local-storage',
  'indexed-db',
  'cache-storage',
  'service-worker',
];

/** Marks a text the audit's suggested entry leaves for a person to write (scripts/audit/suggest.ts). */
export const PLACEHOLDER = 'TODO';
const isPlaceholder = (value: string) => value.trim().startsWith(PLACEHOLDER);

/** When an entry is set only in some visits; the audit does not expect a crawl to see it. */
export const setWhenValues = ['sign-in', 'consent', 'consent-choice', 'multilingual'] as const;

/** The schemas made by localizedText(), so that checks and tools can tell those fields apart. */
const localizedTexts = new WeakSet<z.ZodType>();

/** Whether a field holds one text per site language (optional or not). */
export function isLocalizedText(field: z.ZodType | undefined): boolean {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner !== undefined && localizedTexts.has(inner);
}

/**
 * A non-empty text in every site language; unknown languages are refused so typos show. A
 * description is given here, not by .describe(), which would make a copy the checks do not know.
 * With `frenchFirst` (a cookie's per-language texts, whose translations are tracked
 * and whose rows carry the notice), only the reference language is required: a language left out
 * is translation work (`npm run translations` lists it), and until it is done the pages show the
 * French text, said to be French, with the notice (the value holds the French for it).
 */
export function localizedText(
  description?: string,
  { frenchFirst = false }: { frenchFirst?: boolean } = {},
) {
  const text = z
    .string()
    .trim()
    .min(1)
    .refine((value) => !isPlaceholder(value));
  const shape = Object.fromEntries(
    localeCodes.map((locale) => [
      locale,
      locale === defaultLocale || !frenchFirst ? text : text.optional(),
    ]),
  ) as Record<Locale, typeof text>;
  const object = description ? z.strictObject(shape).describe(description) : z.strictObject(shape);
  const schema = object.transform(
    (value) =>
      Object.fromEntries(
        localeCodes.map((locale) => [locale, value[locale] ?? value[defaultLocale]]),
      ) as Record<Locale, string>,
  );
  localizedTexts.add(schema);
  if (frenchFirst) frenchFirstTexts.add(schema);
  return schema;
}

const frenchFirstTexts = new WeakSet<z.ZodType>();

/** Whether a per-language field needs only its French text (localizedText's frenchFirst). */
export function isFrenchFirst(field: z.ZodType | undefined): boolean {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  return inner !== undefined && frenchFirstTexts.has(inner);
}

const cookieName = z.string().trim().min(1);
export const webAddress = () => z.url({ protocol: /^https?$/ });
export const ADDRESS_HINT = 'Write a full web address starting with https://.';
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
  /** ISO 8601 duration (P2W, P6M, P1Y), `session`, or `until-cleared` for storage with no expiry. */
  lifetime: z
    .string()
    .refine((value) => parseLifetime(value) !== undefined)
    .describe(
      `Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session; for storage with no expiry (${untilClearedStorage.join(', ')}), until-cleared.`,
    ),
  /** The feature of the portal that sets it, and where (public site, administration area). */
  service: localizedText(undefined, { frenchFirst: true }),
  /** Why the portal needs it, in words a visitor understands. */
  purpose: localizedText(undefined, { frenchFirst: true }),
  /** When it is set only in some cases, e.g. only if the portal has several languages. */
  condition: localizedText(undefined, { frenchFirst: true }).optional(),
  /**
   * What the cookie holds, in words a visitor understands (APD: the data each cookie collects,
   * art. 10/2 of the law of 30 July 2018): "a random session identifier", "a language code".
   * The table shows it under the purpose; the exports carry it.
   */
  contents: localizedText(undefined, { frenchFirst: true }).optional(),
  /** Set only after signing in, after consent to its category, after any consent choice, or on a multilingual portal. */
  setWhen: z
    .enum(setWhenValues)
    .optional()
    .describe(`${oneOf(setWhenValues).slice(0, -1)}; remove the line when any visit sets it.`),
  /**
   * Why a strictly necessary cookie kept beyond the session is still needed for the service the
   * visitor asked for (WP194): one sentence the table shows. Publishing requires it.
   */
  exemptBecause: localizedText(undefined, { frenchFirst: true }).optional(),
  /**
   * Why no automatic audit can observe it (set only after signing in, say): shown in the table.
   * With it, `manualEvidence` names how it was checked by hand.
   */
  notObservedBecause: localizedText(undefined, { frenchFirst: true }).optional(),
  /** How a person observed it on the portal instead: the page or record of that check. */
  manualEvidence: sourceSchema
    .optional()
    .describe(
      'Name the check made by hand: manualEvidence with url (where it was seen) and note (what was seen, when, by whom).',
    ),
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
  /** `processor` when it handles the data only for the portal's controller, `controller` when it decides its own use of it. */
  role: z
    .enum(providerRoles)
    .describe(
      `${oneOf(providerRoles).slice(0, -1)} (processor when the company handles the data only for the portal's operator, as the platform company does; controller when it decides itself what it does with the data).`,
    ),
  /** The company's home page. */
  website: webAddress().describe(ADDRESS_HINT),
  /**
   * The company's privacy policy. The table links it only for a `controller`, whose own policy
   * governs what it does with the data; a processor's policy for its own website's visitors does not.
   */
  privacyPolicy: webAddress().describe(ADDRESS_HINT),
  /** The language the privacy policy is written in, so a page in another language can say so. */
  privacyPolicyLanguage: z
    .string()
    .regex(/^[a-z]{2,3}$/)
    .optional()
    .describe(
      'Write the language code of the privacy policy page, e.g. privacyPolicyLanguage: en.',
    ),
  /** Host names its servers answer on (a request or cookie on one of them or below belongs to it). */
  domains: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
    )
    .min(1)
    .optional()
    .describe(
      'List the host names its servers use, in lower case, e.g. domains: [stats.example.net].',
    ),
});

/** The cookie fields written in every language (service, purpose, condition): what translators translate. */
export const localizedFields = Object.keys(cookieSchema.shape).filter((key) =>
  isLocalizedText(cookieSchema.shape[key as keyof typeof cookieSchema.shape]),
);

export type CookieInput = z.input<typeof cookieSchema>;
export type Cookie = z.output<typeof cookieSchema>;
export type Provider = z.output<typeof providerSchema>;

/** The inventory as the content check validated it: every cookie and every provider. */
export interface Inventory {
  cookies: Cookie[];
  providers: Provider[];
}

/**
 * The cookies that record the visitor's consent choices (setWhen: consent-choice), by name: each
 * one means the portal shows a consent interface. Read by the consent sentence and the draft rule.
 */
export const consentRecordsOf = (cookies: Cookie[]): string[] =>
  cookies
    .filter((cookie) => cookie.setWhen === 'consent-choice')
    .map((cookie) => cookie.name)
    .sort((a, b) => a.localeCompare(b));
