/**
 * The schema of content/operator.yaml: the portal, the controller who answers for it, and the
 * facts GDPR art. 13 asks a policy to give about them. Every fact is either read on a public page
 * (`value` with its `source`) or written `missing`, saying where it was looked for: never
 * guessed. A missing fact the policy cannot go without makes the site a draft
 * (src/data/operator-facts.ts says which ones). The content check (and through it the pages),
 * the generated JSON Schema (content/schemas/operator.schema.json) and the pages derive from here.
 */
import { z } from 'astro/zod';
import { localizedText, sourceSchema, webAddress, ADDRESS_HINT } from './schema.ts';
import { dateField } from './dates.ts';

/**
 * A mailto: link to one e-mail address: a name, one @ and a domain with a dot, no space (a
 * `mailto:dpo  adn.be` would publish a broken link).
 */
const mailtoAddress = z
  .string()
  .regex(/^mailto:[^\s@:/?]+@[^\s@/?]+\.[^\s@/?.]+$/)
  .describe('Write a mailto: link to one e-mail address, e.g. mailto:dpo@example.org (no space).');

/** A fact nobody could find on a public page: the draft shows it as missing. */
const missingFact = z.strictObject({
  missing: z
    .string()
    .trim()
    .min(1)
    .describe(
      'Say where it was looked for and when, so the next person starts from there, e.g. missing: Not on the portal’s terms of use. Searched 2026-12-03.',
    ),
});

/** A fact read on a public page, with that page, or missing. */
function fact<T extends z.ZodType>(value: T, what: string) {
  return z
    .union([
      z.strictObject({
        value: value.describe(`Write ${what}.`),
        source: sourceSchema.describe(
          'Give the public page it was read on: source with url (https://) and note (what the page says).',
        ),
      }),
      missingFact,
    ])
    .describe(
      `Write value (${what}) with source (url and note), or missing: where it was looked for.`,
    );
}

/** German role nouns agree with the controller (die Verantwortliche, der Verantwortliche). */
export const grammaticalGenders = ['feminine', 'masculine', 'neuter'] as const;
export type GrammaticalGender = (typeof grammaticalGenders)[number];

/**
 * French first for every per-language text of this file, as for a cookie's (src/data/schema.ts):
 * only the French is required; a language left out is translation work (`npm run translations`,
 * ids operator/<path>), and its pages show the French, said to be French, with a note.
 */
const FRENCH_FIRST = { frenchFirst: true };

const controllerName = z.strictObject({
  /** The name as a list or a table shows it, without an article. */
  name: z
    .string()
    .trim()
    .min(1)
    .describe('Write the name as a list shows it, without article, e.g. Agence du Numérique.'),
  /** The name as a sentence uses it, with the article the language needs (l’Agence…, the Agence…). */
  inSentence: localizedText(
    'Write, for each language, the name as a sentence uses it, with its article: fr: l’Agence du Numérique, en: the Agence du Numérique.',
    FRENCH_FIRST,
  ),
  /** The grammatical gender of the name in German, which its role noun agrees with. */
  gender: z
    .enum(grammaticalGenders)
    .describe(
      `Use one of: ${grammaticalGenders.join(', ')} (the German gender of the name: die Agentur is feminine).`,
    ),
});

/**
 * The control on the portal that reopens the visitor's cookie choices. On Opendatasoft it is a
 * link at the bottom of each page with no address of its own: the description says where it is
 * and what it does, so a visitor finds it; `url` only when it has a page of its own (linking the
 * home page instead would be a dead end).
 */
const consentSettingsPlace = z.strictObject({
  /** How a sentence names the control, from its preposition: "through the “Cookies” link at the bottom of every page, which opens the choice window again". */
  description: localizedText(
    'Write, per language, how a sentence names the control, from its preposition, e.g. fr: au moyen du lien « Cookies » en bas de chaque page du portail, qui rouvre la fenêtre de choix.',
    FRENCH_FIRST,
  ),
  url: webAddress()
    .optional()
    .describe(
      `${ADDRESS_HINT} Only when the control has a page of its own; leave it out for a button or link that reopens the banner.`,
    ),
});

/** A named service and how to reach it (the operator's complaint service). */
const accessibilityContact = z.strictObject({
  name: localizedText(undefined, FRENCH_FIRST),
  contact: z
    .url({ protocol: /^(https|mailto)$/ })
    .describe('Write an https:// page or a mailto: address.'),
});

const ombudsmanName = z.strictObject({
  /** The institution's name as a list shows it, without article, in each language. */
  name: localizedText(undefined, FRENCH_FIRST),
  website: webAddress().describe(ADDRESS_HINT),
});

const ombudsmanAddress = z.strictObject({
  postalAddress: z.string().trim().min(1).describe('Write the postal address on one line.'),
  phone: z
    .string()
    .trim()
    .min(1)
    .describe('Write the telephone number as the institution gives it.'),
});

const reviewDate = dateField(true);

export const operatorSchema = z.strictObject({
  /** The portal the policy is about, as visitors know it: the policy's own subject, no source needed. */
  portal: z
    .strictObject({
      name: z
        .string()
        .trim()
        .min(1)
        .describe(
          'Write the portal’s name as visitors know it, e.g. ODWB – Open Data Wallonie-Bruxelles.',
        ),
      url: webAddress().describe(ADDRESS_HINT),
      /** The company whose platform the portal runs on. */
      platform: z
        .string()
        .trim()
        .min(1)
        .describe('Write the platform company’s name, e.g. Opendatasoft.'),
    })
    .describe('Write portal: with the portal’s name, url and platform.'),
  /** The body that decides why and how the portal's cookies are used, and how to reach it. */
  controller: z
    .strictObject({
      name: fact(
        controllerName,
        'the name, its form in a sentence per language, its German gender',
      ),
      contact: fact(
        webAddress(),
        'the https:// page through which visitors write to the controller',
      ),
      postalAddress: fact(z.string().trim().min(1), 'the postal address on one line'),
      dpoContact: fact(
        z.union([webAddress(), mailtoAddress]),
        'an https:// page or a mailto: address of the data protection officer',
      ),
      /**
       * Whether other bodies decide with the controller why and how the data is processed (GDPR
       * art. 26): who they are and the essence of their arrangement, or that the controller
       * alone decides, per language, as the operator confirms it in writing.
       */
      // Absent from files written before it was asked: then it reads as missing (operator-facts.ts).
      jointControllers: fact(
        localizedText(undefined, FRENCH_FIRST),
        'whether other bodies decide the purposes and means with the controller (and the essence of their arrangement), or that it alone decides, per language',
      ).optional(),
      /** The portal's own privacy statement, for account data, when it has one. */
      privacyStatement: fact(
        webAddress(),
        'the https:// address of the portal’s privacy statement',
      ),
    })
    .describe(
      'Write controller: with name, contact, postalAddress, dpoContact, jointControllers and privacyStatement, each found with its source or missing (content/README.md, “Operator facts”).',
    ),
  /** What the controller does with the data the cookies carry. */
  processing: z
    .strictObject({
      /** The legal text that entrusts the public task (GDPR art. 6(3)), as a sentence cites it. */
      legalText: fact(
        localizedText(undefined, FRENCH_FIRST),
        'the legal text entrusting the public task, per language, as a sentence cites it',
      ),
      /** How long the server keeps session data and logs: not the cookie's lifetime in the browser. */
      serverRetention: fact(
        localizedText(undefined, FRENCH_FIRST),
        'how long the server keeps session data, per language',
      ),
      /** Where the portal's servers are. */
      hostingLocation: fact(
        localizedText(undefined, FRENCH_FIRST),
        'where the servers are, per language',
      ),
      /** Whether any data leaves the EEA, and on which safeguard (GDPR art. 13(1)(f)). */
      transfersOutsideEea: fact(
        localizedText(undefined, FRENCH_FIRST),
        'whether data is transferred outside the EEA and on which safeguard, per language',
      ),
    })
    .describe(
      'Write processing: with legalText, serverRetention, hostingLocation and transfersOutsideEea, each found with its source or missing (content/README.md, “Operator facts”).',
    ),
  /** Where on the portal visitors change or withdraw their cookie choices. */
  consentSettings: fact(
    consentSettingsPlace,
    'the control’s description in every language, and its url when it has a page of its own',
  ),
  /**
   * What the accessibility statement needs that the project cannot know (Directive (EU) 2016/2102,
   * Implementing Decision (EU) 2018/1523): src/data/statement-facts.ts says why each one
   * is required. A file without the group has them all missing.
   */
  accessibility: z
    .strictObject({
      /** Where visitors report an accessibility problem: works without JavaScript or cookies. */
      feedback: fact(
        z.url({ protocol: /^(https|mailto)$/ }),
        'a mailto: address, or an https:// form that works without JavaScript or cookies, where visitors report an accessibility problem',
      ),
      /** The operator's own complaint service, the step before the ombudsman. */
      complaintService: fact(
        accessibilityContact,
        'the complaint service’s name per language and its contact (https:// or mailto:)',
      ),
      /** The ombudsman competent for the operator, the last resort (enforcement procedure). */
      ombudsman: fact(ombudsmanName, 'the ombudsman’s name per language and website'),
      /** The ombudsman's postal address and telephone: the model asks for full contact details. */
      ombudsmanAddress: fact(
        ombudsmanAddress,
        'the ombudsman’s postal address on one line and telephone number',
      ),
      /** When the operator last reviewed the statement (YYYY-MM-DD). */
      statementReviewed: fact(
        reviewDate,
        'the date the operator last reviewed the statement, as YYYY-MM-DD',
      ),
    })
    .optional()
    .describe(
      'Write accessibility: with feedback, complaintService, ombudsman, ombudsmanAddress and statementReviewed, each found with its source or missing (content/README.md, “Operator facts”).',
    ),
});

export type OperatorInput = z.input<typeof operatorSchema>;
export type Operator = z.output<typeof operatorSchema>;
export type ConsentSettingsPlace = z.output<typeof consentSettingsPlace>;
export type FactSource = z.output<typeof sourceSchema>;

export type SourcedFact<T> = { value: T; source: FactSource };
export type MissingFact = { missing: string };
export type OperatorFact<T> = SourcedFact<T> | MissingFact;

export const isMissing = <T>(fact: OperatorFact<T>): fact is MissingFact => 'missing' in fact;
/** The fact's value, or undefined when it is missing. */
export const valueOf = <T>(fact: OperatorFact<T>): T | undefined =>
  isMissing(fact) ? undefined : fact.value;
