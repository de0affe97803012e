/**
 * content/site.yaml, the one place that names the site's languages, address and deployment name:
 * the real file passes, and every mistake an editor makes in it is named at once, with the fix.
 */
import { describe, expect, it } from 'vitest';
import { checkSiteFile } from '../../../src/content-check/config.ts';
import { checkLanguageFiles, checkStrings } from '../../../src/content-check/strings.ts';
import {
  FOLDER,
  noContentFiles,
  withChanges,
  type FileChanges,
} from '../../../src/data/content-files.ts';
import { localeCodes, offeredLocales, site } from '../../../src/config/locales.ts';
import { project, site as fixtureSite } from '../../support/content-files.ts';

/** A project whose content/site.yaml is `text` (none when undefined), with `more` files. */
function rootWith(text: string | undefined, more: FileChanges = {}) {
  return withChanges(noContentFiles, {
    content: FOLDER,
    ...(text === undefined ? {} : { 'content/site.yaml': text }),
    ...more,
  });
}

describe('content/site.yaml', () => {
  it('is the project’s: four languages, Belgium’s national ones offered first', () => {
    expect(checkSiteFile(project())).toEqual([]);
    expect(localeCodes).toEqual(['fr', 'en', 'nl', 'de']);
    expect(offeredLocales).toEqual(['fr', 'nl', 'de', 'en']);
    expect(site.deploymentName).toBe('odwb-cookies');
  });

  it('gives a portal in French and Dutch, in the order written', () => {
    const root = rootWith(
      'languages: [nl, fr]\nreference: fr\naddress: https://cookies.data.namur.example\ndeploymentName: namur-cookies\n',
    );
    expect(checkSiteFile(root)).toEqual([]);
  });

  it('names every mistake at once, between fields too', () => {
    const root = rootWith(
      'languages: [fr, es, fr]\nreference: de\naddress: http://cookies.example.be\ndeploymentName: ODWB cookies\n',
    );
    expect(checkSiteFile(root)).toEqual([
      'content/site.yaml: line 1: languages 2 "es" is not valid. List the site’s languages in the order visitors are offered them, each once, from fr, en, nl, de, e.g. languages: [fr, nl].',
      'content/site.yaml: line 3: address "http://cookies.example.be" is not valid. Write the https:// address the site is published at, scheme and host only, e.g. address: https://cookies.example.be (a sub-path goes in BASE_PATH; SITE_URL overrides it for one build).',
      'content/site.yaml: line 4: deploymentName "ODWB cookies" is not valid. Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.',
      'content/site.yaml: languages lists "fr" more than once. List each language once.',
      'content/site.yaml: reference "de" is not one of languages (fr, es, fr). Add it to languages, or make one of them the reference.',
    ]);
  });

  it('refuses an address with a path, which belongs in BASE_PATH', () => {
    expect(
      checkSiteFile(
        rootWith(
          'languages: [fr]\nreference: fr\naddress: https://example.be/cookies/\ndeploymentName: cookies\n',
        ),
      ),
    ).toEqual([
      'content/site.yaml: line 3: address "https://example.be/cookies/" is not valid. Write the https:// address the site is published at, scheme and host only, e.g. address: https://cookies.example.be (a sub-path goes in BASE_PATH; SITE_URL overrides it for one build).',
    ]);
  });

  it('names the settings the code reads when they no longer say what the file says', () => {
    const root = rootWith(
      'languages: [fr, nl]\nreference: fr\naddress: https://cookies.data.namur.example\ndeploymentName: namur-cookies\n',
      { 'src/config/site.json': project().text('src/config/site.json')! },
    );
    expect(checkSiteFile(root)).toEqual([
      'src/config/site.json: does not say what content/site.yaml says. Run npm run schemas, which writes it, then run the command again.',
    ]);
  });

  it('names missing fields, a misspelt one and an empty list', () => {
    expect(checkSiteFile(rootWith('languages: []\nlanguage: fr\n'))).toEqual([
      'content/site.yaml: line 1: languages is an empty list. List the site’s languages in the order visitors are offered them, each once, from fr, en, nl, de, e.g. languages: [fr, nl].',
      'content/site.yaml: reference is missing. Write the language the others are translated from, one of languages, e.g. reference: fr.',
      'content/site.yaml: address is missing. Write the https:// address the site is published at, scheme and host only, e.g. address: https://cookies.example.be (a sub-path goes in BASE_PATH; SITE_URL overrides it for one build).',
      'content/site.yaml: deploymentName is missing. Write a short name for the server’s files and folders, in lower-case letters, digits and hyphens, e.g. deploymentName: namur-cookies.',
      'content/site.yaml: line 2: unknown field "language". Did you mean "languages"? It is written already: keep the right one and remove the other; the fields are: languages, reference, address, deploymentName.',
    ]);
  });

  it('says how to create a missing file, and where a broken one breaks', () => {
    expect(checkSiteFile(rootWith(undefined))).toEqual([
      'content/site.yaml: the file does not exist. Create it with languages, reference, address and deploymentName (content/README.md, “The site”).',
    ]);
    expect(checkSiteFile(rootWith('- fr\n'))).toEqual([
      'content/site.yaml: the file must be a group of fields (languages, reference, address, deploymentName), as content/README.md shows under “The site”.',
    ]);
    expect(checkSiteFile(rootWith('languages: [fr\n'))).toEqual([
      'content/site.yaml: line 2, column 1: the YAML cannot be read (unexpected end of the stream within a flow collection). Fix the syntax there: indent with spaces, and put quotes around texts that contain ": " or start with a special character.',
    ]);
  });
});

describe('a value keyed by language, against the site’s languages', () => {
  it('names the languages an exception list may have, instead of an empty list', () => {
    const root = rootWith(undefined, {
      'src/i18n/same-as-french.json': '{ "es": ["table.name"] }',
    });
    expect(
      checkStrings(root).filter((problem) => problem.startsWith('src/i18n/same-as-french.json')),
    ).toEqual([
      'src/i18n/same-as-french.json: unknown field "es". Correct its spelling or remove it; the fields are: fr, en, nl, de.',
    ]);
  });

  it('keeps the right lists of an exception file with a wrong one, so no copy is reported twice', () => {
    const root = withChanges(fixtureSite('ui-string-copied-from-french'), {
      'src/i18n/same-as-french.json': '{ "es": ["table.name"], "de": ["table.caption"] }',
    });
    expect(checkStrings(root)).toEqual([
      'src/i18n/same-as-french.json: unknown field "es". Correct its spelling or remove it; the fields are: fr, en, nl, de.',
    ]);
  });

  it('names a file of interface strings or translations for a language the site does not have', () => {
    const root = rootWith(
      undefined,
      Object.fromEntries(
        ['fr', 'nl', 'de', 'xx'].map((name) => [`src/i18n/ui/${name}.json`, '{}']),
      ),
    );
    expect(checkLanguageFiles(root, 'src/i18n/ui', ['fr', 'nl'])).toEqual([
      'src/i18n/ui/de.json: "de" is not a language of the site (fr, en, nl, de). Remove the file, or add de to languages in content/site.yaml.',
      'src/i18n/ui/xx.json: "xx" is not a language of the site (fr, en, nl, de). Remove the file.',
    ]);
  });
});
