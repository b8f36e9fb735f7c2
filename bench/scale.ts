/**
 * `npm run bench:scale`: the archive page with 50,000 SYNTHETIC claims (archive.html), next to a
 * bare MapLibre page (bench/bare-maplibre-scale/) and a bare Leaflet page
 * (bench/bare-leaflet-scale/) drawing the same points, built and measured in the same run.
 *
 * For each page, in headless Chromium, over alternating loads (archive, MapLibre, Leaflet, …) in
 * fresh browser contexts after one warm-up each:
 * - time from navigation start to `data-map-ready` on `<body>` (each page sets it once its points
 *   are drawn; the archive page once its canvas map has drawn them), taken inside the page with
 *   `performance.now()` by a MutationObserver;
 * - for the archive page, also the time to `data-renderer="webgl"` on `<body>`: MapLibre has
 *   drawn every claim and taken over from the canvas map;
 * - the JS heap at readiness after a forced GC (CDP `HeapProfiler.collectGarbage`, then
 *   `Runtime.getHeapUsage`), of the page's main thread and, separately, of its workers (MapLibre
 *   keeps its copy of the data and the cluster index in a worker; the archive page's canvas map
 *   clusters in a worker of its own until MapLibre takes over; Leaflet has none); for the archive
 *   page again after the takeover (its steady state; the bare pages' steady state is their
 *   readiness).
 *
 * Prints medians, min and max, the ratios archive/bare MapLibre and archive/Leaflet, and whether
 * the issue's targets are met (no slower than either; less memory than Leaflet, at readiness and
 * once MapLibre has taken over). Information only: the exit code is 0.
 *
 * Options: `--runs <int>` timed loads per page (default 5); `--updates` also measures how fast
 * each way of updating the clustered source redraws the map after a filter change (see
 * bench/README.md, "Filtering: how the map is updated").
 */
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, CDPSession } from 'playwright-core';
import { build } from 'vite';
import { toGeoJSON, type SyntheticClaimColumns } from '../src/archive/synthetic-claims.ts';
import { SYNTHETIC_CLAIMS_FILE, buildArchiveSite } from '../tests/e2e/harness/archive-site.ts';
import { createRequestLog, launchBrowser, newPage, startStaticServer, waitForMapReady, type StaticServer } from '../tests/e2e/harness/index.ts';

/** Builds one of the bare pages and gives it the same claims (as GeoJSON) and basemap. */
async function buildBarePage(root: string, name: string, siteDir: string, outDir: string, geojson: string): Promise<number> {
  const t0 = performance.now();
  await build({
    root: join(root, 'bench', name),
    configFile: false,
    base: './',
    publicDir: join(root, 'public'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 5000 },
  });
  mkdirSync(join(outDir, 'data'), { recursive: true });
  writeFileSync(join(outDir, 'data', 'synthetic-claims.geojson'), geojson);
  copyFileSync(join(siteDir, 'data', 'basemap.geojson'), join(outDir, 'data', 'basemap.geojson'));
  return performance.now() - t0;
}

/** Settings of one benchmark run. */
export interface ScaleBenchOptions {
  /** Project root. @defaultValue the folder above bench/ */
  root?: string;
  /** Timed loads per page, after one warm-up each. @defaultValue 5 */
  runs?: number;
  /** Also compare the ways of updating the map after a filter change. @defaultValue false */
  updates?: boolean;
  /** Time allowed for one page to get ready, ms. @defaultValue 90000 */
  readyTimeoutMs?: number;
  /** Where lines go. @defaultValue console.log */
  print?: (line: string) => void;
}

/** One page load. */
export interface ScaleRun {
  /** Navigation start → `data-map-ready`, ms. */
  readyMs: number;
  /** Navigation start → `data-renderer="webgl"` (MapLibre took over), ms; NaN for pages without a takeover. */
  webglMs: number;
  /** Navigation start → the last `data/` file received, ms. */
  dataMs: number;
  /** Navigation start → the map's canvas inserted, ms. */
  canvasMs: number;
  /** Main thread's JS heap in use at readiness after a forced GC, bytes. */
  mainHeap: number;
  /** The page's workers' JS heaps in use at readiness after a forced GC, bytes (0: no worker). */
  workerHeap: number;
  /** ArrayBuffer backing stores of the main thread and the workers, bytes (outside the JS heap). */
  buffers: number;
  /** Bytes of `data/` files received (transfer size). */
  dataBytes: number;
  /** CSS px of the map canvas. */
  canvas: { width: number; height: number };
  /**
   * After MapLibre took over (archive page only, else `null`): main thread's and workers' JS
   * heaps and ArrayBuffer stores after a forced GC, bytes.
   */
  settled: { mainHeap: number; workerHeap: number; buffers: number } | null;
}

type PageId = 'archive' | 'maplibre' | 'maplibreInline' | 'leaflet';

const PAGES: ReadonlyArray<{ id: PageId; label: string; dir: 'archive' | 'maplibre' | 'leaflet'; takeover?: true }> = [
  { id: 'archive', label: 'archive page', dir: 'archive', takeover: true },
  { id: 'maplibre', label: 'bare MapLibre', dir: 'maplibre' },
  { id: 'maplibreInline', label: 'bare MapLibre ?inline', dir: 'maplibre' },
  { id: 'leaflet', label: 'bare Leaflet', dir: 'leaflet' },
];

/** Name of the value the injected observer leaves on `window`; benchmark only, not the pages'. */
const STATE_GLOBAL = '__cmBenchScale';

/** Builds the three pages, measures them and prints the results. */
export async function runScaleBench(options: ScaleBenchOptions = {}): Promise<Record<PageId, ScaleRun[]>> {
  const { runs, readyTimeoutMs, updates } = { runs: 5, readyTimeoutMs: 90_000, updates: false, ...options };
  const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
  const print = options.print ?? ((line: string) => console.log(line));
  const outRoot = join(root, 'test-results', 'bench-scale');
  const dirs: Record<'archive' | 'maplibre' | 'leaflet', string> = { archive: join(outRoot, 'archive'), maplibre: join(outRoot, 'bare-maplibre'), leaflet: join(outRoot, 'bare-leaflet') };

  const t0 = performance.now();
  const archiveMs = await buildArchiveSite(root, dirs.archive);
  const columns = JSON.parse(readFileSync(join(dirs.archive, SYNTHETIC_CLAIMS_FILE), 'utf8')) as SyntheticClaimColumns;
  const geojson = `${JSON.stringify(toGeoJSON(columns))}\n`;
  const maplibreMs = await buildBarePage(root, 'bare-maplibre-scale', dirs.archive, dirs.maplibre, geojson);
  const leafletMs = await buildBarePage(root, 'bare-leaflet-scale', dirs.archive, dirs.leaflet, geojson);
  print(
    `built in ${((archiveMs + maplibreMs + leafletMs) / 1000).toFixed(1)} s: ${relative(root, dirs.archive)}/ (site + archive.html), ` +
      `${relative(root, dirs.maplibre)}/, ${relative(root, dirs.leaflet)}/`,
  );
  print(
    `data: ${columns.count} SYNTHETIC claims (seed ${columns.seed}); the archive page loads them as columns (${SYNTHETIC_CLAIMS_FILE}, ` +
      `${mb(readFileSync(join(dirs.archive, SYNTHETIC_CLAIMS_FILE)).length)} MB), the bare pages as GeoJSON (${mb(Buffer.byteLength(geojson))} MB)`,
  );

  const log = createRequestLog();
  const servers = Object.fromEntries(
    await Promise.all(PAGES.map(async ({ id, dir }) => [id, await startStaticServer({ name: id, root: dirs[dir], log })] as const)),
  ) as Record<PageId, StaticServer>;
  // Software 2D canvas: with no GPU, Chromium's "accelerated" canvas runs Skia on SwiftShader, and
  // Leaflet's 50,000 circles then took 4–23 s per load (growing with each load in the same
  // browser) instead of 1–4 s. WebGL is unaffected; this is Leaflet's best case here.
  const browser = await launchBrowser({ args: ['--disable-accelerated-2d-canvas'] });
  const results: Record<PageId, ScaleRun[]> = { archive: [], maplibre: [], maplibreInline: [], leaflet: [] };
  try {
    print(`node ${process.version}, Chromium ${browser.version()} (headless, software WebGL), ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores`);
    const loadBefore = loadavg()[0] as number;

    // Warm-ups, untimed. The archive page's map size goes to the bare pages (?size=), so all
    // three fit the same points into the same number of pixels.
    const warm = await loadPage(browser, servers.archive, 'archive.html', readyTimeoutMs, join(outRoot, 'archive.png'), true);
    const size = `${warm.canvas.width}x${warm.canvas.height}`;
    const urls: Record<PageId, string> = { archive: 'archive.html', maplibre: `?size=${size}`, maplibreInline: `?size=${size}&inline`, leaflet: `?size=${size}` };
    await loadPage(browser, servers.maplibre, urls.maplibre, readyTimeoutMs, join(outRoot, 'bare-maplibre.png'));
    await loadPage(browser, servers.maplibreInline, urls.maplibreInline, readyTimeoutMs);
    await loadPage(browser, servers.leaflet, urls.leaflet, readyTimeoutMs, join(outRoot, 'bare-leaflet.png'));
    print(`map size ${size} CSS px on every page; ${runs} timed loads each, alternating, after one warm-up each`);

    for (let i = 0; i < runs; i++) {
      for (const { id, takeover } of PAGES) results[id].push(await loadPage(browser, servers[id], urls[id], readyTimeoutMs, undefined, takeover));
    }
    const loadAfter = loadavg()[0] as number;
    print('');
    printResults(print, results);
    print(
      `1-minute load average ${loadBefore.toFixed(1)} before the runs, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores` +
        (Math.max(loadBefore, loadAfter) > availableParallelism() - 0.5 ? ': the machine was busy, so times are noisy; the alternating order spreads that over the pages.' : '.'),
    );
    print('');
    printVerdict(print, results);
    if (updates) {
      print('');
      await measureUpdates(browser, servers.archive, readyTimeoutMs, print);
    }
    print(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
  return results;
}

/** What the injected observer records. */
interface BenchState {
  readyMs?: number;
  canvasMs?: number;
  webglMs?: number;
}

/** Main thread and workers after a forced GC. */
async function measureHeaps(browser: Browser, cdp: CDPSession, pageUrl: string): Promise<{ mainHeap: number; workerHeap: number; buffers: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const main = (await cdp.send('Runtime.getHeapUsage')) as HeapUsage;
  const workers = await measureWorkerHeaps(browser, pageUrl);
  return { mainHeap: main.usedSize, workerHeap: workers.usedSize, buffers: (main.backingStorageSize ?? 0) + workers.backingStorageSize };
}

/** The archive page's MapLibre chunks (script and stylesheet), which it loads after its first paint. */
const MAPLIBRE_CHUNKS = /\/assets\/(claims-map|maplibre-gl)[^/]*$/;

/**
 * Loads a page in a fresh context, waits for readiness and measures it; with `takeover`, also
 * waits for MapLibre to take over (`data-renderer="webgl"`) and measures the heaps again.
 *
 * With `takeover`, the heaps at readiness are those of the first paint: the page's requests for
 * MapLibre's chunks are held until they are measured (without that, the archive page, which
 * starts MapLibre a frame after its readiness, was measured at random points of MapLibre's
 * start), and the time they were held is taken out of the takeover time. A forced GC cannot be
 * run with the page paused in the debugger instead: it never completes.
 */
async function loadPage(browser: Browser, server: StaticServer, path: string, readyTimeoutMs: number, screenshot?: string, takeover = false): Promise<ScaleRun> {
  const harness = await newPage(browser);
  try {
    const { page } = harness;
    await page.addInitScript((globalName: string) => {
      const state: BenchState = {};
      (window as unknown as Record<string, unknown>)[globalName] = state;
      const observer = new MutationObserver(() => {
        if (state.canvasMs === undefined && document.querySelector('canvas')) state.canvasMs = performance.now();
        if (state.readyMs === undefined && document.body?.hasAttribute('data-map-ready')) state.readyMs = performance.now();
        if (state.webglMs === undefined && document.body?.dataset.renderer === 'webgl') state.webglMs = performance.now();
      });
      observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready', 'data-renderer'] });
    }, STATE_GLOBAL);
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let heldSince: number | null = null;
    let heldMs = 0;
    if (takeover) {
      await page.route(MAPLIBRE_CHUNKS, async (route) => {
        heldSince ??= performance.now();
        await released;
        await route.continue();
      });
    }
    const cdp = await harness.context.newCDPSession(page);
    await page.goto(`${server.url}${path}`, { waitUntil: 'commit' });
    await waitForMapReady(harness, readyTimeoutMs);
    const ready = await measureHeaps(browser, cdp, page.url());
    if (heldSince !== null) heldMs = performance.now() - heldSince;
    release();

    let settled: ScaleRun['settled'] = null;
    if (takeover) {
      await page.waitForSelector('body[data-renderer="webgl"]', { state: 'attached', timeout: readyTimeoutMs });
      // The canvas map's worker is terminated at the takeover; let its target go.
      await page.waitForTimeout(500);
      settled = await measureHeaps(browser, cdp, page.url());
    }
    const timing = await page.evaluate((globalName: string) => {
      const state = (window as unknown as Record<string, BenchState>)[globalName] as BenchState;
      let dataMs = 0;
      let dataBytes = 0;
      for (const entry of window.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        if (!new URL(entry.name).pathname.includes('/data/')) continue;
        dataMs = Math.max(dataMs, entry.responseEnd);
        dataBytes += entry.transferSize;
      }
      const canvas = document.querySelector('#cm-archive-map') ?? document.querySelector('canvas.maplibregl-canvas') ?? document.querySelector('.leaflet-container');
      const rect = canvas?.getBoundingClientRect();
      return {
        readyMs: state.readyMs ?? Number.NaN,
        webglMs: state.webglMs ?? Number.NaN,
        canvasMs: state.canvasMs ?? Number.NaN,
        dataMs,
        dataBytes,
        canvas: { width: Math.round(rect?.width ?? 0), height: Math.round(rect?.height ?? 0) },
      };
    }, STATE_GLOBAL);
    if (screenshot) await page.screenshot({ path: screenshot });
    const problems = [...harness.pageErrors, ...harness.failedRequests, ...harness.httpErrors, ...harness.externalRequests];
    if (problems.length > 0) throw new Error(`${server.url}${path} loaded with problems:\n  ${problems.join('\n  ')}`);
    return { ...timing, webglMs: timing.webglMs - heldMs, ...ready, settled };
  } finally {
    await harness.close();
  }
}

/** What CDP `Runtime.getHeapUsage` answers (`backingStorageSize`: ArrayBuffer stores). */
interface HeapUsage {
  usedSize: number;
  backingStorageSize?: number;
}

/**
 * JS heap in use by the dedicated workers of the page at `pageUrl`, after a forced GC, bytes.
 * Playwright does not hand out CDP sessions for workers, so this attaches to them from the
 * browser's own session (non-flat mode: messages wrapped in `Target.sendMessageToTarget`).
 */
async function measureWorkerHeaps(browser: Browser, pageUrl: string): Promise<{ usedSize: number; backingStorageSize: number }> {
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string; browserContextId?: string }> };
    const pageTarget = targetInfos.find((t) => t.type === 'page' && t.url === pageUrl);
    const workers = targetInfos.filter((t) => t.type === 'worker' && t.browserContextId === pageTarget?.browserContextId);
    const total = { usedSize: 0, backingStorageSize: 0 };
    for (const worker of workers) {
      // A worker that ended since the list was taken has nothing to count.
      const usage = await workerHeap(session, worker.targetId).catch(() => ({ usedSize: 0, backingStorageSize: 0 }));
      total.usedSize += usage.usedSize;
      total.backingStorageSize += usage.backingStorageSize ?? 0;
    }
    return total;
  } finally {
    await session.detach();
  }
}

async function workerHeap(session: CDPSession, targetId: string): Promise<HeapUsage> {
  const { sessionId } = (await session.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const onMessage = (event: { sessionId: string; message: string }): void => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result ?? message.error);
  };
  session.on('Target.receivedMessageFromTarget', onMessage);
  const call = (method: string): Promise<unknown> =>
    new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as Partial<HeapUsage>;
    return { usedSize: usage.usedSize ?? 0, backingStorageSize: usage.backingStorageSize ?? 0 };
  } finally {
    session.off('Target.receivedMessageFromTarget', onMessage);
    await session.send('Target.detachFromTarget', { sessionId });
  }
}

function printResults(print: (line: string) => void, results: Record<PageId, ScaleRun[]>): void {
  print('medians (min–max); ms from navigation start; heap = JS heap in use at readiness after a forced GC (MB = 10^6 bytes);');
  print('"+ buffers" adds ArrayBuffer stores (outside the JS heap); "data ms": last data/ file received; "canvas ms": the map\'s (first) canvas inserted;');
  print('"webgl ms": MapLibre took over from the canvas map (archive page only)');
  const header = ['page', 'ready ms', 'webgl ms', 'main heap MB', 'worker heap MB', 'main + workers MB', '+ buffers MB', 'data ms', 'canvas ms', 'data kB'];
  const rows = PAGES.map(({ id, label, takeover }) => {
    const r = results[id];
    return [
      label,
      spread(r.map((x) => x.readyMs), ms),
      takeover ? spread(r.map((x) => x.webglMs), ms) : '-',
      spread(r.map((x) => x.mainHeap), mb),
      spread(r.map((x) => x.workerHeap), mb),
      spread(r.map((x) => x.mainHeap + x.workerHeap), mb),
      mb(median(r.map((x) => x.mainHeap + x.workerHeap + x.buffers))),
      ms(median(r.map((x) => x.dataMs))),
      ms(median(r.map((x) => x.canvasMs))),
      (median(r.map((x) => x.dataBytes)) / 1000).toFixed(0),
    ];
  });
  for (const line of formatTable([header, ...rows])) print(line);
  const a = results.archive;
  const settled = a.map((x) => x.settled).filter((x) => x !== null);
  print(
    `archive page once MapLibre took over: main heap ${spread(settled.map((x) => x.mainHeap), mb)} MB, worker heap ${spread(settled.map((x) => x.workerHeap), mb)} MB, ` +
      `main + workers ${spread(settled.map((x) => x.mainHeap + x.workerHeap), mb)} MB, + buffers ${mb(median(settled.map((x) => x.mainHeap + x.workerHeap + x.buffers)))} MB`,
  );
  for (const { id, label } of PAGES.slice(1)) {
    const b = results[id];
    print(
      `archive / ${label}: ready ${ratio(median(a.map((x) => x.readyMs)), median(b.map((x) => x.readyMs)))}, ` +
        `webgl takeover / ready ${ratio(median(a.map((x) => x.webglMs)), median(b.map((x) => x.readyMs)))}; ` +
        `at readiness main heap ${ratio(median(a.map((x) => x.mainHeap)), median(b.map((x) => x.mainHeap)))}, ` +
        `main + workers ${ratio(median(a.map((x) => x.mainHeap + x.workerHeap)), median(b.map((x) => x.mainHeap + x.workerHeap)))}; ` +
        `after takeover main heap ${ratio(median(settled.map((x) => x.mainHeap)), median(b.map((x) => x.mainHeap)))}, ` +
        `main + workers ${ratio(median(settled.map((x) => x.mainHeap + x.workerHeap)), median(b.map((x) => x.mainHeap + x.workerHeap)))}`,
    );
  }
}

function printVerdict(print: (line: string) => void, results: Record<PageId, ScaleRun[]>): void {
  const m = (id: PageId, f: (r: ScaleRun) => number): number => median(results[id].map(f));
  const verdict = (ok: boolean): string => (ok ? 'MET' : 'NOT MET');
  const ready = (id: PageId): number => m(id, (r) => r.readyMs);
  print(`target: no slower than bare MapLibre (median ready): ${verdict(ready('archive') <= ready('maplibre'))} (${ms(ready('archive'))} vs ${ms(ready('maplibre'))} ms)`);
  print(`target: no slower than bare Leaflet (median ready): ${verdict(ready('archive') <= ready('leaflet'))} (${ms(ready('archive'))} vs ${ms(ready('leaflet'))} ms)`);
  const main = (id: PageId): number => m(id, (r) => r.mainHeap);
  const all = (id: PageId): number => m(id, (r) => r.mainHeap + r.workerHeap);
  print(
    `target: less memory than Leaflet at readiness: main thread ${verdict(main('archive') < main('leaflet'))} (${mb(main('archive'))} vs ${mb(main('leaflet'))} MB); ` +
      `main + workers ${verdict(all('archive') < all('leaflet'))} (${mb(all('archive'))} vs ${mb(all('leaflet'))} MB)`,
  );
  // Leaflet does nothing after its readiness, so its readiness is its steady state.
  const settled = results.archive.map((r) => r.settled).filter((r) => r !== null);
  const settledMain = median(settled.map((r) => r.mainHeap));
  const settledAll = median(settled.map((r) => r.mainHeap + r.workerHeap));
  print(
    `target: less memory than Leaflet once MapLibre took over: main thread ${verdict(settledMain < main('leaflet'))} (${mb(settledMain)} vs ${mb(main('leaflet'))} MB); ` +
      `main + workers ${verdict(settledAll < all('leaflet'))} (${mb(settledAll)} vs ${mb(all('leaflet'))} MB)`,
  );
  print(`not a target: MapLibre's takeover on the archive page vs the bare MapLibre page's readiness: ${ms(m('archive', (r) => r.webglMs))} vs ${ms(ready('maplibre'))} ms`);
}

/** One filter change the update comparison makes: a control and the value it gets. */
const UPDATE_STEPS: ReadonlyArray<{ label: string; selector: string; value: string }> = [
  { label: 'uncheck a party', selector: '#cm-archive-party-gna', value: 'uncheck' },
  { label: 'check it again', selector: '#cm-archive-party-gna', value: 'check' },
  { label: 'as of day 200', selector: '#cm-archive-asof', value: '200' },
  { label: 'one day later', selector: '#cm-archive-asof', value: '201' },
  { label: 'as of the last day', selector: '#cm-archive-asof', value: '428' },
];

/**
 * The archive page with each update strategy (`?update=data|diff|expr`), one load each per round,
 * rounds alternating: for each filter change, ms from the input event until the map has redrawn
 * the new selection (`data-rendered-claims` equals the count the panel shows), and the
 * main-thread time spent in long tasks (> 50 ms) meanwhile.
 */
async function measureUpdates(browser: Browser, server: StaticServer, readyTimeoutMs: number, print: (line: string) => void): Promise<void> {
  const strategies = ['data', 'diff', 'expr'] as const;
  const rounds = 2;
  const repeats = 2;
  const samples = new Map<string, Array<{ drawn: number; blocked: number }>>();
  for (let round = 0; round < rounds; round++) {
    for (const strategy of strategies) {
      const harness = await newPage(browser);
      try {
        const { page } = harness;
        await page.addInitScript((globalName: string) => {
          const state = { rendered: [] as number[], longTasks: [] as Array<[number, number]> };
          (window as unknown as Record<string, unknown>)[globalName] = state;
          new MutationObserver(() => state.rendered.push(performance.now())).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered-claims'] });
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
          }).observe({ type: 'longtask' });
        }, STATE_GLOBAL);
        await page.goto(`${server.url}archive.html?update=${strategy}`);
        await waitForMapReady(harness, readyTimeoutMs);
        // The strategies are MapLibre's: measured once it has taken over from the canvas map.
        await page.waitForSelector('body[data-renderer="webgl"]', { state: 'attached', timeout: readyTimeoutMs });
        await page.waitForTimeout(300);
        for (let repeat = 0; repeat < repeats; repeat++) {
          for (const step of UPDATE_STEPS) {
            const started = await page.evaluate(({ selector, value }) => {
              const input = document.querySelector(selector) as HTMLInputElement;
              const t = performance.now();
              if (value === 'check' || value === 'uncheck') input.checked = value === 'check';
              else input.value = value;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              return t;
            }, step);
            await page.waitForFunction(
              () => document.getElementById('cm-archive-map')?.dataset.renderedClaims === document.getElementById('cm-archive-count')?.dataset.shownCount,
              undefined,
              { timeout: 60_000, polling: 20 },
            );
            const measured = await page.evaluate(({ globalName, started }) => {
              const state = (window as unknown as Record<string, { rendered: number[]; longTasks: Array<[number, number]> }>)[globalName];
              const done = state?.rendered.at(-1) ?? Number.NaN;
              const blocked = (state?.longTasks ?? []).filter(([start]) => start >= started && start <= done).reduce((sum, [, d]) => sum + d, 0);
              return { drawn: done - started, blocked };
            }, { globalName: STATE_GLOBAL, started });
            const key = `${strategy}\t${step.label}`;
            samples.set(key, [...(samples.get(key) ?? []), measured]);
            await page.waitForTimeout(200);
          }
        }
        if (harness.pageErrors.length > 0) throw new Error(`?update=${strategy}: ${harness.pageErrors.join('; ')}`);
      } finally {
        await harness.close();
      }
    }
  }
  print(`filter change → map redrawn, ms, median of ${rounds * repeats} (min–max); blocked = main-thread long tasks meanwhile, ms (median)`);
  const header = ['change', ...strategies.flatMap((s) => [`${s}: drawn`, 'blocked'])];
  const rows = UPDATE_STEPS.map((step) => [
    step.label,
    ...strategies.flatMap((s) => {
      const runs = samples.get(`${s}\t${step.label}`) ?? [];
      return [spread(runs.map((r) => r.drawn), ms), ms(median(runs.map((r) => r.blocked)))];
    }),
  ]);
  for (const line of formatTable([header, ...rows])) print(line);
  print('data = source.setData(selected claims); diff = source.updateData({ add, remove }); expr = the source filter expression, re-applied by setData(all claims)');
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function spread(values: readonly number[], format: (x: number) => string): string {
  return `${format(median(values))} (${format(Math.min(...values))}–${format(Math.max(...values))})`;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(0) : '-');
const ratio = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(2)}x` : '-');

function formatTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('   ').trimEnd());
}

function parseArgs(argv: readonly string[]): ScaleBenchOptions {
  const options: ScaleBenchOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--runs' && value !== undefined && /^[1-9]\d*$/.test(value)) {
      options.runs = Number(value);
      i += 1;
    } else if (flag === '--updates') {
      options.updates = true;
    } else {
      throw new Error(`usage: npm run bench:scale -- [--runs <int>] [--updates] (got ${JSON.stringify(flag)})`);
    }
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runScaleBench(parseArgs(process.argv.slice(2)));
}
