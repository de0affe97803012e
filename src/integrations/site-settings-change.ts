/**
 * The site's settings (languages, reference, address, deployment name) are read once per process:
 * src/config/locales.ts imports src/config/site.json, and Node keeps that module for the process's
 * life. Astro's restart after `npm run schemas` rewrites the JSON happens in the same process, so
 * its configuration (routes, i18n, the site's address) and the content check keep the settings the
 * process started with, while the pages, evaluated afresh by Vite, would take the new ones: a page
 * built from half of each. `npm run dev` therefore compares what the JSON says now with what the
 * process started with, and while they differ it refuses to render, naming the setting and the fix.
 */
import { locales, site as running } from '../config/locales.ts';
import { GENERATED_SITE_FILE, SITE_FILE } from '../config/site-file.ts';
import { siteSchema, type Site } from '../config/site-schema.ts';
import type { ContentFiles } from '../data/content-files.ts';

const supported = Object.keys(locales) as [string, ...string[]];

/** Each setting as a person reads it, and how its value is written. */
const settings: { [K in keyof Site]: [name: string, show: (value: Site[K]) => string] } = {
  languages: ['the site’s languages', (value) => value.join(', ')],
  reference: ['the reference language', (value) => value],
  address: ['the site’s address', (value) => value],
  deploymentName: ['the deployment name', (value) => value],
};

/** The settings the snapshot's src/config/site.json holds, read as locales.ts reads them. */
function settingsOf(files: ContentFiles): Site | undefined {
  const text = files.text(GENERATED_SITE_FILE);
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const { '//': _generatedBy, ...fields } = value as Record<string, unknown>;
  const parsed = siteSchema(supported).safeParse(fields);
  return parsed.success ? parsed.data : undefined;
}

/**
 * One problem per setting the files changed since the process started (`started`, locales.ts's by
 * default); none while the settings are unreadable (the content check says why).
 */
export function siteSettingsChanges(files: ContentFiles, started: Site = running): string[] {
  const now = settingsOf(files);
  if (!now) return [];
  return (Object.keys(settings) as (keyof Site)[]).flatMap((key) => {
    const [name, show] = settings[key] as [string, (value: unknown) => string];
    const before = show(started[key]);
    const after = show(now[key]);
    return before === after
      ? []
      : [
          `${SITE_FILE} changed ${name} (${before} → ${after}): stop \`npm run dev\` and start it again.`,
        ];
  });
}
