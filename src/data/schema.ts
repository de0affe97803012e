/**
 * The cookie inventory's schema: the one place that says what a cookie and a provider are.
 * Astro's content collections (src/content.config.ts), the standalone data check, the table and
 * the README's field list all derive from it.
 */
import { z } from 'astro/zod';
import { localeCodes, type Locale } from '../config/locales.ts';
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

/** Where the browser keeps it. */
export const storageTypes = ['http-cookie', 'local-storage', 'session-storage'] as const;

/** Marks a text the audit's suggested entry leaves for a person to write (src/cli/audit/suggest.ts). */
export const PLACEHOLDER = 'TODO';
const isPlaceholder = (value: string) => value.trim().startsWith(PLACEHOLDER);

/** When an entry is set only in some visits; the audit does not expect a crawl to see it. */
export const setWhenValues = ['sign-in', 'consent', 'consent-choice', 'multilingual'] as const;

/** A non-empty text in every site language; unknown languages are refused so typos show. */
function localizedText() {
  const text = z
    .string()
    .trim()
    .min(1)
    .refine((value) => !isPlaceholder(value));
  const shape = Object.fromEntries(localeCodes.map((locale) => [locale, text])) as Record<
    Locale,
    typeof text
  >;
  return z.strictObject(shape);
}

const cookieName = z.string().trim().min(1);

export const sourceSchema = z.strictObject({
  /** Where the fact was read (documentation, template, source code). */
  url: z.url({ protocol: /^https?$/ }),
  /** What that source says, in a sentence, so a reviewer need not open it. */
  note: z.string().trim().min(1),
});

export const cookieSchema = z.strictObject({
  /** The cookie's name as the browser shows it, or a pattern with `*` when `wildcard` is true. */
  name: cookieName,
  /** True when `name` is a pattern such as `_pk_id.*` that matches several cookies. */
  wildcard: z.boolean().optional(),
  /** The `id` of an entry in content/providers.yaml. */
  provider: z.string().trim().min(1),
  /** What the cookie is for; decides whether consent is needed. */
  category: z.enum(categories),
  /** `first` when the portal sets it, `third` when another site does. */
  party: z.enum(parties),
  /** Where the browser keeps it. */
  storage: z.enum(storageTypes),
  /** ISO 8601 duration (P2W, P6M, P1Y) or `session`; the longest the browser keeps it. */
  lifetime: z.string().refine((value) => parseLifetime(value) !== undefined),
  /** The feature of the portal that sets it, and where (public site, administration area). */
  service: localizedText(),
  /** Why the portal needs it, in words a visitor understands. */
  purpose: localizedText(),
  /** When it is set only in some cases, e.g. only if the portal has several languages. */
  condition: localizedText().optional(),
  /** Set only after signing in, after consent to its category, after any consent choice, or on a multilingual portal. */
  setWhen: z.enum(setWhenValues).optional(),
  /** Where each fact above comes from: lifetimes differ between defaults and the operator's settings. */
  source: z.array(sourceSchema).min(1),
});

export const providerSchema = z.strictObject({
  /** Short identifier that cookies refer to, e.g. `opendatasoft`. */
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]*$/),
  /** The company's name as visitors know it. */
  name: z.string().trim().min(1),
  /** `processor` when it handles the data only for the portal's controller, `controller` when it decides its own use of it. */
  role: z.enum(providerRoles),
  /** The company's home page. */
  website: z.url({ protocol: /^https?$/ }),
  /** The company's privacy policy, which visitors are entitled to read. */
  privacyPolicy: z.url({ protocol: /^https?$/ }),
  /** Host names its servers answer on (a request or cookie on one of them or below belongs to it). */
  domains: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/),
    )
    .min(1)
    .optional(),
});

export type CookieInput = z.input<typeof cookieSchema>;
export type Cookie = z.output<typeof cookieSchema>;
export type Provider = z.output<typeof providerSchema>;
