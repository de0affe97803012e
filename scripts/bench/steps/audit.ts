/**
 * The audit's speed: the real `npm run audit` command (its own Chromium's start included) over a
 * local fixture portal of 20 pages, each setting a cookie by header and one by script and calling
 * a pixel on another host, so every listener of the crawl has work on every page. Each entry of
 * `audits` runs once under hyperfine, must audit every page and stay within its budget. To time
 * another way of auditing, add an entry; to compare two, add a budget from their timings.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { secs, type Budget } from '../budgets.ts';
import type { Scratch } from '../copies.ts';
import { hyperfine } from '../hyperfine.ts';

const pages = 20;
const audits = [
  {
    name: `audit, ${pages}-page portal`,
    args: ['--depth', `${pages}`, '--max-pages', `${pages}`],
    budgetSeconds: 60,
  },
];

function page(index: number, port: number): string {
  const next = index < pages ? `<a href="/p/${index + 1}">next</a>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${index}</title></head><body><h1>Page ${index}</h1><a href="/p/1">home</a> ${next}<img src="http://localhost:${port}/pixel.gif" alt=""><script>document.cookie = 'bench_script_${index}=1; max-age=86400; path=/';</script></body></html>`;
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
  return withPortal(async (start) => {
    const budgets: Budget[] = [];
    for (const [index, { name, args, budgetSeconds }] of audits.entries()) {
      const output = join(scratch.dir, `audit-${index}.json`);
      const command = ['node', join(scratch.repo, 'scripts/audit.ts'), start, ...args, '--json'];
      // --ignore-failure: exit 1 is the audit's verdict on the fixture's undeclared cookies.
      const once = ['--runs', '1', '--ignore-failure', command.join(' ')];
      const [timing] = await hyperfine(scratch.dir, once, output);
      const report = readFileSync(output, 'utf8');
      const audited = report.startsWith('{')
        ? (JSON.parse(report) as { pages: unknown[] }).pages.length
        : 0;
      budgets.push({
        name,
        measured:
          audited === pages
            ? `${secs(timing!.median)} (one run; budget < ${budgetSeconds} s)`
            : `audited ${audited} of ${pages} pages (exit ${timing!.exit_codes.join(', ')}): run \`${command.join(' ')}\` to see why`,
        pass: audited === pages && timing!.median < budgetSeconds,
      });
    }
    return budgets;
  });
}
