/**
 * `--record` and what `npm run check` makes of it: the audit writes what it observed of each
 * declared entry beside cookies.yaml; the content check says, per cookie, observed on a date or
 * documented only, and warns of a declared lifetime that differs and of an old observation.
 * A record file edited into nonsense is refused by both, with file, entry, field and fix.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { checkInventory } from '../../../src/content-check/data.ts';
import { checkObservations } from '../../../src/content-check/observations.ts';
import { readContentFiles } from '../../../src/data/content-files.ts';
import { consentObservation } from '../../../src/data/observations.ts';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { projectRoot, runAudit } from './support/run-cli.ts';
import { SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';
import { todayInBrussels } from '../../../src/lib/today.ts';

const FIXTURE = 'tests/scripts/audit/fixtures/consent-data';
const scratch = mkdtempSync(join(tmpdir(), 'odwb-audit-record-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A project root whose content/ holds the consent portals' inventory, and an operator.yaml that
 * names the fixture server as the portal (--record records only that portal).
 */
function project(name: string): { root: string; content: string } {
  const root = join(scratch, name);
  const content = join(root, 'content');
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
const inventoryOf = (content: string) =>
  checkInventory(
    { path: 'cookies.yaml', text: readFileSync(join(content, 'cookies.yaml'), 'utf8') },
    { path: 'providers.yaml', text: readFileSync(join(content, 'providers.yaml'), 'utf8') },
  ).cookies;

let origin: string;
useConsentPortals((started) => (origin = started));

describeWithBrowser(
  'recording an audit',
  () => {
    it('writes each declared entry it saw, with its states; the check then reads it', async () => {
      const { root, content } = project('recorded');
      const { code, stdout, stderr } = await runAudit([
        `${origin}/custom/`,
        '--data',
        content,
        '--consent',
        'tests/scripts/audit/fixtures/consent/custom.yaml',
        '--record',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout.trimEnd().split('\n').at(-1)).toBe(
        `Recorded in ${content}/observations.yaml: what was observed of 3 declared entries. Run npm run check to compare it with the declarations.`,
      );
      const today = todayInBrussels(new Date());
      const recorded = yaml.load(readFileSync(join(content, 'observations.yaml'), 'utf8'));
      const page = `${origin}/custom/`;
      expect(recorded).toEqual({
        audit: {
          portal: page,
          observedOn: today,
          consentInterface: 'found',
          consentManager: 'selectors',
          tool: 'odwb-cookie-policy audit 1.0.0',
          states: ['no-answer', 'refuse-all', 'accept-all'],
          result: 'matches',
        },
        cookies: [
          {
            name: 'fx_session',
            observedOn: today,
            lifetimeSeconds: null,
            setBy: 'header',
            states: ['no-answer', 'refuse-all', 'accept-all'],
            pages: [page],
          },
          {
            name: 'fx_stats',
            observedOn: today,
            lifetimeSeconds: 365 * 86_400,
            setBy: 'script',
            states: ['accept-all'],
            pages: [page],
          },
          {
            name: 'fx_choice',
            observedOn: today,
            lifetimeSeconds: 180 * 86_400,
            setBy: 'script',
            states: ['refuse-all', 'accept-all'],
            pages: [page],
          },
        ],
      });
      const check = checkObservations(readContentFiles(root), inventoryOf(content));
      expect(check.problems).toEqual([]);
      expect(consentObservation(check.observations)?.consentInterface).toBe('found');
      expect(check.lines).toEqual([
        `cookie "fx_session": observed on ${today} (no-answer, refuse-all, accept-all).`,
        'cookie "fx_ads": documented only.',
        `cookie "fx_stats": observed on ${today} (accept-all).`,
        'cookie "klaro": documented only.',
        `cookie "fx_choice": observed on ${today} (refuse-all, accept-all).`,
        'cookie "_pk_id.*": documented only.',
      ]);
      // Declared P12M and P6M (average months): 365 and 180 days fit them.
      expect(check.warnings).toEqual(
        ['fx_ads', 'klaro', '_pk_id.*'].map(
          (name) =>
            `content/cookies.yaml: cookie "${name}": documented only: no recorded audit has observed it. Audit the portal where it is set (npm run audit -- <portal URL> --record), or check that the portal still sets it.`,
        ),
      );
    });

    it('records only the portal operator.yaml names: a test run elsewhere is refused before any page opens', async () => {
      const { content } = project('elsewhere');
      const other = `http://localhost:${new URL(origin).port}/custom/`;
      const result = await runAudit([other, '--data', content, '--record']);
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: --record writes the audit of the portal ${content}/operator.yaml names (${origin}), but ${other} is not on it. Audit that portal (npm run audit -- --portal-from-config --record), or leave out --record to audit another site without recording it.\n`,
      });
      expect(existsSync(join(content, 'observations.yaml'))).toBe(false);
    });

    it('refuses to record over a file edited into nonsense, before any page opens', async () => {
      const { content } = project('nonsense-record');
      const file = join(content, 'observations.yaml');
      const nonsense = `audit:
  portal: www.odwb.be
  observedOn: '2026-12-03'
  consentInterface: maybe
  consentManager: null
  tool: odwb-cookie-policy audit 1.0.0
cookies:
  - name: fx_stats
    observedOn: yesterday
    lifetimeSeconds: -5
    setBy: header
    states: [after-lunch]
    pages: [http://127.0.0.1/]
`;
      writeFileSync(file, nonsense);
      const result = await runAudit(['http://127.0.0.1:9/', '--data', content, '--record']);
      const path = `${content}/observations.yaml`;
      const again =
        'Record a new audit with `npm run audit -- <portal URL> --record` rather than editing content/observations.yaml by hand.';
      expect(result).toEqual({
        code: 2,
        stdout: '',
        stderr: `audit: ${path} cannot be read, so the audit will not record over it; fix it first (or delete it to start a new record).
The cookie policy cannot be published: 5 problems found.
  - ${path}: line 2: audit: portal "www.odwb.be" is not valid. Write the audited portal's address. ${again}
  - ${path}: line 4: audit: consentInterface "maybe" is not valid. Write found or none. ${again}
  - ${path}: line 9: observation "fx_stats": observedOn "yesterday" is not valid. Write a real date as YYYY-MM-DD, from 2000-01-01 up to today, e.g. 2026-11-29. ${again}
  - ${path}: line 10: observation "fx_stats": lifetimeSeconds cannot be number -5. Write the lifetime the portal sent, in whole seconds, or null for a session cookie or a storage key. ${again}
  - ${path}: line 12: observation "fx_stats": states 1 "after-lunch" is not valid. List the states it was seen in, among: no-answer, refuse-all, accept-all. ${again}
`,
      });
      expect(readFileSync(file, 'utf8')).toBe(nonsense);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);

describe('the content check of the observations', () => {
  const write = (name: string, cookies: object[], observedOn = '2026-12-01') => {
    const { root, content } = project(name);
    writeFileSync(
      join(content, 'observations.yaml'),
      yaml.dump({
        audit: {
          portal: 'https://www.odwb.be/',
          observedOn,
          consentInterface: 'none',
          consentManager: null,
          tool: 'odwb-cookie-policy audit 1.0.0',
        },
        cookies,
      }),
    );
    return { root, cookies: inventoryOf(content) };
  };
  const seen = (name: string, lifetimeSeconds: number | null, observedOn = '2026-12-01') => ({
    name,
    observedOn,
    lifetimeSeconds,
    setBy: 'header',
    states: ['no-answer'],
    pages: ['https://www.odwb.be/'],
  });

  it('without a record: one line, no warning (nothing to compare yet)', () => {
    const { root } = project('unrecorded');
    const check = checkObservations(readContentFiles(root), inventoryOf(join(root, 'content')));
    expect(check).toEqual({
      problems: [],
      lines: [
        'content/observations.yaml: no audit recorded yet, so every cookie is documented only, not observed. Record one with `npm run audit -- <portal URL> --record`.',
      ],
      warnings: [],
      observations: undefined,
    });
  });

  it('a declared lifetime that differs from the observation, and an old observation, are warnings', () => {
    const { root, cookies } = write('differs', [
      seen('fx_session', 3600),
      seen('fx_ads', 90 * 86_400, '2026-06-01'),
      seen('fx_stats', null),
      seen('klaro', 180 * 86_400),
      // Declared P6M: 150 days is more than 5% shorter.
      seen('fx_choice', 150 * 86_400),
      seen('_pk_id.*', 2 * 31_556_952),
    ]);
    const check = checkObservations(readContentFiles(root), cookies, {
      today: new Date('2026-12-03T12:00:00Z'),
      maxAgeDays: 90,
    });
    expect(check.problems).toEqual([]);
    expect(consentObservation(check.observations)?.consentInterface).toBe('none');
    expect(check.warnings).toEqual([
      'content/cookies.yaml: cookie "fx_session": lifetime session differs from the one observed on 2026-12-01 (1 hour). Correct lifetime, or find out why the portal sets it differently.',
      'content/observations.yaml: observation "fx_ads": last observed 185 days ago (2026-06-01), more than 90. Record a new audit of the portal.',
      'content/cookies.yaml: cookie "fx_stats": lifetime P12M (365.2 days) differs from the one observed on 2026-12-01 (a session cookie). Correct lifetime, or find out why the portal sets it differently.',
      'content/cookies.yaml: cookie "fx_choice": lifetime P6M (182.6 days) differs from the one observed on 2026-12-01 (150 days). Correct lifetime, or find out why the portal sets it differently.',
    ]);
  });

  it('an observation of an entry nobody declares is a problem', () => {
    const { root, cookies } = write('undeclared', [seen('fx_gone', 60)]);
    expect(checkObservations(readContentFiles(root), cookies).problems).toEqual([
      'content/observations.yaml: observation "fx_gone": no entry of content/cookies.yaml is named "fx_gone". Record a new audit, which keeps only declared entries.',
    ]);
  });

  it('no recorded audit: nothing observed of a consent interface, not its absence', () => {
    expect(consentObservation(undefined)).toBeNull();
  });
});
