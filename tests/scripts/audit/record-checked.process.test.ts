/**
 * `--record` writes nothing the content check would refuse. In a project (`--data` is its
 * content/ folder), the record is laid over the project's content as it is when the audit ends
 * and checked by the whole check: an entry cookies.yaml no longer declares, a date after today,
 * content the check will not read are each refused with what and why, and the file is left as
 * it was. A `--data` folder of another name is checked with the record's own reader.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { listen, type FixtureServer } from './fixtures/server.ts';
import { SLOW_MACHINE_MS } from './support/fixture-portal.ts';
import { projectRoot, runAudit } from './support/run-cli.ts';
import { todayInBrussels } from '../../../src/lib/today.ts';

const FIXTURE = 'tests/scripts/audit/fixtures/consent-data';
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-record-checked-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** What happens on the server when a page is asked for, before it answers (by path). */
const onVisit = new Map<string, () => void>();

/** A portal of one page per path, each setting fx_session, the session cookie consent-data declares. */
let server: FixtureServer;
let origin: string;
beforeAll(async () => {
  server = await listen((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    onVisit.get(path)?.();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': 'fx_session=1; Path=/',
    });
    response.end('<!doctype html><html lang="en"><title>Portal</title><h1>Portal</h1></html>');
  });
  origin = server.origin;
});
afterAll(() => server.close());

/** A folder `data` (content/ for a project) with the inventory and an operator.yaml naming the portal. */
function dataFolder(name: string, data = 'content'): { root: string; content: string } {
  const root = join(scratch, name);
  const content = join(root, data);
  mkdirSync(root);
  cpSync(FIXTURE, content, { recursive: true });
  writeFileSync(
    join(content, 'operator.yaml'),
    readFileSync(join(projectRoot, 'content/operator.yaml'), 'utf8').replace(
      /^( {2}url: ).*$/m,
      `$1${origin}`,
    ),
  );
  return { root, content };
}

/** A valid earlier record, which a refused one must leave byte for byte. */
function earlierRecord(content: string, observedOn: string): string {
  const text = yaml.dump({
    audit: {
      portal: `${origin}/`,
      observedOn,
      consentInterface: 'none',
      consentManager: null,
      tool: 'odwb-cookie-policy audit 1.0.0',
    },
    cookies: [
      {
        name: 'fx_session',
        observedOn,
        lifetimeSeconds: null,
        setBy: 'header',
        states: ['no-answer'],
        pages: [`${origin}/`],
      },
    ],
  });
  writeFileSync(join(content, 'observations.yaml'), text);
  return text;
}

/** The audit's day: it records the day it ran, in Brussels (as versions and publications). */
const auditDay = () => todayInBrussels(new Date());

describeWithBrowser(
  'a record the content check would refuse',
  () => {
    it('an entry renamed in cookies.yaml during the crawl: nothing recorded, the earlier record kept', async () => {
      const { root, content } = dataFolder('renamed');
      const before = earlierRecord(content, '2026-12-01');
      const cookies = join(content, 'cookies.yaml');
      onVisit.set('/renamed/', () =>
        writeFileSync(
          cookies,
          readFileSync(cookies, 'utf8').replace('- name: fx_session\n', '- name: fx_sid\n'),
        ),
      );
      const result = await runAudit([
        `${origin}/renamed/`,
        '--depth',
        '0',
        '--data',
        content,
        '--record',
      ]);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: nothing was recorded: with ${content}/observations.yaml as this audit would write it, npm run check would refuse the project ${root}. content/cookies.yaml changed while the audit ran, so the audit compared the portal with declarations that are no longer the project's. Fix what is named below, then record the audit again.
The cookie policy cannot be published: 1 problem found.
  - content/observations.yaml: observation "fx_session": no entry of content/cookies.yaml is named "fx_session". Record a new audit, which keeps only declared entries.
`,
      });
      expect(readFileSync(join(content, 'observations.yaml'), 'utf8')).toBe(before);
    });

    it('a record dated after today (POLICY_TODAY set earlier): nothing recorded, the earlier record kept', async () => {
      const { root, content } = dataFolder('dated');
      const before = earlierRecord(content, '2019-06-01');
      const result = await runAudit(
        [`${origin}/dated/`, '--depth', '0', '--data', content, '--record'],
        undefined,
        { POLICY_TODAY: '2020-01-01' },
      );
      const day = auditDay();
      const rule = `is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. Record a new audit with \`npm run audit -- <portal URL> --record\` rather than editing content/observations.yaml by hand.`;
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: nothing was recorded: with ${content}/observations.yaml as this audit would write it, npm run check would refuse the project ${root}. POLICY_TODAY is set to 2020-01-01: the check judges dates as of that day, while the audit records the day it ran. Fix what is named below, then record the audit again.
The cookie policy cannot be published: 2 problems found.
  - content/observations.yaml: line 5: audit: observedOn "${day}" ${rule}
  - content/observations.yaml: line 14: observation "fx_session": observedOn "${day}" ${rule}
`,
      });
      expect(readFileSync(join(content, 'observations.yaml'), 'utf8')).toBe(before);
    });

    it('outside a project, the record is checked alone, by the check’s reader of observations.yaml', async () => {
      const { content } = dataFolder('inventory-only', 'audit-data');
      const before = earlierRecord(content, '2019-06-01');
      const result = await runAudit(
        [`${origin}/inventory-only/`, '--depth', '0', '--data', content, '--record'],
        undefined,
        { POLICY_TODAY: '2020-01-01' },
      );
      const day = auditDay();
      const path = `${content}/observations.yaml`;
      const rule = `is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. Record a new audit with \`npm run audit -- <portal URL> --record\` rather than editing content/observations.yaml by hand.`;
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: nothing was recorded: npm run check would refuse ${path} as this audit would write it. POLICY_TODAY is set to 2020-01-01: the check judges dates as of that day, while the audit records the day it ran. Fix what is named below, then record the audit again.
The cookie policy cannot be published: 2 problems found.
  - ${path}: line 5: audit: observedOn "${day}" ${rule}
  - ${path}: line 14: observation "fx_session": observedOn "${day}" ${rule}
`,
      });
      expect(readFileSync(join(content, 'observations.yaml'), 'utf8')).toBe(before);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);

describe.concurrent(
  'a record the check would not read: refused before any page opens',
  { timeout: SLOW_MACHINE_MS },
  () => {
    it('a content folder that is a symbolic link', async () => {
      const { root, content } = dataFolder('linked-pages');
      const elsewhere = join(scratch, 'pages-elsewhere');
      mkdirSync(elsewhere);
      symlinkSync(elsewhere, join(content, 'policy'));
      // Nothing listens there: reaching the crawl would fail otherwise.
      const result = await runAudit(['http://127.0.0.1:9/', '--data', content, '--record']);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: --record writes into the project ${root}, whose content the check does not read through a symbolic link, so it could not check the record. Nothing was recorded. Fix these, or leave out --record:
  - content/policy: this folder is a symbolic link (to ${JSON.stringify(elsewhere)}); no command reads or writes content through a link, which could publish or overwrite a file outside the project. Put the folder itself in its place, then run the command again.
`,
      });
      expect(existsSync(join(content, 'observations.yaml'))).toBe(false);
    });

    it('an observations.yaml that is a folder', async () => {
      const { content } = dataFolder('folder-record');
      mkdirSync(join(content, 'observations.yaml'));
      const result = await runAudit(['http://127.0.0.1:9/', '--data', content, '--record']);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: ${content}/observations.yaml cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).
  - content/observations.yaml: this is a folder, where a file belongs. Move the folder away and put the file there.
`,
      });
    });

    it('outside a project too, an observations.yaml saved as UTF-16 is named as such', async () => {
      const { content } = dataFolder('utf16-record', 'audit-data');
      const bytes = Buffer.from('\ufeffaudit:\n', 'utf16le');
      writeFileSync(join(content, 'observations.yaml'), bytes);
      const result = await runAudit(['http://127.0.0.1:9/', '--data', content, '--record']);
      const path = `${content}/observations.yaml`;
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: ${path} cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).
  - ${path}: the file is saved as UTF-16, and content files are read as UTF-8. Save it as UTF-8 (in VS Code: click the encoding in the status bar, "Save with Encoding", UTF-8).
`,
      });
      expect(readFileSync(join(content, 'observations.yaml'))).toEqual(bytes);
    });
  },
);
