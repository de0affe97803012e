/**
 * Where each kind of content lives, relative to the project root: the content check (which reads
 * every file once for the build), the CLI tools and the tests all read these paths from here.
 */
export const contentPaths = {
  cookies: 'content/cookies.yaml',
  providers: 'content/providers.yaml',
  /** What the audit observed on the portal, written by `npm run audit -- <url> --record`. */
  observations: 'content/observations.yaml',
  /** The portal, its controller and the facts the policy gives about them (GDPR art. 13). */
  operator: 'content/operator.yaml',
  /** The site's languages, address and deployment name (src/config/locales.ts reads it). */
  site: 'content/site.yaml',
  pages: 'content/policy',
  /** Every published version of the policy (src/versions/). */
  versions: 'content/versions.yaml',
  /** Every publication of a version: its day, the version, the commit (src/versions/publications.ts). */
  publications: 'content/publications.yaml',
  uiStrings: 'src/i18n/ui',
  /** UI strings rightly the same as the French, per language (src/content-check/strings.ts). */
  sameAsFrench: 'src/i18n/same-as-french.json',
  /** Per language, the French text each translated text was made from (written by `npm run translations -- mark`). */
  translations: 'content/translations',
  /** JSON Schemas for the YAML files, generated from src/data/schema.ts by `npm run schemas`. */
  cookiesJsonSchema: 'content/schemas/cookies.schema.json',
  providersJsonSchema: 'content/schemas/providers.schema.json',
  operatorJsonSchema: 'content/schemas/operator.schema.json',
  siteJsonSchema: 'content/schemas/site.schema.json',
  manualChecksJsonSchema: 'content/schemas/manual-checks.schema.json',
  /** What the browser test run found on every page (`npm run accessibility`): the statement's evidence. */
  accessibilityEvidence: 'content/accessibility/evidence.json',
  /** The dated manual accessibility checks people record. */
  accessibilityChecks: 'content/accessibility/manual-checks.yaml',
} as const;

/** Folders whose edits change what the content check says (watched by `npm run dev`). */
export const checkedFolders = ['content', contentPaths.uiStrings] as const;
