/**
 * The hash a Content-Security-Policy must name for a built page's inline stylesheet, worked out
 * here with node:crypto from the page's own `<style>` text (not with the site's styleHash), so a
 * test compares the site's policy with the stylesheet the browser really gets.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';

export function inlineStyleTexts(html: string): string[] {
  return DomUtils.findAll((element) => element.name === 'style', parseDocument(html).children).map(
    (element) => DomUtils.textContent(element),
  );
}

/** `sha256-<base64>` of the one stylesheet a page inlines (throws unless there is exactly one). */
export function pageStyleHash(html: string): string {
  const styles = inlineStyleTexts(html);
  if (styles.length !== 1)
    throw new Error(`expected one inline stylesheet, found ${styles.length}`);
  return `sha256-${createHash('sha256').update(styles[0]!, 'utf8').digest('base64')}`;
}

/** The hash of the stylesheet the default-language page of a built dist/ inlines. */
export const distStyleHash = (dist: string, page = 'fr/index.html') =>
  pageStyleHash(readFileSync(join(dist, page), 'utf8'));
