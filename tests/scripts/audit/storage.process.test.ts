/**
 * Every storage a visitor can be followed in: the real CLI against a portal that keeps a visitor
 * id in IndexedDB, fills a Cache Storage cache and registers a service worker, none of them a
 * cookie. Each is reported with its origin and evidence, and compared with the inventory.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { runAudit } from './support/run-cli.ts';
import {
  isoDate,
  PORTAL_DATA,
  SLOW_MACHINE_MS,
  useConsentPortals,
} from './support/fixture-portal.ts';
import { projectRoot } from './support/run-cli.ts';

let origin: string;
useConsentPortals((started) => (origin = started));
const declaredDir = mkdtempSync(join(tmpdir(), 'odwb-audit-storage-'));
afterAll(() => rmSync(declaredDir, { recursive: true, force: true }));

const entry = (name: string, storage: string, lifetime = 'until-cleared') => `- name: ${name}
  provider: fixture
  category: necessary
  party: first
  storage: ${storage}
  lifetime: ${lifetime}
  service: { fr: Service (fr)., en: Service (en)., nl: Service (nl)., de: Service (de). }
  purpose: { fr: Purpose (fr)., en: Purpose (en)., nl: Purpose (nl)., de: Purpose (de). }
  source:
    - url: https://fixture.example.org/storage
      note: Created by the storage portal's own script.
`;

describeWithBrowser(
  'storage beyond cookies',
  () => {
    it('an IndexedDB identifier, a cache and a service worker, each with its origin and evidence', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/storage/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '0',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const evidence = (line: number, detail: string) => ({
        setBy: 'script',
        page: `${origin}/storage/`,
        time: isoDate,
        state: 'no-answer',
        script: `${origin}/storage/`,
        line,
        detail,
      });
      expect(JSON.parse(stdout).undeclared).toEqual([
        {
          name: 'fx_ids',
          storage: 'indexed-db',
          origin,
          evidence: evidence(2, 'stores: visitor (keys: visitor-id)'),
        },
        {
          name: 'fx_cache',
          storage: 'cache-storage',
          origin,
          evidence: evidence(8, `holds ${origin}/storage/offline`),
        },
        {
          name: '/storage/sw.js',
          storage: 'service-worker',
          origin,
          evidence: evidence(9, `script ${origin}/storage/sw.js, scope ${origin}/storage/`),
        },
      ]);
    });

    it('declared in the inventory, they match', async () => {
      writeFileSync(
        join(declaredDir, 'cookies.yaml'),
        [
          // Every consent portal's page sets it by header.
          entry('fx_session', 'http-cookie', 'session'),
          entry('fx_ids', 'indexed-db'),
          entry('fx_cache', 'cache-storage'),
          entry('/storage/sw.js', 'service-worker'),
        ].join('\n'),
      );
      copyFileSync(
        join(projectRoot, 'tests/scripts/audit/fixtures/cookieconsent-data/providers.yaml'),
        join(declaredDir, 'providers.yaml'),
      );
      const { code, stdout, stderr } = await runAudit([
        `${origin}/storage/`,
        '--data',
        declaredDir,
        '--depth',
        '0',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(
        /^ {2}fx_ids +fx_ids +indexed-db +http:\/\/127\.0\.0\.1:\d+ +until cleared +script$/m,
      );
      expect(stdout).toMatch(/^ {2}fx_cache +fx_cache +cache-storage +/m);
      expect(stdout).toMatch(/^ {2}\/storage\/sw\.js +\/storage\/sw\.js +service-worker +/m);
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
