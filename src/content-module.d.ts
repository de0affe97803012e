/** The content check's virtual module (src/integrations/content-module.ts), as pages import it. */
declare module 'virtual:odwb/content' {
  /** What the last content check refused; empty in a build (it stops first), live in `npm run dev`. */
  export const problems: string[];
  /** What the last recorded audit saw of a consent interface; null without a recorded audit. */
  export const consentObserved: import('./data/observations.ts').ConsentObservation | null;
  /** By language: the pages, cookie rows and summaries whose translation is behind the French. */
  export const staleTranslations: Partial<
    Record<string, import('./translations/stale.ts').StaleTranslations>
  >;
}
