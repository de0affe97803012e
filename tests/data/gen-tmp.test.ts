import { readFileSync } from 'node:fs';
import { localeCodes } from '../../src/config/locales.ts';
import {
  categorySentences,
  consentSentences,
  inventoryFacts,
  partySentences,
  recipientSentences,
} from '../../src/data/inventory-statements.ts';
import { checkInventory } from '../../src/content-check/data.ts';
import { useTranslations } from '../../src/i18n/ui.ts';
import { it } from 'vitest';
it('gen', () => {
  for (const dir of [
    'tests/fixtures/sites/necessary-only/content',
    'content',
    'tests/fixtures/sites/third-party-consent/content',
  ]) {
    const read = (f: string) => ({
      path: f,
      text: readFileSync(`/work/wt-policy/${dir}/${f}`, 'utf8'),
    });
    const { cookies, providers } = checkInventory(read('cookies.yaml'), read('providers.yaml'));
    const facts = inventoryFacts(cookies, providers);
    for (const l of localeCodes) {
      const t = useTranslations(l);
      console.log(
        dir,
        l,
        JSON.stringify(
          {
            c: categorySentences(facts, l, t),
            p: partySentences(facts, l, t),
            r: recipientSentences(facts, l, t, {
              name: {
                fr: 'l’Agence du Numérique',
                en: 'the Agence du Numérique',
                nl: 'Agence du Numérique',
                de: 'die Agence du Numérique',
              }[l],
              gender: 'feminine',
            }),
            s: consentSentences(facts, l, t, true),
            m: consentSentences(facts, l, t, false).settings,
          },
          null,
          1,
        ),
      );
    }
  }
});
