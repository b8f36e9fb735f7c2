import { performance } from 'node:perf_hooks';

/** Wall-clock times of repeated runs of one piece of work. */
export interface Measurement {
  /** Median of the timed runs, in ms. */
  medianMs: number;
  /** Every timed run, in ms, in the order they ran. */
  runsMs: number[];
  /**
   * Median CPU time (user + system) of the process over the timed runs, in ms. On a busy machine
   * wall-clock time includes waiting for a core; CPU time does not, so a gap between the two
   * says the numbers were taken under load.
   */
  medianCpuMs: number;
  /** What the last run returned (e.g. a match count), so callers need no extra, untimed pass. */
  result: number;
}

/** How many times to run the work. */
export interface MeasureOptions {
  /** Untimed runs first, so V8 has compiled and optimised the hot code. @defaultValue 1 */
  warmup?: number;
  /** Work for the warm-up runs, when a smaller piece warms the same code. @defaultValue the timed work */
  warmupWork?: () => number;
  /** Timed runs; the median is reported because it ignores one-off GC pauses. @defaultValue 5 */
  runs?: number;
}

const DEFAULTS = { warmup: 1, runs: 5 };

/**
 * Runs `work` a few times and returns the median wall-clock time. `work` returns a number (a
 * match count) that is summed and checked, so V8 cannot drop the work as dead code.
 *
 * @param work - the work to time; must do the same thing on every call
 */
export function measureMedian(work: () => number, options: MeasureOptions = {}): Measurement {
  const { warmup, runs, warmupWork = work } = { ...DEFAULTS, ...options };
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += warmupWork();
  const runsMs: number[] = [];
  const cpuMs: number[] = [];
  let result = Number.NaN;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = work();
    runsMs.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpuMs.push((c.user + c.system) / 1000);
    sink += result;
  }
  if (Number.isNaN(sink)) throw new Error('measureMedian: the work returned NaN or runs was 0');
  return { medianMs: computeMedian(runsMs), runsMs, medianCpuMs: computeMedian(cpuMs), result };
}

function computeMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Throughput in MB/s, with MB = 10^6 bytes.
 *
 * @param bytes - bytes processed (UTF-8)
 * @param ms - time taken, in ms
 */
export function computeMegabytesPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
