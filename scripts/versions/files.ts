/**
 * How the commands write content/versions.yaml (`npm run policy:version`, `translations -- mark`),
 * content/publications.yaml (`npm run policy:publish`, `npm run init`) and the translation
 * records (content/translations/): the site only reads them (src/versions/versions-file.ts,
 * src/versions/publications.ts, src/translations/record.ts).
 */
import yaml from 'js-yaml';
import type { TranslationRecord } from '../../src/translations/record.ts';
import type { Publications } from '../../src/versions/publications.ts';
import type { PolicyVersion } from '../../src/versions/versions-file.ts';

const VERSIONS_HEADER = `# Every recorded version of the cookie policy, oldest first, one per day. Publishing one is a
# second act (\`npm run policy:publish\`, content/publications.yaml): the public history lists only
# published versions. \`npm run policy:version\` records the French text, the inventory and the
# operator facts as they are now (a second recording on the same day adds to that day's version),
# with the audit an inventory change followed and whether the portal changed or its description
# was corrected (inventoryChange), and asks for the French summary. Translators add their
# language's summary; \`npm run translations -- mark\` writes \`translated\`. Leave audit,
# inventoryChange, cookies, providers, operator, texts and translated as the commands wrote them:
# the next version is compared with them. See content/README.md, "Versions".
`;

/** One version as the YAML the file holds, formatted as Prettier would (the repository checks it). */
export function serialiseVersion(version: PolicyVersion): string {
  const ordered = {
    date: version.date,
    ...(version.summary ? { summary: version.summary } : {}),
    ...(version.audit ? { audit: version.audit } : {}),
    ...(version.inventoryChange ? { inventoryChange: version.inventoryChange } : {}),
    cookies: version.cookies,
    providers: version.providers,
    ...(version.operator ? { operator: version.operator } : {}),
    texts: version.texts,
    ...(version.translated && Object.keys(version.translated).length > 0
      ? { translated: version.translated }
      : {}),
  };
  return yaml.dump([ordered], {
    schema: yaml.CORE_SCHEMA,
    lineWidth: -1,
    noRefs: true,
    quotingType: "'",
  });
}

/** The whole file: the header, then every version, oldest first. */
export const serialiseVersions = (versions: PolicyVersion[]): string =>
  `${VERSIONS_HEADER}\n${versions.map(serialiseVersion).join('\n')}`;

const PUBLICATIONS_HEADER = `# Every publication of the cookie policy, oldest first, written by \`npm run policy:publish\`:
# the day it was published, the version of versions.yaml it published and the commit that
# holds it. The public history lists only these, with their dates. \`replaces\` is the policy
# the first publication replaces; \`auditMaxAgeDays\` how old the recorded audit of the portal
# (observations.yaml) may be when a version is published. See content/README.md, "Publishing".
`;

export function serialisePublications(publications: Publications): string {
  return `${PUBLICATIONS_HEADER}\n${yaml.dump(publications, { schema: yaml.CORE_SCHEMA, lineWidth: -1, noRefs: true, quotingType: "'" })}`;
}

/** A translation record's file (scripts/translations/mark.ts, scripts/versions/record.ts). */
export const recordText = (record: TranslationRecord): string =>
  `${JSON.stringify(record, null, 2)}\n`;
