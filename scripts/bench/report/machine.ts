/** The machine a benchmark ran on, and how busy it was: wall times depend on it. */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, freemem, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  nproc: number;
  cpuModel: string;
  memoryBytes: number;
  freeMemoryBytesAtStart: number;
  loadAverageAtStart: number[];
  loadAverageAtEnd: number[];
  node: string;
  os: string;
}

export const roundedLoad = () => loadavg().map((value) => Math.round(value * 100) / 100);

export function describeMachine(): Machine {
  let cpuModel = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((entry) => entry.startsWith('model name'));
    if (line) cpuModel = line.split(':').slice(1).join(':').trim();
  } catch {
    // Not Linux: keep os.cpus()'s model.
  }
  return {
    nproc: availableParallelism(),
    cpuModel,
    memoryBytes: totalmem(),
    freeMemoryBytesAtStart: freemem(),
    loadAverageAtStart: roundedLoad(),
    loadAverageAtEnd: [],
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

/** A warning when other work shared the machine during the run. */
export function loadNote(machine: Machine): string | undefined {
  const busiest = Math.max(machine.loadAverageAtStart[0] ?? 0, machine.loadAverageAtEnd[0] ?? 0);
  if (busiest <= machine.nproc) return undefined;
  return `Note: the 1-minute load average reached ${busiest} on ${machine.nproc} CPUs: other work shared the machine, so wall times are inflated; CPU times are less affected and byte counts not at all.`;
}
