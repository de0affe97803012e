// `node scripts/audit/open-cookie-database/refresh.ts [ref]`: replaces the pinned Open Cookie
// Database snapshot with the one at `ref` (a commit or branch of jkwakman/Open-Cookie-Database,
// default its default branch). Needs github.com: it cannot run on machines that reach only the npm registry.
// Nothing is written unless every file downloads and the CSV still has the columns the audit reads.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDatabase } from '../open-cookie-database.ts';
import { toolCommand } from '../../tool/name.ts';

const REPOSITORY = 'jkwakman/Open-Cookie-Database';
const here = (file: string) => new URL(`./${file}`, import.meta.url);

async function get(url: string): Promise<string> {
  const response = await fetch(url, { headers: { 'user-agent': toolCommand('refresh') } });
  if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
  return response.text();
}

/** The parts of a refresh that can be checked without the network, for the tests. */
export function checkSnapshot(csv: string, edpb: unknown): { rows: number } {
  const rows = parseDatabase(csv).length;
  if (rows < 100) throw new Error(`the CSV holds only ${rows} cookies`);
  const base = Array.isArray(edpb) ? edpb[0] : undefined;
  if (!base || !Array.isArray(base.knowledges) || typeof base.name !== 'string') {
    throw new Error('the EDPB knowledge base is not a list of bases with "name" and "knowledges"');
  }
  return { rows };
}

async function refresh(ref: string): Promise<void> {
  const commit = JSON.parse(await get(`https://api.github.com/repos/${REPOSITORY}/commits/${ref}`));
  const raw = (file: string) =>
    get(`https://raw.githubusercontent.com/${REPOSITORY}/${commit.sha}/${file}`);
  const [csv, licence, edpbText] = await Promise.all([
    raw('open-cookie-database.csv'),
    raw('LICENSE'),
    raw('open-cookie-database-edpb.json'),
  ]);
  const edpb = JSON.parse(edpbText);
  const { rows } = checkSnapshot(csv, edpb);
  const sample = [{ ...edpb[0], knowledges: edpb[0].knowledges.slice(0, 3) }];
  writeFileSync(here('open-cookie-database.csv'), csv);
  writeFileSync(here('LICENSE'), licence);
  writeFileSync(here('edpb-knowledge-base-sample.json'), `${JSON.stringify(sample, null, 2)}\n`);
  const snapshot = {
    repository: `https://github.com/${REPOSITORY}`,
    commit: commit.sha,
    date: String(commit.commit.committer.date).slice(0, 10),
    licence: 'Apache-2.0',
  };
  writeFileSync(here('snapshot.json'), `${JSON.stringify(snapshot, null, 2)}\n`);
  console.log(
    `Open Cookie Database ${commit.sha.slice(0, 12)} (${snapshot.date}): ${rows} cookies.`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await refresh(process.argv[2] ?? 'HEAD');
  } catch (error) {
    console.error(
      `refresh: ${(error as Error).message}. Nothing was changed. This needs access to github.com and api.github.com.`,
    );
    process.exitCode = 1;
  }
}
