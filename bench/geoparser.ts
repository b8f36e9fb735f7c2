/**
 * `npm run bench`: throughput of the geoparser on a seeded synthetic corpus of 1,000 article-sized
 * Arabic texts, with our gazetteer and with a synthetic one of 10,000 more names, each next to a
 * naive baseline (one regular expression per name) run in the same process. Prints numbers only:
 * the targets are reported as information, never asserted, and the exit code is 0.
 *
 * Options: `--seed <int>` (default 20190513), `--gazetteer <path>` (default geo/gazetteer.yaml),
 * `--osm <path>` (default geo/gazetteer.osm.yaml), `--curated-only` (without the generated layer).
 * See bench/README.md for how to read the output.
 */
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticleMarkdown } from '../src/core/content/parse-article-markdown.ts';
import { readGazetteer } from '../src/cli/read-gazetteer.ts';
import { createGeoparser, geoparseText, type Geoparser } from '../src/core/geoparser/index.ts';
import { normaliseName, normaliseText } from '../src/core/text/normalise.ts';
import type { Place } from '../src/core/types.ts';
import { buildCorpus, extractVocabulary, listReadings } from './lib/corpus.ts';
import { computeMegabytesPerSecond, measureMedian } from './lib/measure.ts';
import { countNaiveMatches, createNaiveGeoparser } from './lib/naive-geoparser.ts';
import { createRandom } from './lib/random.ts';
import { createSyntheticPlaces } from './lib/synthetic-gazetteer.ts';

/** Settings of one benchmark run. */
export interface GeoparserBenchOptions {
  /** Project root; paths below are relative to it. @defaultValue process.cwd() */
  root?: string;
  /** The curated gazetteer. @defaultValue 'geo/gazetteer.yaml' */
  gazetteerPath?: string;
  /** The generated OpenStreetMap layer, or null for the curated gazetteer alone. @defaultValue 'geo/gazetteer.osm.yaml' */
  osmPath?: string | null;
  /** Article whose paragraphs give the filler text. @defaultValue 'content/haftar-macron-2019-05-13/ar.md' */
  fillerPath?: string;
  /** Seed of the corpus and of the synthetic names. @defaultValue 20190513 (the seed article's date) */
  seed?: number;
  /** Texts in the corpus. @defaultValue 1000 */
  texts?: number;
  /** Synthetic names added to the gazetteer for the large run. @defaultValue 10000 */
  syntheticNames?: number;
  /**
   * Texts (the first ones of the corpus) the naive baseline runs over, with our gazetteer and with
   * the large one; its throughput is measured on those bytes and applies to the corpus as a
   * whole, since every text is made the same way. The baseline's cost grows with the number of
   * names, so the large run gets fewer texts to keep the whole benchmark under two minutes.
   * @defaultValue [200, 20]
   */
  naiveTexts?: [number, number];
  /** Timed passes per measurement; the median is reported. @defaultValue 5 */
  runs?: number;
  /** Where lines go. @defaultValue console.log */
  print?: (line: string) => void;
}

/** Numbers measured for one gazetteer. */
export interface GazetteerResult {
  label: string;
  /** Distinct normalised names the geoparser compiled (`Geoparser.nameCount`). */
  names: number;
  /** Regular expressions in the naive baseline (one per distinct normalised name). */
  patterns: number;
  /** Median time of `createGeoparser`, in ms. */
  buildMs: number;
  /** Our geoparser over the whole corpus, MB/s (10^6 UTF-8 bytes per second of wall-clock time). */
  oursMbps: number;
  /** The same, per second of the process's CPU time: less sensitive to other processes. */
  oursCpuMbps: number;
  /** Naive baseline, MB/s, measured on `naiveTexts` texts. */
  naiveMbps: number;
  naiveTexts: number;
  /** UTF-8 bytes of those texts. */
  naiveBytes: number;
  /** Matches on the subset the naive baseline ran on. */
  oursMatches: number;
  naiveMatches: number;
  /** Matches of our geoparser over the whole corpus. */
  oursMatchesAll: number;
}

const DEFAULTS: Required<Omit<GeoparserBenchOptions, 'root' | 'print'>> = {
  gazetteerPath: 'geo/gazetteer.yaml',
  osmPath: 'geo/gazetteer.osm.yaml',
  fillerPath: 'content/haftar-macron-2019-05-13/ar.md',
  seed: 20190513,
  texts: 1000,
  syntheticNames: 10_000,
  naiveTexts: [200, 20],
  runs: 5,
};

/** The issue's targets (throughput on one core, and speed-up over the naive baseline). */
const TARGET_MBPS = 20;
const TARGET_RATIO = 10;

/**
 * Builds the corpus and both gazetteers, measures our geoparser and the naive baseline on each,
 * and prints a table. Returns the measured rows.
 */
export function runGeoparserBench(options: GeoparserBenchOptions = {}): GazetteerResult[] {
  const { gazetteerPath, osmPath, fillerPath, seed, texts: textCount, syntheticNames, naiveTexts, runs } = { ...DEFAULTS, ...options };
  const root = options.root ?? process.cwd();
  const print = options.print ?? ((line: string) => console.log(line));

  const gazetteer = readGazetteer(root, { curated: gazetteerPath, osm: osmPath });
  const article = parseArticleMarkdown({ path: fillerPath, text: readFileSync(resolve(root, fillerPath), 'utf8') });
  const filler = article.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);

  const random = createRandom(seed);
  const avoid = new Set<string>();
  for (const word of extractVocabulary(filler)) for (const reading of listReadings(word)) avoid.add(reading);
  // Names inserted into the corpus come from the curated layer only, so the corpus is the same
  // text with or without the generated OSM layer and the two runs compare the gazetteers alone.
  const realNames = gazetteer.places.filter((p) => p.kind !== 'country' && p.layer !== 'osm').flatMap((p) => p.ar);
  for (const place of gazetteer.places) for (const name of [...place.ar, ...place.en]) avoid.add(normaliseName(name));
  const country = gazetteer.places.find((p) => p.kind === 'country');
  const synthetic = createSyntheticPlaces({ count: syntheticNames, random, avoid, admin: country?.id ?? null });
  const corpus = buildCorpus({ random, count: textCount, fillerParagraphs: filler, realNames, syntheticNames: synthetic.map((p) => p.ar[0] as string) });

  print(`node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores available; the benchmark runs on one core (main thread, no workers)`);
  const curatedCount = gazetteer.places.filter((p) => p.layer !== 'osm').length;
  print(`gazetteer: ${gazetteerPath} (${curatedCount} places)${osmPath === null ? ' alone' : ` + ${osmPath} (${gazetteer.places.length - curatedCount} places)`}`);
  const loadBefore = loadavg()[0] as number;
  print(
    `corpus: ${corpus.texts.length} texts, ${(corpus.bytes / 1e6).toFixed(2)} MB (UTF-8 bytes, MB = 10^6), ${Math.round(corpus.bytes / corpus.texts.length)} bytes per text on average, seed ${seed}`,
  );
  print(
    `inserted mentions: ${corpus.inserted.real} of our gazetteer's names, ${corpus.inserted.synthetic} synthetic names, ${corpus.inserted.nonMatching} non-matching words (name + suffix, e.g. طرابلسي)`,
  );

  const normalise = measureMedian(() => sum(corpus.texts, (t) => normaliseText(t).text.length), { runs });
  print(`normaliseText alone: ${computeMegabytesPerSecond(corpus.bytes, normalise.medianMs).toFixed(1)} MB/s (part of both measurements below)`);
  print('');

  const gazetteers: Array<{ label: string; places: Place[]; naiveTexts: number }> = [
    { label: osmPath === null ? 'ours (curated)' : 'ours (curated + osm)', places: gazetteer.places, naiveTexts: Math.min(naiveTexts[0], corpus.texts.length) },
    { label: `synthetic ${Math.round(syntheticNames / 1000)}k`, places: [...gazetteer.places, ...synthetic], naiveTexts: Math.min(naiveTexts[1], corpus.texts.length) },
  ];
  const results = gazetteers.map((g) => measureGazetteer(g.label, g.places, corpus.texts, g.naiveTexts, runs));

  const header = ['gazetteer', 'names', 'build ms', 'ours MB/s', 'naive MB/s', 'ratio', 'matches ours/naive (naive texts)'];
  const rows = results.map((r) => [
    r.label,
    String(r.names),
    r.buildMs.toFixed(1),
    r.oursMbps.toFixed(1),
    // Two significant digits below 1 MB/s: the naive baseline at 10,000 names is around 0.01.
    r.naiveMbps < 1 ? r.naiveMbps.toPrecision(2) : r.naiveMbps.toFixed(1),
    `${(r.oursMbps / r.naiveMbps).toFixed(1)}x`,
    `${r.oursMatches}/${r.naiveMatches} (${r.naiveTexts === corpus.texts.length ? 'all' : `first ${r.naiveTexts}`})`,
  ]);
  for (const line of formatTable([header, ...rows])) print(line);
  print(`targets: >= ${TARGET_MBPS} MB/s at both sizes; >= ${TARGET_RATIO}x naive at 10k names`);
  print('');
  for (const r of results) {
    print(
      `${r.label}: ${r.names} names in the trie, ${r.patterns} naive regexes; ours found ${r.oursMatchesAll} matches in the whole corpus, ${r.oursCpuMbps.toFixed(1)} MB/s by CPU time.` +
        (r.naiveTexts < corpus.texts.length ? ` Naive MB/s measured on the first ${r.naiveTexts} texts only (${(r.naiveBytes / 1e6).toFixed(2)} MB), not the whole corpus.` : ''),
    );
  }
  const loadAfter = loadavg()[0] as number;
  print(
    `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores` +
      (Math.max(loadBefore, loadAfter) > availableParallelism() - 0.5 ? ': the machine was busy, so wall-clock MB/s are low; compare the CPU-time MB/s.' : '.'),
  );
  print('matches differ because the naive regexes also count names nested in longer ones (زارة inside عين زارة) and names that need a trigger word.');
  print('');

  const large = results[results.length - 1] as GazetteerResult;
  const speedMet = results.every((r) => r.oursMbps >= TARGET_MBPS);
  const ratio = large.oursMbps / large.naiveMbps;
  print(
    `result: >= ${TARGET_MBPS} MB/s at both sizes: ${speedMet ? 'MET' : 'NOT MET'} (${results.map((r) => r.oursMbps.toFixed(1)).join(', ')} MB/s); ` +
      `>= ${TARGET_RATIO}x naive at ${large.names} names: ${ratio >= TARGET_RATIO ? 'MET' : 'NOT MET'} (${ratio.toFixed(1)}x)`,
  );
  return results;
}

function measureGazetteer(label: string, places: readonly Place[], texts: readonly string[], naiveTexts: number, runs: number): GazetteerResult {
  let parser: Geoparser | null = null;
  const build = measureMedian(() => {
    parser = createGeoparser(places);
    return parser.nameCount;
  }, { runs: 3 });
  const p = parser as unknown as Geoparser;

  const bytes = sum(texts, (t) => Buffer.byteLength(t, 'utf8'));
  const geoparseAll = (list: readonly string[]): number => sum(list, (t) => geoparseText(p, t, 'p1').matches.length);
  const ours = measureMedian(() => geoparseAll(texts), { runs });

  const subset = texts.slice(0, naiveTexts);
  const naiveBytes = sum(subset, (t) => Buffer.byteLength(t, 'utf8'));
  const naive = createNaiveGeoparser(places);
  // Slow at 10,000 names, so: three timed passes, and a warm-up on two texts, which is enough for
  // V8 to compile every regular expression to native code (it interprets a regex's first run).
  const naiveRun = measureMedian(() => sum(subset, (t) => countNaiveMatches(naive, t)), {
    runs: 3,
    warmupWork: () => sum(subset.slice(0, 2), (t) => countNaiveMatches(naive, t)),
  });

  return {
    label,
    names: p.nameCount,
    patterns: naive.patterns.length,
    buildMs: build.medianMs,
    oursMbps: computeMegabytesPerSecond(bytes, ours.medianMs),
    oursCpuMbps: computeMegabytesPerSecond(bytes, ours.medianCpuMs),
    naiveMbps: computeMegabytesPerSecond(naiveBytes, naiveRun.medianMs),
    naiveTexts,
    naiveBytes,
    oursMatches: geoparseAll(subset),
    naiveMatches: naiveRun.result,
    oursMatchesAll: ours.result,
  };
}

function sum<T>(items: readonly T[], f: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += f(item);
  return total;
}

function formatTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  // First column left-aligned (labels), the rest right-aligned (numbers).
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('   ').trimEnd());
}

function parseArgs(argv: readonly string[]): GeoparserBenchOptions {
  const options: GeoparserBenchOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--curated-only') {
      options.osmPath = null;
      i--;
    } else if (flag === '--seed' && value !== undefined && /^\d+$/.test(value)) options.seed = Number(value);
    else if (flag === '--gazetteer' && value !== undefined) options.gazetteerPath = value;
    else if (flag === '--osm' && value !== undefined) options.osmPath = value;
    else throw new Error(`usage: npm run bench -- [--seed <int>] [--gazetteer <path>] [--osm <path> | --curated-only] (got ${JSON.stringify(flag)})`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runGeoparserBench(parseArgs(process.argv.slice(2)));
}
