/**
 * Built HTML read with a parser (htmlparser2), never with regular expressions: the build (which
 * page links to its PDF), the operators' `npm run verify` and the tests all find elements here.
 */
import { DomUtils, parseDocument } from 'htmlparser2';

export type HtmlNode = ReturnType<typeof parseDocument>;
export type HtmlElement = ReturnType<typeof DomUtils.findAll>[number];

/** What an attribute must be: its exact value, `true` for present, or a test of its value. */
type AttributeTest = string | true | ((value: string) => boolean);

const matches = (value: string | undefined, test: AttributeTest) =>
  value !== undefined &&
  (test === true || (typeof test === 'string' ? value === test : test(value)));

export const parseHtml = (html: string): HtmlNode => parseDocument(html);
/** XML (the sitemap): element names kept as written (xhtml:link), no HTML rules. */
export const parseXml = (xml: string): HtmlNode => parseDocument(xml, { xmlMode: true });

/** Every `tag` element (any tag with '*') below `root`, in document order, whose attributes pass. */
export function elements(
  root: HtmlNode | HtmlElement,
  tag: string,
  attributes: Record<string, AttributeTest> = {},
): HtmlElement[] {
  return DomUtils.findAll(
    (element) =>
      (tag === '*' || element.name === tag) &&
      Object.entries(attributes).every(([name, test]) => matches(element.attribs[name], test)),
    root.children,
  );
}

/**
 * Elements that run in with the words around them. Any other element (a block, a table cell, or a
 * span the stylesheet sets apart, as the table's notes) separates its text from its neighbours',
 * as a reader sees it on screen.
 */
const RUN_IN = new Set(
  'a abbr b bdi bdo cite code data dfn em i kbd mark q s small strong sub sup time u var'.split(
    ' ',
  ),
);

function collectText(nodes: readonly HtmlNode['children'][number][], parts: string[]): void {
  for (const node of nodes) {
    if (node.type === 'text') parts.push(node.data);
    else if ('children' in node) {
      const block = 'name' in node && !RUN_IN.has(node.name);
      if (block) parts.push(' ');
      collectText(node.children, parts);
      if (block) parts.push(' ');
    }
  }
}

/**
 * The text a reader sees in an element: entities decoded, words of separate elements apart,
 * run-in elements (links, code, dates) within their sentence, every run of HTML whitespace one space (no-break spaces are kept: they are
 * typography, as before a French colon).
 */
export function textOf(node: HtmlNode | HtmlElement): string {
  const parts: string[] = [];
  collectText(node.children, parts);
  return parts
    .join('')
    .replace(/[ \t\n\f\r]+/g, ' ')
    .trim();
}

/** The `name` attribute of every element given, in order; absent ones left out. */
export function attributes(list: readonly HtmlElement[], name: string): string[] {
  return list.flatMap((element) => {
    const value = element.attribs[name];
    return value === undefined ? [] : [value];
  });
}

/** An attribute test for `class`: whether the element has the class `name` among its classes. */
export const hasClass =
  (name: string) =>
  (value: string): boolean =>
    value.split(/\s+/).includes(name);

/** The text of every `<style>` element, as written: what a Content-Security-Policy hash covers. */
export const inlineStyles = (root: HtmlNode): string[] =>
  elements(root, 'style').map((element) => DomUtils.textContent(element));
