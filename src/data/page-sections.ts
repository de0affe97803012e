/**
 * A policy page's headings and sections as the build makes them: the headings' ids come from the
 * very plugin Astro's MDX integration gives them with (so a section's id is the anchor a reader
 * links to), and a section runs from its heading, as the MDX parser places it, to the next one.
 * The page check (src/content-check/mdx.ts) and the translations (src/translations/texts.ts)
 * both read pages here: one parser, one id scheme.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { mdxToJs, mdxToMdast, type MdastNode } from 'satteri';

export interface PageHeading {
  depth: number;
  /** The id the built page gives the heading. */
  slug: string;
  /** The heading as a reader sees it (no markup). */
  text: string;
}

export interface PageSection {
  /** The heading, or undefined for the text before the first heading. */
  heading?: PageHeading;
  /** The heading's id, or "intro" for the text before the first heading. */
  id: string;
  /** The section's MDX, its heading included. */
  text: string;
}

/**
 * The headings of a page body in order, with the ids the build gives them; throws on unreadable
 * MDX. It compiles the body: the content check reads them once per snapshot (`files.headings`,
 * src/data/content-files.ts).
 */
export function pageHeadings(body: string): PageHeading[] {
  const astro = {
    frontmatter: {},
    headings: [] as PageHeading[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  mdxToJs(body, {
    hastPlugins: [satteriHeadingIdsPlugin()],
    features: { gfm: true, smartPunctuation: true },
    data: { astro },
  });
  return astro.headings;
}

/**
 * The body cut at each heading the parser finds (never inside code or a component), the first
 * section being the text before any heading, kept even when empty so that sections match by
 * position in every language. Throws when the MDX cannot be read (the page check says why).
 * The parsed body and its headings are the snapshot's when it has them.
 */
export function pageSections(
  body: string,
  tree: MdastNode = mdxToMdast(body),
  headings: readonly PageHeading[] = pageHeadings(body),
): PageSection[] {
  // Every heading in document order, as the plugin lists them, wherever it stands.
  const starts: number[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'heading') starts.push(node.position?.start.offset ?? 0);
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
  const cuts = [0, ...starts];
  return cuts.map((start, index) => {
    const text = body.slice(start, cuts[index + 1] ?? body.length);
    if (index === 0) return { id: 'intro', text };
    const heading = headings[index - 1];
    return heading ? { heading, id: heading.slug, text } : { id: `section-${index}`, text };
  });
}
