/**
 * linkinator over a served dist/: every internal link and anchor followed from the start page.
 * Other hosts cannot be reached from the build machines, so they are skipped; internal links stay
 * strict.
 */
import { LinkChecker } from 'linkinator';

export async function checkLinks(startUrl: string) {
  const result = await new LinkChecker().check({
    path: startUrl,
    recurse: true,
    checkFragments: true,
    linksToSkip: (link) => Promise.resolve(!link.startsWith('http://127.0.0.1')),
  });
  return {
    /** "url (status) on page" for each broken link, so a failure says what to fix. */
    broken: result.links
      .filter((link) => link.state === 'BROKEN')
      .map((link) => `${link.url} (${link.status}) on ${link.parent}`),
    /** The paths that answered, to show the check really reached the pages. */
    checked: result.links
      .filter((link) => link.state === 'OK')
      .map((link) => new URL(link.url).pathname),
  };
}
