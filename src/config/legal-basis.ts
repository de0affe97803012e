/**
 * The legal bases the policy gives for its cookies (GDPR art. 6): law, read for this portal, for
 * the operator to confirm (content/README.md, "Where the policy departs from the seed"). Declared
 * once here; the page's sentences (`{{basis}}` in src/i18n/ui/<locale>.json), /cookies.json and
 * the check's messages cite them through `citation` and `exportCitation`, so they cannot disagree.
 */
import type { Locale } from './locales.ts';

/** A provision of the GDPR: an article, its paragraph and its point, as far as needed. */
export interface Provision {
  article: number;
  paragraph?: number;
  point?: string;
}

export const legalBasis = {
  /**
   * Strictly necessary cookies: a task carried out in the public interest (6(1)(e)), which must
   * rest on a legal text (6(3)): content/operator.yaml names it (processing.legalText).
   */
  necessary: [
    { article: 6, paragraph: 1, point: 'e' },
    { article: 6, paragraph: 3 },
  ],
  /** Cookies that need consent: the visitor's consent (6(1)(a)). */
  consent: [{ article: 6, paragraph: 1, point: 'a' }],
  /**
   * Cookies that record consent choices: a legal obligation (6(1)(c)), the controller's duty to
   * demonstrate consent (7(1)).
   */
  consentRecord: [
    { article: 6, paragraph: 1, point: 'c' },
    { article: 7, paragraph: 1 },
  ],
} as const satisfies Record<string, readonly [Provision, ...Provision[]]>;

/** How each language cites provisions of the GDPR, as its official translation does. */
interface CitationStyle {
  /** One provision; `sameArticle` when it follows one of the same article, which is not repeated. */
  provision: (provision: Provision, sameArticle: boolean) => string;
  and: string;
  ofTheLaw: (provisions: string) => string;
}

/** "article 6, paragraphe 1, point e)": each word bound to its number by `space`. */
const commaStyle =
  (words: { article: string; paragraph: string; point: string }, space: string) =>
  ({ article, paragraph, point }: Provision, sameArticle: boolean) =>
    [
      sameArticle ? undefined : `${words.article}${space}${article}`,
      paragraph === undefined ? undefined : `${words.paragraph}${space}${paragraph}`,
      point === undefined ? undefined : `${words.point}${space}${point})`,
    ]
      .filter((part) => part !== undefined)
      .join(', ');

/** "6(1)(e)": a provision's number as English and /cookies.json write it. */
export const provisionNumber = ({ article, paragraph, point }: Provision) =>
  `${article}${paragraph === undefined ? '' : `(${paragraph})`}${point === undefined ? '' : `(${point})`}`;

const styles: Record<Locale, CitationStyle> = {
  fr: {
    // French binds a number to its word with a no-break space.
    provision: commaStyle(
      { article: 'article', paragraph: 'paragraphe', point: 'point' },
      '\u00a0',
    ),
    and: ', et ',
    ofTheLaw: (provisions) => `${provisions}, du RGPD`,
  },
  en: {
    provision: (provision, sameArticle) =>
      `${sameArticle ? '' : 'Article '}${provisionNumber(provision)}`,
    and: ' and ',
    ofTheLaw: (provisions) => `${provisions} GDPR`,
  },
  nl: {
    provision: commaStyle({ article: 'artikel', paragraph: 'lid', point: 'punt' }, ' '),
    and: ', en ',
    ofTheLaw: (provisions) => `${provisions}, AVG`,
  },
  de: {
    provision: ({ article, paragraph, point }, sameArticle) =>
      [
        sameArticle ? undefined : `Artikel ${article}`,
        paragraph === undefined ? undefined : `Absatz ${paragraph}`,
        point === undefined ? undefined : `Buchstabe ${point}`,
      ]
        .filter((part) => part !== undefined)
        .join(' '),
    and: ' und ',
    ofTheLaw: (provisions) => `${provisions} DSGVO`,
  },
};

/** The provisions as a sentence of the page cites them in `locale`: "Article 6(1)(e) and 6(3) GDPR". */
export function citation(provisions: readonly Provision[], locale: Locale): string {
  const style = styles[locale];
  return style.ofTheLaw(
    provisions
      .map((provision, index) =>
        style.provision(provision, provisions[index - 1]?.article === provision.article),
      )
      .join(style.and),
  );
}

/** The provisions as /cookies.json and the check's messages cite them: "GDPR art. 6(1)(e) and 6(3)". */
export const exportCitation = (provisions: readonly Provision[]) =>
  `GDPR art. ${provisions.map(provisionNumber).join(' and ')}`;
