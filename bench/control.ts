/**
 * `npm run bench:control`: how long the "as of" rule takes per move of a date slider over 50,000
 * claims (the archive's SYNTHETIC claims), for every day of the file. Prints numbers only; no
 * timed assertions, exit code 0. See bench/README.md.
 *
 * Options: `--count N` (claims, default 50000), `--seed N` (default the archive's).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createClaimsIndex, selectClaims, type ClaimsFilter } from '../src/archive/select-claims.ts';
import { SYNTHETIC_DEFAULTS, addDays, generateSyntheticClaims, toClaimFeatures } from '../src/archive/synthetic-claims.ts';
import { parseCliArgs } from '../src/cli/parse-cli-args.ts';
import { loadGazetteer } from '../src/core/gazetteer/load-gazetteer.ts';
import { computeControlAsOf } from '../src/core/time/compute-control-as-of.ts';
import { createControlIndex } from '../src/core/time/create-control-index.ts';
import { createLatestClaims, resolveLatestClaims } from '../src/core/time/resolve-latest-claims.ts';

/** Median, 95th percentile and worst of a list of times, ms. */
function summarise(ms: number[]): { median: number; p95: number; worst: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
  return { median: at(0.5), p95: at(0.95), worst: sorted[sorted.length - 1] as number };
}

/** Wall-clock and CPU times of one sweep over every day, ms. */
interface Sweep {
  wall: number[];
  cpu: number[];
}

/**
 * Times `work(day)` for every day, after one untimed sweep (so V8 has optimised it), with a
 * garbage collection first when node runs with `--expose-gc`. CPU time (user + system) is taken
 * too: on the shared 2-core machine a call that waited for a core shows a wall time far above its
 * CPU time, and that wait is the machine's, not the code's.
 */
function sweep(lastDay: number, work: (day: number) => number): Sweep {
  let sink = 0;
  for (let d = 0; d <= lastDay; d++) sink += work(d);
  (globalThis as { gc?: () => void }).gc?.();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let d = 0; d <= lastDay; d++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    sink += work(d);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  if (Number.isNaN(sink)) throw new Error('unreachable');
  return { wall, cpu };
}

/** Runs the benchmark; returns the exit code. */
export function main(argv: readonly string[]): number {
  const args = parseCliArgs(argv, {
    command: 'npm run bench:control --',
    usage: ['[--count N] [--seed N]'],
    description: `Times the "as of" rule (src/core/time) on the archive's SYNTHETIC claims, for every day of the
file: the archive's selection (latest claim per place, and the date window) and the real map's
computeControlAsOf (GeoJSON out). Prints median, 95th percentile and worst, ms.

  --count N   claims (default ${SYNTHETIC_DEFAULTS.count})
  --seed N    the generator's seed (default ${SYNTHETIC_DEFAULTS.seed})
  --help      print this and exit`,
    options: { count: { type: 'string' }, seed: { type: 'string' } },
  });
  if ('exitCode' in args) return args.exitCode;
  const count = Number(args.values.count ?? SYNTHETIC_DEFAULTS.count);
  const seed = Number(args.values.seed ?? SYNTHETIC_DEFAULTS.seed);
  const gazetteer = loadGazetteer({ path: 'geo/gazetteer.yaml', text: readFileSync('geo/gazetteer.yaml', 'utf8') });
  const columns = generateSyntheticClaims(gazetteer.places, { count, seed, region: gazetteer.region });
  const lastDay = columns.day.reduce((a, b) => Math.max(a, b), 0);
  console.log(`bench:control: ${columns.count} SYNTHETIC claims, ${columns.places.length} places, ${lastDay + 1} days (${columns.start} to ${columns.end}); node ${process.version}`);

  let t0 = performance.now();
  const index = createClaimsIndex(columns);
  const buildArchiveMs = performance.now() - t0;
  const features = toClaimFeatures(columns);
  t0 = performance.now();
  const controlIndex = createControlIndex(features);
  const buildControlMs = performance.now() - t0;
  console.log(`build once: archive index ${buildArchiveMs.toFixed(1)} ms; control index over claim features ${buildControlMs.toFixed(1)} ms`);

  const buffer = new Int32Array(columns.count);
  const all = columns.parties.map(() => true);
  const filter = (mode: ClaimsFilter['mode'], day: number): ClaimsFilter => ({ parties: all, fromDay: 0, asOfDay: day, mode });
  const latest = createLatestClaims(index.timeline.placeCount);
  const rows: Array<[string, Sweep]> = [
    ['resolveLatestClaims (the rule\'s core step)', sweep(lastDay, (d) => resolveLatestClaims(index.timeline, d, {}, latest).count)],
    ['archive selectClaims, latest per place', sweep(lastDay, (d) => selectClaims(index, filter('latest', d), buffer).count)],
    ['archive selectClaims, window from day 0', sweep(lastDay, (d) => selectClaims(index, filter('window', d), buffer).count)],
    ['computeControlAsOf (GeoJSON out)', sweep(lastDay, (d) => computeControlAsOf(controlIndex, addDays(columns.start, d)).features.length)],
  ];
  console.log(`per day, over every day of the file, ms (wall-clock; CPU time in brackets); load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}${'gc' in globalThis ? '' : '; run with node --expose-gc to collect garbage before each sweep'}:`);
  const f = (x: number): string => x.toFixed(3).padStart(7);
  for (const [name, { wall, cpu }] of rows) {
    const w = summarise(wall);
    const c = summarise(cpu);
    console.log(`  ${name.padEnd(44)} median ${f(w.median)} (${f(c.median)})  p95 ${f(w.p95)} (${f(c.p95)})  worst ${f(w.worst)} (${f(c.worst)})`);
  }
  console.log('Budget (issue 14): longest main-thread task per date move ≤ 50 ms, redraw ≤ 200 ms; these are the selection\'s share, not the drawing\'s.');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
