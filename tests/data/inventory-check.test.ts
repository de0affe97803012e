/**
 * The data check, one fixture folder per mistake an editor can make (tests/fixtures/data/<case>/,
 * each file saying why it exists). Every message is pinned word for word: it is what the editor
 * reads, so a change to it is a change to the product.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkInventory } from '../../src/content-check/data.ts';

/** Checks a fixture as if it were the project's content/ folder, so messages name content/. */
function problemsOf(fixture: string): string[] {
  const read = (file: string) =>
    readFileSync(new URL(`../fixtures/data/${fixture}/${file}`, import.meta.url), 'utf8');
  return checkInventory(
    { path: 'content/cookies.yaml', text: read('cookies.yaml') },
    { path: 'content/providers.yaml', text: read('providers.yaml') },
  ).problems;
}

const CATEGORY_FIX = 'Use one of: necessary, preferences, statistics, marketing.';
const LIFETIME_FIX =
  'Write an ISO 8601 duration such as P2W (2 weeks), P6M (6 months) or P1Y, or session.';
const YAML_FIX =
  'Fix the syntax there: indent with spaces, and put quotes around texts that contain ": " or start with a special character.';

describe('the data check', () => {
  it('accepts a complete inventory and returns its cookies and providers', () => {
    const result = checkInventory(
      {
        path: 'content/cookies.yaml',
        text: readFileSync(new URL('../fixtures/data/valid/cookies.yaml', import.meta.url), 'utf8'),
      },
      {
        path: 'content/providers.yaml',
        text: readFileSync(
          new URL('../fixtures/data/valid/providers.yaml', import.meta.url),
          'utf8',
        ),
      },
    );
    expect(result.problems).toEqual([]);
    expect(result.cookies.map((cookie) => cookie.name)).toEqual(['sessionid', 'django_language']);
    expect(result.providers.map((provider) => provider.id)).toEqual(['opendatasoft']);
  });

  it('names the locale when a purpose lacks one language', () => {
    expect(problemsOf('missing-purpose-locale')).toEqual([
      'content/cookies.yaml: cookie "sessionid": purpose is missing for "nl". Add a Dutch text under purpose.nl.',
    ]);
  });

  it('treats a blank translation as missing', () => {
    expect(problemsOf('empty-purpose-text')).toEqual([
      'content/cookies.yaml: cookie "sessionid": purpose is empty for "en". Add an English text under purpose.en.',
    ]);
  });

  it('asks for every language when the purpose is missing', () => {
    expect(problemsOf('missing-purpose')).toEqual([
      'content/cookies.yaml: cookie "sessionid": purpose is missing. Add purpose: with a text for each of fr, en, nl, de.',
    ]);
  });

  it('refuses a purpose written as one text for all languages', () => {
    expect(problemsOf('purpose-single-text')).toEqual([
      'content/cookies.yaml: cookie "sessionid": purpose must have one text per language, not the text "Recognises you.". Write purpose: with fr:, en:, nl:, de: below it.',
    ]);
  });

  it('refuses a text in a language the site does not have', () => {
    expect(problemsOf('unknown-purpose-locale')).toEqual([
      'content/cookies.yaml: cookie "sessionid": purpose has a text for "es", which is not a language of the site (fr, en, nl, de). Remove it, or add the language in src/config/locales.ts.',
    ]);
  });

  it('requires a provider', () => {
    expect(problemsOf('missing-provider')).toEqual([
      'content/cookies.yaml: cookie "sessionid": provider is missing. Write the id of a provider listed in content/providers.yaml.',
    ]);
  });

  it('requires the provider to be listed in providers.yaml', () => {
    expect(problemsOf('unknown-provider')).toEqual([
      'content/cookies.yaml: cookie "sessionid": provider "google" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.',
    ]);
  });

  it('requires a category', () => {
    expect(problemsOf('missing-category')).toEqual([
      `content/cookies.yaml: cookie "sessionid": category is missing. ${CATEGORY_FIX}`,
    ]);
  });

  it('refuses a category outside the four', () => {
    expect(problemsOf('unknown-category')).toEqual([
      `content/cookies.yaml: cookie "sessionid": category "analytics" is not valid. ${CATEGORY_FIX}`,
    ]);
  });

  it('refuses a setWhen outside the four, naming them', () => {
    expect(problemsOf('unknown-set-when')).toEqual([
      'content/cookies.yaml: cookie "sessionid": setWhen "login" is not valid. Use one of: sign-in, consent, consent-choice, multilingual; remove the line when any visit sets it.',
    ]);
  });

  it('refuses a provider domain that is not a host name, counting from 1', () => {
    expect(problemsOf('bad-provider-domain')).toEqual([
      'content/providers.yaml: provider "opendatasoft": domains 2 "https://stats.opendatasoft.com/" is not valid. List the host names its servers use, in lower case, e.g. domains: [stats.example.net].',
    ]);
  });

  it('refuses a lifetime written in words', () => {
    expect(problemsOf('invalid-lifetime')).toEqual([
      `content/cookies.yaml: cookie "sessionid": lifetime "2 weeks" is not valid. ${LIFETIME_FIX}`,
    ]);
  });

  it('refuses the same cookie listed twice, naming both entries', () => {
    expect(problemsOf('duplicate-cookie')).toEqual([
      'content/cookies.yaml: cookie "sessionid": listed 2 times (entries 1, 2). Keep one entry per cookie: merge them or remove the extra one.',
    ]);
  });

  it('refuses a misspelt field instead of ignoring it', () => {
    expect(problemsOf('unknown-field')).toEqual([
      'content/cookies.yaml: cookie "sessionid": unknown field "purpse". Correct its spelling or remove it; the fields are: name, wildcard, provider, category, party, storage, lifetime, service, purpose, condition, setWhen, source.',
    ]);
  });

  it('requires wildcard: true for a name with *', () => {
    expect(problemsOf('wildcard-without-flag')).toEqual([
      'content/cookies.yaml: cookie "_pk_id.*": name contains "*" but wildcard is not true. Add wildcard: true if the name is a pattern, or write the exact cookie name.',
    ]);
  });

  it('requires the source of the facts', () => {
    expect(problemsOf('missing-source')).toEqual([
      'content/cookies.yaml: cookie "sessionid": source is missing. Add a list of sources, each with a url and a note saying what it states.',
    ]);
  });

  it('reports malformed YAML with its line and column', () => {
    expect(problemsOf('malformed-cookies-yaml')).toEqual([
      `content/cookies.yaml: line 4, column 2: the YAML cannot be read (bad indentation of a sequence entry). ${YAML_FIX}`,
    ]);
  });

  it('reports a broken providers file without blaming every cookie for it', () => {
    expect(problemsOf('malformed-providers-yaml')).toEqual([
      `content/providers.yaml: line 4, column 1: the YAML cannot be read (unexpected end of the stream within a flow collection). ${YAML_FIX}`,
    ]);
  });

  it('explains that the inventory must be a list', () => {
    expect(problemsOf('cookies-not-a-list')).toEqual([
      'content/cookies.yaml: the file must be a list of cookies, each starting with "- name:", not a single group of fields.',
    ]);
  });

  it('refuses an empty inventory file', () => {
    expect(problemsOf('empty-cookies-file')).toEqual([
      'content/cookies.yaml: the file is empty. List the cookies in it, each starting with "- name:".',
    ]);
  });

  it('refuses a list item that is not a cookie', () => {
    expect(problemsOf('entry-not-a-mapping')).toEqual([
      'content/cookies.yaml: entry 2: each cookie must be a group of fields starting with "- name:".',
    ]);
  });

  it('requires each provider’s privacy policy, without blaming its cookies', () => {
    expect(problemsOf('provider-missing-privacy-policy')).toEqual([
      'content/providers.yaml: provider "opendatasoft": privacyPolicy is missing. Write a full web address starting with https://.',
    ]);
  });

  it('refuses two providers with one id', () => {
    expect(problemsOf('duplicate-provider')).toEqual([
      'content/providers.yaml: provider "opendatasoft": listed 2 times (entries 1, 2). Give each provider its own id, or merge the entries.',
    ]);
  });

  const COOKIE_NAME_FIX =
    "Write the name exactly as the browser shows it (letters, digits and ! # $ % & ' * + - . ^ _ ` | ~), or correct storage if it is not an http-cookie.";

  it('refuses a cookie name with a space, naming the character', () => {
    expect(problemsOf('cookie-name-with-space')).toEqual([
      `content/cookies.yaml: cookie "session id": name contains a space, which a browser does not allow in a cookie name. ${COOKIE_NAME_FIX}`,
    ]);
  });

  it('refuses a cookie name copied with its value (name=value)', () => {
    expect(problemsOf('cookie-name-with-equals')).toEqual([
      `content/cookies.yaml: cookie "django_language=fr": name contains "=", which a browser does not allow in a cookie name. ${COOKIE_NAME_FIX}`,
    ]);
  });

  it('refuses a cookie name with a character outside ASCII', () => {
    expect(problemsOf('cookie-name-with-accent')).toEqual([
      `content/cookies.yaml: cookie "sessiónid": name contains "ó" (not plain ASCII), which a browser does not allow in a cookie name. ${COOKIE_NAME_FIX}`,
    ]);
  });

  it('accepts any non-empty text as a local storage key', () => {
    expect(problemsOf('storage-key-with-space')).toEqual([]);
  });

  it("gives a provider's name a provider's hint", () => {
    expect(problemsOf('provider-missing-name')).toEqual([
      'content/providers.yaml: provider "opendatasoft": name is missing. Write the company\'s name as visitors know it, e.g. name: Opendatasoft.',
    ]);
  });

  it('refuses a website without https://', () => {
    expect(problemsOf('provider-invalid-website')).toEqual([
      'content/providers.yaml: provider "opendatasoft": website "www.opendatasoft.com" is not valid. Write a full web address starting with https://.',
    ]);
  });

  it('reports every problem of every entry in one run', () => {
    expect(problemsOf('many-problems')).toEqual([
      `content/cookies.yaml: cookie "sessionid": category "analytics" is not valid. ${CATEGORY_FIX}`,
      'content/cookies.yaml: cookie "sessionid": purpose is missing for "nl". Add a Dutch text under purpose.nl.',
      `content/cookies.yaml: cookie "csrftoken": lifetime "forever" is not valid. ${LIFETIME_FIX}`,
      'content/cookies.yaml: cookie "csrftoken": provider "acme" is not listed in content/providers.yaml. Use one of its ids (opendatasoft), or add the provider there.',
      'content/cookies.yaml: cookie "csrftoken": listed 2 times (entries 2, 3). Keep one entry per cookie: merge them or remove the extra one.',
    ]);
  });
});
