/**
 * The command line, read with node:util parseArgs. Every mistake becomes one sentence that says
 * what to type instead, never parseArgs' own wording alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPaths } from '../../src/config/paths.ts';
import { checkOperatorFile } from '../../src/content-check/operator-facts.ts';
import { AuditError } from './errors.ts';
import { linkProblem, linksOnPaths } from '../../src/lib/symlinks.ts';

/** Where the inventory lives, relative to the project root. */
export const DEFAULT_DATA_DIR = 'content';
/** The files of the data folder the audit reads, and (observations.yaml) writes with --record. */
const AUDITED_FILES = ['cookies.yaml', 'providers.yaml', 'operator.yaml', 'observations.yaml'];

/** Defaults that audit a typical portal in about a minute. */
export const DEFAULTS = { depth: 2, maxPages: 20, timeoutSeconds: 15 } as const;

/**
 * The portal's address as the policy states it: portal.url of operator.yaml in the data folder.
 * `option` is the option that needs it, named in the messages.
 */
export function configuredPortal(
  dataDir: string,
  option = '--portal-from-config',
): { url: string; path: string } {
  const path = join(dataDir, basename(contentPaths.operator));
  if (!existsSync(path))
    throw new AuditError(
      `${option} reads the portal's address from ${path}, which does not exist. ${option === '--record' ? 'Give --data <dir> with the folder holding operator.yaml, or leave out --record.' : "Give the portal's URL instead, or --data <dir> with the folder holding operator.yaml."}`,
    );
  const { operator, problems } = checkOperatorFile(readFileSync(path, 'utf8'), path);
  if (!operator)
    throw new AuditError(
      `${option} cannot read the portal's address: ${problems.join(' ')} Fix the file${option === '--record' ? ', or leave out --record' : ", or give the portal's URL instead"}.`,
    );
  return { url: operator.portal.url, path };
}

export const USAGE = `Usage:
  npm run audit -- <url> [more urls] [options]
  npm run audit -- --portal-from-config [options]
  npm run audit -- --har <file.har> [options]

Compares the cookies and browser storage a portal really sets with content/cookies.yaml.
With URLs it opens them in headless Chromium and follows links to the same origin, in each state
of consent when the first page shows a consent banner (no answer, refuse all, accept all, each
from an empty profile); with --har it reads a file saved from the browser's network panel.

Options:
  --depth <n>          link hops to follow from each start page (default ${DEFAULTS.depth}; 0 = start pages only)
  --max-pages <n>      stop after this many pages (default ${DEFAULTS.maxPages})
  --timeout <seconds>  how long each page may take to load (default ${DEFAULTS.timeoutSeconds})
  --har <file>         read a saved HAR file instead of visiting URLs
  --data <dir>         folder holding cookies.yaml and providers.yaml (default ${DEFAULT_DATA_DIR})
  --json               print the findings as JSON instead of a table
  --suggest            print a ready-to-paste entry for each undeclared item
  --html <file>        also write the report as a self-contained HTML page
  --markdown <file>    also write the report as Markdown (e.g. "$GITHUB_STEP_SUMMARY" in CI)
  --portal-from-config audit the portal named in content/operator.yaml (portal.url), as the
                       scheduled workflow does (.github/workflows/audit.yml)
  --strict-hosts       an undeclared request to another host fails the audit too
  --consent <file>     CSS selectors (banner, refuse, accept) for a banner the rules do not know
  --evidence <dir>     write the evidence (screenshots, page sources, HAR files, reports and a
                       manifest with SHA-256s) into this new folder
  --record             write what was observed of each declared cookie into observations.yaml,
                       beside cookies.yaml (npm run check then compares the two)
  --resolve <host>=<ip>  send a host name to this address (a staging portal under its real name);
                       repeat for several hosts
  -h, --help           print this help

Exit codes:
  0  everything seen is declared, with a long enough lifetime, and consent is respected
  1  something is undeclared, or a declared lifetime is shorter than the real one, or
     something that needs consent is stored or called without it, or a host that tracks is
     declared by no provider (with --strict-hosts: or any host no provider declares)
  2  the audit could not run (bad arguments, inventory or HAR file; site unreachable; timeout)
`;

export type AuditArgs =
  | { help: true }
  | {
      help: false;
      urls: string[];
      har: string | undefined;
      depth: number;
      maxPages: number;
      timeoutSeconds: number;
      json: boolean;
      suggest: boolean;
      html: string | undefined;
      markdown: string | undefined;
      strictHosts: boolean;
      dataDir: string;
      consent: string | undefined;
      evidence: string | undefined;
      record: boolean;
      resolve: Record<string, string>;
    };

const HINT = 'Run `npm run audit -- --help` for the options.';

function integer(name: string, value: string | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new AuditError(`--${name} must be a whole number of at least ${min}, not "${value}".`);
  }
  return Number(value);
}

function seconds(value: string | undefined): number {
  if (value === undefined) return DEFAULTS.timeoutSeconds;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new AuditError(`--timeout must be a number of seconds above 0, not "${value}".`);
  }
  return number;
}

/** Only http(s) pages can set cookies a visitor receives; say so before any browser starts. */
export function checkUrl(text: string): string {
  if (!URL.canParse(text)) throw new AuditError(`"${text}" is not an http(s) URL.`);
  const url = new URL(text);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AuditError(`"${text}" is not an http(s) URL.`);
  }
  return url.href;
}

/** `--resolve host=ip`, each checked, as Chromium's host resolver rules will need them. */
function readResolve(values: string[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const value of values) {
    const [host = '', ip = ''] = value.split('=');
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(host) || isIP(ip) === 0) {
      throw new AuditError(
        `--resolve needs <host>=<ip address>, e.g. --resolve www.odwb.be=192.0.2.10, not "${value}".`,
      );
    }
    map[host.toLowerCase()] = ip;
  }
  return map;
}

export function readArgs(argv: string[]): AuditArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        depth: { type: 'string' },
        'max-pages': { type: 'string' },
        timeout: { type: 'string' },
        har: { type: 'string' },
        data: { type: 'string' },
        json: { type: 'boolean' },
        suggest: { type: 'boolean' },
        html: { type: 'string' },
        markdown: { type: 'string' },
        'portal-from-config': { type: 'boolean' },
        'strict-hosts': { type: 'boolean' },
        consent: { type: 'string' },
        evidence: { type: 'string' },
        record: { type: 'boolean' },
        resolve: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'([^']+)'/.exec((error as Error).message)?.[1];
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new AuditError(`unknown option ${option}. ${HINT}`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new AuditError(`option ${option?.split(' ')[0] ?? ''} needs a value. ${HINT}`);
    }
    throw new AuditError(`${(error as Error).message} ${HINT}`);
  }
  const { values } = parsed;
  if (values.help) return { help: true };
  // The files the audit reads and --record writes, never through a symbolic link (src/lib/symlinks.ts).
  const dataDir = values.data ?? DEFAULT_DATA_DIR;
  const base = isAbsolute(dataDir) ? dataDir : process.cwd();
  const links = linksOnPaths(
    base,
    AUDITED_FILES.map((file) => join(isAbsolute(dataDir) ? '' : dataDir, file)),
  );
  if (links.length > 0) {
    throw new AuditError(links.map((path) => linkProblem(base, path)).join('\n'));
  }
  // The configured portal is one more start page, read where the site itself reads it.
  const positionals = [
    ...(values['portal-from-config']
      ? [configuredPortal(values.data ?? DEFAULT_DATA_DIR).url]
      : []),
    ...parsed.positionals,
  ];
  if (positionals.length === 0 && values.har === undefined) {
    throw new AuditError(`give the portal's URL(s), or --har <file.har>. ${HINT}`);
  }
  if (positionals.length > 0 && values.har !== undefined) {
    throw new AuditError(`give either URLs or --har <file.har>, not both. ${HINT}`);
  }
  // Before a crawl of a minute, not after it.
  for (const [option, what] of [
    ['html', 'HTML report'],
    ['markdown', 'Markdown report'],
  ] as const) {
    const file = values[option];
    if (file !== undefined && !existsSync(dirname(resolve(file)))) {
      throw new AuditError(
        `cannot write the ${what} to ${file} (its folder does not exist). Give a file in an existing folder.`,
      );
    }
  }
  const liveOnly = (['consent', 'resolve', 'evidence', 'record'] as const).filter(
    (name) => values[name] !== undefined,
  );
  if (values.har !== undefined && liveOnly.length > 0) {
    throw new AuditError(
      `${liveOnly.map((name) => `--${name}`).join(' and ')} ${liveOnly.length > 1 ? 'apply' : 'applies'} to a live audit, not to a HAR file. ${HINT}`,
    );
  }
  return {
    help: false,
    urls: positionals.map(checkUrl),
    consent: values.consent,
    evidence: values.evidence,
    record: values.record ?? false,
    resolve: readResolve(values.resolve ?? []),
    har: values.har,
    depth: integer('depth', values.depth, DEFAULTS.depth, 0),
    maxPages: integer('max-pages', values['max-pages'], DEFAULTS.maxPages, 1),
    timeoutSeconds: seconds(values.timeout),
    json: values.json ?? false,
    suggest: values.suggest ?? false,
    html: values.html,
    markdown: values.markdown,
    strictHosts: values['strict-hosts'] ?? false,
    dataDir: values.data ?? DEFAULT_DATA_DIR,
  };
}
