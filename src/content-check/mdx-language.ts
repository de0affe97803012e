/**
 * The policy's MDX is a closed language: Markdown, the components the site provides (written as
 * they are spelt, with no attributes), and a short list of HTML elements for text, with literal
 * attributes. No `import` or `export`, no JavaScript expression, no element that runs or embeds
 * anything, no event attribute, and links only to web pages, e-mail addresses, telephone numbers
 * or the site itself. MDX would otherwise compile whatever a translator writes into the build's
 * own code, run on the machine that holds the deploy secrets (an `import` or `{process.env.X}`
 * publishes a file or a secret, `{process.exit(0)}` ends the build). The check reads the parsed
 * tree only, before anything is compiled; the build's module guard (src/integrations/policy-mdx.ts) refuses the same
 * pages again should anything ask Vite to compile one, and the built pages are held to the same
 * elements (built-elements.ts).
 */
import type { MdastNode } from 'satteri';
import { siteComponentNames, siteComponentsFile } from '../config/mdx-components.ts';
import { nearest } from '../lib/nearest.ts';

/** HTML elements a page may use, with the attributes each may carry beyond the global ones. */
export const pageElements: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang'],
  abbr: [],
  b: [],
  blockquote: [],
  br: [],
  caption: [],
  cite: [],
  code: [],
  dd: [],
  del: [],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  ins: [],
  kbd: [],
  li: [],
  mark: [],
  ol: ['start', 'reversed'],
  p: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
};

/** Attributes every allowed element may carry. */
const globalAttributes = ['id', 'lang', 'title', 'dir'];

/** Elements that run, load or embed something: named with their own reason. */
const activeElements = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'svg',
  'math',
  'template',
  'slot',
  'portal',
]);

/** URL schemes a link may use; a link without one is a page of the site. */
const linkSchemes = ['https:', 'http:', 'mailto:', 'tel:'];

type Point = { line: number; column: number };
type Position = { start: Point } | undefined;

/** "line 3, column 1: ", or nothing when the parser gave no position. */
export const at = (position: Position) =>
  position ? `line ${position.start.line}, column ${position.start.column}: ` : '';

/** A value shown in a message, on one line and at most 60 characters. */
export function quoted(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

type JsxAttribute = { type: string; name?: string; value?: unknown };
type JsxNode = MdastNode & { name: string | null; attributes: JsxAttribute[] };
const isJsx = (node: MdastNode): node is JsxNode =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** A comment written as MDX asks: {/* … *\/}, the one expression that holds no code. */
const isComment = (value: string) => /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(value);

/** The scheme of a link ("javascript:"), or undefined for a link inside the site. */
export function schemeOf(url: string): string | undefined {
  // Browsers ignore tabs, newlines and leading spaces or controls in a scheme: so does this.
  // eslint-disable-next-line no-control-regex -- the very characters a browser strips
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  if (match) return `${match[1]!.toLowerCase()}:`;
  return cleaned.startsWith('//') ? 'https:' : undefined;
}

function checkLink(where: string, url: string, problems: string[]): void {
  const scheme = schemeOf(url);
  if (scheme === undefined || linkSchemes.includes(scheme)) return;
  problems.push(
    `${where}the link "${quoted(url)}" uses ${scheme}, which a page may not link to. Link to a web page (https://…), an e-mail address (mailto:…), a telephone number (tel:…) or a page of the site (/fr/…, #anchor).`,
  );
}

const elementList = () => Object.keys(pageElements).join(', ');

function checkElement(where: string, node: JsxNode, problems: string[]): void {
  const name = node.name;
  if (name === null) return; // a fragment, <>…</>, renders only its text
  const components: readonly string[] = siteComponentNames;
  if (components.includes(name)) {
    for (const attribute of node.attributes)
      problems.push(
        `${where}<${name} /> takes no attributes: remove ${attribute.type === 'mdxJsxAttribute' ? attribute.name : `{${quoted(String(attribute.value))}}`}. It shows what content/ says by itself.`,
      );
    return;
  }
  const allowed = Object.hasOwn(pageElements, name) ? pageElements[name] : undefined;
  if (allowed === undefined) {
    const component = nearest(name, components);
    problems.push(
      component
        ? `${where}<${name} /> is not a component the site provides. Did you mean <${component} />? The components are: ${components.join(', ')} (${siteComponentsFile}).`
        : activeElements.has(name.toLowerCase())
          ? `${where}<${name}> is not allowed in a page: a page holds text, and nothing that runs, loads or embeds anything (scripts, frames, objects, images, forms, styles). Remove it. The HTML elements a page may use are: ${elementList()}.`
          : /^[A-Z]/.test(name)
            ? `${where}<${name} /> is not a component the site provides. The components are: ${components.join(', ')} (${siteComponentsFile}).`
            : `${where}<${name}> is not an HTML element a page may use. Use Markdown, a component of the site (${components.join(', ')}), or one of: ${elementList()}.`,
    );
    return;
  }
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
      problems.push(
        `${where}{${quoted(String(attribute.value))}} on <${name}> is JavaScript, which a page may not contain. Write each attribute as name="text".`,
      );
      continue;
    }
    const attributeName = attribute.name;
    if (/^on/i.test(attributeName)) {
      problems.push(
        `${where}the attribute ${attributeName} on <${name}> runs JavaScript, which a page may not contain. Remove it.`,
      );
      continue;
    }
    if (!globalAttributes.includes(attributeName) && !allowed.includes(attributeName)) {
      problems.push(
        `${where}<${name}> cannot have the attribute ${attributeName}. Its attributes may be: ${[...allowed, ...globalAttributes].join(', ')}.`,
      );
      continue;
    }
    if (attribute.value !== null && typeof attribute.value !== 'string') {
      const code = (attribute.value as { value?: string }).value ?? '';
      problems.push(
        `${where}${attributeName}={${quoted(code)}} on <${name}> is JavaScript, which a page may not contain. Write the text itself: ${attributeName}="…".`,
      );
      continue;
    }
    if (attributeName === 'href' && typeof attribute.value === 'string')
      checkLink(where, attribute.value, problems);
  }
}

/**
 * Every place a page steps outside the closed language, with its line: what MDX would compile
 * into code, what would reach the page as an unknown or active element, and links that run.
 */
export function checkMdxLanguage(path: string, tree: MdastNode, problems: string[]): void {
  const visit = (node: MdastNode) => {
    const where = `${path}: ${at(node.position)}`;
    const value = (node as { value?: string }).value ?? '';
    switch (node.type) {
      case 'mdxjsEsm':
        problems.push(
          `${where}"${quoted(value)}": a page cannot import or export anything, so that no text can run code or read a file when the site is built. Remove the line; the site's components need no import (${siteComponentsFile}).`,
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(value))
          problems.push(
            `${where}{${quoted(value)}} is JavaScript, which a page may not contain. Write the text itself; for a brace in the text write \\{, and a note for editors as {/* … */}.`,
          );
        break;
      case 'link':
      case 'definition':
        checkLink(where, (node as { url: string }).url, problems);
        break;
      case 'image':
      case 'imageReference':
        problems.push(
          `${where}an image cannot be used in a page: the policy loads no file, from this site or another. Describe it in words, or link to it: [text](https://…).`,
        );
        break;
      default:
        if (isJsx(node)) checkElement(where, node, problems);
    }
    for (const child of (node as { children?: MdastNode[] }).children ?? []) visit(child);
  };
  visit(tree);
}
