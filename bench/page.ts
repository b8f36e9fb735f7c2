/**
 * `npm run bench:page`: what the seed page costs a reader, next to two floors built and measured
 * in the same run:
 *
 * - bench/bare-maplibre/: MapLibre alone drawing the same places, as the same symbols with the same
 *   labels and font, on the same embedded basemap (issue 3: no more than 1.3 times it, on bytes
 *   and on time; issue 11: the site's WebGL takeover no later than 1.3 times it);
 * - bench/bare-leaflet/: Leaflet alone (SVG renderer, no tiles) showing the same places as
 *   clickable circle markers on the same basemap (issue 5: places visible and clickable no
 *   later than it).
 *
 * The site paints a static SVG map first (inline in index.html), makes its places clickable and
 * sets `data-map-ready` with `data-renderer="svg"`; MapLibre is loaded after (a lazy chunk plus
 * its worker) and takes over with `data-renderer="webgl"`. So the site has two readiness times
 * and two byte counts, and each is reported against the floor separately:
 *
 * - time (a): navigation → `data-map-ready` (places visible and clickable, static map);
 * - time (b): navigation → `data-renderer="webgl"` (MapLibre has drawn every place);
 * - bytes (a): JS + CSS on the static path (the entry and its static imports, from the build's
 *   manifest: what must arrive before places are visible), not the lazy MapLibre chunk;
 * - bytes (b): all JS + CSS the page fetches, MapLibre chunk and worker included.
 *
 * Both floors have one readiness (`data-map-ready`) and fetch all their code up front.
 *
 * - time (c), issue 11: navigation → the map answers a drag. In loads of their own (a drag moves
 *   the site's view, which MapLibre must then follow: it would change (b)), a real mouse drag
 *   (CDP input events) starts as soon as `data-map-ready` is seen and is repeated every frame until
 *   the view has moved: the static map's `cm-svg-view` transform, Leaflet's map pane transform,
 *   MapLibre's centre (`data-view` on the bare page). Target: no later than on the Leaflet page.
 *
 * Bytes are those of the files the browser actually fetched (the static server's request log, so
 * the MapLibre worker's requests are seen too), raw and gzip (level 9). Times are taken inside the
 * page with `performance.now()` (navigation-relative) by a MutationObserver the benchmark injects,
 * over rotating runs (site, MapLibre, Leaflet; then MapLibre, Leaflet, site; …) in fresh browser
 * contexts, after one warm-up each. Phases (resource timing, canvas creation, time blocked in
 * WebGL shader compile/link calls) say where a difference comes from. JS heap: CDP
 * `Runtime.getHeapUsage`, main thread, no forced GC. One more, untimed, load of the site checks
 * that its places are really clickable at `data-map-ready` (hit test + a real click that must open
 * the place card), and the same for the Leaflet page (popup).
 *
 * Targets are reported as information, never asserted: the exit code is 0.
 *
 * Options: `--runs <int>` timed runs per page (default 15); `--raster gpu|software` how Chromium
 * rasterizes page content (default gpu, its own default). See bench/README.md.
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
  WEBGL_READY,
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
  /**
   * How Chromium rasterizes page content: `gpu` (its default; with no GPU here that is Skia on
   * SwiftShader, which compiles a shader program on the CPU for each new kind of drawing) or
   * `software` (`--disable-gpu-rasterization`: Skia on the CPU, as Chromium does on devices
   * whose GPU it does not trust). WebGL is SwiftShader either way. @defaultValue 'gpu'
   */
  raster?: 'gpu' | 'software';
}

/** The three pages: the site and its two floors. */
export type PageLabel = 'site' | 'maplibre' | 'leaflet';

const TITLES: Readonly<Record<PageLabel, string>> = { site: 'site', maplibre: 'bare MapLibre', leaflet: 'bare Leaflet' };

/** What the injected page script records (`window.__cmBenchPage`). */
interface BenchState {
  readyMs?: number;
  /** The first animation frame after readiness began (what is ready is painted in that frame). */
  frameMs?: number;
  webglMs?: number;
  canvasMs?: number;
  /** WebGL programs linked. */
  programs: number;
  /** ms spent inside compileShader, linkProgram, getShaderParameter and getProgramParameter. */
  shaderMs: number;
  /** ms spent inside `getContext('webgl' | 'webgl2' | 'experimental-webgl')`, and its value at readiness. */
  contextMs: number;
  contextMsAtReady?: number;
  /** Long tasks (> 50 ms) of the main thread: [start, duration], ms. */
  longTasks: Array<[number, number]>;
}

/** One page load, times in ms from navigation start (the page's `performance.now()`). */
export interface PageRun {
  /** `data-map-ready` appeared on `<body>`: places visible and clickable. */
  readyMs: number;
  /** The next animation frame began (readiness is in the DOM; this frame paints it). */
  frameMs: number;
  /** `data-renderer="webgl"` appeared on `<body>` (site only; NaN on the floors). */
  webglMs: number;
  /** The HTML document's last byte arrived. */
  htmlMs: number;
  /** First contentful paint (text, SVG or map), NaN if Chromium reported none. */
  fcpMs: number;
  /** The last file of the static path (JS/CSS the entry needs, without lazy chunks or the worker) arrived. */
  codeMs: number;
  /** The last lazily loaded JS/CSS file (the site's MapLibre chunk) arrived; NaN if none. */
  lazyCodeMs: number;
  /** The last `data/` file requested before readiness arrived (from the page's resource timing). */
  dataMs: number;
  /** MapLibre's canvas was inserted: the map was constructed (NaN on the Leaflet page). */
  canvasMs: number;
  /** Main-thread JS heap in use when the benchmark saw `data-map-ready`, bytes (no forced GC). */
  heapReadyBytes: number;
  /** The same when it saw `data-renderer="webgl"` (site only; NaN on the floors). */
  heapWebglBytes: number;
  /** CSS px of the map (MapLibre canvas, else Leaflet container, else static map). */
  mapSize: { width: number; height: number };
  /** WebGL programs linked by the end of the load. */
  programs: number;
  /** ms the main thread spent in WebGL shader compile/link calls (blocking on software WebGL). */
  shaderMs: number;
  /** ms the main thread spent creating WebGL contexts (`getContext`) before `data-map-ready`. */
  contextMsBeforeReady: number;
  /** ms of main-thread long tasks (> 50 ms) before `data-map-ready`. */
  longTaskMsBeforeReady: number;
  /** ms of long tasks between `data-map-ready` and the WebGL takeover, and the longest (site only; NaN on the floors). */
  longTaskMsTakeover: number;
  longestTaskTakeover: number;
}

/** A file the page fetched. */
export interface FetchedFile {
  /** Path relative to the build's root, e.g. `assets/index-abc.js`. */
  path: string;
  kind: 'js' | 'css' | 'html' | 'data' | 'font' | 'other';
  raw: number;
  gzip: number;
  /** Needed before places are visible: HTML and, on the site, the static path's JS/CSS (no lazy chunk, no worker); on the floors all JS/CSS. */
  initial: boolean;
}

/** What was measured for one page. */
export interface PageResult {
  label: PageLabel;
  dir: string;
  files: FetchedFile[];
  runs: PageRun[];
  /** JS and CSS files in the build's assets/ that the page did not fetch. */
  unfetched: string[];
  /** Loads in which the benchmark dragged the map as soon as it was ready, one per round. */
  drags: DragRun[];
}

/** One load of {@link measureDrag}, times in ms from navigation start. */
export interface DragRun {
  /** `data-map-ready` appeared. */
  readyMs: number;
  /** The first mouse button press reached the page. */
  pressMs: number;
  /** The map's view first changed after readiness: the map answered a drag. NaN if it never did. */
  movedMs: number;
  /** Drags made until one moved the map. */
  attempts: number;
}

const DEFAULTS = { runs: 15, readyTimeoutMs: 60_000, raster: 'gpu' as const };

/** Issue 3's target: no more than this many times the bare MapLibre page, on bytes and on time. */
const TARGET_MAPLIBRE = 1.3;
/** Issue 5's target: places visible and clickable no later than on the bare Leaflet page. */
const TARGET_LEAFLET = 1.0;
/** Issue 11's targets: the map answers a drag no later than Leaflet's; WebGL takes over within 1.3 times the bare MapLibre page's time. */
const TARGET_DRAG = 1.0;
const TARGET_TAKEOVER = 1.3;
/** How many drags a load may try before the benchmark gives up on it (one per frame). */
const MAX_DRAGS = 200;

const SEED_PLACES = 'data/geo/haftar-macron-2019-05-13.geojson';
const SEED_ARTICLE = 'data/articles/haftar-macron-2019-05-13.json';
const BASEMAP = 'data/basemap.geojson';
const WORKER = /maplibre-gl-worker[^/]*\.mjs$/;

/** Name of the value the injected observer leaves on `window`; benchmark only, not the page's. */
const READY_GLOBAL = '__cmBenchPage';

/**
 * Builds the three pages, measures them and prints the tables. Returns what was measured.
 */
export async function runPageBench(options: PageBenchOptions = {}): Promise<PageResult[]> {
  const { runs, readyTimeoutMs, raster } = { ...DEFAULTS, ...options };
  const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
  const print = options.print ?? ((line: string) => console.log(line));
  const outRoot = join(root, 'test-results', 'bench');
  const dirs: Record<PageLabel, string> = { site: join(outRoot, 'site'), maplibre: join(outRoot, 'bare-maplibre'), leaflet: join(outRoot, 'bare-leaflet') };

  const t0 = performance.now();
  const siteBuildMs = await buildSite(root, dirs.site);
  const maplibreBuildMs = await buildBare(root, 'bare-maplibre', dirs.site, dirs.maplibre);
  const leafletBuildMs = await buildBare(root, 'bare-leaflet', dirs.site, dirs.leaflet);
  const staticPath = readStaticPath(dirs.site);
  print(
    `built in the same run: site ${(siteBuildMs / 1000).toFixed(1)} s -> ${relative(root, dirs.site)}/, ` +
      `bare MapLibre ${(maplibreBuildMs / 1000).toFixed(1)} s -> ${relative(root, dirs.maplibre)}/, ` +
      `bare Leaflet ${(leafletBuildMs / 1000).toFixed(1)} s -> ${relative(root, dirs.leaflet)}/`,
  );

  const log = createRequestLog();
  const labels: PageLabel[] = ['site', 'maplibre', 'leaflet'];
  const servers = {} as Record<PageLabel, { name: string; server: StaticServer }>;
  for (const label of labels) servers[label] = { name: label, server: await startStaticServer({ name: label, root: dirs[label], log }) };
  const browser = await launchBrowser({ args: raster === 'software' ? ['--disable-gpu-rasterization'] : [] });
  try {
    const webgl = await describeWebGL(browser);
    const loadBefore = loadavg()[0] as number;
    print(`node ${process.version}, Chromium ${browser.version()} (headless, /usr/bin/chromium), playwright-core ${readPlaywrightVersion(root)}, leaflet ${readPackageVersion(root, 'leaflet')}, maplibre-gl ${readPackageVersion(root, 'maplibre-gl')}`);
    print(
      `machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, no GPU: WebGL is software (${webgl}); ` +
        'absolute times are slow here, the ratios are what carries over',
    );
    print(
      raster === 'software'
        ? 'page raster: software (--disable-gpu-rasterization): Skia draws page content on the CPU; WebGL is still SwiftShader'
        : 'page raster: Chromium default, GPU raster, which here is Skia on SwiftShader (every new kind of drawing compiles a shader on the CPU); `--raster software` measures with CPU raster',
    );

    // Warm-ups: one per page, untimed; they also record what each page fetches (the site's up to
    // the WebGL takeover, so the MapLibre chunk and worker are seen) and the site's map size,
    // which the floors then take so all three draw the same number of pixels.
    const siteWarm = await loadPage(browser, servers.site, log, { query: '', readyTimeoutMs, staticPath, waitWebgl: true, screenshots: { ready: join(outRoot, 'site-svg.png'), webgl: join(outRoot, 'site.png') } });
    const size = `${siteWarm.run.mapSize.width}x${siteWarm.run.mapSize.height}`;
    const query = `?size=${size}`;
    const maplibreWarm = await loadPage(browser, servers.maplibre, log, { query, readyTimeoutMs, screenshots: { ready: join(outRoot, 'bare-maplibre.png') } });
    const leafletWarm = await loadPage(browser, servers.leaflet, log, { query, readyTimeoutMs, screenshots: { ready: join(outRoot, 'bare-leaflet.png') } });

    const results = {} as Record<PageLabel, PageResult>;
    for (const [label, warm] of [['site', siteWarm], ['maplibre', maplibreWarm], ['leaflet', leafletWarm]] as const) {
      const files = describeFetched(dirs[label], warm.paths, label === 'site' ? staticPath : null);
      results[label] = { label, dir: dirs[label], files, runs: [], unfetched: listUnfetchedCode(dirs[label], files), drags: [] };
    }
    const missing = [...staticPath].filter((p) => !results.site.files.some((f) => f.path === p));
    if (missing.length > 0) throw new Error(`the site's static path (from the manifest) has files the page did not fetch: ${missing.join(', ')}`);

    // Rotating order: each page follows each other page equally often, so the teardown of the
    // previous context and busy spells of the machine fall on all three alike.
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < labels.length; j++) {
        const label = labels[(i + j) % labels.length] as PageLabel;
        const run = label === 'site'
          ? await loadPage(browser, servers.site, log, { query: '', readyTimeoutMs, staticPath, waitWebgl: true })
          : await loadPage(browser, servers[label], log, { query, readyTimeoutMs });
        results[label].runs.push(run.run);
      }
      // Then a drag on each, in the same rotation, in loads of their own.
      for (let j = 0; j < labels.length; j++) {
        const label = labels[(i + j) % labels.length] as PageLabel;
        results[label].drags.push(await measureDrag(browser, servers[label], label, label === 'site' ? '' : query, readyTimeoutMs));
      }
    }
    const loadAfter = loadavg()[0] as number;

    // Not timed: are the site's places really clickable the moment it says so?
    const siteCheck = await checkClickable(browser, servers.site, '', readyTimeoutMs, {
      places: '.cm-static-map .cm-svg-place',
      target: ':scope > g',
      card: '.cm-card__title',
    });
    const leafletCheck = await checkClickable(browser, servers.leaflet, query, readyTimeoutMs, {
      places: '.leaflet-overlay-pane path.leaflet-interactive',
      target: null,
      card: '.leaflet-popup-content',
    });

    const { site, maplibre, leaflet } = results;
    print('');
    printBytes(print, site, maplibre, leaflet);
    print('');
    printOrigins(print, site, maplibre, leaflet);
    print('');
    printTimes(print, site, maplibre, leaflet, runs);
    print(
      `1-minute load average ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores` +
        (Math.max(loadBefore, loadAfter) > availableParallelism() - 0.5 ? ': the machine was busy, so times are noisy; the rotating order spreads that over all three pages.' : '.'),
    );
    print('');
    print(`clickable at readiness (1 more load each, not timed; map ${size} CSS px):`);
    print(`  site:         ${describeCheck(siteCheck, 'place card')}`);
    print(`  bare Leaflet: ${describeCheck(leafletCheck, 'popup')}`);
    print('');
    printVerdict(print, site, maplibre, leaflet);
    printIssue11(print, site, maplibre, leaflet);
    print(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    return labels.map((label) => results[label]);
  } finally {
    await browser.close();
    await Promise.all(labels.map((label) => servers[label].server.close()));
  }
}

/**
 * Builds the site with the project's config into its own folder (not dist/, which tests use),
 * with a manifest so that the static path (entry + static imports) can be told from lazy chunks.
 */
async function buildSite(root: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  // The seed site, whatever the shell says: CM_CONTENT_DIR builds another content folder.
  delete process.env.CM_CONTENT_DIR;
  await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // No "[PLUGIN_TIMINGS]" advice from Rolldown in the benchmark's output: build time is not measured here.
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 5000, manifest: true, rolldownOptions: { checks: { bundlerTimings: false } } },
  });
  return performance.now() - t0;
}

/**
 * Builds bench/<name>/ with the site's build target and copies the seed's places and the basemap
 * (and, for the MapLibre page, the article, whose parties colour the symbols) from the site's
 * build, so all pages load the very same data. Fonts come from public/ (the bare MapLibre page's
 * labels use them; the Leaflet page draws no text).
 */
async function buildBare(root: string, name: 'bare-maplibre' | 'bare-leaflet', siteDir: string, outDir: string): Promise<number> {
  const t0 = performance.now();
  await build({
    root: join(root, 'bench', name),
    configFile: false,
    base: './',
    publicDir: name === 'bare-maplibre' ? join(root, 'public') : false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 5000 },
  });
  for (const path of name === 'bare-maplibre' ? [SEED_PLACES, BASEMAP, SEED_ARTICLE] : [SEED_PLACES, BASEMAP]) {
    mkdirSync(dirname(join(outDir, path)), { recursive: true });
    copyFileSync(join(siteDir, path), join(outDir, path));
  }
  return performance.now() - t0;
}

interface ManifestChunk {
  file: string;
  css?: string[];
  imports?: string[];
}

/**
 * The site's static path: JS and CSS of the `index.html` entry and, recursively, of its static
 * imports (not `dynamicImports`: the MapLibre chunk, nor the worker it references).
 */
function readStaticPath(siteDir: string): Set<string> {
  const manifestPath = join(siteDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;
  const paths = new Set<string>();
  const seen = new Set<string>();
  const walk = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    paths.add(chunk.file);
    for (const css of chunk.css ?? []) paths.add(css);
    for (const imported of chunk.imports ?? []) walk(imported);
  };
  if (!manifest['index.html']) throw new Error(`${manifestPath}: no "index.html" entry (keys: ${Object.keys(manifest).join(', ')})`);
  walk('index.html');
  return paths;
}

interface LoadOptions {
  query: string;
  readyTimeoutMs: number;
  /** The site's static path (manifest); for the floors every JS/CSS file but the worker is initial. */
  staticPath?: ReadonlySet<string>;
  /** Also wait for `data-renderer="webgl"` (the site's MapLibre takeover). */
  waitWebgl?: boolean;
  screenshots?: { ready?: string; webgl?: string };
}

/**
 * Loads a page in a fresh context (empty cache; the server also says no-store) and waits for
 * readiness (and, for the site, the WebGL takeover). Returns the run and the paths the server
 * answered for it.
 */
async function loadPage(
  browser: Browser,
  target: { name: string; server: StaticServer },
  log: RequestLog,
  options: LoadOptions,
): Promise<{ run: PageRun; paths: string[] }> {
  const { name, server } = target;
  const harness = await newPage(browser);
  try {
    const { page } = harness;
    // No named inner functions in page code: tsx would wrap them in a `__name` helper the page lacks.
    await page.addInitScript((globalName: string) => {
      const state: BenchState = { programs: 0, shaderMs: 0, contextMs: 0, longTasks: [] };
      (window as unknown as Record<string, unknown>)[globalName] = state;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask', buffered: true });
      // Creating the first WebGL context starts software GL in the GPU process and the page waits.
      const getContext = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
      (HTMLCanvasElement.prototype as unknown as Record<string, unknown>).getContext = function (this: HTMLCanvasElement, ...args: unknown[]): unknown {
        const t0 = performance.now();
        try {
          return getContext.apply(this, args);
        } finally {
          if (typeof args[0] === 'string' && args[0].includes('webgl')) state.contextMs += performance.now() - t0;
        }
      };
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
        if (state.readyMs === undefined && document.body?.hasAttribute('data-map-ready')) {
          state.readyMs = performance.now();
          state.contextMsAtReady = state.contextMs;
          requestAnimationFrame(() => {
            state.frameMs = performance.now();
          });
        }
        if (state.webglMs === undefined && document.body?.dataset.renderer === 'webgl') state.webglMs = performance.now();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready', 'data-renderer'] });
    }, READY_GLOBAL);
    const cdp = await harness.context.newCDPSession(page);
    const since = log.entries.length;
    const heap = async (): Promise<number> => ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;

    await page.goto(`${server.url}${options.query}`, { waitUntil: 'commit' });
    await waitForMapReady(harness, options.readyTimeoutMs);
    const heapReadyBytes = await heap();
    if (options.screenshots?.ready) await page.screenshot({ path: options.screenshots.ready });
    let heapWebglBytes = Number.NaN;
    if (options.waitWebgl) {
      await waitForMapReady(harness, options.readyTimeoutMs, WEBGL_READY);
      heapWebglBytes = await heap();
      if (options.screenshots?.webgl) await page.screenshot({ path: options.screenshots.webgl });
    }
    await page.waitForFunction((globalName: string) => (window as unknown as Record<string, BenchState>)[globalName]?.frameMs !== undefined, READY_GLOBAL, { timeout: options.readyTimeoutMs });
    // A page can be ready before its first contentful paint is reported (Leaflet's markers are
    // painted after it): wait for the paint, a while. A page drawn only in WebGL never reports one.
    await page.waitForFunction(() => window.performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 5000 }).catch(() => undefined);
    const timing = await page.evaluate(
      ({ globalName, staticPath }: { globalName: string; staticPath: string[] | null }) => {
        const state = (window as unknown as Record<string, BenchState>)[globalName] as BenchState;
        const readyMs = state.readyMs ?? Number.NaN;
        const nav = window.performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        let codeMs = 0;
        let lazyCodeMs = Number.NaN;
        let dataMs = 0;
        for (const entry of window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
          const path = new URL(entry.name).pathname;
          // The worker script is fetched only once the map is constructed: in no code phase.
          if (/\.(m?js|css)$/.test(path) && !/maplibre-gl-worker[^/]*\.mjs$/.test(path)) {
            const initial = staticPath === null || staticPath.some((p) => path.endsWith(`/${p}`));
            if (initial) codeMs = Math.max(codeMs, entry.responseEnd);
            else lazyCodeMs = Number.isNaN(lazyCodeMs) ? entry.responseEnd : Math.max(lazyCodeMs, entry.responseEnd);
          }
          if (path.includes('/data/') && entry.startTime < readyMs) dataMs = Math.max(dataMs, entry.responseEnd);
        }
        const map = document.querySelector('canvas.maplibregl-canvas') ?? document.querySelector('.leaflet-container') ?? document.querySelector('.cm-static-map');
        const rect = map?.getBoundingClientRect();
        const webglMs = state.webglMs ?? Number.NaN;
        let longTaskMsBeforeReady = 0;
        let longTaskMsTakeover = 0;
        let longestTaskTakeover = 0;
        for (const [start, duration] of state.longTasks) {
          // A task is charged to the phase it starts in: readiness is set inside a task.
          if (start < readyMs) longTaskMsBeforeReady += duration;
          else if (start < webglMs) {
            longTaskMsTakeover += duration;
            longestTaskTakeover = Math.max(longestTaskTakeover, duration);
          }
        }
        return {
          readyMs,
          frameMs: state.frameMs ?? Number.NaN,
          webglMs: state.webglMs ?? Number.NaN,
          canvasMs: state.canvasMs ?? Number.NaN,
          htmlMs: nav.responseEnd,
          fcpMs: window.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
          codeMs,
          lazyCodeMs,
          dataMs,
          mapSize: { width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0) },
          programs: state.programs,
          shaderMs: state.shaderMs,
          contextMsBeforeReady: state.contextMsAtReady ?? Number.NaN,
          longTaskMsBeforeReady,
          longTaskMsTakeover: Number.isNaN(webglMs) ? Number.NaN : longTaskMsTakeover,
          longestTaskTakeover: Number.isNaN(webglMs) ? Number.NaN : longestTaskTakeover,
        };
      },
      { globalName: READY_GLOBAL, staticPath: options.staticPath ? [...options.staticPath] : null },
    );
    const problems = [...harness.pageErrors, ...harness.failedRequests, ...harness.httpErrors, ...harness.externalRequests];
    if (problems.length > 0) throw new Error(`${server.url}${options.query} loaded with problems:\n  ${problems.join('\n  ')}`);

    const prefix = new URL(server.url).pathname;
    const paths = log.entries
      .slice(since)
      .filter((e) => e.status === 200 && e.method === 'GET' && e.server === name)
      .filter((e) => e.path.startsWith(prefix))
      .map((e) => decodeURIComponent((e.path.split('?')[0] as string).slice(prefix.length)) || 'index.html');
    return { run: { ...timing, heapReadyBytes, heapWebglBytes }, paths };
  } finally {
    await harness.close();
  }
}

/** Where each page shows its view, for {@link measureDrag}: the map's element, and what changes when it moves. */
const DRAG_TARGETS: Readonly<Record<PageLabel, { map: string; view: 'svg' | 'leaflet' | 'maplibre' }>> = {
  site: { map: '#cm-static-map', view: 'svg' },
  leaflet: { map: '#cm-bare-map', view: 'leaflet' },
  maplibre: { map: '#cm-bare-map', view: 'maplibre' },
};

/**
 * One load in which the map is dragged as soon as it says it is ready: a real mouse drag (press,
 * 4 moves over 60 × 45 CSS px, release; CDP input events, which wait for the page to take them)
 * from a point in the map's lower right part, repeated after the next frame until the view has
 * moved. The page records, from navigation start, when it saw readiness, the first press, and
 * the first change of its view after readiness: the static map's `cm-svg-view` transform, the
 * Leaflet map pane's transform, or MapLibre's centre (`data-view` on the bare page).
 */
async function measureDrag(browser: Browser, target: { server: StaticServer }, label: PageLabel, query: string, readyTimeoutMs: number): Promise<DragRun> {
  const harness = await newPage(browser);
  const { map, view } = DRAG_TARGETS[label];
  try {
    const { page } = harness;
    // No named inner functions in page code: tsx would wrap them in a `__name` helper the page lacks.
    await page.addInitScript(({ globalName, kind }: { globalName: string; kind: string }) => {
      const state: { readyMs?: number; pressMs?: number; movedMs?: number; base?: string } = {};
      (window as unknown as Record<string, unknown>)[globalName] = state;
      new MutationObserver(() => {
        if (state.movedMs !== undefined) return;
        const signature =
          kind === 'svg'
            ? (document.querySelector('#cm-static-map .cm-svg-view')?.getAttribute('transform') ?? '')
            : kind === 'leaflet'
              ? ((document.querySelector('.leaflet-map-pane') as HTMLElement | null)?.style.transform ?? '')
              : (document.body?.dataset.view ?? '');
        if (state.readyMs === undefined) {
          if (!document.body?.hasAttribute('data-map-ready')) return;
          state.readyMs = performance.now();
          state.base = signature;
        } else if (signature !== state.base) state.movedMs = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
      document.addEventListener('mousedown', (event) => {
        if (event.isTrusted && state.pressMs === undefined) state.pressMs = performance.now();
      }, true);
    }, { globalName: READY_GLOBAL, kind: view });
    await page.goto(`${target.server.url}${query}`, { waitUntil: 'commit' });
    await waitForMapReady(harness, readyTimeoutMs);
    const box = await page.locator(map).boundingBox();
    if (!box) throw new Error(`${target.server.url}${query}: no ${map} to drag`);
    const from = { x: box.x + box.width * 0.8, y: box.y + box.height * 0.85 };
    const moved = (): Promise<boolean> => page.evaluate((globalName: string) => (window as unknown as Record<string, { movedMs?: number }>)[globalName]?.movedMs !== undefined, READY_GLOBAL);
    let attempts = 0;
    while (attempts < MAX_DRAGS) {
      attempts += 1;
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x - 60, from.y - 45, { steps: 4 });
      await page.mouse.up();
      if (await moved()) break;
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
      // MapLibre moves its view in the next frame: a drag that reached it counts once that frame is done.
      if (await moved()) break;
    }
    const state = await page.evaluate((globalName: string) => (window as unknown as Record<string, { readyMs?: number; pressMs?: number; movedMs?: number }>)[globalName] ?? {}, READY_GLOBAL);
    const problems = [...harness.pageErrors, ...harness.failedRequests, ...harness.httpErrors, ...harness.externalRequests];
    if (problems.length > 0) throw new Error(`${target.server.url}${query} (drag) loaded with problems:\n  ${problems.join('\n  ')}`);
    return { readyMs: state.readyMs ?? Number.NaN, pressMs: state.pressMs ?? Number.NaN, movedMs: state.movedMs ?? Number.NaN, attempts };
  } finally {
    await harness.close();
  }
}

/** What {@link checkClickable} found. */
interface ClickCheck {
  /** `data-renderer` on `<body>` at `data-map-ready` (`svg` for the site's static map). */
  rendererAtReady: string | null;
  places: number;
  /** Places whose element is the topmost at its centre at the moment of `data-map-ready`. */
  hit: string[];
  missed: string[];
  clicked: string;
  /** ms from `data-map-ready` to the click event, and `data-renderer` then. */
  clickAfterReadyMs: number;
  /** ms the click event waited for the main thread before its first listener ran. */
  inputDelayMs: number;
  rendererAtClick: string | null;
  /** ms from the click to the card/popup appearing, and its text; NaN / null if it never did. */
  cardAfterClickMs: number;
  cardText: string | null;
}

/**
 * One untimed load: at the moment `data-map-ready` appears, hit-tests the centre of every place
 * (`document.elementFromPoint`: nothing covers it); then, as soon as the benchmark sees the
 * attribute, clicks the first place with a real (Playwright) mouse click and waits for the card.
 */
async function checkClickable(
  browser: Browser,
  target: { server: StaticServer },
  query: string,
  readyTimeoutMs: number,
  selectors: { places: string; target: string | null; card: string },
): Promise<ClickCheck> {
  const harness = await newPage(browser);
  try {
    const { page } = harness;
    await page.addInitScript(({ globalName, places, targetSelector, card }: { globalName: string; places: string; targetSelector: string | null; card: string }) => {
      const state: Record<string, unknown> = { hit: [], missed: [] };
      (window as unknown as Record<string, unknown>)[globalName] = state;
      const observer = new MutationObserver(() => {
        if (state.readyMs === undefined && document.body?.hasAttribute('data-map-ready')) {
          state.readyMs = performance.now();
          state.rendererAtReady = document.body.dataset.renderer ?? null;
          const elements = [...document.querySelectorAll(places)];
          state.places = elements.length;
          elements.forEach((element, i) => {
            const shape = (targetSelector ? element.querySelector(targetSelector) : null) ?? element;
            const box = shape.getBoundingClientRect();
            const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
            const id = (element as HTMLElement).dataset.place ?? `marker ${i + 1}`;
            if (top && element.contains(top)) (state.hit as string[]).push(id);
            else {
              const owner = (top?.closest('[data-place]') as HTMLElement | null)?.dataset.place;
              const classed = top?.closest('[class]');
              const what = top
                ? `<${top.tagName.toLowerCase()}>${owner ? ` of ${owner}` : ''}${classed ? ` in <${classed.tagName.toLowerCase()} class="${classed.getAttribute('class')}">` : ''}`
                : 'nothing';
              (state.missed as string[]).push(`${id} (on top: ${what})`);
            }
          });
        }
        if (state.clickMs !== undefined && state.cardMs === undefined) {
          const title = document.querySelector(card);
          if (title) {
            state.cardMs = performance.now();
            state.cardText = title.textContent;
          }
        }
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      document.addEventListener(
        'click',
        (event) => {
          if (!event.isTrusted || state.clickMs !== undefined) return;
          const now = performance.now();
          state.clickMs = now;
          // timeStamp: when the browser made the event; the gap is time waiting for the main thread.
          state.inputDelayMs = now - event.timeStamp;
          state.rendererAtClick = document.body.dataset.renderer ?? null;
        },
        true,
      );
    }, { globalName: READY_GLOBAL, places: selectors.places, targetSelector: selectors.target, card: selectors.card });
    await page.goto(`${target.server.url}${query}`, { waitUntil: 'commit' });
    await waitForMapReady(harness, readyTimeoutMs);
    const first = page.locator(selectors.places).first();
    const clicked = (await first.getAttribute('data-place')) ?? 'marker 1';
    await (selectors.target ? first.locator(selectors.target) : first).click({ timeout: 5000 });
    await page.waitForSelector(selectors.card, { state: 'visible', timeout: 5000 }).catch(() => undefined);
    await page.waitForFunction((globalName: string) => (window as unknown as Record<string, Record<string, unknown>>)[globalName]?.cardMs !== undefined, READY_GLOBAL, { timeout: 1000 }).catch(() => undefined);
    const state = await page.evaluate((globalName: string) => (window as unknown as Record<string, Record<string, unknown>>)[globalName] as Record<string, unknown>, READY_GLOBAL);
    const num = (key: string): number => (typeof state[key] === 'number' ? (state[key] as number) : Number.NaN);
    return {
      rendererAtReady: (state.rendererAtReady as string | null | undefined) ?? null,
      places: num('places'),
      hit: state.hit as string[],
      missed: state.missed as string[],
      clicked,
      clickAfterReadyMs: num('clickMs') - num('readyMs'),
      inputDelayMs: num('inputDelayMs'),
      rendererAtClick: (state.rendererAtClick as string | null | undefined) ?? null,
      cardAfterClickMs: num('cardMs') - num('clickMs'),
      cardText: typeof state.cardText === 'string' ? state.cardText.trim() : null,
    };
  } finally {
    await harness.close();
  }
}

/** The verdict is the click's (the card opened); the hit test is reported beside it. */
function describeCheck(check: ClickCheck, card: string): string {
  return (
    `${check.cardText !== null ? 'CLICKABLE' : 'NOT CLICKABLE'}: a real click on "${check.clicked}" as soon as the benchmark saw data-map-ready` +
    (check.rendererAtReady ? ` (data-renderer="${check.rendererAtReady}")` : '') +
    (check.cardText !== null ? ` opened the ${card} "${check.cardText}"` : ` opened no ${card}`) +
    ` (click event ${ms(check.clickAfterReadyMs)} ms after data-map-ready, of which ${ms(check.inputDelayMs)} ms waiting for the main thread` +
    (check.rendererAtClick ? `, data-renderer "${check.rendererAtClick}" then` : '') +
    (check.cardText !== null ? `; ${card} ${ms(check.cardAfterClickMs)} ms after the click)` : ')') +
    `; hit test at the moment of data-map-ready: ${check.hit.length}/${check.places} places on top at the centre of their symbol` +
    (check.missed.length > 0 ? ` (not: ${check.missed.join(', ')})` : '')
  );
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
function describeFetched(dir: string, paths: readonly string[], staticPath: ReadonlySet<string> | null): FetchedFile[] {
  return [...new Set(paths)].sort().map((path) => {
    const bytes = readFileSync(join(dir, path));
    const kind = KIND_BY_EXT[extname(path).toLowerCase()] ?? 'other';
    // The floors load all their code up front (the worker too, before they can draw anything).
    const initial = staticPath === null ? ['js', 'css', 'html'].includes(kind) : kind === 'html' || staticPath.has(path);
    return { path, kind, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, initial };
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

const bytesCell = (t: { raw: number; gzip: number; count: number }): string => `${kb(t.raw)} / ${kb(t.gzip)} (${t.count})`;

function printBytes(print: (line: string) => void, site: PageResult, maplibre: PageResult, leaflet: PageResult): void {
  print('bytes fetched by each page (server log of the warm-up load; sizes of the files served): kB raw / kB gzip (files); gzip = zlib level 9; kB = 1000 bytes');
  const groups: Array<[string, Array<FetchedFile['kind']>]> = [
    ['JS', ['js']],
    ['CSS', ['css']],
    ['JS + CSS', ['js', 'css']],
    ['HTML', ['html']],
    ['data (JSON)', ['data']],
    ['fonts', ['font']],
    ['other', ['other']],
    ['everything', ['js', 'css', 'html', 'data', 'font', 'other']],
  ];
  const header = ['', 'site, before places visible', 'site, all (+ MapLibre chunk, worker)', 'bare MapLibre (all; incl. worker)', 'bare Leaflet (all)'];
  const siteInitial = site.files.filter((f) => f.initial);
  const rows = groups.map(([label, kinds]) => [
    label,
    kinds.every((k) => k === 'js' || k === 'css' || k === 'html') ? bytesCell(total(siteInitial, kinds)) : '',
    bytesCell(total(site.files, kinds)),
    bytesCell(total(maplibre.files, kinds)),
    bytesCell(total(leaflet.files, kinds)),
  ]);
  for (const line of formatTable([header, ...rows])) print(line);
  print('"site, before places visible" = the static path: index.html (which carries the static SVG map) and the JS/CSS of the entry and its static imports (build manifest); not the MapLibre chunk, not the worker.');
  for (const result of [site, maplibre, leaflet]) {
    const code = result.files.filter((f) => f.kind === 'js' || f.kind === 'css');
    const tag = (f: FetchedFile): string => (result.label === 'site' ? (f.initial ? ' [static path]' : ' [lazy]') : '');
    print(`${TITLES[result.label]} JS/CSS: ${code.map((f) => `${f.path} (${kb(f.raw)} / ${kb(f.gzip)} gz)${tag(f)}`).join(', ')}`);
    print(`${TITLES[result.label]} other: ${result.files.filter((f) => !code.includes(f)).map((f) => `${f.path} (${kb(f.raw)})`).join(', ')}`);
    if (result.unfetched.length > 0) print(`${TITLES[result.label]}: built but not fetched (not counted): ${result.unfetched.join(', ')}`);
  }
  const siteWorker = site.files.find((f) => WORKER.test(f.path));
  const bareWorker = maplibre.files.find((f) => WORKER.test(f.path));
  if (siteWorker && bareWorker) {
    print(`the MapLibre worker (${kb(siteWorker.raw)} raw, ${kb(siteWorker.gzip)} gzip) is counted in the site's total and the bare MapLibre page${siteWorker.raw === bareWorker.raw ? ' (the same file)' : ''}.`);
  }
}

/**
 * Where the pages' JS bytes come from, by source (decoded from the builds' sourcemaps): each
 * generated character is charged to the source of the mapping it falls under. The site's JS is
 * split into its static path and its lazy chunks.
 */
function printOrigins(print: (line: string) => void, site: PageResult, maplibre: PageResult, leaflet: PageResult): void {
  const origins = (result: PageResult, keep: (f: FetchedFile) => boolean): Map<string, number> => {
    const byOrigin = new Map<string, number>();
    for (const file of result.files.filter((f) => f.kind === 'js' && !WORKER.test(f.path) && keep(f))) {
      let map: SourceMap;
      try {
        map = JSON.parse(readFileSync(join(result.dir, `${file.path}.map`), 'utf8')) as SourceMap;
      } catch {
        continue;
      }
      const code = readFileSync(join(result.dir, file.path), 'utf8');
      for (const [source, bytes] of chargeSources(code, map)) byOrigin.set(groupSource(source), (byOrigin.get(groupSource(source)) ?? 0) + bytes);
    }
    return byOrigin;
  };
  const columns = [origins(site, (f) => f.initial), origins(site, (f) => !f.initial), origins(maplibre, () => true), origins(leaflet, () => true)];
  const size = (name: string): number => sum(columns.map((c) => c.get(name) ?? 0));
  const names = [...new Set(columns.flatMap((c) => [...c.keys()]))].sort((x, y) => size(y) - size(x));
  print('JS by origin, raw kB (from the sourcemaps; the worker is not in them; "unmapped" is glue code)');
  const rows = names.map((name) => [name, ...columns.map((c) => kb(c.get(name) ?? 0))]);
  for (const line of formatTable([['origin', 'site static path', 'site lazy chunk', 'bare MapLibre', 'bare Leaflet'], ...rows])) print(line);
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

/** `median (min–max)` of the finite values, `-` if none. */
function spread(values: readonly number[], format: (x: number) => string = ms): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '-';
  return `${format(median(finite))} (${format(Math.min(...finite))}–${format(Math.max(...finite))})`;
}

function printTimes(print: (line: string) => void, site: PageResult, maplibre: PageResult, leaflet: PageResult, runs: number): void {
  print(`time from navigation start, ms: median (min–max) of ${runs} runs each, rotating site/MapLibre/Leaflet, fresh context each, after 1 warm-up each`);
  const pages = [site, maplibre, leaflet];
  const rows: string[][] = [];
  const row = (label: string, f: (r: PageRun, page: PageLabel) => number, format: (x: number) => string = ms): void => {
    rows.push([label, ...pages.map((p) => spread(p.runs.map((r) => f(r, p.label)), format))]);
  };
  row('(a) places visible and clickable: data-map-ready', (r) => r.readyMs);
  row('    next animation frame after (a) began', (r) => r.frameMs);
  row('(a+) places painted and clickable: later of (a) and FCP', (r) => paintedAndClickable(r));
  row('(b) MapLibre drew every place', (r, p) => (p === 'site' ? r.webglMs : p === 'maplibre' ? r.readyMs : Number.NaN));
  row('    (b) - (a): static map alone on screen', (r, p) => (p === 'site' ? r.webglMs - r.readyMs : Number.NaN));
  row('  HTML received', (r) => r.htmlMs);
  row('  first contentful paint', (r) => r.fcpMs);
  row('  static-path JS/CSS received (no lazy chunk, no worker)', (r) => r.codeMs);
  row('  last data/ file received (requested before (a))', (r) => r.dataMs);
  row('  lazy MapLibre chunk received', (r) => r.lazyCodeMs);
  row('  MapLibre canvas created', (r) => r.canvasMs);
  row('  main thread in long tasks (> 50 ms) before (a)', (r) => r.longTaskMsBeforeReady);
  row('  in WebGL getContext calls before (a)', (r) => r.contextMsBeforeReady);
  row('  main thread in long tasks between (a) and (b)', (r) => r.longTaskMsTakeover);
  row('  longest task between (a) and (b)', (r) => r.longestTaskTakeover);
  row('  in WebGL shader compile/link calls', (r) => (r.programs > 0 ? r.shaderMs : Number.NaN));
  row('  WebGL programs linked', (r) => (r.programs > 0 ? r.programs : Number.NaN));
  row('JS heap at (a), MB', (r) => r.heapReadyBytes, mb);
  row('JS heap at (b), MB', (r, p) => (p === 'site' ? r.heapWebglBytes : p === 'maplibre' ? r.heapReadyBytes : Number.NaN), mb);
  for (const line of formatTable([['', 'site', 'bare MapLibre', 'bare Leaflet'], ...rows])) print(line);
  print(`site (a) runs, ms: ${site.runs.map((r) => ms(r.readyMs)).join(', ')}`);
  print(`site (b) runs, ms: ${site.runs.map((r) => ms(r.webglMs)).join(', ')}`);
  print(`bare MapLibre runs, ms: ${maplibre.runs.map((r) => ms(r.readyMs)).join(', ')}`);
  print(`bare Leaflet runs, ms: ${leaflet.runs.map((r) => ms(r.readyMs)).join(', ')}`);
  const size = (r: PageResult): string => `${r.runs[0]?.mapSize.width ?? 0}x${r.runs[0]?.mapSize.height ?? 0}`;
  print(
    `(a) is data-map-ready on each page: the site's static SVG map (data-renderer="svg"), MapLibre's idle with every place rendered, Leaflet's markers in the DOM. ` +
      `(b) is the site's data-renderer="webgl"; on the bare MapLibre page (a) and (b) are the same moment. ` +
      `Viewport 1280x800; map: site ${size(site)}, bare MapLibre ${size(maplibre)}, bare Leaflet ${size(leaflet)} CSS px. Phases are medians of each row, not a sum; ` +
      '"received" rows come from resource timing (the worker\'s own fetches are not in it); heap is the page\'s main thread only, read when the benchmark saw the attribute (MB = 10^6 bytes).',
  );
}

function printVerdict(print: (line: string) => void, site: PageResult, maplibre: PageResult, leaflet: PageResult): void {
  const verdict = (x: number, target: number): string => (x <= target ? 'MET' : 'NOT MET');
  const code: Array<FetchedFile['kind']> = ['js', 'css'];
  const siteInitial = total(site.files.filter((f) => f.initial), code);
  const siteAll = total(site.files, code);
  const bare = total(maplibre.files, code);
  const med = (r: PageResult, f: (run: PageRun) => number): number => median(r.runs.map(f));
  const siteA = med(site, (r) => r.readyMs);
  const siteB = med(site, (r) => r.webglMs);
  const bareReady = med(maplibre, (r) => r.readyMs);
  const leafletReady = med(leaflet, (r) => r.readyMs);
  const bytesLine = (label: string, s: { raw: number; gzip: number }): string => {
    const worst = Math.max(s.raw / bare.raw, s.gzip / bare.gzip);
    return `  ${label}: ${kb(s.raw)} / ${kb(s.gzip)} kB vs ${kb(bare.raw)} / ${kb(bare.gzip)} kB -> raw ${ratio(s.raw, bare.raw)}, gzip ${ratio(s.gzip, bare.gzip)}: ${verdict(worst, TARGET_MAPLIBRE)}`;
  };
  print(`issue 3: site vs bare MapLibre (all its JS + CSS incl. worker; its data-map-ready), target <= ${TARGET_MAPLIBRE}x on bytes and on time; information only`);
  print(bytesLine('bytes (a) JS + CSS before places are visible (site: static path)', siteInitial));
  const html = (r: PageResult): { raw: number; gzip: number } => total(r.files, ['html']);
  print(
    `    (not in the target: with the HTML, which carries the site's static SVG map, (a) is ${kb(siteInitial.raw + html(site).raw)} / ${kb(siteInitial.gzip + html(site).gzip)} kB ` +
      `vs ${kb(bare.raw + html(maplibre).raw)} / ${kb(bare.gzip + html(maplibre).gzip)} kB -> raw ${ratio(siteInitial.raw + html(site).raw, bare.raw + html(maplibre).raw)}, gzip ${ratio(siteInitial.gzip + html(site).gzip, bare.gzip + html(maplibre).gzip)})`,
  );
  print(bytesLine('bytes (b) JS + CSS in total (site: + lazy MapLibre chunk + worker)', siteAll));
  print(`  time (a) navigation -> places visible and clickable (site: data-map-ready, static SVG map), median: ${ms(siteA)} vs ${ms(bareReady)} ms -> ${ratio(siteA, bareReady)}: ${verdict(siteA / bareReady, TARGET_MAPLIBRE)}`);
  print(`  time (b) navigation -> MapLibre drew every place (site: data-renderer="webgl"), median: ${ms(siteB)} vs ${ms(bareReady)} ms -> ${ratio(siteB, bareReady)}: ${verdict(siteB / bareReady, TARGET_MAPLIBRE)}`);
  print(`issue 5: site vs bare Leaflet, target: no slower (<= ${TARGET_LEAFLET.toFixed(1)}x); information only`);
  print(`  time (a) navigation -> places clickable (site: data-map-ready, static SVG map; Leaflet: markers in the DOM), median: ${ms(siteA)} vs ${ms(leafletReady)} ms -> ${ratio(siteA, leafletReady)}: ${verdict(siteA / leafletReady, TARGET_LEAFLET)}`);
  const sitePainted = med(site, paintedAndClickable);
  const leafletPainted = med(leaflet, paintedAndClickable);
  print(`  time (a+) navigation -> places painted and clickable (later of (a) and first contentful paint), median: ${ms(sitePainted)} vs ${ms(leafletPainted)} ms -> ${ratio(sitePainted, leafletPainted)}: ${verdict(sitePainted / leafletPainted, TARGET_LEAFLET)}`);
  // The same comparison round by round: in each round the two pages load within seconds of each
  // other, so a busy spell of the machine weighs on both. Less sensitive to a few slow loads than
  // the ratio of the medians above.
  for (const [name, f] of [['(a)', (r: PageRun) => r.readyMs], ['(a+)', paintedAndClickable]] as const) {
    const paired = pairedRatios(site.runs.map(f), leaflet.runs.map(f));
    if (paired.length === 0) continue;
    const noSlower = paired.filter((x) => x <= TARGET_LEAFLET).length;
    print(`    ${name} round by round: median of the ${paired.length} per-round ratios ${median(paired).toFixed(2)}x; site no slower in ${noSlower} of ${paired.length} rounds`);
  }
}

/**
 * Issue 11: the map answers a drag (site vs bare Leaflet, target <= 1.0x) and the WebGL takeover
 * (site vs the bare MapLibre page that draws the same basemap, symbols, labels and font, target
 * <= 1.3x), overall and round by round.
 */
function printIssue11(print: (line: string) => void, site: PageResult, maplibre: PageResult, leaflet: PageResult): void {
  const verdict = (x: number, target: number): string => (x <= target ? 'MET' : 'NOT MET');
  print('');
  print(`map answers a drag (own loads, 1 per round each; a drag every frame from data-map-ready until the view moves): median (min–max), ms from navigation start`);
  const rows: string[][] = [];
  const row = (name: string, f: (d: DragRun) => number, format: (x: number) => string = ms): void => {
    rows.push([name, ...[site, maplibre, leaflet].map((p) => spread(p.drags.map(f), format))]);
  };
  row('(c) the map answers a drag: its view moved', (d) => d.movedMs);
  row('    data-map-ready in the same load', (d) => d.readyMs);
  row('    first press reached the page', (d) => d.pressMs);
  row('    (c) - ready', (d) => d.movedMs - d.readyMs);
  row('    drags made until one moved it', (d) => d.attempts, (x) => x.toFixed(0));
  for (const line of formatTable([['', 'site', 'bare MapLibre', 'bare Leaflet'], ...rows])) print(line);
  for (const page of [site, maplibre, leaflet]) print(`${TITLES[page.label]} (c) runs, ms: ${page.drags.map((d) => ms(d.movedMs)).join(', ')}`);
  const unanswered = [site, maplibre, leaflet].filter((p) => p.drags.some((d) => !Number.isFinite(d.movedMs)));
  for (const page of unanswered) print(`${TITLES[page.label]}: ${page.drags.filter((d) => !Number.isFinite(d.movedMs)).length} load(s) in which ${MAX_DRAGS} drags never moved the map (left out of the medians)`);
  print('');
  const drag = (r: PageResult): number[] => r.drags.map((d) => d.movedMs);
  const siteDrag = median(drag(site).filter(Number.isFinite));
  const leafletDrag = median(drag(leaflet).filter(Number.isFinite));
  const dragRatios = pairedRatios(drag(site), drag(leaflet));
  print(`issue 11: site vs bare Leaflet (map answers a drag) and vs bare MapLibre with the same basemap, symbols, labels and font (WebGL takeover); information only`);
  print(`  time (c) navigation -> the map answers a drag (site: static SVG map, d3-zoom), median: ${ms(siteDrag)} vs ${ms(leafletDrag)} ms -> ${ratio(siteDrag, leafletDrag)}: ${verdict(siteDrag / leafletDrag, TARGET_DRAG)} (target <= ${TARGET_DRAG.toFixed(1)}x)`);
  if (dragRatios.length > 0) {
    print(`    round by round: ${dragRatios.map((x) => `${x.toFixed(2)}x`).join(', ')}; median ${median(dragRatios).toFixed(2)}x; site no slower in ${dragRatios.filter((x) => x <= TARGET_DRAG).length} of ${dragRatios.length} rounds`);
  }
  const siteB = median(site.runs.map((r) => r.webglMs));
  const bareReady = median(maplibre.runs.map((r) => r.readyMs));
  const takeoverRatios = pairedRatios(site.runs.map((r) => r.webglMs), maplibre.runs.map((r) => r.readyMs));
  print(`  time (b) navigation -> WebGL took over (site: data-renderer="webgl"; bare MapLibre: every place drawn), median: ${ms(siteB)} vs ${ms(bareReady)} ms -> ${ratio(siteB, bareReady)}: ${verdict(siteB / bareReady, TARGET_TAKEOVER)} (target <= ${TARGET_TAKEOVER}x)`);
  if (takeoverRatios.length > 0) {
    print(`    round by round: ${takeoverRatios.map((x) => `${x.toFixed(2)}x`).join(', ')}; median ${median(takeoverRatios).toFixed(2)}x; within ${TARGET_TAKEOVER}x in ${takeoverRatios.filter((x) => x <= TARGET_TAKEOVER).length} of ${takeoverRatios.length} rounds`);
  }
}

/** site ÷ floor for each round where both have a finite time (the runs are indexed by round). */
function pairedRatios(site: readonly number[], floor: readonly number[]): number[] {
  return site.flatMap((a, i) => {
    const b = floor[i];
    return Number.isFinite(a) && b !== undefined && Number.isFinite(b) && b > 0 ? [a / b] : [];
  });
}

/**
 * Places on screen and answering clicks: the later of `data-map-ready` and the first contentful
 * paint. The site paints its static map from the HTML, possibly before its script makes the places
 * clickable; Leaflet's markers are drawn by script and painted after its readiness. A page with
 * no reported paint counts from readiness alone.
 */
function paintedAndClickable(run: PageRun): number {
  return Number.isFinite(run.fcpMs) ? Math.max(run.readyMs, run.fcpMs) : run.readyMs;
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

function readPackageVersion(root: string, name: string): string {
  try {
    return (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function readPlaywrightVersion(root: string): string {
  return readPackageVersion(root, 'playwright-core');
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
const ratio = (a: number, b: number): string => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}x` : '-');

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
    else if (flag === '--raster' && (value === 'gpu' || value === 'software')) options.raster = value;
    else throw new Error(`usage: npm run bench:page -- [--runs <int>] [--raster gpu|software] (got ${JSON.stringify(flag)})`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPageBench(parseArgs(process.argv.slice(2)));
}
