/**
 * Who a host is: registrable domain and party from the Public Suffix List, organisation and
 * category from the real tracker database shipped in @ghostery/trackerdb.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  attributeHosts,
  registrableDomain,
  trackerDatabase,
} from '../../../scripts/audit/host-attribution.ts';
import { packageVersion } from '../../../scripts/audit/versions.ts';
import type { HostRequests } from '../../../scripts/audit/observation.ts';

const host = (name: string, url: string, type = 'script'): HostRequests => ({
  host: name,
  firstPage: 'https://www.odwb.be/',
  count: 1,
  types: [type],
  requests: [{ url, type, page: 'https://www.odwb.be/', time: '2026-12-03T09:00:00.000Z' }],
});

describe('host attribution', () => {
  it('the registrable domain follows the Public Suffix List, private suffixes included', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    // Two customers of a hosting suffix are two parties, not one.
    expect(registrableDomain('portal.b.github.io')).toBe('b.github.io');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
  });

  it('names the organisation and category, and whether the host tracks', async () => {
    const result = await attributeHosts(
      [
        host('www.google-analytics.com', 'https://www.google-analytics.com/g/collect?v=2', 'image'),
        host('static.odwb.be', 'https://static.odwb.be/app.js'),
        host('cdn.example.org', 'https://cdn.example.org/lib.js'),
      ],
      ['www.odwb.be'],
    );
    expect(Object.fromEntries(result)).toEqual({
      'www.google-analytics.com': {
        domain: 'google-analytics.com',
        party: 'third',
        organization: 'Google',
        category: 'site_analytics',
        categoryName: 'Site Analytics',
        tracker: 'Google Analytics',
        tracking: true,
      },
      // The portal's own other host: first party, and nobody the database knows.
      'static.odwb.be': {
        domain: 'odwb.be',
        party: 'first',
        organization: undefined,
        category: undefined,
        categoryName: undefined,
        tracker: undefined,
        tracking: false,
      },
      'cdn.example.org': {
        domain: 'example.org',
        party: 'third',
        organization: undefined,
        category: undefined,
        categoryName: undefined,
        tracker: undefined,
        tracking: false,
      },
    });
  });

  it('credits the database it used: Ghostery’s, when the optional package is installed', () => {
    expect(trackerDatabase().credit).toMatch(
      /^Ghostery's tracker database \(@ghostery\/trackerdb \d+\.\d+\.\d+, © Ghostery GmbH, CC BY-NC-SA 4\.0, https:\/\/github\.com\/ghostery\/trackerdb\)$/,
    );
  });

  describe('without @ghostery/trackerdb (npm uninstall @ghostery/trackerdb)', () => {
    beforeEach(() => vi.stubEnv('AUDIT_TRACKER_DATABASE', 'open-cookie-database'));
    afterEach(() => vi.unstubAllEnvs());

    it('still names the well-known trackers, from the Open Cookie Database’s domains', async () => {
      const result = await attributeHosts(
        [
          host(
            'www.google-analytics.com',
            'https://www.google-analytics.com/g/collect?v=2',
            'image',
          ),
          host('ad.doubleclick.net', 'https://ad.doubleclick.net/ddm/activity', 'image'),
          host('cdn.example.org', 'https://cdn.example.org/lib.js'),
        ],
        ['www.odwb.be'],
      );
      expect(result.get('www.google-analytics.com')).toMatchObject({
        organization: 'Google',
        party: 'third',
        tracking: true,
      });
      expect(result.get('ad.doubleclick.net')).toMatchObject({
        organization: 'Google',
        category: 'advertising',
        tracking: true,
      });
      expect(result.get('cdn.example.org')).toMatchObject({
        organization: undefined,
        tracking: false,
      });
    });

    it('records a left-out package as not installed in the evidence, not a crash', () => {
      expect(packageVersion('@ghostery/no-such-package')).toBe('not installed');
      expect(packageVersion('tldts')).toMatch(/^\d+\.\d+\.\d+$/);
    });

    it('says so in its credit', () => {
      expect(trackerDatabase()).toEqual({
        name: 'Open Cookie Database',
        credit:
          'the domains of the Open Cookie Database (Jack Kwakman and contributors, Apache-2.0, https://github.com/jkwakman/Open-Cookie-Database); Ghostery’s tracker database is not installed',
      });
    });
  });
});
