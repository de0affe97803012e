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
      ...['--runs', '2', '--parameter-list', 'pause', '0.05,0.2'],
      'sleep {pause}',
    ]);
    expect(timings.map((timing) => timing.parameters)).toEqual([
      { pause: '0.05' },
      { pause: '0.2' },
    ]);
    expect(timings[0]!.median).toBeGreaterThanOrEqual(0.05);
    expect(timings[1]!.median).toBeGreaterThanOrEqual(0.2);
    expect(timings[1]!.cpu).toBeLessThan(0.2);
    expect(timings[1]!.exit_codes).toEqual([0, 0]);
  });

  it('stops a step whose command fails, quoting the end of its output', async () => {
    const failing = hyperfine(scratch.dir, [
      '--runs',
      '1',
      'sh -c "echo the build broke >&2; exit 3"',
    ]);
    await expect(failing).rejects.toThrow(BenchError);
    await expect(failing).rejects.toThrow(
      'hyperfine stopped (exit 1); the end of its output:\n' +
        'Benchmark 1: sh -c "echo the build broke >&2; exit 3"\n' +
        'the build broke\n' +
        "Error: Command terminated with non-zero exit code: 3. Use the '-i'/'--ignore-failure' option if you want to ignore this. Alternatively, use the '--show-output' option to debug what went wrong.",
    );
  });
});
