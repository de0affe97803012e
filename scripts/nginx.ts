// `npm run nginx`: writes the nginx configuration for the build that SITE_URL and BASE_PATH
// describe (the same variables as `npm run build`) into nginx/, laid out as /etc/nginx. See
// scripts/hosting/README.md. Exit 1 with every problem listed when an option is wrong.
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { basePath, deploymentProblems, siteUrl } from '../src/config/deployment.ts';
import { nginxName } from '../src/config/hosting.ts';
import { checkSiteFile, readContentFiles } from '../src/content-check/index.ts';
import { builtStyleHashes } from '../src/integrations/host-files.ts';
import { nginxFiles } from './hosting/nginx-config.ts';

const usage = `Usage: npm run nginx -- [options]   (uses SITE_URL and BASE_PATH, as npm run build)
  --site-dir=PATH          where dist/ is on the server (default /var/www/<deploymentName>/dist)
  --certificate=PATH       the TLS certificate, full chain (default Let's Encrypt's for the host)
  --certificate-key=PATH   its private key (default Let's Encrypt's for the host)
  --out=DIR                where to write the files (default nginx/)
  --dist=DIR               the build to serve: its base path is checked, and the Content-Security-
                           Policy allows the stylesheet its pages inline (default dist/)`;

/** What this command writes at the top of its output folder (conf.d/ and the site's own folder). */
const ownEntries = ['conf.d', nginxName];

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        'site-dir': { type: 'string' },
        certificate: { type: 'string' },
        'certificate-key': { type: 'string' },
        out: { type: 'string' },
        dist: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    return 1;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  // SITE_URL and BASE_PATH are written into the configuration: checked before anything else.
  // So is content/site.yaml, which names the files and lists the languages: this project's own,
  // wherever the command runs from.
  const problems = [
    ...deploymentProblems(),
    ...checkSiteFile(readContentFiles(fileURLToPath(new URL('..', import.meta.url)))),
  ];
  const host = new URL(siteUrl()).hostname;
  const base = basePath();
  // The policy names the inlined stylesheet by its hash, so the configuration belongs to a build.
  const dist = resolve(values.dist ?? 'dist');
  const shownDist = (values.dist ?? 'dist').replace(/\/+$/, '');
  const styleHashes = existsSync(dist) ? await builtStyleHashes(dist) : [];
  if (styleHashes.length === 0) {
    problems.push(
      `${shownDist}/ holds no built page: build the site first (npm run build), then run npm run nginx ` +
        `(the Content-Security-Policy allows the stylesheet the pages inline by its hash).`,
    );
  }
  const settings = {
    base,
    serverName: host,
    siteDir: (values['site-dir'] ?? `/var/www/${nginxName}/dist`).replace(/\/+$/, ''),
    certificate: values.certificate ?? `/etc/letsencrypt/live/${host}/fullchain.pem`,
    certificateKey: values['certificate-key'] ?? `/etc/letsencrypt/live/${host}/privkey.pem`,
    styleHashes,
  };
  for (const [option, path] of [
    ['--site-dir', settings.siteDir],
    ['--certificate', settings.certificate],
    ['--certificate-key', settings.certificateKey],
  ] as const) {
    // nginx reads ; { } as syntax, # as a comment and $ as a variable, even in a path.
    if (!isAbsolute(path) || /[\s;{}"'$#\\]/.test(path)) {
      problems.push(
        `${option}="${path}" must be an absolute path without spaces, quotes, ; { } $ # or \\.`,
      );
    }
  }
  // The configuration must match the build: a sub-path build served at the root breaks every link.
  const headers = join(dist, '_headers');
  if (existsSync(headers)) {
    const built = readFileSync(headers, 'utf8').match(/^(\/\S*)\*$/m)?.[1];
    if (built && built !== base) {
      problems.push(
        `${(values.dist ?? 'dist').replace(/\/+$/, '')}/ was built with BASE_PATH=${built}, but BASE_PATH is ${base} now: ` +
          `run npm run nginx with the BASE_PATH of the build (or build again).`,
      );
    }
  }
  // The output folder is emptied before writing: only ever one this command wrote.
  const out = resolve(values.out ?? 'nginx');
  const foreign = !existsSync(out)
    ? []
    : lstatSync(out).isDirectory()
      ? readdirSync(out).filter((entry) => !ownEntries.includes(entry))
      : [basename(out)];
  if (existsSync(out) && lstatSync(out).isSymbolicLink()) {
    problems.push(
      `--out=${values.out ?? 'nginx'} is a symbolic link: give a folder of its own, which this command empties before writing.`,
    );
  } else if (foreign.length > 0) {
    problems.push(
      `--out=${values.out ?? 'nginx'} holds files this command did not write (${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''}), which writing would delete: give an empty or a new folder.`,
    );
  }
  if (problems.length > 0) {
    console.error(`npm run nginx: nothing written.\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return 1;
  }
  rmSync(out, { recursive: true, force: true });
  for (const [path, text] of Object.entries(nginxFiles(settings))) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  const shown = relative(process.cwd(), out) || '.';
  console.log(
    `nginx configuration for https://${host}${base} written to ${shown}/:\n` +
      Object.keys(nginxFiles(settings))
        .map((path) => `  ${shown}/${path}`)
        .join('\n') +
      `\nInstall: sudo cp -r ${shown}/. /etc/nginx/ && sudo nginx -t && sudo systemctl reload nginx`,
  );
  return 0;
}

process.exitCode = await main();
