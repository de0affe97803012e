/**
 * What the audit observed on the portal, as content: `content/observations.yaml`, beside the
 * declarations in cookies.yaml. `npm run audit -- <portal> --record` writes it (never by hand);
 * the content check validates it with this schema and compares it with the declarations.
 *
 * The shape, kept simple for the pages that use it:
 *
 *   audit:                       # the last recorded audit
 *     portal: https://www.odwb.be/
 *     observedOn: 2026-12-03     # its date (UTC)
 *     consentInterface: found    # `found` or `none`: whether a consent banner was seen
 *     consentManager: Klaro      # the autoconsent rule that found it, or `selectors`; null if none
 *     tool: odwb-cookie-policy audit 1.0.0
 *     states: [no-answer, refuse-all, accept-all]   # the states visited (optional: newer records)
 *     result: matches            # matches, does-not-match or could-not-check (optional: newer)
 *   cookies:                     # one entry per declared cookie ever observed
 *     - name: sessionid          # the entry's name in cookies.yaml (its pattern, for a wildcard)
 *       observedOn: 2026-12-03   # the last audit that saw it
 *       lifetimeSeconds: 1209600 # as the portal sent it; null: a session cookie or a storage key
 *       setBy: header            # header, script or jar
 *       states: [no-answer, refuse-all, accept-all]   # the states of consent it was seen in
 *       pages: [https://www.odwb.be/]                 # the pages that set it (at most 5)
 *
 * `consentObservation()` is what the draft rule compares with the inventory.
 */
import { z } from 'astro/zod';
import { contentPaths } from '../config/paths.ts';
import { dateField } from './dates.ts';

/** The states of consent an audit visits in (scripts/audit/README.md, "Every state of consent"). */
export const consentStates = ['no-answer', 'refuse-all', 'accept-all'] as const;
export type ConsentState = (typeof consentStates)[number];

/**
 * An audit's answer: `matches` only when everything was looked at; `could-not-check` when it
 * could not answer a consent interface, a start page answered an error, or a declared storage
 * could not be read.
 */
export const auditResults = ['matches', 'does-not-match', 'could-not-check'] as const;
export type AuditResult = (typeof auditResults)[number];

/** How an observed item reached the browser. */
export const setByValues = ['header', 'script', 'jar'] as const;

const RECORD_AGAIN = `Record a new audit with \`npm run audit -- <portal URL> --record\` rather than editing ${contentPaths.observations} by hand.`;

const date = dateField(true, RECORD_AGAIN);

export const cookieObservationSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1)
    .describe(`Write the name of an entry of ${contentPaths.cookies}. ${RECORD_AGAIN}`),
  observedOn: date,
  lifetimeSeconds: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .describe(
      `Write the lifetime the portal sent, in whole seconds, or null for a session cookie or a storage key. ${RECORD_AGAIN}`,
    ),
  setBy: z.enum(setByValues).describe(`Use one of: ${setByValues.join(', ')}. ${RECORD_AGAIN}`),
  states: z
    .array(z.enum(consentStates))
    .min(1)
    .describe(
      `List the states it was seen in, among: ${consentStates.join(', ')}. ${RECORD_AGAIN}`,
    ),
  pages: z
    .array(z.url({ protocol: /^https?$/ }))
    .min(1)
    .describe(`List the pages (full web addresses) that set it. ${RECORD_AGAIN}`),
});

export const observationsSchema = z.strictObject({
  audit: z.strictObject({
    portal: z
      .url({ protocol: /^https?$/ })
      .describe(`Write the audited portal's address. ${RECORD_AGAIN}`),
    observedOn: date,
    consentInterface: z.enum(['found', 'none']).describe(`Write found or none. ${RECORD_AGAIN}`),
    consentManager: z
      .string()
      .trim()
      .min(1)
      .nullable()
      .describe(`Write the consent manager's name, or null. ${RECORD_AGAIN}`),
    tool: z.string().trim().min(1).describe(`Write the tool that made the audit. ${RECORD_AGAIN}`),
    /** The states of consent it visited; absent in records made before the field existed. */
    states: z
      .array(z.enum(consentStates))
      .min(1)
      .optional()
      .describe(`List the states visited, among: ${consentStates.join(', ')}. ${RECORD_AGAIN}`),
    /** Its answer (scripts/audit/README.md, "Exit codes"); absent in older records. */
    result: z
      .enum(auditResults)
      .optional()
      .describe(`Use one of: ${auditResults.join(', ')}. ${RECORD_AGAIN}`),
  }),
  cookies: z.array(cookieObservationSchema).describe(`List the observed cookies. ${RECORD_AGAIN}`),
});

export type CookieObservation = z.output<typeof cookieObservationSchema>;
export type Observations = z.output<typeof observationsSchema>;
/** What the last recorded audit saw of a consent interface, as the draft rule reads it. */
export type ConsentObservation = Pick<
  Observations['audit'],
  'consentInterface' | 'observedOn' | 'consentManager'
>;

/**
 * What the last recorded audit saw of a consent interface on the portal, compared with the
 * inventory by the draft rule (src/data/operator-facts.ts); null when no audit was recorded.
 */
export const consentObservation = (
  observations: Observations | undefined,
): ConsentObservation | null => {
  if (!observations) return null;
  const { consentInterface, observedOn, consentManager } = observations.audit;
  return { consentInterface, observedOn, consentManager };
};
