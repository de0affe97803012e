/**
 * A cookie as the wire states it: lifetimes from Max-Age or Expires counted from the response's
 * Date, the default path and domain a browser would give it, and lines that set nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  cookieNamesFromHeader,
  defaultPath,
  isDeletion,
  readCookieLine,
  responseTime,
  splitLines,
} from '../../../scripts/audit/set-cookie.ts';

const url = new URL('https://www.portal.example/explore/dataset/x');
const sentAt = Date.parse('2026-12-03T09:00:00.000Z');
const evidence = { setBy: 'header' as const, page: url.href, time: '2026-12-03T09:00:00.000Z' };
const read = (line: string) => readCookieLine(line, url, sentAt, evidence);

describe('a Set-Cookie line', () => {
  it('Max-Age wins over Expires, and the expiry is counted from when it was sent', () => {
    const cookie = read(
      'sid=1; Max-Age=3600; Expires=Wed, 03 Dec 2036 09:00:00 GMT; Secure; HttpOnly',
    );
    expect(cookie).toMatchObject({
      name: 'sid',
      lifetimeSeconds: 3600,
      expires: '2026-12-03T10:00:00.000Z',
      secure: true,
      httpOnly: true,
    });
  });

  it('a Max-Age beyond any date a date can hold: its seconds, no expiry date, and no error', () => {
    expect(read('forever=1; Max-Age=99999999999999; Path=/')).toMatchObject({
      name: 'forever',
      lifetimeSeconds: 99_999_999_999_999,
      expires: undefined,
      beyondDates: true,
    });
    // More digits than a number holds: as long as a lifetime can be, still reported.
    expect(read(`huge=1; Max-Age=${'9'.repeat(400)}`)).toMatchObject({
      lifetimeSeconds: Number.MAX_SAFE_INTEGER,
      beyondDates: true,
    });
  });

  it('an Expires two years away stays two years, whatever a browser would cap it to', () => {
    expect(read('keep=1; Expires=Fri, 03 Dec 2028 09:00:00 GMT')?.lifetimeSeconds).toBe(
      731 * 86_400,
    );
  });

  it('without Path, the folder of the address; without Domain, the host; a leading dot dropped', () => {
    expect(read('a=1')).toMatchObject({ path: '/explore/dataset', domain: 'www.portal.example' });
    expect(read('a=1; Domain=.Portal.example; Path=/')).toMatchObject({
      path: '/',
      domain: 'portal.example',
    });
    expect(defaultPath(new URL('https://x.example/page'))).toBe('/');
  });

  it('a session cookie has no lifetime; a date in the past deletes the cookie', () => {
    expect(read('s=1')?.lifetimeSeconds).toBeUndefined();
    const gone = read('old=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')!;
    expect(isDeletion(gone)).toBe(true);
    expect(isDeletion(read('s=1')!)).toBe(false);
  });

  it('a line without a name=value pair sets nothing, as in a browser', () => {
    expect(read('no pair here')).toBeUndefined();
  });
});

describe('headers', () => {
  it('lifetimes count from the Date header, else from when the response arrived', () => {
    expect(responseTime('Wed, 03 Dec 2026 08:00:00 GMT', sentAt)).toBe(sentAt - 3_600_000);
    expect(responseTime('not a date', sentAt)).toBe(sentAt);
    expect(responseTime(undefined, sentAt)).toBe(sentAt);
  });

  it('several Set-Cookie lines joined by newlines (Firefox) are split, not at the commas of dates', () => {
    expect(splitLines('a=1; Expires=Wed, 03 Dec 2036 09:00:00 GMT\n\n b=2 ')).toEqual([
      'a=1; Expires=Wed, 03 Dec 2036 09:00:00 GMT',
      'b=2',
    ]);
  });

  it("a request's Cookie header gives the names it sends", () => {
    expect(cookieNamesFromHeader('csrftoken=x; cookies_preferences=%7B%7D;  ; klaro=1')).toEqual([
      'csrftoken',
      'cookies_preferences',
      'klaro',
    ]);
  });
});
