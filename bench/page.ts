/**
 * `npm run bench:page`: what the seed page costs a reader, next to its floor. Builds the site and a
 * bare MapLibre page (bench/bare-maplibre/: the same GeoJSON on the same embedded basemap, circles
 * only, no UI) in the same run, then in headless Chromium reports for each:
 *
 * - JS and CSS bytes, raw and gzip (level 9), of the files the browser actually fetched (read from
 *   the static server's request log, so requests made by MapLibre's worker are seen too). The
 *   MapLibre worker script is JS and counted on both sides.
 * - Time from navigation start to `data-map-ready` on `<body>`, taken inside the page with
 *   `performance.now()` (navigation-relative) by a MutationObserver the benchmark injects, over
 *   alternating runs (site, bare, site, bare…) in fresh browser contexts, after one warm-up each.
 *   Phases (resource timing, canvas creation, time blocked in WebGL shader compile/link calls)
 *   say where a difference comes from.
 * - The main thread's JS heap at readiness (CDP `Runtime.getHeapUsage`, no forced GC).
 *
 * Prints numbers and site/bare ratios; the issue's targets (≤ 1.3× the bare page on bytes and on
 * time) are reported as information, never asserted: the exit code is 0.
 *
 * Options: `--runs <int>` timed runs per page (default 7). See bench/README.md.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { dirname, extname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import {
  createRequestLog,
  launchBrowser,
  newPage,
  probeWebGL,
  startStaticServer,
  waitForMapReady,
  type RequestLog,
  type StaticServer,
} from '../tests/e2e/harness/index.ts';

/** Settings of one benchmark run. */
export interface PageBenchOptions {
  /** Project root. @defaultValue the folder above bench/ */
  root?: string;
  /** Timed runs per page, after one warm-up each. @defaultValue 7 */
  runs?: number;
  /** Time allowed for one page to get ready, ms. @defaultValue 60000 */
  readyTimeoutMs?: number;
  /** Where lines go. @defaultValue console.log */
  print?: (line: string) => void;
}

/** What the injected page script records (`window.__cmBenchPage`). */
interface BenchState {
  readyMs?: number;
  canvasMs?: number;
  /** WebGL programs linked. */
  programs: number;
  /** ms spent inside compileShader, linkProgram, getShaderParameter and getProgramParameter. */
  shaderMs: number;
}

/** One page load, times in ms from navigation start (the page's `performance.now()`). */
export interface PageRun {
  /** `data-map-ready` appeared on `<body>`. */
  readyMs: number;
  /** The HTML document's last byte arrived. */
  htmlMs: number;
  /** First contentful paint (text or map), NaN if Chromium reported none. */
  fcpMs: number;
  /** The last JS or CSS file's last byte arrived (MapLibre's worker script excluded). */
  codeMs: number;
  /** The page's code asked for its first `data/` file: the entry script is running. */
  firstDataMs: number;
  /** The last `data/` file's last byte arrived (from the page's resource timing). */
  dataMs: number;
  /** MapLibre's canvas was inserted: the map was constructed. */
  canvasMs: number;
  /** Main-thread JS heap in use at readiness, bytes (CDP `Runtime.getHeapUsage`, no forced GC). */
  heapBytes: number;
  /** CSS px of the map canvas. */
  canvas: { width: number; height: number };
  /** WebGL programs linked before readiness. */
  programs: number;
  /** ms the main thread spent in WebGL shader compile/link calls (blocking on software WebGL). */
  shaderMs: number;
}

/** A file the page fetched. */
export interface FetchedFile {
  /** Path relative to the build's root, e.g. `assets/index-abc.js`. */
  path: string;
  kind: 'js' | 'css' | 'html' | 'data' | 'font' | 'other';
  raw: number;
  gzip: number;
}

/** What was measured for one page. */
export interface PageResult {
  label: 'site' | 'bare';
  files: FetchedFile[];
  runs: PageRun[];
  /** JS and CSS files in the build's assets/ that the page did not fetch. */
  unfetched: string[];
}

const DEFAULTS = { runs: 7, readyTimeoutMs: 60_000 };

/** The issue's target: no more than this many times the bare page, on bytes and on time. */
const TARGET_RATIO = 1.3;

const SEED_PLACES = 'data/geo/haftar-macron-2019-05-13.geojson';
const BASEMAP = 'data/basemap.geojson';

/** Name of the value the injected observer leaves on `window`; benchmark only, not the page's. */
const READY_GLOBAL = '__cmBenchPage';

/**
 * Builds both pages, measures them and prints the tables. Returns what was measured.
 */
export async function runPageBench(options: PageBenchOptions = {}): Promise<PageResult[]> {
  const { runs, readyTimeoutMs } = { ...DEFAULTS, ...options };
  const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
  const print = options.print ?? ((line: string) => console.log(line));
  const outRoot = join(root, 'test-results', 'bench');
  const siteDir = join(outRoot, 'site');
  const bareDir = join(outRoot, 'bare');

  const t0 = performance.now();
  const siteBuildMs = await buildSite(root, siteDir);
  const bareBuildMs = await buildBare(root, siteDir, bareDir);
  print(`built: site in ${(siteBuildMs / 1000).toFixed(1)} s -> ${relative(root, siteDir)}/, bare page in ${(bareBuildMs / 1000).toFixed(1)} s -> ${relative(root, bareDir)}/`);

  const log = createRequestLog();
  const servers = {
    site: { name: 'site', server: await startStaticServer({ name: 'site', root: siteDir, log }) },
    bare: { name: 'bare', server: await startStaticServer({ name: 'bare', root: bareDir, log }) },
  };
  const browser = await launchBrowser();
  const results: PageResult[] = [];
  try {
    const webgl = await describeWebGL(browser);
    const loadBefore = loadavg()[0] as number;
    print(`node ${process.version}, Chromium ${browser.version()} (headless, /usr/bin/chromium), playwright-core ${readPlaywrightVersion(root)}`);
    print(
      `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, no GPU: WebGL is software (${webgl}); ` +
        'absolute times are slow here, the ratios are what carries over',
    );

    // Warm-ups: one per page, untimed; they also record what each page fetches and the site's
    // map size, which the bare page then takes so both draw the same number of pixels.
    const siteWarm = await loadPage(browser, servers.site, log, '', readyTimeoutMs, join(outRoot, 'site.png'));
    const size = `${siteWarm.run.canvas.width}x${siteWarm.run.canvas.height}`;
    const bareWarm = await loadPage(browser, servers.bare, log, `?size=${size}`, readyTimeoutMs, join(outRoot, 'bare.png'));

    const site: PageResult = { label: 'site', files: describeFetched(siteDir, siteWarm.paths), runs: [], unfetched: [] };
    const bare: PageResult = { label: 'bare', files: describeFetched(bareDir, bareWarm.paths), runs: [], unfetched: [] };
    site.unfetched = listUnfetchedCode(siteDir, site.files);
    bare.unfetched = listUnfetchedCode(bareDir, bare.files);
    results.push(site, bare);

    for (let i = 0; i < runs; i++) {
      site.runs.push((await loadPage(browser, servers.site, log, '', readyTimeoutMs)).run);
      bare.runs.push((await loadPage(browser, servers.bare, log, `?size=${size}`, readyTimeoutMs)).run);
    }
    const loadAfter = loadavg()[0] as number;

    print('');
    printBytes(print, site, bare);
    print('');
    printOrigins(print, siteDir, bareDir, site, bare);
    print('');
    printTimes(print, site, bare, runs);
    print(
      `1-minute load average ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores` +
        (Math.max(loadBefore, loadAfter) > availableParallelism() - 0.5 ? ': the machine was busy, so times are noisy; the alternating order spreads that over both pages.' : '.'),
    );
    print('');
    printVerdict(print, site, bare);
    print(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await Promise.all([servers.site.server.close(), servers.bare.server.close()]);
  }
  return results;
}

/** Builds the site with the project's config into its own folder (not dist/, which tests use). */
async function buildSite(root: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  // The seed site, whatever the shell says: CM_CONTENT_DIR builds another content folder.
  delete process.env.CM_CONTENT_DIR;
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  return performance.now() - t0;
}

/**
 * Builds bench/bare-maplibre/ with the site's build target and copies the seed's places and the
 * basemap from the site's build, so both pages load the very same data. Fonts come from public/.
 */
async function buildBare(root: string, siteDir: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  await build({
    root: join(root, 'bench', 'bare-maplibre'),
    configFile: false,
    base: './',
    publicDir: join(root, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 5000 },
  });
  for (const path of [SEED_PLACES, BASEMAP]) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    copyFileSync(join(siteDir, path), join(outDir, path));
  }
  return performance.now() - t0;
}

/**
 * Loads a page in a fresh context (empty cache; the server also says no-store) and waits for
 * readiness. Returns the run and the paths the server answered for it.
 */
async function loadPage(
  browser: Browser,
  target: { name: string; server: StaticServer },
  log: RequestLog,
  query: string,
  readyTimeoutMs: number,
  screenshot?: string,
): Promise<{ run: PageRun; paths: string[] }> {
  const { name, server } = target;
  const harness = await newPage(browser);
  try {
    const { page } = harness;
    // No named inner functions in page code: tsx would wrap them in a `__name` helper the page lacks.
    await page.addInitScript((globalName: string) => {
      const state: BenchState = { programs: 0, shaderMs: 0 };
      (window as unknown as Record<string, unknown>)[globalName] = state;
      // Software WebGL compiles shaders on the CPU, and the GPU process makes the page wait at
      // these calls; counting programs and the time spent in them says how much of a load that is.
      for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype] as unknown as Array<Record<string, (...args: unknown[]) => unknown>>) {
        for (const method of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter']) {
          const original = proto[method] as (...args: unknown[]) => unknown;
          proto[method] = function (this: unknown, ...args: unknown[]): unknown {
            const t0 = performance.now();
            try {
              return original.apply(this, args);
            } finally {
              state.shaderMs += performance.now() - t0;
              if (method === 'linkProgram') state.programs += 1;
            }
          };
        }
      }
      const observer = new MutationObserver(() => {
        if (state.canvasMs === undefined && document.querySelector('canvas.maplibregl-canvas')) state.canvasMs = performance.now();
        if (state.readyMs === undefined && document.body?.hasAttribute('data-map-ready')) state.readyMs = performance.now();
        if (state.readyMs !== undefined && state.canvasMs !== undefined) observer.disconnect();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
    }, READY_GLOBAL);
    const cdp = await harness.context.newCDPSession(page);
    const since = log.entries.length;

    await page.goto(`${server.url}${query}`, { waitUntil: 'commit' });
    await waitForMapReady(harness, readyTimeoutMs);
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const timing = await page.evaluate((globalName: string) => {
      const state = (window as unknown as Record<string, BenchState>)[globalName] as BenchState;
      const nav = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      let codeMs = 0;
      let firstDataMs = Number.POSITIVE_INFINITY;
      let dataMs = 0;
      for (const entry of window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const path = new URL(entry.name).pathname;
        // The worker script is fetched only once the map is constructed: not part of this phase.
        if (/\.(m?js|css)$/.test(path) && !path.includes('maplibre-gl-worker')) codeMs = Math.max(codeMs, entry.responseEnd);
        if (path.includes('/data/')) {
          firstDataMs = Math.min(firstDataMs, entry.startTime);
          dataMs = Math.max(dataMs, entry.responseEnd);
        }
      }
      const rect = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
      return {
        readyMs: state.readyMs ?? Number.NaN,
        canvasMs: state.canvasMs ?? Number.NaN,
        htmlMs: nav.responseEnd,
        fcpMs: window.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        codeMs,
        firstDataMs,
        dataMs,
        canvas: { width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0) },
        programs: state.programs,
        shaderMs: state.shaderMs,
      };
    }, READY_GLOBAL);
    if (screenshot) await page.screenshot({ path: screenshot });
    const problems = [...harness.pageErrors, ...harness.failedRequests, ...harness.httpErrors, ...harness.externalRequests];
    if (problems.length > 0) throw new Error(`${server.url}${query} loaded with problems:\n  ${problems.join('\n  ')}`);

    const prefix = new URL(server.url).pathname;
    const paths = log.entries
      .slice(since)
      .filter((e) => e.status === 200 && e.method === 'GET' && e.server === name)
      .filter((e) => e.path.startsWith(prefix))
      .map((e) => decodeURIComponent((e.path.split('?')[0] as string).slice(prefix.length)) || 'index.html');
    return { run: { ...timing, heapBytes: usedSize }, paths };
  } finally {
    await harness.close();
  }
}

const KIND_BY_EXT: Readonly<Record<string, FetchedFile['kind']>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.html': 'html',
  '.json': 'data',
  '.geojson': 'data',
  '.woff2': 'font',
  '.woff': 'font',
};

/** Sizes of the files a page fetched, read from the build (what the server sent). */
function describeFetched(dir: string, paths: readonly string[]): FetchedFile[] {
  return [...new Set(paths)].sort().map((path) => {
    const bytes = readFileSync(join(dir, path));
    return { path, kind: KIND_BY_EXT[extname(path).toLowerCase()] ?? 'other', raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

function listUnfetchedCode(dir: string, files: readonly FetchedFile[]): string[] {
  const fetched = new Set(files.map((f) => f.path));
  return readdirSync(join(dir, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((path) => /\.(m?js|css)$/.test(path) && !fetched.has(path));
}

function total(files: readonly FetchedFile[], kinds: ReadonlyArray<FetchedFile['kind']>): { raw: number; gzip: number; count: number } {
  const chosen = files.filter((f) => kinds.includes(f.kind));
  return { raw: sum(chosen.map((f) => f.raw)), gzip: sum(chosen.map((f) => f.gzip)), count: chosen.length };
}

function printBytes(print: (line: string) => void, site: PageResult, bare: PageResult): void {
  print('bytes fetched by the page (from the server log of the warm-up load; sizes of the files served; gzip = zlib level 9; kB = 1000 bytes)');
  const groups: Array<[string, Array<FetchedFile['kind']>]> = [
    ['JS (incl. worker)', ['js']],
    ['CSS', ['css']],
    ['JS + CSS', ['js', 'css']],
    ['HTML', ['html']],
    ['data (JSON)', ['data']],
    ['fonts', ['font']],
    ['other', ['other']],
    ['everything', ['js', 'css', 'html', 'data', 'font', 'other']],
  ];
  const header = ['', 'site files', 'site raw kB', 'site gzip kB', 'bare files', 'bare raw kB', 'bare gzip kB', 'raw ratio', 'gzip ratio'];
  const rows = groups.map(([label, kinds]) => {
    const s = total(site.files, kinds);
    const b = total(bare.files, kinds);
    return [label, String(s.count), kb(s.raw), kb(s.gzip), String(b.count), kb(b.raw), kb(b.gzip), ratio(s.raw, b.raw), ratio(s.gzip, b.gzip)];
  });
  for (const line of formatTable([header, ...rows])) print(line);
  for (const result of [site, bare]) {
    print(`${result.label} JS/CSS files: ${result.files.filter((f) => f.kind === 'js' || f.kind === 'css').map((f) => `${f.path} (${kb(f.raw)} / ${kb(f.gzip)} gz)`).join(', ')}`);
    print(`${result.label} other files: ${result.files.filter((f) => f.kind !== 'js' && f.kind !== 'css').map((f) => `${f.path} (${kb(f.raw)})`).join(', ')}`);
    if (result.unfetched.length > 0) print(`${result.label}: built but not fetched (not counted): ${result.unfetched.join(', ')}`);
  }
  const siteWorker = site.files.find((f) => /maplibre-gl-worker.*\.mjs$/.test(f.path));
  const bareWorker = bare.files.find((f) => /maplibre-gl-worker.*\.mjs$/.test(f.path));
  if (siteWorker && bareWorker) {
    print(`the MapLibre worker (${kb(siteWorker.raw)} raw, ${kb(siteWorker.gzip)} gzip) is counted on both sides${siteWorker.raw === bareWorker.raw ? ' and is the same file' : ''}.`);
  }
}

/**
 * Where the main bundles' bytes come from, by source (decoded from the builds' sourcemaps): each
 * generated character is charged to the source of the mapping it falls under.
 */
function printOrigins(print: (line: string) => void, siteDir: string, bareDir: string, site: PageResult, bare: PageResult): void {
  const origins = (dir: string, result: PageResult): Map<string, number> => {
    const byOrigin = new Map<string, number>();
    for (const file of result.files.filter((f) => f.kind === 'js' && !f.path.includes('maplibre-gl-worker'))) {
      let map: SourceMap;
      try {
        map = JSON.parse(readFileSync(join(dir, `${file.path}.map`), 'utf8')) as SourceMap;
      } catch {
        continue;
      }
      const code = readFileSync(join(dir, file.path), 'utf8');
      for (const [source, bytes] of chargeSources(code, map)) byOrigin.set(groupSource(source), (byOrigin.get(groupSource(source)) ?? 0) + bytes);
    }
    return byOrigin;
  };
  const s = origins(siteDir, site);
  const b = origins(bareDir, bare);
  const names = [...new Set([...s.keys(), ...b.keys()])].sort((x, y) => (s.get(y) ?? 0) - (s.get(x) ?? 0));
  print('main JS by origin (raw kB, from the sourcemaps; the worker is not in them; "unmapped" is glue code)');
  const rows = names.map((name) => [name, kb(s.get(name) ?? 0), kb(b.get(name) ?? 0), kb((s.get(name) ?? 0) - (b.get(name) ?? 0))]);
  for (const line of formatTable([['origin', 'site', 'bare', 'site - bare'], ...rows])) print(line);
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Characters of generated code per source index (-1: before any mapping on a line). */
function chargeSources(code: string, map: SourceMap): Map<string, number> {
  const lines = code.split('\n');
  const charged = new Map<string, number>();
  const add = (source: string, n: number): void => {
    if (n > 0) charged.set(source, (charged.get(source) ?? 0) + n);
  };
  let sourceIndex = 0;
  map.mappings.split(';').forEach((group, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    const segments: Array<{ column: number; source: string }> = [];
    for (const segment of group.split(',')) {
      if (segment === '') continue;
      const values = decodeVlq(segment);
      column += values[0] as number;
      if (values.length >= 4) {
        sourceIndex += values[1] as number;
        segments.push({ column, source: map.sources[sourceIndex] ?? 'unmapped' });
      } else {
        segments.push({ column, source: 'unmapped' });
      }
    }
    add('unmapped', (segments[0]?.column ?? line.length) + 1); // +1: the newline
    segments.forEach((seg, i) => add(seg.source, (segments[i + 1]?.column ?? line.length) - seg.column));
  });
  return charged;
}

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** `../../node_modules/@turf/circle/dist/…` → `@turf/*`; `../../src/ui/app.ts` → `src/ui`. */
function groupSource(source: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)?.[1];
  if (pkg) return pkg.startsWith('@turf/') ? '@turf/*' : pkg.startsWith('d3-') ? 'd3-*' : pkg;
  const local = /(?:^|\/)((?:src|bench)\/[^/]+)/.exec(source)?.[1];
  return local ?? source;
}

function printTimes(print: (line: string) => void, site: PageResult, bare: PageResult, runs: number): void {
  print(`time from navigation start to data-map-ready, ms (${runs} runs each, alternating site/bare, fresh context each, after 1 warm-up each)`);
  const header = ['', 'site median', 'site min', 'site max', 'bare median', 'bare min', 'bare max', 'ratio of medians'];
  const phases: Array<[string, (r: PageRun) => number]> = [
    ['ready (data-map-ready)', (r) => r.readyMs],
    ['  HTML received', (r) => r.htmlMs],
    ['  first contentful paint', (r) => r.fcpMs],
    ['  page JS/CSS received (no worker)', (r) => r.codeMs],
    ['  first data/ request sent', (r) => r.firstDataMs],
    ['  last data/ file received', (r) => r.dataMs],
    ['  map canvas created', (r) => r.canvasMs],
    ['  canvas -> ready', (r) => r.readyMs - r.canvasMs],
    ['  in shader compile/link calls', (r) => r.shaderMs],
  ];
  const rows = phases.map(([label, f]) => {
    const s = site.runs.map(f);
    const b = bare.runs.map(f);
    return [label, ms(median(s)), ms(Math.min(...s)), ms(Math.max(...s)), ms(median(b)), ms(Math.min(...b)), ms(Math.max(...b)), ratio(median(s), median(b))];
  });
  const heap = (r: PageResult): number[] => r.runs.map((run) => run.heapBytes);
  rows.push([
    'JS heap at ready, MB',
    mb(median(heap(site))),
    mb(Math.min(...heap(site))),
    mb(Math.max(...heap(site))),
    mb(median(heap(bare))),
    mb(Math.min(...heap(bare))),
    mb(Math.max(...heap(bare))),
    ratio(median(heap(site)), median(heap(bare))),
  ]);
  const programs = (r: PageResult): number[] => r.runs.map((run) => run.programs);
  rows.push([
    'WebGL programs linked',
    ms(median(programs(site))),
    ms(Math.min(...programs(site))),
    ms(Math.max(...programs(site))),
    ms(median(programs(bare))),
    ms(Math.min(...programs(bare))),
    ms(Math.max(...programs(bare))),
    ratio(median(programs(site)), median(programs(bare))),
  ]);
  for (const line of formatTable([header, ...rows])) print(line);
  print(`site runs, ms: ${site.runs.map((r) => ms(r.readyMs)).join(', ')}`);
  print(`bare runs, ms: ${bare.runs.map((r) => ms(r.readyMs)).join(', ')}`);
  const c = (r: PageResult): string => `${r.runs[0]?.canvas.width ?? 0}x${r.runs[0]?.canvas.height ?? 0}`;
  print(
    `viewport 1280x800; map canvas: site ${c(site)}, bare ${c(bare)} CSS px. Phases are the medians of each row, not a sum; ` +
      '"received" rows come from resource timing (the worker\'s own fetches are not in it); heap is the page\'s main thread only (MB = 10^6 bytes).',
  );
}

function printVerdict(print: (line: string) => void, site: PageResult, bare: PageResult): void {
  const s = total(site.files, ['js', 'css']);
  const b = total(bare.files, ['js', 'css']);
  const bytesRaw = s.raw / b.raw;
  const bytesGzip = s.gzip / b.gzip;
  const time = median(site.runs.map((r) => r.readyMs)) / median(bare.runs.map((r) => r.readyMs));
  const verdict = (x: number): string => (x <= TARGET_RATIO ? 'MET' : 'NOT MET');
  print(`target bytes (JS + CSS) <= ${TARGET_RATIO}x bare: ${verdict(Math.max(bytesRaw, bytesGzip))} (raw ${bytesRaw.toFixed(2)}x, gzip ${bytesGzip.toFixed(2)}x)`);
  print(`target time (navigation -> data-map-ready, median) <= ${TARGET_RATIO}x bare: ${verdict(time)} (${time.toFixed(2)}x)`);
}

async function describeWebGL(browser: Browser): Promise<string> {
  const harness = await newPage(browser);
  try {
    const probe = await probeWebGL(harness.page);
    return probe.version === 0 ? 'none' : `WebGL ${probe.version}, ${probe.unmaskedRenderer ?? probe.renderer ?? 'unknown renderer'}`;
  } finally {
    await harness.close();
  }
}

function readPlaywrightVersion(root: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', 'playwright-core', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const kb = (bytes: number): string => (bytes / 1000).toFixed(1);
const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(0) : '-');
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');

function formatTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  // First column left-aligned (labels), the rest right-aligned (numbers).
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('   ').trimEnd());
}

function parseArgs(argv: readonly string[]): PageBenchOptions {
  const options: PageBenchOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--runs' && value !== undefined && /^[1-9]\d*$/.test(value)) options.runs = Number(value);
    else throw new Error(`usage: npm run bench:page -- [--runs <int>] (got ${JSON.stringify(flag)})`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPageBench(parseArgs(process.argv.slice(2)));
}
