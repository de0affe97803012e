/**
 * One exemption test, applied to every cookie alike (WP194, from the visitor's point of view): a
 * strictly necessary cookie is exempt from consent for the service the visitor asked for, and a
 * cookie kept beyond the session must say why that service needs it that long. The table shows
 * that sentence (exemptBecause); a persistent necessary cookie without it keeps the policy a
 * draft, so the reasoning that denies the exemption to one cookie cannot silently grant it to
 * another.
 */
import { contentPaths } from '../config/paths.ts';
import { parseLifetime } from './lifetime.ts';
import type { Cookie } from './schema.ts';

/** A strictly necessary cookie kept beyond the browser session. */
export const persistentNecessary = (cookie: Cookie) =>
  cookie.category === 'necessary' && parseLifetime(cookie.lifetime)?.kind === 'duration';

/** The persistent necessary cookies that do not say why they last that long. */
export const unjustifiedExemptions = (cookies: Cookie[]): string[] =>
  cookies
    .filter((cookie) => persistentNecessary(cookie) && cookie.exemptBecause === undefined)
    .map((cookie) => cookie.name);

export const exemptionReasons = (cookies: Cookie[]): string[] =>
  cookies
    .filter((cookie) => persistentNecessary(cookie) && cookie.exemptBecause === undefined)
    .map(
      (cookie) =>
        `${contentPaths.cookies}: cookie "${cookie.name}" is called strictly necessary (no consent) yet kept ${cookie.lifetime}, beyond the session: WP194 exempts a cookie only for as long as the service the visitor asked for needs it. Write exemptBecause, in French at least (one sentence the table shows: why that service needs it that long), or make it a session cookie, or give it a category that needs consent.`,
    );
