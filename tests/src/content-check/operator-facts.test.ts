/**
 * content/operator.yaml: each fact read on a public page (value and source) or written missing
 * with where it was looked for, never guessed. A mistake in the file is named by field with its
 * fix; a required fact that is missing makes the policy a draft, which `npm run check` lists and
 * `POLICY_PUBLISH=1` refuses, naming each fact and where to look for it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkOperatorFile } from '../../../src/content-check/operator-facts.ts';
import { draftReasons, draftState, factAt, factNames } from '../../../src/data/operator-facts.ts';
import type { Operator } from '../../../src/data/operator-schema.ts';
import type { Cookie } from '../../../src/data/schema.ts';
import { allEvaluated } from '../../support/manual-evaluation.ts';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const completeText = readFileSync(
  new URL('../../fixtures/operator/complete.yaml', import.meta.url),
  'utf8',
);
const complete = () => checkOperatorFile(completeText).operator!;

const cookie = (name: string, extra: Partial<Cookie> = {}): Cookie => ({
  name,
  provider: 'opendatasoft',
  category: 'necessary',
  party: 'first',
  storage: 'http-cookie',
  lifetime: 'P2W',
  service: { fr: 's', nl: 's', de: 's', en: 's' },
  purpose: { fr: 'p', nl: 'p', de: 'p', en: 'p' },
  source: [{ url: 'https://example.org', note: 'n' }],
  ...extra,
});

describe('the operator file check', () => {
  it('accepts a file whose facts all carry a source', () => {
    expect(checkOperatorFile(completeText).problems).toEqual([]);
  });

  it('names each mistake by field, with its fix, all at once', () => {
    const broken = yaml.load(completeText) as Record<string, Record<string, unknown>>;
    broken.controller!.postalAddress = {
      value: 'Somewhere',
      source: { url: 'memory', note: 'I think so.' },
    };
    broken.controller!.dpoContact = {
      value: 'dpo@example.org',
      source: { url: 'https://a.example', note: 'n' },
    };
    broken.processing!.hostingLocation = { found: 'Belgium' };
    delete broken.controller!.contact;
    expect(checkOperatorFile(yaml.dump(broken)).problems).toEqual([
      'content/operator.yaml: line 5: controller.contact is missing. Write value (the https:// page through which visitors write to the controller) with source (url and note), or missing: where it was looked for.',
      'content/operator.yaml: line 21: controller.postalAddress: source url "memory" is not valid. Write a full web address starting with https://.',
      'content/operator.yaml: line 24: controller.dpoContact: value "dpo@example.org" is not valid. Write an https:// page or a mailto: address of the data protection officer.',
      'content/operator.yaml: line 69: processing.hostingLocation: value is missing. Write where the servers are, per language.',
      'content/operator.yaml: line 69: processing.hostingLocation: source is missing. Give the public page it was read on: source with url (https://) and note (what the page says).',
      'content/operator.yaml: line 70: processing.hostingLocation: unknown field "found". Correct its spelling or remove it; the fields are: value, source.',
    ]);
  });

  it('refuses a DPO address that is not one e-mail address, with the usual message', () => {
    // The line of the fact in the file as dumped: where an editor would look.
    // The line of the value at fault, below dpoContact:.
    const lineOfDpo = (text: string) =>
      text.split('\n').findIndex((line) => line.trim() === 'dpoContact:') + 2;
    for (const value of ['mailto:dpo  adn.be', 'mailto:dpo@adn', 'mailto:dpo @adn.be', 'mailto:']) {
      const broken = yaml.load(completeText) as Record<string, Record<string, unknown>>;
      broken.controller!.dpoContact = {
        value,
        source: { url: 'https://www.adn.be/', note: 'The legal notice names the DPO.' },
      };
      expect(checkOperatorFile(yaml.dump(broken)).problems).toEqual([
        `content/operator.yaml: line ${lineOfDpo(yaml.dump(broken))}: controller.dpoContact: value "${value}" is not valid. Write an https:// page or a mailto: address of the data protection officer.`,
      ]);
    }
  });

  it('reads joint controllers written nowhere as missing, which keeps the policy a draft', () => {
    const broken = yaml.load(completeText) as Record<string, Record<string, unknown>>;
    delete broken.controller!.jointControllers;
    const { operator, problems } = checkOperatorFile(yaml.dump(broken));
    expect(problems).toEqual([]);
    expect(draftState(operator!, [cookie('a')], undefined, allEvaluated).missingFacts).toEqual([
      'controller.jointControllers',
    ]);
  });

  it('holds no fact about the real operator without a source or where it was searched', () => {
    const text = readFileSync(join(projectRoot, 'content/operator.yaml'), 'utf8');
    const { operator, problems } = checkOperatorFile(text);
    expect(problems).toEqual([]);
    for (const name of factNames) {
      const fact = factAt(operator!, name);
      if ('missing' in fact) expect(fact.missing).toMatch(/Searched \d{4}-\d{2}-\d{2}\.$/);
      else expect(fact.source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('what keeps a policy a draft', () => {
  const without = (path: string[]): Operator => {
    const operator = structuredClone(complete()) as unknown as Record<string, unknown>;
    let holder = operator;
    for (const key of path.slice(0, -1)) holder = holder[key] as Record<string, unknown>;
    holder[path.at(-1)!] = { missing: 'Nowhere yet. Searched 2026-12-03.' };
    return operator as unknown as Operator;
  };

  it('nothing, when every fact is found', () => {
    expect(draftReasons(complete(), [cookie('sessionid')], undefined, allEvaluated)).toEqual([]);
    expect(draftState(complete(), [cookie('sessionid')], undefined, allEvaluated).isDraft).toBe(
      false,
    );
  });

  it('a missing DPO contact, named with where to look and where it was searched', () => {
    expect(
      draftReasons(
        without(['controller', 'dpoContact']),
        [cookie('sessionid')],
        undefined,
        allEvaluated,
      ),
    ).toEqual([
      'content/operator.yaml: controller.dpoContact (the data protection officer’s contact) is missing, and the policy cannot be published without it (a public body must publish it, GDPR art. 13(1)(b) and 37(7)). Look in the operator’s privacy statement or legal notice; already searched: Nowhere yet. Searched 2026-12-03. Write value and source (url and note) once found.',
    ]);
  });

  it('where to change cookie choices, only when the inventory shows a consent interface', () => {
    const operator = without(['consentSettings']);
    expect(draftReasons(operator, [cookie('sessionid')], undefined, allEvaluated)).toEqual([]);
    const withConsent = [cookie('sessionid'), cookie('_pk_id', { category: 'statistics' })];
    expect(draftState(operator, withConsent, undefined, allEvaluated).missingFacts).toEqual([
      'consentSettings',
    ]);
    const recording = [cookie('cookies_preferences', { setWhen: 'consent-choice' })];
    expect(draftState(operator, recording, undefined, allEvaluated).missingFacts).toEqual([
      'consentSettings',
    ]);
  });

  it('an optional fact missing does not', () => {
    // Hosting is not optional: the section on storage and hosting promises it.
    expect(
      draftState(without(['processing', 'hostingLocation']), [cookie('a')], undefined, allEvaluated)
        .missingFacts,
    ).toEqual(['processing.hostingLocation']);
    expect(
      draftState(
        without(['controller', 'privacyStatement']),
        [cookie('a')],
        undefined,
        allEvaluated,
      ).isDraft,
    ).toBe(false);
  });

  it('a cookie recording consent choices while no cookie needs consent: the inventory says so', () => {
    const recording = [cookie('cookies_preferences', { setWhen: 'consent-choice' })];
    expect(draftReasons(complete(), recording, undefined, allEvaluated)).toEqual([
      'content/cookies.yaml: cookie "cookies_preferences" records consent choices (setWhen: consent-choice), so the portal shows a consent interface, yet no cookie of the inventory needs consent: the inventory is probably incomplete. Run `npm run audit` against the portal and add the cookies its consent interface asks about, or correct setWhen if the cookie records something else.',
    ]);
    const explained = [...recording, cookie('django_language', { category: 'preferences' })];
    expect(draftReasons(complete(), explained, undefined, allEvaluated)).toEqual([]);
  });

  describe('what the last audit saw of a consent interface, against the inventory', () => {
    const asking = [cookie('sessionid'), cookie('django_language', { category: 'preferences' })];
    const audit = (consentInterface: 'found' | 'none') => ({
      consentInterface,
      observedOn: '2026-12-02',
      consentManager: consentInterface === 'found' ? 'Klaro' : null,
    });

    it('agreeing, or no audit recorded: no reason', () => {
      expect(draftReasons(complete(), asking, audit('found'), allEvaluated)).toEqual([]);
      expect(draftReasons(complete(), [cookie('sessionid')], audit('none'), allEvaluated)).toEqual(
        [],
      );
      expect(
        draftState(complete(), asking, undefined, allEvaluated).consentDisagreement,
      ).toBeUndefined();
    });

    it('no banner seen while the inventory asks for consent: a draft, naming the cookies', () => {
      const recording = [...asking, cookie('cookies_preferences', { setWhen: 'consent-choice' })];
      expect(draftState(complete(), recording, audit('none'), allEvaluated)).toMatchObject({
        isDraft: true,
        consentDisagreement: 'not-seen',
      });
      expect(draftReasons(complete(), recording, audit('none'), allEvaluated)).toEqual([
        'content/observations.yaml: the audit of 2026-12-02 saw no consent interface on the portal, yet content/cookies.yaml implies one ("django_language", "cookies_preferences"). Audit the portal again (`npm run audit -- <portal URL> --record`) if its banner is new or was missed (name its buttons with --consent), or correct the inventory.',
      ]);
    });

    it('a banner seen that no declared cookie accounts for: a draft', () => {
      expect(draftReasons(complete(), [cookie('sessionid')], audit('found'), allEvaluated)).toEqual(
        [
          'content/observations.yaml: the audit of 2026-12-02 saw a consent interface on the portal (Klaro), yet no cookie of content/cookies.yaml needs consent or records consent choices. Add the cookies it asks about and the cookie that records the choice (setWhen: consent-choice), or audit again if the banner is gone.',
        ],
      );
    });
  });
});
