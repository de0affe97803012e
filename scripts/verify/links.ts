/** linkinator from the site's root: every internal link and anchor; other hosts are not followed. */
import { LinkChecker } from 'linkinator';
import type { Check } from './checks.ts';

export async function linksCheck(root: string): Promise<Check> {
  const origin = new URL(root).origin;
  const result = await new LinkChecker().check({
    path: root,
    recurse: true,
    checkFragments: true,
    linksToSkip: (link) => Promise.resolve(!link.startsWith(origin)),
  });
  const ok = result.links.filter((link) => link.state === 'OK').length;
  const problems = result.links
    .filter((link) => link.state === 'BROKEN')
    .map(
      (link) =>
        `${new URL(link.url).pathname} (${link.status ?? 'no answer'}) linked from ${link.parent ? new URL(link.parent).pathname : 'the start'}`,
    );
  return {
    name: 'links',
    pass: problems.length === 0,
    summary: `${ok} internal links and anchors followed`,
    problems,
  };
}
