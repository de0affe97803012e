/** The content check's virtual module (src/integrations/content-module.ts), as pages import it. */
declare module 'virtual:odwb/content' {
  /** What the last content check refused; empty in a build (it stops first), live in `npm run dev`. */
  export const problems: string[];
  /** What the last recorded audit saw of a consent interface; null without a recorded audit. */
  export const consentObserved: import('./data/observations.ts').ConsentObservation | null;
  /** The accessibility statement's evidence, as the check read and validated it. */
  export const statementEvidence: Pick<
    import('./accessibility/load.ts').StatementEvidence,
    'evidence' | 'manual'
  >;
  /** Published or draft, and why (src/data/policy-state.ts); null while operator.yaml is invalid. */
  export const policyState: import('./data/policy-state.ts').PolicyState | null;
  /** content/publications.yaml: every publication, and the policy the first replaces. */
  export const publications: import('./versions/publications.ts').Publications;
  /** By language: the pages, cookie rows and summaries whose translation is behind the French. */
  export const staleTranslations: Partial<
    Record<string, import('./translations/stale.ts').StaleTranslations>
  >;
}
