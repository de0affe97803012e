/**
 * Which cookie rows of a language carry which notice: behind the French (with the day of the
 * latest French change missed), never translated, or partly translated (a text missing beside
 * texts translated), from the translation status of each text.
 */
import { describe, expect, it } from 'vitest';
import { staleTranslations } from '../../../src/translations/stale.ts';
import type { TextStatus } from '../../../src/translations/status.ts';

const text = (id: string, status: TextStatus['status'], since?: string): TextStatus => ({
  id,
  label: id,
  file: 'content/cookies.yaml',
  status,
  french: 'Texte',
  ...(since ? { since } : {}),
});

describe('the rows of a language behind the French', () => {
  it('are behind, never translated, or partly translated, each row once', () => {
    const [en] = Object.values(
      staleTranslations([
        {
          locale: 'en',
          texts: [
            // mixed: a purpose behind the French, a condition never translated
            text('cookies/sessionid/purpose', 'stale', '2026-12-03'),
            text('cookies/sessionid/condition', 'missing', '2026-11-29'),
            text('cookies/sessionid/service', 'up-to-date'),
            // never translated
            text('cookies/odwb_remember/service', 'missing', '2026-12-05'),
            text('cookies/odwb_remember/purpose', 'missing', '2026-12-05'),
            // behind only
            text('cookies/csrftoken/purpose', 'stale', '2026-12-01'),
            text('cookies/csrftoken/service', 'up-to-date'),
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
      operatorTexts: {},
    });
  });
});
