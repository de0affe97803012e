/**
 * What is inside each policy page, read the way the build reads it: the frontmatter against the
 * pages' schema (src/data/page-schema.ts), the MDX with the parser Astro's MDX
 * integration uses (satteri), the components against those the site gives MDX
 * (src/config/mdx-components.ts), and every link inside the site against the pages and anchors
 * the build will produce. A mistake here would otherwise reach Astro's renderer as a stack trace.
 */
import { readText } from './read-text.ts';
import type { ContentFiles } from '../data/content-files.ts';
import { mdxToMdast, type MdastNode } from 'satteri';
import { pageHeadings, type PageHeading } from '../data/page-sections.ts';
import { contentPaths } from '../config/paths.ts';
import { categories } from '../data/schema.ts';
import { cookieAnchor } from '../data/anchors.ts';
import { pageSchema } from '../data/page-schema.ts';
import { describeIssue } from '../data/schema-messages.ts';
import { isRecord } from '../data/entries.ts';
import { parseYaml, splitFrontmatter, type YamlReader } from '../data/parse.ts';
import { nearest } from '../lib/nearest.ts';
import { at, checkMdxLanguage, quoted, schemeOf } from './mdx-language.ts';

/** One page as the check sees it: `locale`/`file` as below content/policy/. */
export interface PageFile {
  locale: string;
  file: string;
}

interface ParsedPage {
  path: string;
  url: string;
  /** Its ids, or undefined when the page cannot be read (its own problem says so). */
  anchors?: Set<string>;
  /** This page's problems, so the report reads page by page. */
  problems: string[];
  /** Its MDX, frontmatter lines left empty. */
  body?: string;
}

const fields = () => Object.keys(pageSchema.shape).join(', ');
/** Ids every policy page has, whatever its text. */
// The main landmark (skip link target) and the version history below the text; the test
// tests/src/content-check/page-anchors.build.test.ts holds this list to the built pages.
const LAYOUT_ANCHORS = ['content', 'policy-history'];

/** The page's address on the site: fr/index.mdx -> /fr/, fr/a/b.mdx -> /fr/a/b/. */
export function pageUrl({ locale, file }: PageFile): string {
  const slug = file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '');
  return `/${locale}/${slug ? `${slug}/` : ''}`;
}

/** The 1-based line of `key:` at the top level of the frontmatter, for messages. */
function lineOfKey(frontmatter: string, key: string): number | undefined {
  const index = frontmatter.split(/\r?\n/).findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 2;
}

function checkFrontmatter(
  path: string,
  text: string,
  problems: string[],
  yaml?: YamlReader,
): string {
  const { frontmatter, body } = splitFrontmatter(text);
  if (frontmatter === undefined) {
    problems.push(
      `${path}: the page has no frontmatter. Start it with a line ---, then ${fields()} (one per line), then a line ---.`,
    );
    return text;
  }
  // Dates stay text (the core schema), so 2026-11-31 is refused instead of becoming 1 December.
  const parsed = parseYaml(frontmatter, path, {
    what: 'the frontmatter',
    firstLine: 2,
    fix: 'Write one field per line as name: value, and put quotes around texts that contain ": ".',
    ...(yaml ? { yaml } : {}),
  });
  if (!parsed.ok) problems.push(parsed.problem);
  else if (parsed.value !== null && parsed.value !== undefined && !isRecord(parsed.value))
    problems.push(
      `${path}: line 2: the frontmatter must be fields, one per line as name: value (${fields()}), not a single value.`,
    );
  else {
    const data = parsed.value ?? {};
    const result = pageSchema.safeParse(data);
    for (const issue of result.success ? [] : result.error.issues) {
      const first = issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0];
      const key = first === undefined ? undefined : String(first);
      const line = key && lineOfKey(frontmatter, key);
      for (const message of describeIssue(issue, data, pageSchema).split('\n')) {
        problems.push(`${path}: ${line ? `line ${line}: ` : ''}${message}`);
      }
    }
  }
  return body;
}

/** "9:6: Expected a closing tag for `<b>` (9:6) before ... (mdx-jsx:...)" -> position and reason. */
function parseFailure(path: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+): ([\s\S]*?)(?: \(\d+:\d+\))?(?: \([\w:-]+\))?$/.exec(message);
  const [, line, column, text = message] = match ?? [];
  const where = line && column ? at({ start: { line: Number(line), column: Number(column) } }) : '';
  const reason = text.replace(/ \(\d+:\d+\)/g, '');
  return (
    `${path}: ${where}the MDX cannot be read (${reason}). ` +
    'Close every tag (<Name>…</Name>, or <Name /> when it has no content) and every { with }; write \\{ or \\< for a literal brace or angle bracket.'
  );
}

function visit(node: MdastNode, callback: (node: MdastNode) => void): void {
  callback(node);
  for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child, callback);
}

type JsxNode = MdastNode & {
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
};
const isJsx = (node: MdastNode): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Ids the built page will have: the layout's, the headings', the cookie table's rows. */
function anchorsOf(
  headings: readonly PageHeading[],
  tree: MdastNode,
  cookieNames: readonly string[],
): Set<string> {
  const anchors = new Set([...LAYOUT_ANCHORS, ...headings.map(({ slug }) => slug)]);
  visit(tree, (node) => {
    if (isJsx(node)) {
      for (const attribute of node.attributes)
        if (attribute.name === 'id' && typeof attribute.value === 'string')
          anchors.add(attribute.value);
      if (node.name === 'CookieTable') {
        for (const name of cookieNames) anchors.add(cookieAnchor(name));
        for (const category of categories) anchors.add(`category-${category}`);
      }
    }
  });
  return anchors;
}

/**
 * Every heading has an id a reader can link to: one made only of emoji or punctuation would get
 * an empty one (or one shared with nothing it names).
 */
function checkHeadingIds(
  path: string,
  headings: readonly PageHeading[],
  tree: MdastNode,
  problems: string[],
): void {
  const nodes: MdastNode[] = [];
  visit(tree, (node) => {
    if (node.type === 'heading') nodes.push(node);
  });
  headings.forEach(({ slug, text }, index) => {
    if (/[\p{L}\p{N}]/u.test(slug)) return;
    problems.push(
      `${path}: ${at(nodes[index]?.position)}the heading "${quoted(text)}" has no letter or digit, so ${slug ? `its anchor #${slug} names nothing` : 'it gets no anchor to link to'}. Write it with at least one word.`,
    );
  });
}

/** An anchor as written, decoded when it can be (#50% is no escape: kept as it is). */
function decodedHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

function isExternal(url: string): boolean {
  return schemeOf(url) !== undefined;
}

function checkLinks(
  page: ParsedPage,
  tree: MdastNode,
  pages: Map<string, ParsedPage>,
  cookieNames: readonly string[],
  problems: string[],
): void {
  const links: { url: string; position?: MdastNode['position'] }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition')
      links.push({ url: (node as { url: string }).url, position: node.position });
    if (isJsx(node) && node.name === 'a')
      for (const attribute of node.attributes)
        if (attribute.name === 'href' && typeof attribute.value === 'string')
          links.push({ url: attribute.value, position: node.position });
  });
  for (const { url, position } of links) {
    if (!url || isExternal(url)) continue;
    const resolved = new URL(url, `https://site.invalid${page.url}`);
    const [pathname, hash] = [resolved.pathname, decodedHash(resolved.hash.slice(1))];
    // Files (cookies.json, the PDFs) are checked by the build's own link test, not here.
    if (/\.[a-z0-9]+$/i.test(pathname)) continue;
    const where = `${page.path}: ${at(position)}`;
    const target = pages.get(pathname.endsWith('/') ? pathname : `${pathname}/`);
    if (!target) {
      problems.push(
        `${where}the link "${url}" leads to no page of the site. Link to one of: ${[...pages.keys()].join(', ')}.`,
      );
      continue;
    }
    if (!hash || !target.anchors || target.anchors.has(hash)) continue;
    const near = nearest(hash, [...target.anchors]);
    const cookie = hash.startsWith('cookie-') && !target.anchors.has('category-necessary');
    const listed = cookieNames.some((name) => cookieAnchor(name) === hash);
    // A wildcard or dotted name written as it reads (#cookie-_pk_id.*) rather than as its anchor.
    const named = hash.startsWith('cookie-')
      ? cookieNames.find(
          (name) => cookieAnchor(name) === cookieAnchor(hash.slice('cookie-'.length)),
        )
      : undefined;
    problems.push(
      named !== undefined && !listed
        ? `${where}the link "${url}" names the cookie "${named}", but its row's anchor is #${cookieAnchor(named)}: in an anchor, every character other than a letter, a digit, _ or - becomes -. Write "#${cookieAnchor(named)}".`
        : cookie && listed
          ? `${where}the link "${url}" points to a cookie's row, but ${target === page ? 'this page' : target.url} has no cookie table. Link to a page with <CookieTable />, or add it to this one.`
          : hash.startsWith('cookie-') && !listed
            ? `${where}the link "${url}" points to the cookie "${hash.slice('cookie-'.length)}", which is not in ${contentPaths.cookies}. Write #cookie- followed by the name of a cookie listed there.`
            : `${where}the link "${url}" points to an anchor ${target === page ? 'this page' : target.url} does not have.` +
              (near
                ? ` Did you mean "#${near}"?`
                : ' Link to one of its headings: its text in lower case, spaces as hyphens.'),
    );
  }
}

/** The ids a page will have once built, from its text (for the tests that hold this to the build). */
export function pageAnchors(text: string, cookieNames: readonly string[]): Set<string> {
  const body = checkFrontmatter('', text, []);
  return anchorsOf(pageHeadings(body), mdxToMdast(body), cookieNames);
}

/** Every problem in the pages' frontmatter, MDX, components and internal links. */
export function checkPageContents(
  files: ContentFiles,
  pageFiles: readonly PageFile[],
  cookieNames: readonly string[],
): string[] {
  // The language chooser at the site's root is a page too.
  const chooser: ParsedPage = {
    path: '',
    url: '/',
    anchors: new Set(LAYOUT_ANCHORS),
    problems: [],
  };
  const pages = new Map<string, ParsedPage>([[chooser.url, chooser]]);
  const trees = new Map<ParsedPage, MdastNode>();
  for (const file of pageFiles) {
    const path = `${contentPaths.pages}/${file.locale}/${file.file}`;
    const page: ParsedPage = { path, url: pageUrl(file), problems: [] };
    pages.set(page.url, page);
    const text = readText(files, path, page.problems, 'Restore it from git.');
    if (text === undefined) continue;
    const body = checkFrontmatter(path, text, page.problems, files.yaml);
    page.body = body;
    try {
      trees.set(page, files.mdast(body));
    } catch (error) {
      page.problems.push(parseFailure(path, error));
    }
  }
  // Only a page inside the closed MDX language is compiled for its headings' ids: an `import`
  // written straight above a heading swallows it as JavaScript the compiler cannot read, and what
  // the editor needs is the language's refusal, not the compiler's words.
  for (const [page, tree] of trees) {
    const found = page.problems.length;
    checkMdxLanguage(page.path, tree, page.problems);
    if (page.problems.length > found) continue;
    try {
      const headings = files.headings(page.body ?? '');
      page.anchors = anchorsOf(headings, tree, cookieNames);
      checkHeadingIds(page.path, headings, tree, page.problems);
    } catch (error) {
      page.problems.push(parseFailure(page.path, error));
    }
  }
  // Links are checked once every page's anchors are known.
  for (const [page, tree] of trees) checkLinks(page, tree, pages, cookieNames, page.problems);
  return [...pages.values()].flatMap((page) => page.problems);
}
