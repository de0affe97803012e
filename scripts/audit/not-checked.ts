/**
 * "Could not check": what the audit had to look at and could not. A pass must mean everything was
 * looked at, so each of these ends the audit with its own exit code (EXIT.notChecked) and a
 * sentence saying what was not checked and what to do. The visits add their own (a start page
 * that answered an error, a storage that could not be read: Observation.notChecked); this module
 * adds what only the inventory can tell. Pure, so the rules are tested without a browser.
 */
import { consentRecordsOf, type Cookie } from '../../src/data/schema.ts';
import type { ConsentInterface } from './consent-states.ts';
import type { Observation } from './observation.ts';
import { plural } from './report-values.ts';

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');

/** Every reason the audit could not check the portal, its visits' first. */
export function notCheckedReasons(
  observation: Observation,
  consent: ConsentInterface | undefined,
  declared: Cookie[],
  cookiesPath: string,
): string[] {
  const reasons = [...observation.notChecked];
  // The inventory says there is a consent interface: a visit that found none to answer has seen
  // only what a visitor sees before answering, and cannot say what refusing or accepting does.
  const records = consentRecordsOf(declared);
  const afterConsent = declared
    .filter((entry) => entry.setWhen === 'consent')
    .map((entry) => entry.name);
  if (consent !== undefined && !consent.found && records.length + afterConsent.length > 0) {
    const what = [
      ...(records.length > 0
        ? [`the consent choice ${records.length === 1 ? 'cookie' : 'cookies'} ${quoted(records)}`]
        : []),
      ...(afterConsent.length > 0
        ? [
            `${plural(afterConsent.length, 'entry', 'entries')} set only after consent (${quoted(afterConsent)})`,
          ]
        : []),
    ].join(' and ');
    reasons.push(
      `${cookiesPath} declares ${what}, so the portal shows a consent interface, but the audit found none it could answer on ${consent.page}: it could not refuse or accept. Name the banner's buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`,
    );
  }
  // A banner was found, but nothing on its first layer was recognised as accepting: whether
  // refusing is offered as prominently (first-layer.ts) was not measured, so it cannot pass.
  if (consent?.found && consent.firstLayer?.verdict === 'unknown') {
    const refuse = consent.firstLayer.refuse;
    reasons.push(
      consent.by === 'selectors'
        ? `the accept selector of ${consent.name} matches no visible control on the first layer of the banner on ${consent.page}${refuse ? ` (refuse: "${refuse.text}")` : ''}, so whether refusing is offered there as prominently as accepting was not checked. Check that accept names the banner's first-layer button.`
        : `the ${consent.name} banner on ${consent.page} shows no control the audit recognises as accepting on its first layer${refuse ? ` (refuse: "${refuse.text}")` : ''}, so whether refusing is offered there as prominently as accepting was not checked. Name its buttons with --consent <file> (scripts/audit/README.md, "A banner no rule knows").`,
    );
  }
  // A storage the inventory declares that the browser would not let the audit read.
  const declaredStorage = new Set(declared.map((entry) => entry.storage));
  const unreadable = (observation.unreadable ?? []).filter((problem) =>
    declaredStorage.has(problem.storage),
  );
  for (const storage of new Set(unreadable.map((problem) => problem.storage))) {
    const first = unreadable.find((problem) => problem.storage === storage)!;
    const names = declared.filter((entry) => entry.storage === storage).map((entry) => entry.name);
    reasons.push(
      `${cookiesPath} declares ${storage} ${quoted(names)}, but the browser would not let the audit read ${storage} of ${first.origin} on ${first.page} (${first.reason}), so whether it holds them is unknown.`,
    );
  }
  // A HAR file holds no browser storage: declared storage keys cannot be checked from it.
  const storage = declared.filter((entry) => entry.storage !== 'http-cookie');
  if (!observation.coverage.storageObservable && storage.length > 0) {
    reasons.push(
      `${cookiesPath} declares ${plural(storage.length, 'storage key')} (${quoted(storage.map((entry) => entry.name))}), and a HAR file holds no browser storage: audit the live portal to check them.`,
    );
  }
  return reasons;
}
