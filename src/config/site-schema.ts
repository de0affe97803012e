/**
 * The schema of content/site.yaml: which of the project's languages this site publishes (in the
 * order visitors are offered them), which one is the reference the others are translated from,
 * the address the site is published at and the name its server files carry. Everything that names
 * the site lives there, not in code, so another portal is a matter of content. It imports nothing
 * of the project's configuration: src/config/locales.ts reads the file through it.
 */
import { z } from 'astro/zod';

/** A deployment name becomes file, folder and nginx variable names: letters, digits, hyphens. */
export const DEPLOYMENT_NAME_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The fields, each checked on its own; `supported`: the languages the project has (locales.ts). */
export function siteFields(supported: readonly [string, ...string[]]) {
  const list = supported.join(', ');
  return z
    .strictObject({
      languages: z
        .array(z.enum(supported).describe(`Use the codes of the project’s languages: ${list}.`))
        .min(1)
        .describe(
          `List the site’s languages in the order visitors are offered them, each once, from ${list}, e.g. languages: [fr, nl].`,
        ),
      reference: z
        .enum(supported)
        .describe(
          'Write the language the others are translated from, one of languages, e.g. reference: fr.',
        ),
      address: z
        .url({ protocol: /^https$/ })
        .refine((value) => {
          const url = new URL(value);
          return url.pathname === '/' && !url.search && !url.hash && !url.username;
        })
        .describe(
          'Write the https:// address the site is published at, scheme and host only, e.g. address: https://cookies.example.be (a sub-path goes in BASE_PATH; SITE_URL overrides it for one build).',
        ),
      deploymentName: z
        .string()
        .regex(DEPLOYMENT_NAME_PATTERN)
        .describe(
          'Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.',
        ),
    })
    .describe(
      'Write languages, reference, address and deploymentName (content/README.md, “The site”).',
    );
}

/** What a site file must be: its fields, each language once, the reference among them. */
export function siteSchema(supported: readonly [string, ...string[]]) {
  return siteFields(supported)
    .refine((site) => new Set(site.languages).size === site.languages.length)
    .refine((site) => site.languages.includes(site.reference));
}

export type Site = z.infer<ReturnType<typeof siteSchema>>;
