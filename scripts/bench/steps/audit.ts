/**
 * The audit's speed: the real `npm run audit` command (its own Chromium's start included) over a
 * local fixture portal of 20 pages, each setting a cookie by header and one by script, calling a
 * pixel on another host and showing a consent banner of its own, so every listener of the crawl
 * has work on every page. Each entry of `audits` runs once under hyperfine, must audit every page
 * in its number of states and stay within its budget. With the banner's selectors (--consent) the
 * audit visits the three states of consent; without them no rule knows the banner, and the one
 * visit is the single-state audit the three states are compared with in the same run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { secs, type Budget } from '../budgets.ts';
import type { Scratch } from '../copies.ts';
import { hyperfine } from '../hyperfine.ts';

const pages = 20;
const crawl = ['--depth', `${pages}`, '--max-pages', `${pages}`];
const audits = (selectors: string) => [
  { name: `audit, ${pages}-page portal, one state`, args: crawl, states: 1, budgetSeconds: 60 },
  {
    name: `audit, ${pages}-page portal, three states of consent`,
    args: [...crawl, '--consent', selectors],
    states: 3,
    budgetSeconds: 60,
  },
];

const SELECTORS = `banner: '#bench-consent'\nrefuse: '#bench-consent .refuse'\naccept: '#bench-consent .accept'\n`;
/** Shown until the visitor answers; accepting lets a statistics cookie be set on every page. */
const BANNER = `<div id="bench-consent" hidden><button class="refuse">Refuse</button><button class="accept">Accept</button></div>
<script>const choice = /bench_choice=(\\w+)/.exec(document.cookie)?.[1], banner = document.getElementById('bench-consent');
const answer = (value) => { document.cookie = 'bench_choice=' + value + '; max-age=86400; path=/'; banner.hidden = true; if (value === 'yes') document.cookie = 'bench_stats=1; path=/'; };
banner.hidden = Boolean(choice); if (choice === 'yes') answer('yes');
banner.querySelector('.refuse').onclick = () => answer('no'); banner.querySelector('.accept').onclick = () => answer('yes');</script>`;

function page(index: number, port: number): string {
  const next = index < pages ? `<a href="/p/${index + 1}">next</a>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${index}</title></head><body><h1>Page ${index}</h1><a href="/p/1">home</a> ${next}<img src="http://localhost:${port}/pixel.gif" alt=""><script>document.cookie = 'bench_script_${index}=1; max-age=86400; path=/';</script>${BANNER}</body></html>`;
}

/** The fixture portal on a free local port, for as long as `use` runs. */
async function withPortal<T>(use: (start: string) => Promise<T>): Promise<T> {
  const server = createServer((request, response) => {
    const index = Number(/^\/p\/(\d+)$/.exec(request.url ?? '')?.[1]);
    if (!(index >= 1 && index <= pages)) return void response.writeHead(204).end();
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': [`bench_header_${index}=1; Max-Age=86400; Path=/`, 'csrftoken=x; Path=/'],
    });
    response.end(page(index, (server.address() as AddressInfo).port));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/p/1`);
  } finally {
    server.close();
  }
}

export function audit(scratch: Scratch): Promise<Budget[]> {
  const selectors = join(scratch.dir, 'consent.yaml');
  writeFileSync(selectors, SELECTORS);
  return withPortal(async (start) => {
    const budgets: Budget[] = [];
    const seconds: number[] = [];
    for (const [index, { name, args, states, budgetSeconds }] of audits(selectors).entries()) {
      const output = join(scratch.dir, `audit-${index}.json`);
      const command = ['node', join(scratch.repo, 'scripts/audit.ts'), start, ...args, '--json'];
      // --ignore-failure: exit 1 is the audit's verdict on the fixture's undeclared cookies.
      const once = ['--runs', '1', '--ignore-failure', command.join(' ')];
      const [timing] = await hyperfine(scratch.dir, once, output);
      const report = readFileSync(output, 'utf8');
      const json = report.startsWith('{')
        ? (JSON.parse(report) as { pages: unknown[]; consentStates: { states: unknown[] } })
        : undefined;
      const audited = `${json?.pages.length ?? 0} of ${pages} pages in ${json?.consentStates.states.length ?? 0} of ${states} states`;
      const complete = json?.pages.length === pages && json.consentStates.states.length === states;
      seconds.push(timing!.median);
      // The three states side by side with the one state timed just before them.
      const compared =
        index > 0 ? `, ×${(timing!.median / seconds[0]!).toFixed(1)} the one state` : '';
      budgets.push({
        name,
        measured: complete
          ? `${secs(timing!.median)}${compared} (one run; budget < ${budgetSeconds} s)`
          : `audited ${audited} (exit ${timing!.exit_codes.join(', ')}): run \`${command.join(' ')}\` to see why`,
        pass: complete && timing!.median < budgetSeconds,
      });
    }
    return budgets;
  });
}
