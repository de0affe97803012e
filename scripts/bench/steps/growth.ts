/**
 * How the build grows with the inventory: cold builds of synthetic inventories of 10, 1,000 and
 * 5,000 cookies, three runs each, in one hyperfine run (`--parameter-list cookies`). Without PDFs:
 * printing 5,000-row tables would time Chromium, not the build. The budget compares CPU times,
 * which a busy machine disturbs far less than wall times, and needs every cookie's row on every
 * language's page: a build that dropped rows would time nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import { localeCodes } from '../../../src/config/locales.ts';
import { cookieAnchor } from '../../../src/data/anchors.ts';
import { BenchError, linearGrowth, linearTolerance, secs, type Budget } from '../budgets.ts';
import { astroBuild, coldBuild, type Scratch } from '../copies.ts';
import { hyperfine } from '../hyperfine.ts';
import { generateInventory } from '../synthetic.ts';

const sizes = [10, 1000, 5000] as const;

function checkRows(dir: string, cookies: number): void {
  const anchors = new Set(generateInventory(cookies).cookies.map((c) => cookieAnchor(c.name)));
  for (const locale of localeCodes) {
    const page = parseDocument(readFileSync(join(dir, 'dist', locale, 'index.html'), 'utf8'));
    const rows = DomUtils.findAll(
      (el) => el.name === 'tr' && anchors.has(el.attribs.id ?? ''),
      page.children,
    );
    if (rows.length !== cookies) {
      throw new BenchError(`the ${cookies}-cookie build has ${rows.length} rows in ${locale}`);
    }
  }
}

export async function growth(scratch: Scratch): Promise<Budget[]> {
  for (const cookies of sizes) scratch.synthetic(cookies);
  const dir = join(scratch.dir, 'cookies-{cookies}');
  const timings = await hyperfine(scratch.dir, [
    ...['--runs', '3', '--prepare', coldBuild(dir)],
    ...['--parameter-list', 'cookies', sizes.join(',')],
    astroBuild(dir, 'off'),
  ]);
  for (const cookies of sizes) checkRows(join(scratch.dir, `cookies-${cookies}`), cookies);
  const point = (index: number) => ({ cookies: sizes[index]!, seconds: timings[index]!.cpu });
  const result = linearGrowth(point(0), point(1), point(2));
  const perCookie = (seconds: number) => `${(seconds * 1000).toFixed(2)} ms`;
  return [
    {
      name: `build growth, ${sizes.map((n) => n.toLocaleString('en')).join(' → ')} cookies`,
      measured:
        `${perCookie(result.highSlope)} of CPU per cookie from 1,000 to 5,000, ${perCookie(result.lowSlope)} ` +
        `from 10 to 1,000: ×${result.ratio.toFixed(2)} (budget ≤ ×${linearTolerance}; ` +
        `wall ${timings.map((t) => secs(t.median)).join(', ')})`,
      pass: result.pass,
    },
  ];
}
