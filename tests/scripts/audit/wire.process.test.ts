/**
 * The wire, whole: the real CLI against responses that broke the Set-Cookie reader or hid
 * behind the browser: a Max-Age beyond any date (and the line after it), 300 cookies at once
 * (Chromium keeps 180 per domain) and a request the browser upgrades to https by HSTS.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithBrowser } from '../../support/describe-with-browser.ts';
import { projectRoot, runAudit } from './support/run-cli.ts';
import { PORTAL_DATA, SLOW_MACHINE_MS, useConsentPortals } from './support/fixture-portal.ts';

let origin: string;
useConsentPortals((started) => (origin = started));
const data = mkdtempSync(join(tmpdir(), 'odwb-audit-wire-'));
afterAll(() => rmSync(data, { recursive: true, force: true }));

/** portal-data's inventory plus fx_millennia, declared for two years. */
function inventoryWithMillennia(): string {
  const cookies = readFileSync(join(projectRoot, PORTAL_DATA, 'cookies.yaml'), 'utf8');
  const fxVisit = cookies.slice(cookies.indexOf('- name: fx_visit'));
  const entry = fxVisit
    .slice(0, fxVisit.indexOf('\n- name:') === -1 ? undefined : fxVisit.indexOf('\n- name:') + 1)
    .replace('name: fx_visit', 'name: fx_millennia')
    .replace(/lifetime: \S+/, 'lifetime: P2Y');
  writeFileSync(join(data, 'cookies.yaml'), `${cookies.trimEnd()}\n\n${entry.trimEnd()}\n`);
  copyFileSync(join(projectRoot, PORTAL_DATA, 'providers.yaml'), join(data, 'providers.yaml'));
  return data;
}

/**
 * portal-data's inventory plus two of /many/'s year-long cookies, both evicted by the browser:
 * fx_many_0 declared for two years (long enough), fx_many_1 for a month (too short).
 */
function inventoryWithEvicted(): string {
  const folder = mkdtempSync(join(data, 'evicted-'));
  const cookies = readFileSync(join(projectRoot, PORTAL_DATA, 'cookies.yaml'), 'utf8');
  const fxVisit = cookies.slice(cookies.indexOf('- name: fx_visit'));
  const entry = fxVisit.slice(
    0,
    fxVisit.indexOf('\n- name:') === -1 ? undefined : fxVisit.indexOf('\n- name:') + 1,
  );
  const declare = (name: string, lifetime: string) =>
    entry
      .replace('name: fx_visit', `name: ${name}`)
      .replace(/lifetime: \S+/, `lifetime: ${lifetime}`)
      .trimEnd();
  writeFileSync(
    join(folder, 'cookies.yaml'),
    `${cookies.trimEnd()}\n\n${declare('fx_many_0', 'P2Y')}\n\n${declare('fx_many_1', 'P1M')}\n`,
  );
  copyFileSync(join(projectRoot, PORTAL_DATA, 'providers.yaml'), join(folder, 'providers.yaml'));
  return folder;
}

describeWithBrowser(
  'the wire, whole',
  () => {
    it('Max-Age=99999999999999 is reported from the wire, beyond any date, and the next line is read too', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/wire/`,
        '--data',
        inventoryWithMillennia(),
        '--depth',
        '0',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      // Declared P2Y: a cookie set for millennia is not let through.
      expect(report.lifetimeTooShort).toEqual([
        expect.objectContaining({
          name: 'fx_millennia',
          lifetimeSeconds: 99_999_999_999_999,
          expires: null,
          beyondDates: true,
          declaredLifetime: 'P2Y',
          evidence: expect.objectContaining({
            setBy: 'header',
            header: 'fx_millennia=1; Max-Age=99999999999999; Path=/',
          }),
        }),
      ]);
      expect(report.undeclared.map((item: { name: string }) => item.name)).toEqual(['fx_after']);
      expect(report.notChecked).toEqual([]);
    });

    it('the text report says the lifetime is beyond any date', async () => {
      const { stdout } = await runAudit([`${origin}/wire/`, '--data', PORTAL_DATA, '--depth', '0']);
      expect(stdout).toMatch(
        /^ {2}fx_millennia +http-cookie +127\.0\.0\.1\/ +1157407407 days \(beyond any date a browser can hold\) +header$/m,
      );
    });

    it('cookies the browser evicted are named, and compared with the inventory from the wire', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/many/`,
        '--data',
        inventoryWithEvicted(),
        '--depth',
        '0',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(1);
      const report = JSON.parse(stdout);
      const names = (items: { name: string }[]) => items.map((item) => item.name);
      const dropped = names(report.notKept);
      expect(dropped).toEqual(expect.arrayContaining(['fx_many_0', 'fx_many_1']));
      expect(dropped.length).toBeGreaterThan(100);
      expect(report.notKept[1].evidence).toMatchObject({
        setBy: 'header',
        header: `${report.notKept[1].name}=1; Max-Age=31536000; Path=/`,
      });
      // Every cookie the portal set is compared with the inventory, whether the browser kept it
      // or not; the evicted ones are also named as not kept.
      const compared = [
        ...names(report.undeclared),
        ...names(report.matched),
        ...names(report.lifetimeTooShort),
      ];
      expect(compared.toSorted()).toEqual(
        ['fx_session', ...Array.from({ length: 300 }, (_, index) => `fx_many_${index}`)].toSorted(),
      );
      // Declared and evicted: observed from the wire, with the lifetime its line gave.
      expect(
        report.matched.find((item: { name: string }) => item.name === 'fx_many_0'),
      ).toMatchObject({
        declaredAs: 'fx_many_0',
        lifetimeSeconds: 365 * 86_400,
        evidence: { setBy: 'header', header: 'fx_many_0=1; Max-Age=31536000; Path=/' },
      });
      expect(report.lifetimeTooShort).toEqual([
        expect.objectContaining({
          name: 'fx_many_1',
          lifetimeSeconds: 365 * 86_400,
          declaredLifetime: 'P1M',
        }),
      ]);
      // Undeclared and evicted: a finding like any undeclared cookie.
      const undeclared = names(report.undeclared);
      const evictedUndeclared = dropped.filter(
        (name: string) => !['fx_session', 'fx_many_0', 'fx_many_1'].includes(name),
      );
      expect(evictedUndeclared.length).toBeGreaterThan(100);
      expect(undeclared).toEqual(expect.arrayContaining(evictedUndeclared));
      // Set before any answer, declared nowhere: stored without consent, evicted or not.
      const withoutConsent = report.consentStates.storedWithoutConsent.map(
        (finding: { name: string }) => finding.name,
      );
      expect(withoutConsent).toEqual(expect.arrayContaining(evictedUndeclared));
    });

    it('a request the browser upgrades by HSTS is one request, not two', async () => {
      const { code, stdout, stderr } = await runAudit([
        `${origin}/hsts/`,
        '--data',
        PORTAL_DATA,
        '--depth',
        '0',
        '--resolve',
        'stats.portal.dev=127.0.0.1',
        '--json',
      ]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout);
      expect(report.hosts).toEqual([
        expect.objectContaining({ host: 'stats.portal.dev', count: 1 }),
      ]);
      expect(report.consentStates.hosts[0].requests).toEqual({ 'no-answer': 1 });
    });
  },
  { concurrent: true, timeout: SLOW_MACHINE_MS },
);
