/** One cookie seen on several pages: its first sighting, its longest lifetime, its refreshes. */
import { describe, expect, it } from 'vitest';
import {
  countRequest,
  mergeCookie,
  type HostRequests,
  type ObservedCookie,
} from '../../../scripts/audit/observation.ts';
import { cookie, PORTAL, TIME } from './support/samples.ts';

const onPage = (
  lifetime: number | undefined,
  page: string,
  setBy: 'header' | 'request' = 'header',
) => cookie('fx_visit', lifetime, 'no-answer', { page, setBy });

describe('a cookie set on several pages', () => {
  it('keeps its first sighting and lists the later pages that set it again', () => {
    const seen = new Map<string, ObservedCookie>();
    mergeCookie(seen, onPage(1800, `${PORTAL}a`));
    mergeCookie(seen, onPage(1800, `${PORTAL}b`));
    mergeCookie(seen, onPage(1800, `${PORTAL}b`));
    mergeCookie(seen, onPage(1800, `${PORTAL}a`));
    expect([...seen.values()]).toEqual([
      { ...onPage(1800, `${PORTAL}a`), refreshedOn: [`${PORTAL}b`] },
    ]);
  });

  it('takes the longest lifetime it was set with', () => {
    const seen = new Map<string, ObservedCookie>();
    mergeCookie(seen, onPage(60, `${PORTAL}a`));
    mergeCookie(seen, onPage(3600, `${PORTAL}b`));
    expect([...seen.values()][0]).toMatchObject({
      lifetimeSeconds: 3600,
      evidence: { page: `${PORTAL}b` },
      refreshedOn: [`${PORTAL}b`],
    });
  });

  it('a cookie first known from a request header gains its real attributes once a response sets it', () => {
    const seen = new Map<string, ObservedCookie>();
    mergeCookie(seen, onPage(undefined, `${PORTAL}a`, 'request'));
    mergeCookie(seen, onPage(600, `${PORTAL}b`));
    expect([...seen.values()][0]).toMatchObject({
      lifetimeSeconds: 600,
      evidence: { setBy: 'header' },
    });
  });
});

describe('requests to another host', () => {
  it('are counted per host, with each kind once and every request kept as evidence', () => {
    const hosts = new Map<string, HostRequests>();
    const request = (type: string) => ({
      url: 'https://cdn.example/x',
      type,
      page: PORTAL,
      time: TIME,
    });
    countRequest(hosts, 'cdn.example', PORTAL, 'script', request('script'));
    countRequest(hosts, 'cdn.example', `${PORTAL}b`, 'image', request('image'));
    countRequest(hosts, 'cdn.example', `${PORTAL}b`, 'image', request('image'));
    expect([...hosts.values()]).toEqual([
      {
        host: 'cdn.example',
        firstPage: PORTAL,
        count: 3,
        types: ['script', 'image'],
        requests: [request('script'), request('image'), request('image')],
      },
    ]);
  });
});
