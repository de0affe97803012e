/**
 * A HAR file recorded after the visitor answered the consent banner: its very first request
 * already sends a cookie the portal sets only once the visitor has answered (declared `setWhen:
 * consent-choice` or `consent`). Such a recording began too late to show what the portal stores
 * before an answer, the first question of the audit, so it is refused rather than read as if it
 * were a first visit. The audit's own HAR files (--evidence) each start from an empty profile,
 * before any answer, so they always pass.
 */
import type { Har } from 'har-format';
import type { Cookie } from '../../src/data/schema.ts';
import { wildcardToRegExp } from './compare.ts';
import { AuditError } from './errors.ts';
import { cookieNamesFromHeader } from './set-cookie.ts';

export interface AnsweredCookie {
  name: string;
  /** The declared entry (its pattern, for a wildcard entry) and when it is set. */
  declaredAs: string;
  setWhen: 'consent' | 'consent-choice';
}

/** The cookies of the first request that only exist once the visitor has answered. */
export function sentBeforeRecording(har: Har, declared: Cookie[]): AnsweredCookie[] {
  const first = har.log.entries[0];
  if (!first) return [];
  const names = new Set([
    ...(first.request.cookies ?? []).map((cookie) => cookie.name),
    ...(first.request.headers ?? [])
      .filter((header) => header.name.toLowerCase() === 'cookie')
      .flatMap((header) => cookieNamesFromHeader(String(header.value ?? ''))),
  ]);
  const afterAnswer = declared.filter(
    (entry) =>
      entry.storage === 'http-cookie' &&
      (entry.setWhen === 'consent' || entry.setWhen === 'consent-choice'),
  );
  return [...names].flatMap((name) => {
    const entry =
      afterAnswer.find((candidate) => !candidate.wildcard && candidate.name === name) ??
      afterAnswer.find(
        (candidate) => candidate.wildcard && wildcardToRegExp(candidate.name).test(name),
      );
    return entry
      ? [{ name, declaredAs: entry.name, setWhen: entry.setWhen as AnsweredCookie['setWhen'] }]
      : [];
  });
}

export function recordedAfterConsent(
  file: string,
  har: Har,
  cookies: AnsweredCookie[],
  cookiesPath: string,
): AuditError {
  const named = cookies.map(
    (cookie) =>
      `${cookie.name} (${cookie.declaredAs === cookie.name ? '' : `declared as ${cookie.declaredAs}, `}setWhen: ${cookie.setWhen})`,
  );
  const listed =
    named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0];
  return new AuditError(
    `${file} was recorded after a consent answer: its first request (${har.log.entries[0]!.request.url}) already sends ${listed}, which ${cookiesPath} says the portal sets only once the visitor has answered the consent banner. A recording that starts after the answer cannot show what the portal stores before it. Record it again from a private window: open the Network tab, tick "Preserve log", then load the portal and answer the banner while recording; or audit the live portal, which visits each state of consent by itself.`,
  );
}
