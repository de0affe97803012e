/**
 * The per-language texts of content/operator.yaml a translator translates: every group of texts
 * by language, wherever it stands in the file, by its place (operator/<path>); the facts written
 * missing, the sources' notes and the names without languages are no texts to translate.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../../src/data/content-files.ts';
import {
  operatorTextGroups,
  referenceTexts,
  textSources,
} from '../../../src/translations/texts.ts';
import { projectRoot } from '../../support/content-files.ts';

describe('the operator file’s texts to translate', () => {
  it('are its groups of texts by language, each by its place in the file', () => {
    const operator = {
      portal: { name: 'ODWB', url: 'https://www.odwb.be' },
      controller: {
        name: {
          value: { name: 'Agence du Numérique', inSentence: { fr: 'l’Agence', en: 'the Agence' } },
        },
        dpoContact: { missing: 'Not on the legal notice. Searched 2026-12-07.' },
      },
      consentSettings: {
        value: { description: { fr: 'au moyen du lien « Cookies »' } },
        source: { url: 'https://www.odwb.be/', note: 'The footer shows it.' },
      },
    };
    expect(operatorTextGroups(operator).map(({ path }) => path)).toEqual([
      'controller.name.value.inSentence',
      'consentSettings.value.description',
    ]);
  });

  it('are in the reference texts of the shipped content, with their file', () => {
    const reference = referenceTexts(textSources(readContentFiles(projectRoot)));
    expect(
      reference
        .filter(({ id }) => id.startsWith('operator/'))
        .map(({ id, label, file }) => [id, label, file('nl')]),
    ).toEqual([
      [
        'operator/controller.name.value.inSentence',
        'controller.name.value.inSentence',
        'content/operator.yaml',
      ],
      [
        'operator/accessibility.ombudsman.value.name',
        'accessibility.ombudsman.value.name',
        'content/operator.yaml',
      ],
    ]);
  });
});
