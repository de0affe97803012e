/**
 * The audit's speed: `npm run audit` (the real CLI, its own Chromium included) over a local
 * fixture portal of 20 pages, each setting a cookie by header and one by script and calling a
 * pixel on another host, so every listener of the crawl has work on every page. Budget: 60 s.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BudgetResult } from './budgets.ts';
import { run } from './measure.ts';

export const auditPages = 20;
export const auditBudgetMs = 60_000;
export const auditBudgetRule = `wall time of \`npm run audit\` over a ${auditPages}-page local fixture portal (Chromium start included) < ${auditBudgetMs / 1000} s`;

function page(index: number, port: number): string {
  const next = index < auditPages ? `<a href="/p/${index + 1}">next</a>` : '';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page ${index}</title></head><body><h1>Page ${index}</h1><a href="/p/1">home</a> ${next}<img src="http://localhost:${port}/pixel.gif" alt=""><script>document.cookie = 'bench_script_${index}=1; max-age=86400; path=/';</script></body></html>`;
}

export async function auditSpeedBudget(repo: string, scratchDir: string): Promise<BudgetResult> {
  const server = createServer((request, response) => {
    const index = Number(/^\/p\/(\d+)$/.exec(request.url ?? '')?.[1]);
    if (!(index >= 1 && index <= auditPages)) return void response.writeHead(204).end();
    const { port } = server.address() as AddressInfo;
    response.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'set-cookie': [`bench_header_${index}=1; Max-Age=86400; Path=/`, 'csrftoken=x; Path=/'],
    });
    response.end(page(index, port));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const args = [join(repo, 'scripts/audit.ts'), `http://127.0.0.1:${port}/p/1`];
    args.push('--depth', String(auditPages), '--max-pages', String(auditPages), '--json');
    const result = await run('node', args, { cwd: repo, scratchDir });
    // Exit 1 is the audit's verdict on the fixture's undeclared cookies; 2 means it did not run.
    const pages = result.exitCode === 2 ? 0 : JSON.parse(result.stdout).pages.length;
    const memory =
      result.peakRssBytes === null ? '' : `, peak ${Math.round(result.peakRssBytes / 2 ** 20)} MiB`;
    return {
      name: `audit, ${auditPages} pages`,
      rule: auditBudgetRule,
      measured:
        pages === auditPages
          ? `${(result.wallMs / 1000).toFixed(1)} s${memory}`
          : `did not audit ${auditPages} pages: ${result.stderr.trim().split('\n')[0] ?? `exit ${result.exitCode}`}`,
      pass: pages === auditPages && result.wallMs < auditBudgetMs,
    };
  } finally {
    server.close();
  }
}
