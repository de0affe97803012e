/**
 * The operator facts as versions remember them (src/versions/snapshot.ts), what changed between
 * two snapshots (src/versions/diff.ts), how the history says it in every language
 * (src/versions/describe.ts), and how content/versions.yaml refuses a snapshot or an audit
 * reference edited by hand. No command, no build: the process and build tests play them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localeCodes, type Locale } from '../../../src/config/locales.ts';
import { checkOperatorFile } from '../../../src/content-check/operator-facts.ts';
import { factNames } from '../../../src/data/operator-facts.ts';
import type { Operator } from '../../../src/data/operator-schema.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';
import { describeOperatorChange } from '../../../src/versions/describe.ts';
import { operatorChanges } from '../../../src/versions/diff.ts';
import { MISSING, operatorSnapshot } from '../../../src/versions/snapshot.ts';
import { parseVersions } from '../../../src/versions/versions-file.ts';
import { serialiseVersions } from '../../../scripts/versions/files.ts';

const operator = (): Operator => {
  const { operator: read, problems } = checkOperatorFile(
    readFileSync(new URL('../../../content/operator.yaml', import.meta.url), 'utf8'),
  );
  if (!read) throw new Error(problems.join('\n'));
  return read;
};

const withDpo = (base: Operator, value: string): Operator => ({
  ...base,
  controller: {
    ...base.controller,
    dpoContact: { value, source: { url: 'https://www.adn.be/', note: 'The legal notice.' } },
  },
});

describe('the operator snapshot', () => {
  it('keeps the portal as written and each fact as missing or a fingerprint of its value', () => {
    const snapshot = operatorSnapshot(operator());
    expect(snapshot.portal).toEqual({
      name: 'ODWB – Open Data Wallonie-Bruxelles',
      url: 'https://www.odwb.be',
      platform: 'Opendatasoft',
    });
    expect(Object.keys(snapshot.facts)).toEqual([...factNames]);
    expect(snapshot.facts['controller.dpoContact']).toBe(MISSING);
    expect(snapshot.facts['controller.name']).toMatch(/^[0-9a-f]{16}$/);
  });

  it('ignores a fact’s source and the note of a missing one: the pages show neither', () => {
    const base = operator();
    const found = withDpo(base, 'mailto:dpo@adn.be');
    const otherSource = withDpo(base, 'mailto:dpo@adn.be');
    otherSource.controller.dpoContact = {
      value: 'mailto:dpo@adn.be',
      source: { url: 'https://www.odwb.be/terms/', note: 'Another page says it too.' },
    };
    expect(operatorSnapshot(otherSource)).toEqual(operatorSnapshot(found));
    const searchedAgain: Operator = {
      ...base,
      controller: { ...base.controller, postalAddress: { missing: 'Searched again 2026-12-04.' } },
    };
    expect(operatorSnapshot(searchedAgain)).toEqual(operatorSnapshot(base));
  });
});

describe('what changed in the operator facts', () => {
  it('says a fact was found, changed, or written missing again, and a portal field changed', () => {
    const before = operatorSnapshot(operator());
    const found = operatorSnapshot(withDpo(operator(), 'mailto:dpo@adn.be'));
    expect(operatorChanges(before, found)).toEqual([
      { kind: 'fact', fact: 'controller.dpoContact', change: 'added' },
    ]);
    const moved = operatorSnapshot(withDpo(operator(), 'https://www.adn.be/dpo/'));
    expect(operatorChanges(found, moved)).toEqual([
      { kind: 'fact', fact: 'controller.dpoContact', change: 'changed' },
    ]);
    expect(operatorChanges(found, before)).toEqual([
      { kind: 'fact', fact: 'controller.dpoContact', change: 'removed' },
    ]);
    const renamed = { ...before, portal: { ...before.portal, name: 'ODWB' } };
    expect(operatorChanges(before, renamed)).toEqual([
      {
        kind: 'portal',
        field: 'name',
        from: 'ODWB – Open Data Wallonie-Bruxelles',
        to: 'ODWB',
      },
    ]);
  });

  it('describes nothing since a version that recorded no operator facts', () => {
    expect(operatorChanges(undefined, operatorSnapshot(operator()))).toEqual([]);
  });
});

/** The history's sentences for the DPO found and the portal renamed, in every language. */
const SENTENCES: Record<Locale, { dpo: string; renamed: string }> = {
  fr: {
    dpo: 'Délégué à la protection des données\u00a0: coordonnées ajoutées.',
    renamed: 'Portail\u00a0: le nom passe de «\u00a0ODWB\u00a0» à «\u00a0Open Data WB\u00a0».',
  },
  en: {
    dpo: 'Data protection officer: contact details added.',
    renamed: 'Portal: name changed from ‘ODWB’ to ‘Open Data WB’.',
  },
  nl: {
    dpo: 'Functionaris voor gegevensbescherming: contactgegevens toegevoegd.',
    renamed: 'Portaal: naam gewijzigd van ‘ODWB’ naar ‘Open Data WB’.',
  },
  de: {
    dpo: 'Datenschutzbeauftragte(r): Kontaktdaten hinzugefügt.',
    renamed: 'Portal: Name von „ODWB“ in „Open Data WB“ geändert.',
  },
};

describe('the history of operator changes', () => {
  it('has its expectations for every site language', () => {
    expect(Object.keys(SENTENCES).sort()).toEqual([...localeCodes].sort());
  });

  it.each(localeCodes)('says in %s what changed, for every fact and change', (locale) => {
    const t = useTranslations(locale);
    expect(
      describeOperatorChange({ kind: 'fact', fact: 'controller.dpoContact', change: 'added' }, t),
    ).toBe(SENTENCES[locale].dpo);
    expect(
      describeOperatorChange(
        { kind: 'portal', field: 'name', from: 'ODWB', to: 'Open Data WB' },
        t,
      ),
    ).toBe(SENTENCES[locale].renamed);
    const sentences = factNames.flatMap((fact) =>
      (['added', 'changed', 'removed'] as const).map((change) =>
        describeOperatorChange({ kind: 'fact', fact, change }, t),
      ),
    );
    // One distinct sentence each, none left as its key.
    expect(new Set(sentences).size).toBe(sentences.length);
    for (const sentence of sentences) expect(sentence).not.toMatch(/^change\./);
  });
});

const VERSION = `- date: 2026-12-05
  summary: { fr: Première version. }
  audit: { date: 2026-12-02, portal: 'https://www.odwb.be/' }
  cookies: []
  providers: []
  operator:
    portal: { name: ODWB, url: 'https://www.odwb.be', platform: Opendatasoft }
    facts:
${factNames.map((name) => `      ${name}: missing`).join('\n')}
  texts: {}
`;

describe('operator facts and audits in content/versions.yaml', () => {
  it('reads them, and writes them back as recorded', () => {
    const { versions, problems } = parseVersions(VERSION);
    expect(problems).toEqual([]);
    expect(versions[0]?.audit).toEqual({ date: '2026-12-02', portal: 'https://www.odwb.be/' });
    expect(versions[0]?.operator?.facts['consentSettings']).toBe(MISSING);
    expect(parseVersions(serialiseVersions(versions))).toMatchObject({ versions, problems: [] });
  });

  it('refuses a hand-edited snapshot and audit, naming the entry, the field and the fix', () => {
    const edited = VERSION.replace('controller.dpoContact: missing', 'controller.dpoContact: found')
      .replace('      consentSettings: missing\n', '')
      .replace("portal: 'https://www.odwb.be/'", 'portal: www.odwb.be');
    const fix =
      'Versions are written by `npm run policy:version`: undo the hand edit, or remove the entry and record it again.';
    expect(parseVersions(edited).problems).toEqual([
      `content/versions.yaml: line 3: version 1 (2026-12-05): audit portal "www.odwb.be" is not valid. Write the audited portal's address. ${fix}`,
      `content/versions.yaml: line 12: version 1 (2026-12-05): operator facts controller.dpoContact "found" is not valid. Write missing or the fingerprint the command wrote. ${fix}`,
      `content/versions.yaml: line 8: version 1 (2026-12-05): operator facts consentSettings is missing. Write missing or the fingerprint the command wrote. ${fix}`,
    ]);
  });

  it('refuses an audit dated after the version that followed it', () => {
    expect(parseVersions(VERSION.replace('date: 2026-12-02', 'date: 2026-12-06')).problems).toEqual(
      [
        "content/versions.yaml: line 1: version 1 (2026-12-05): audit date 2026-12-06 is after the version's own date: a version follows an audit made before it. Versions are written by `npm run policy:version`: undo the hand edit, or remove the entry and record it again.",
      ],
    );
  });
});
