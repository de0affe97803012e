/**
 * A HAR file read without a browser: what the audit needs of its shape (the first thing wrong
 * named), cookies from headers and cookie lists alike, requests to other hosts, and a recording
 * begun after the visitor had answered the consent banner.
 */
import { readFileSync } from 'node:fs';
import type { Har } from 'har-format';
import { describe, expect, it } from 'vitest';
import { observeHar } from '../../../scripts/audit/har.ts';
import { recordedAfterConsent, sentBeforeRecording } from '../../../scripts/audit/har-consent.ts';
import { declared, inventory } from './support/samples.ts';

const HAR = 'tests/scripts/audit/fixtures/har';
const PAGE = 'https://www.portal.example/';
const entry = (url: string, extra: { request?: object; response?: object } = {}) => ({
  startedDateTime: '2026-12-01T09:00:00.000Z',
  request: { url, headers: [], cookies: [], ...extra.request },
  response: { headers: [], cookies: [], ...extra.response },
});
const har = (...entries: object[]) => ({
  log: { creator: { name: 'Firefox', version: '150.0' }, entries },
});
const refusal = (json: unknown) => {
  try {
    observeHar('x.har', json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('accepted');
};

describe('the shape of a HAR file', () => {
  it.each([
    [[], 'it has no "log" object'],
    [{ log: {} }, 'it has no "log.entries" list'],
    [har({ request: {} }), 'log.entries[0] has no "request" and "response"'],
    [har(entry('not a url')), 'log.entries[0].request.url is not a URL'],
    [
      har({ ...entry(PAGE), startedDateTime: 'soon' }),
      'log.entries[0].startedDateTime is not a date',
    ],
    [
      har(entry(PAGE, { response: { headers: {} } })),
      'log.entries[0].response.headers is not a list',
    ],
    [
      har(entry(PAGE), entry(PAGE, { request: { cookies: [{ value: 'x' }] } })),
      'log.entries[1].request.cookies has an item without a "name"',
    ],
  ])('%j is refused: %s', (json, reason) => {
    expect(refusal(json)).toBe(`x.har is not a valid HAR file: ${reason}.`);
  });
});

describe('what a HAR file shows', () => {
  const recording = har(
    entry(PAGE, {
      response: {
        headers: [
          { name: 'Date', value: 'Tue, 01 Dec 2026 09:00:00 GMT' },
          // Firefox joins the lines of several Set-Cookie headers with newlines.
          { name: 'Set-Cookie', value: 'csrftoken=x; Max-Age=31449600; Path=/\nsid=s; Path=/' },
        ],
        cookies: [{ name: 'pref', value: 'fr', expires: '2026-12-15T09:00:00.000Z' }],
      },
    }),
    entry('https://stats.example.net/matomo.php?idsite=1', {
      request: { headers: [{ name: 'Cookie', value: '_pk_id.1=abc' }] },
    }),
  );

  it('cookies from Set-Cookie headers and from the cookie list, lifetimes from the Date header', () => {
    const observation = observeHar('x.har', recording);
    expect(
      observation.cookies.map((cookie) => [
        cookie.name,
        cookie.lifetimeSeconds,
        cookie.evidence.setBy,
      ]),
    ).toEqual([
      ['csrftoken', 31_449_600, 'header'],
      ['sid', undefined, 'header'],
      ['pref', 14 * 86_400, 'header'],
      // Only sent: set by a script or before the recording, its lifetime unknown.
      ['_pk_id.1', undefined, 'request'],
    ]);
    expect(observation.hosts).toMatchObject([{ host: 'stats.example.net', count: 1 }]);
    expect(observation.browser).toBe('Firefox 150.0');
    expect(observation.coverage).toEqual({
      hosts: ['www.portal.example'],
      languages: [],
      signedIn: 'unknown',
      consentChoice: 'unknown',
      storageObservable: false,
    });
  });

  it('a file exported without cookies is refused: it would show a clean portal', () => {
    expect(refusal(har(entry(PAGE), entry(PAGE)))).toBe(
      'x.har holds no cookies at all: no Cookie or Set-Cookie header and no cookie list in any of its 2 requests. Browsers export HAR files without them by default, so this file cannot show what the portal stores. Export it again with cookies: in Chrome or Edge, open DevTools settings (F1), tick Preferences > Network > "Allow to generate HAR with sensitive data", then in the Network tab choose "Export HAR (with sensitive data)"; in Firefox, right-click in the Network tab and choose "Save All As HAR".',
    );
  });
});

describe('a HAR file recorded after a consent answer', () => {
  const afterConsent = JSON.parse(readFileSync(`${HAR}/after-consent.har`, 'utf8')) as Har;

  it('is found by the cookies its first request sends that exist only after an answer', () => {
    expect(sentBeforeRecording(afterConsent, inventory)).toEqual([
      { name: 'klaro', declaredAs: 'klaro', setWhen: 'consent-choice' },
      { name: 'fx_stats', declaredAs: 'fx_stats', setWhen: 'consent' },
    ]);
  });

  it('is refused with the file, the request, each cookie and its entry, and how to record again', () => {
    const error = recordedAfterConsent(
      `${HAR}/after-consent.har`,
      afterConsent,
      [{ name: 'cc_1', declaredAs: 'cc_*', setWhen: 'consent-choice' }],
      'content/cookies.yaml',
    );
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      `${HAR}/after-consent.har was recorded after a consent answer: its first request (https://www.portal.example/) already sends cc_1 (declared as cc_*, setWhen: consent-choice), which content/cookies.yaml says the portal sets only once the visitor has answered the consent banner. A recording that starts after the answer cannot show what the portal stores before it. Record it again from a private window: open the Network tab, tick "Preserve log", then load the portal and answer the banner while recording; or audit the live portal, which visits each state of consent by itself.`,
    );
  });

  it('a recording that starts before the answer passes, even once later requests send the answer', () => {
    const wildcard = [declared('cc_*', { wildcard: true, setWhen: 'consent-choice' })];
    const fresh = har(
      entry(PAGE, { response: { headers: [{ name: 'Set-Cookie', value: 'fx_session=1' }] } }),
      entry(PAGE, { request: { headers: [{ name: 'Cookie', value: 'cc_1=yes' }] } }),
    ) as unknown as Har;
    expect(sentBeforeRecording(fresh, wildcard)).toEqual([]);
    const late = har(
      entry(PAGE, { request: { headers: [{ name: 'Cookie', value: 'cc_1=yes; other=1' }] } }),
    ) as unknown as Har;
    expect(sentBeforeRecording(late, wildcard)).toEqual([
      { name: 'cc_1', declaredAs: 'cc_*', setWhen: 'consent-choice' },
    ]);
    // The test fixtures' recordings all start before any answer.
    for (const name of ['portal', 'clean']) {
      const fixture = JSON.parse(readFileSync(`${HAR}/${name}.har`, 'utf8')) as Har;
      expect(sentBeforeRecording(fixture, inventory)).toEqual([]);
    }
  });
});
