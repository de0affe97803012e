/**
 * Times checkContent() inside one Node process, for the benchmark's in-process figure: run from a
 * project copy (`node <copy>/scripts/bench/time-check.ts <copy> <runs>`), so the check reads the
 * copy's own configuration. Prints {"firstMs", "runsMs", "problems"} as JSON.
 */
import { checkContent } from '../../src/content-check/index.ts';

const [root = process.cwd(), runs = '7'] = process.argv.slice(2);
const time = () => {
  const start = process.hrtime.bigint();
  const { problems } = checkContent(root);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, problems };
};
const first = time();
const rest = Array.from({ length: Number(runs) }, time);
console.log(
  JSON.stringify({
    firstMs: first.ms,
    runsMs: rest.map((run) => run.ms),
    problems: first.problems,
  }),
);
