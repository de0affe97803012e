/**
 * The translators' warnings (`npm run dev` and `npm run check` print them) for a cookie added to
 * content/cookies.yaml and not yet recorded as a version: it is new, and the next step is
 * `npm run policy:version`, never that its texts "follow an older French text" (there is none) or
 * a bare `mark`. A translation written with it is said to be written (the recording makes it
 * translated: what is written together is current together); one not written is still to write.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type ContentFiles } from '../../../src/content-check/index.ts';
import { site, siteWith } from '../../support/content-files.ts';

/** The warnings about the new cookie (the fixture's other texts have no translation record). */
const aboutNewCookie = (warnings: string[]) =>
  warnings.filter((warning) => warning.includes('matomo_test'));

/** The 1-based line of `text` in the snapshot's content/cookies.yaml. */
const lineOf = (files: ContentFiles, text: string) =>
  (files.text('content/cookies.yaml') ?? '').split('\n').indexOf(text) + 1;

/** The complete fixture site with one more cookie, `matomo_test`, written as given. */
function siteWithNewCookie(texts: string): ContentFiles {
  return siteWith({
    'content/cookies.yaml': `${site().text('content/cookies.yaml')}
- name: matomo_test
  provider: opendatasoft
  category: necessary
  party: first
  storage: http-cookie
  lifetime: P12M
${texts}
  source:
    - url: https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-age
      note: Django's default is two weeks.
`,
  });
}

const newCookie = (code: string, language: string) =>
  `content/cookies.yaml: cookie "matomo_test" is new, not yet recorded as a version, and its ${language} translation is still to be written. Record it with \`npm run policy:version\`, then translate it and run \`npm run translations -- mark ${code} content/cookies.yaml\`.`;

/** The warning for the new cookie whose two texts were written in `language` with the French. */
const writtenWith = (language: string) =>
  `content/cookies.yaml: cookie "matomo_test" is new, not yet recorded as a version; its ${language} texts are written: \`npm run policy:version\` records them as translated, with the French.`;

describe('the warnings for a new cookie not yet recorded as a version', () => {
  it('say it is new and advise npm run policy:version, in French only', () => {
    const root = siteWithNewCookie(`  service:
    fr: Mesure d’audience
  purpose:
    fr: Compter les visites.`);
    const { warnings, unrecorded } = checkContent(root);
    expect(unrecorded).toEqual([
      // On the line its entry starts on.
      `content/cookies.yaml: line ${lineOf(root, '- name: matomo_test')}: cookie "matomo_test": added since the last recorded version (2026-11-29, content/versions.yaml). Record a new version with \`npm run policy:version\`.`,
    ]);
    expect(aboutNewCookie(warnings)).toEqual([
      newCookie('en', 'English'),
      newCookie('nl', 'Dutch'),
      newCookie('de', 'German'),
    ]);
  });

  it('say the translations written with it are recorded as translated by npm run policy:version', () => {
    const root = siteWithNewCookie(`  service:
    fr: Mesure d’audience
    en: Audience measurement
    nl: Bezoekersmeting
    de: Reichweitenmessung
  purpose:
    fr: Compter les visites.
    en: Counts visits.
    nl: Telt bezoeken.
    de: Zählt Besuche.`);
    const { warnings } = checkContent(root);
    expect(aboutNewCookie(warnings)).toEqual([
      writtenWith('English'),
      writtenWith('Dutch'),
      writtenWith('German'),
    ]);
    expect(aboutNewCookie(warnings).join('\n')).not.toMatch(/follow|still to be written/);
  });

  it('tell apart, language by language and text by text, what is written and what is not', () => {
    const root = siteWithNewCookie(`  service:
    fr: Mesure d’audience
    nl: Bezoekersmeting
    de: Reichweitenmessung
  purpose:
    fr: Compter les visites.
    nl: Telt bezoeken.`);
    const { warnings } = checkContent(root);
    const germanPart = (written: boolean) =>
      `content/cookies.yaml: cookie "matomo_test": ${written ? 'service' : 'purpose'} is new, not yet recorded as a version`;
    expect(aboutNewCookie(warnings)).toEqual([
      newCookie('en', 'English'),
      writtenWith('Dutch'),
      `${germanPart(true)}; its German text is written: \`npm run policy:version\` records it as translated, with the French.`,
      `${germanPart(false)}, and its German translation is still to be written. Record it with \`npm run policy:version\`, then translate it and run \`npm run translations -- mark de content/cookies.yaml\`.`,
    ]);
  });
});
