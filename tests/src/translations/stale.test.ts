/**
 * Which cookie rows of a language carry which notice: behind the French (with the day of the
 * latest French change missed), never translated, or partly translated (a text missing beside
 * texts translated), and which texts of the operator file are not translated yet or behind,
 * from the translation status of each text.
 */
import { describe, expect, it } from 'vitest';
import { staleTranslations } from '../../../src/translations/stale.ts';
import type { TextStatus } from '../../../src/translations/status.ts';

/** A cookie text's status (French first: a missing text is shown in French). */
const text = (
  name: string,
  field: string,
  status: TextStatus['status'],
  since?: string,
): TextStatus => ({
  id: `cookies/${name}/${field}`,
  subject: { kind: 'cookie', name, field },
  label: `cookie "${name}": ${field}`,
  file: 'content/cookies.yaml',
  status,
  french: 'Texte',
  ...(since ? { since } : {}),
});

/** An operator text's status. */
const operatorText = (path: string, status: TextStatus['status']): TextStatus => ({
  id: `operator/${path}`,
  subject: { kind: 'operator', path },
  label: path,
  file: 'content/operator.yaml',
  status,
  french: 'Texte',
});

describe('the rows of a language behind the French', () => {
  it('are behind, never translated, or partly translated, each row once', () => {
    const [en] = Object.values(
      staleTranslations([
        {
          locale: 'en',
          texts: [
            // mixed: a purpose behind the French, a condition never translated
            text('sessionid', 'purpose', 'stale', '2026-12-03'),
            text('sessionid', 'condition', 'missing', '2026-11-29'),
            text('sessionid', 'service', 'up-to-date'),
            // never translated
            text('odwb_remember', 'service', 'missing', '2026-12-05'),
            text('odwb_remember', 'purpose', 'missing', '2026-12-05'),
            // behind only
            text('csrftoken', 'purpose', 'stale', '2026-12-01'),
            text('csrftoken', 'service', 'up-to-date'),
            // operator texts: one never translated, one behind, one up to date
            operatorText('controller.name.value.inSentence', 'missing'),
            operatorText('consentSettings.value.description', 'stale'),
            operatorText('accessibility.ombudsman.value.name', 'up-to-date'),
          ],
        },
      ]),
    );
    expect(en).toEqual({
      pages: {},
      cookies: { sessionid: '2026-12-03', odwb_remember: '2026-12-05', csrftoken: '2026-12-01' },
      summaries: [],
      untranslatedCookies: ['odwb_remember'],
      partlyUntranslatedCookies: ['sessionid'],
      operatorTexts: {
        'controller.name.value.inSentence': 'untranslated',
        'consentSettings.value.description': 'behind',
      },
    });
  });
});
