/** The bench reads hyperfine's JSON export: the real hyperfine, on commands that take known times. */
import { afterAll, describe, expect, it } from 'vitest';
import { BenchError } from '../../../scripts/bench/budgets.ts';
import { Scratch } from '../../../scripts/bench/copies.ts';
import { hyperfine } from '../../../scripts/bench/hyperfine.ts';
import { projectRoot } from '../../support/build-site.ts';

describe('hyperfine', () => {
  const scratch = new Scratch(projectRoot);
  afterAll(() => scratch.remove());

  it('gives each value of a parameter list its runs, median and CPU time', async () => {
    const timings = await hyperfine(scratch.dir, [
      ...['--style', 'none', '--runs', '2', '--parameter-list', 'pause', '0.05,0.2'],
      'sleep {pause}',
    ]);
    expect(timings.map((timing) => timing.parameters)).toEqual([
      { pause: '0.05' },
      { pause: '0.2' },
    ]);
    expect(timings[0]!.median).toBeGreaterThanOrEqual(0.05);
    expect(timings[1]!.median).toBeGreaterThanOrEqual(0.2);
    expect(timings[1]!.cpu).toBeLessThan(0.2);
    expect(timings[1]!.exitCodes).toEqual([0, 0]);
  });

  it('stops a step whose command fails, with hyperfine’s reason', async () => {
    const failing = hyperfine(scratch.dir, ['--style', 'none', '--runs', '1', 'false']);
    await expect(failing).rejects.toThrow(BenchError);
    await expect(failing).rejects.toThrow(
      "Error: Command terminated with non-zero exit code: 1. Use the '-i'/'--ignore-failure' option if you want to ignore this. Alternatively, use the '--show-output' option to debug what went wrong.\n" +
        '  To see the command’s own output, run it as hyperfine named it above.',
    );
  });
});
