/**
 * A text copied from the French is named as a copy in the check's warnings, one warning per file
 * and language, with the command that records it once translated and the one for a name or a code
 * that stays as it is; a text not written at all keeps its own warning.
 */
import { describe, expect, it } from 'vitest';
import { checkTranslations } from '../../../src/content-check/translations.ts';
import type { TextStatus } from '../../../src/translations/status.ts';

const text = (field: string, copy: boolean): TextStatus => ({
  id: `cookies/sessionid/${field}`,
  subject: { kind: 'cookie', name: 'sessionid', field },
  label: `cookie "sessionid": ${field}`,
  file: 'content/cookies.yaml',
  status: 'missing',
  french: 'Connexion',
  ...(copy ? { copy: true as const } : {}),
});

describe('a copy of the French', () => {
  it('is named as a copy, apart from the texts not written yet', () => {
    expect(
      checkTranslations([
        { locale: 'nl', texts: [text('service', true), text('contents', false)] },
      ]),
    ).toEqual([
      'content/cookies.yaml: cookie "sessionid": contents has no Dutch text yet. Translate it, then run `npm run translations -- mark nl content/cookies.yaml`.',
      'content/cookies.yaml: the Dutch text of cookie "sessionid": service is a copy of the French, not a translation. Translate it, then run `npm run translations -- mark nl content/cookies.yaml`; if it is right as it is (a name, a code), run `npm run translations -- mark nl cookies/sessionid/service --as-is`.',
    ]);
  });

  it('lists several copies in one warning, with the id of each', () => {
    expect(
      checkTranslations([{ locale: 'de', texts: [text('service', true), text('purpose', true)] }]),
    ).toEqual([
      'content/cookies.yaml: the German texts of cookie "sessionid": service; cookie "sessionid": purpose are copies of the French, not translations. Translate them, then run `npm run translations -- mark de content/cookies.yaml`; for one that is right as it is (a name, a code), run `npm run translations -- mark de <id> --as-is` with its id (cookies/sessionid/service, cookies/sessionid/purpose).',
    ]);
  });

  it('tells a translation written after its French was recorded from one behind the French', () => {
    const written = (field: string, recordedFrench?: string): TextStatus => ({
      ...text(field, false),
      status: 'stale',
      since: '2026-12-07',
      ...(recordedFrench ? { recordedFrench } : {}),
    });
    expect(
      checkTranslations([
        { locale: 'nl', texts: [written('service'), written('purpose', 'Connexion.')] },
      ]),
    ).toEqual([
      'content/cookies.yaml: the Dutch text of cookie "sessionid": purpose follows an older French text. Update it (`npm run translations` shows what changed), then run `npm run translations -- mark nl content/cookies.yaml`.',
      'content/cookies.yaml: the Dutch text of cookie "sessionid": service is written but not yet marked as translated. Check it against the French, then run `npm run translations -- mark nl content/cookies.yaml`.',
    ]);
  });
});
