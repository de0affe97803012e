/** The content check's virtual module (src/integrations/content-module.ts), as pages import it. */
declare module 'virtual:odwb/content' {
  /** What the last content check refused; empty in a build (it stops first), live in `npm run dev`. */
  export const problems: string[];
  /** What the check read and validated, for the pages; null while it finds problems (dev only). */
  export const site: import('./route-data/site-data.ts').SiteData | null;
  /**
   * Every policy page of every language, with its frontmatter; listed even while the check finds
   * problems, so `npm run dev` answers each page's address with the error overlay.
   */
  export const pages: import('./route-data/site-data.ts').PolicyPage[];
  /** Each policy page's compiled MDX, by its path below content/policy/ (fr/index.mdx). */
  export const pageContent: Record<
    string,
    () => Promise<{ default: import('astro').MDXInstance<Record<string, unknown>>['Content'] }>
  >;
}
