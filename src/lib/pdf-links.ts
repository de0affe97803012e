/**
 * The links a printed policy may carry. Chromium turns every `<a href>` and `<area href>` of a page
 * into a link of its PDF, and a PDF reader follows a `javascript:` link as script and a `data:`
 * link as a document of its own, outside any Content-Security-Policy. So before printing, every
 * link of each page is read as a browser reads it (the URL parser drops tabs and line breaks, so
 * `java&#9;script:` is `javascript:`), and only the web, mail and telephone are printed
 * (SECURITY.md, "Exports"). The content check refuses such links in the text first; this holds
 * for whatever else reaches a page.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { elements, parseHtml } from './html.ts';
import type { PrintJob } from './print-pdfs.ts';

export const PRINTABLE_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

/** The scheme a browser would follow `href` with, or undefined when it is no address at all. */
function schemeOf(href: string): string | undefined {
  try {
    return new URL(href, 'https://page.invalid/').protocol;
  } catch {
    return undefined;
  }
}

/** One line per link no PDF may carry, naming the page, its PDF and the link. */
export function unprintableLinks(out: string, jobs: readonly PrintJob[]): string[] {
  return jobs.flatMap((job) => {
    const document = parseHtml(readFileSync(join(out, job.page, 'index.html'), 'utf8'));
    const links = [
      ...elements(document, 'a', { href: true }),
      ...elements(document, 'area', { href: true }),
    ];
    return links
      .map((link) => link.attribs.href!)
      .filter(
        (href) => !(PRINTABLE_SCHEMES as readonly (string | undefined)[]).includes(schemeOf(href)),
      )
      .map(
        (href) =>
          `${job.page || '/'} (${relative(out, job.pdf)}): a link to ${JSON.stringify(href.length > 80 ? `${href.slice(0, 80)}…` : href)}.`,
      );
  });
}
