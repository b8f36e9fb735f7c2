/**
 * `npm run bench:worker`: does geoparsing a 10 MB text freeze the page? Builds a small test page
 * (the geoparse client and worker of src/worker/, nothing else) and, in headless Chromium, for the
 * same 10 MB Arabic text (the seed article's paragraphs with their place names taken out,
 * repeated, each followed by a sentence naming one gazetteer place), reports:
 *
 * - (a) the baseline: `geoparseDocument` called directly on the main thread, as a page would
 *   without the worker: total ms and the longest main-thread task;
 * - (b) the worker: total ms from the call to the result, the longest main-thread task meanwhile,
 *   the frames the page rendered and the longest gap between them.
 *
 * The longest main-thread task is taken three ways: Long Tasks API entries (only tasks of 50 ms
 * or more are reported, by definition); the Chrome trace's `RunTask` events on the page's
 * renderer main thread (every task, to the µs, in wall-clock and in thread CPU time); and the
 * largest gap between `requestAnimationFrame` callbacks (what a reader sees: no frame for that
 * long). The issue's target, "longest main-thread task under 50 ms", is judged on the trace twice,
 * by wall-clock and by thread CPU time (on a shared machine a task's wall-clock time includes the
 * time the OS ran other processes), and printed as information only: the exit code is 0.
 *
 * The page is also what tests/e2e/geoparse-worker.test.ts drives: `buildWorkerPage`,
 * `loadWorkerFixture`, `generateSampleText` and the in-page functions are exported for it. The
 * functions that run in the page (`generateSampleText`, `startWorkerRun`, `finishWorkerRun`,
 * `runOnMainThread`) are sent there as source text, so they use only globals (`performance` is
 * the global one here, not an import, for that reason) and no named inner functions (tsx wraps
 * those in a `__name` helper the page lacks).
 *
 * Options: `--mb <number>` size of the text in MB of UTF-8 (default 10), `--runs <int>` timed runs
 * of each mode (default 3; the median is printed). See bench/README.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { parseArticleMarkdown } from '../src/core/content/parse-article-markdown.ts';
import { loadGazetteer } from '../src/core/gazetteer/load-gazetteer.ts';
import { createGeoparser, geoparseText } from '../src/core/geoparser/index.ts';
import type { Place } from '../src/core/types.ts';
import type { createGeoparseClient, DocumentGeoparse } from '../src/worker/geoparse-client.ts';
import type { geoparseDocument } from '../src/worker/geoparse-document.ts';
import { buildStrictCsp } from '../tests/e2e/harness/csp.ts';
import { createRequestLog, launchBrowser, newPage, startStaticServer, type HarnessPage, type StaticServer } from '../tests/e2e/harness/index.ts';

/** The seed article, whose paragraphs the sample text is made of. */
const SEED_ARTICLE = 'content/haftar-macron-2019-05-13/ar.md';
/** The word that replaces each place name of the seed paragraphs: not a name, not a trigger. */
const NEUTRAL_WORD = 'المكان';
/** The sentence each inserted name goes into; `{}` is the name. */
const INSERT_SENTENCE = ' وقال شهود في {} إن الهدوء عاد.';
/** What the test page's entry script puts on `window` (test page only; the product has no such global). */
export const PAGE_API = '__cmWorkerPage';
/**
 * `console.timeStamp` labels around a run, to find it in a Chrome trace. The in-page functions
 * spell them (and `__cmWorkerPage`, and `__cmWorkerRun` where a worker run keeps its state) as
 * literals: a function evaluated in the page cannot see this module's constants.
 */
const RUN_START_MARK = 'cm-run-start';
const RUN_END_MARK = 'cm-run-end';
/** The issue's target for the longest main-thread task, ms. */
const TARGET_MS = 50;

/** The data the sample text is made from; plain JSON, so it can be passed into the page. */
export interface WorkerFixture {
  /** The gazetteer's places, for the worker's `init`. */
  places: Place[];
  /** The seed article's body paragraphs with every place name replaced by {@link NEUTRAL_WORD}. */
  paragraphs: string[];
  /** Every Arabic name of every place that matches without a trigger word. */
  names: Array<{ id: string; text: string }>;
}

/** What {@link generateSampleText} is given. */
export interface SampleInput {
  paragraphs: string[];
  names: Array<{ id: string; text: string }>;
  /** Size to reach, in UTF-8 bytes. */
  targetBytes: number;
  /** The sentence a name is inserted with; `{}` stands for the name. */
  sentence: string;
}

/** A generated text and where the names were put. */
export interface Sample {
  text: string;
  /** UTF-8 bytes. */
  bytes: number;
  paragraphs: number;
  /** Flat triples `[start, end, nameIndex, …]`: each inserted name's UTF-16 span in `text`. */
  inserted: number[];
}

/** The modules the test page exposes, by the names the in-page functions use. */
export interface WorkerPageApi {
  createGeoparseClient: typeof createGeoparseClient;
  createGeoparser: typeof createGeoparser;
  geoparseDocument: typeof geoparseDocument;
  createGeoparseWorker: () => Worker;
}

/** A task the Long Tasks API reported, ms on the page's clock. */
export interface LongTask {
  start: number;
  duration: number;
}

/** What one in-page run measured. Times in ms on the page's clock (`performance.now()`). */
export interface RunSummary {
  /** From the call to the result. */
  ms: number;
  /** The worker's own ms for the request (0 on the main thread). */
  workerMs: number;
  /** The synchronous part of the call on the main thread (posting, i.e. cloning, the text). */
  callMs: number;
  /** Progress messages received (batches before the last). */
  progressMessages: number;
  /** `requestAnimationFrame` callbacks during the run. */
  frames: number;
  /** Largest gap between consecutive frames, counting the run's start and end as frames. */
  maxFrameGapMs: number;
  longTasks: LongTask[];
  /** Clicks on the page's button handled during the run, and in all. */
  clicksWhileBusy: number;
  clicks: number;
  paragraphs: number;
  matches: number;
  warnings: number;
  /** Matches and warnings whose `text` is not the slice of the text their offsets give. */
  badSlices: number;
  /** The run's start and end on the page's clock, to find them in a trace. */
  startedAt: number;
  endedAt: number;
  error: string | null;
}

/** The state an in-page worker run keeps on `window` between start and finish. */
interface RunState {
  busy: boolean;
  t0: number;
  t1: number;
  callMs: number;
  progressMessages: number;
  frameTimes: number[];
  longTasks: LongTask[];
  clicks: number;
  clicksWhileBusy: number;
  result: DocumentGeoparse | null;
  error: string | null;
  done: Promise<void>;
  stop: () => void;
}

/**
 * Reads the gazetteer and the seed article and makes the sample's ingredients: paragraphs that
 * name no place (each name the geoparser finds is replaced by a neutral word until none is left)
 * and the names to insert.
 */
export function loadWorkerFixture(root: string): WorkerFixture {
  const read = (path: string): string => readFileSync(join(root, path), 'utf8');
  const { places } = loadGazetteer({ path: 'geo/gazetteer.yaml', text: read('geo/gazetteer.yaml') });
  const parser = createGeoparser(places);
  const article = parseArticleMarkdown({ path: SEED_ARTICLE, text: read(SEED_ARTICLE) });
  const paragraphs = article.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => {
      let text = b.text;
      for (let round = 0; round < 5; round++) {
        const { matches } = geoparseText(parser, text, b.id);
        if (matches.length === 0) return text;
        for (const m of [...matches].reverse()) text = text.slice(0, m.start) + NEUTRAL_WORD + text.slice(m.end);
      }
      throw new Error(`${SEED_ARTICLE}: ${b.id}: still names a place after replacing names five times`);
    });
  const names = places.filter((p) => p.kind !== 'country' && !p.needsTrigger).flatMap((p) => p.ar.map((text) => ({ id: p.id, text })));
  return { places, paragraphs, names };
}

/** The input of {@link generateSampleText} for a fixture and a size. */
export function sampleInput(fixture: WorkerFixture, targetBytes: number): SampleInput {
  return { paragraphs: fixture.paragraphs, names: fixture.names, targetBytes, sentence: INSERT_SENTENCE };
}

/**
 * Makes a text of at least `targetBytes` UTF-8 bytes: the paragraphs in turn, each followed by the
 * sentence with the next name, separated by blank lines. Deterministic. Runs in Node and, through
 * `page.evaluateHandle`, in the page, so it uses nothing outside its body (and no named inner
 * functions, which tsx would wrap in a helper the page lacks).
 */
export function generateSampleText(input: SampleInput): Sample {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  const inserted: number[] = [];
  const [before, after] = input.sentence.split('{}') as [string, string];
  let length = 0;
  let bytes = 0;
  for (let k = 0; bytes < input.targetBytes; k++) {
    const nameIndex = (k * 7) % input.names.length;
    const name = (input.names[nameIndex] as { text: string }).text;
    const paragraph = `${input.paragraphs[k % input.paragraphs.length] as string}${before}${name}${after}`;
    const start = length + paragraph.length - after.length - name.length;
    inserted.push(start, start + name.length, nameIndex);
    parts.push(paragraph);
    length += paragraph.length + 2;
    bytes += encoder.encode(paragraph).length + 2;
  }
  return { text: parts.join('\n\n'), bytes: bytes - 2, paragraphs: parts.length, inserted };
}

/**
 * Builds the test page into `outDir`: an `index.html` with a button, and an entry script that
 * puts the geoparse modules on `window[PAGE_API]` for the in-page functions below. Vite bundles
 * the worker from the client's `new Worker(new URL(…))` as it does for the site.
 */
export async function buildWorkerPage(root: string, outDir: string): Promise<void> {
  const src = mkdtempSync(join(tmpdir(), 'cm-worker-page-'));
  try {
    writeFileSync(
      join(src, 'index.html'),
      [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8"><title>Geoparse worker test page</title>',
        '<script type="module" src="./main.ts"></script></head>',
        '<body><button id="cm-test-button" type="button">Click me while the worker runs</button></body></html>',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(src, 'main.ts'),
      [
        "import { createGeoparseClient, createGeoparseWorker } from 'cm-src/worker/geoparse-client.ts';",
        "import { geoparseDocument } from 'cm-src/worker/geoparse-document.ts';",
        "import { createGeoparser } from 'cm-src/core/geoparser/index.ts';",
        `(window as unknown as Record<string, unknown>)[${JSON.stringify(PAGE_API)}] = { createGeoparseClient, createGeoparseWorker, createGeoparser, geoparseDocument };`,
        "document.body.dataset.ready = '';",
        '',
      ].join('\n'),
    );
    // Vitest sets NODE_ENV=test, which Vite would take over the mode: build for production.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: src,
        configFile: false,
        base: './',
        mode: 'production',
        logLevel: 'warn',
        resolve: { alias: { 'cm-src': join(root, 'src') } },
        build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false },
      });
    } finally {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
    }
  } finally {
    rmSync(src, { recursive: true, force: true });
  }
}

/**
 * In the page: starts a worker client, waits until it has compiled the gazetteer, then starts
 * geoparsing the sample and returns at once, leaving a long-task observer, a frame counter and a
 * click counter running until the result arrives. {@link finishWorkerRun} waits for it.
 */
export async function startWorkerRun(arg: { sample: Sample; places: Place[]; chunkSize: number | null }): Promise<{ names: number }> {
  const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
  const client = api.createGeoparseClient(arg.places, arg.chunkSize === null ? {} : { chunkSize: arg.chunkSize });
  const names = await client.ready;
  const state: RunState = {
    busy: true,
    t0: 0,
    t1: 0,
    callMs: 0,
    progressMessages: 0,
    frameTimes: [],
    longTasks: [],
    clicks: 0,
    clicksWhileBusy: 0,
    result: null,
    error: null,
    done: Promise.resolve(),
    stop: client.terminate,
  };
  (window as unknown as Record<string, RunState>)['__cmWorkerRun'] = state;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  (document.getElementById('cm-test-button') as HTMLElement).addEventListener('click', () => {
    state.clicks++;
    if (state.busy) state.clicksWhileBusy++;
  });
  // The frame loop: a callback list rather than a named function (see generateSampleText).
  const loop: Array<(t: number) => void> = [];
  // performance.now(), not the callback's argument: that is when the frame began, which may be
  // long before a blocked main thread got to run the callback.
  loop.push(() => {
    state.frameTimes.push(performance.now());
    if (state.busy) requestAnimationFrame(loop[0] as (t: number) => void);
  });
  requestAnimationFrame(loop[0] as (t: number) => void);
  state.stop = () => {
    observer.disconnect();
    client.terminate();
  };
  console.timeStamp('cm-run-start');
  state.t0 = performance.now();
  const pending = client.geoparse(arg.sample.text, (p) => {
    if (p.done < p.total) state.progressMessages++;
  });
  state.callMs = performance.now() - state.t0;
  state.done = pending.then(
    (result) => {
      state.t1 = performance.now();
      console.timeStamp('cm-run-end');
      state.busy = false;
      state.result = result;
    },
    (error: unknown) => {
      state.t1 = performance.now();
      console.timeStamp('cm-run-end');
      state.busy = false;
      state.error = String(error);
    },
  );
  return { names };
}

/**
 * In the page: waits for the run {@link startWorkerRun} started, lets late long-task entries
 * arrive, stops the worker and sums up. With `details`, also returns every match as
 * `[paragraph, start, end, text, candidates joined by "|"]` and every paragraph as
 * `[start, end]`, for the test to compare with Node.
 */
export async function finishWorkerRun(arg: { sample: Sample; details: boolean }): Promise<{ summary: RunSummary; matches: Array<[string, number, number, string, string]>; paragraphs: Array<[number, number]> }> {
  const state = (window as unknown as Record<string, RunState>)['__cmWorkerRun'] as RunState;
  await state.done;
  // Long-task entries are delivered after the task, at the observer's own pace.
  await new Promise((resolve) => setTimeout(resolve, 200));
  state.stop();
  const result = state.result;
  const text = arg.sample.text;
  let badSlices = 0;
  const starts = new Map<string, number>();
  for (const p of result?.paragraphs ?? []) starts.set(p.id, p.start);
  for (const m of [...(result?.matches ?? []), ...(result?.warnings ?? [])]) {
    const at = starts.get(m.paragraph);
    if (at === undefined || text.slice(at + m.start, at + m.end) !== m.text) badSlices++;
  }
  const times = [state.t0, ...state.frameTimes.filter((t) => t > state.t0 && t < state.t1), state.t1];
  let maxGap = 0;
  for (let i = 1; i < times.length; i++) maxGap = Math.max(maxGap, (times[i] as number) - (times[i - 1] as number));
  const summary: RunSummary = {
    ms: state.t1 - state.t0,
    workerMs: result?.ms ?? 0,
    callMs: state.callMs,
    progressMessages: state.progressMessages,
    frames: times.length - 2,
    maxFrameGapMs: maxGap,
    longTasks: state.longTasks.filter((t) => t.start + t.duration > state.t0 && t.start < state.t1),
    clicksWhileBusy: state.clicksWhileBusy,
    clicks: state.clicks,
    paragraphs: result?.paragraphs.length ?? 0,
    matches: result?.matches.length ?? 0,
    warnings: result?.warnings.length ?? 0,
    badSlices,
    startedAt: state.t0,
    endedAt: state.t1,
    error: state.error,
  };
  return {
    summary,
    matches: arg.details ? (result?.matches ?? []).map((m) => [m.paragraph, m.start, m.end, m.text, m.candidates.join('|')] as [string, number, number, string, string]) : [],
    paragraphs: arg.details ? (result?.paragraphs ?? []).map((p) => [p.start, p.end] as [number, number]) : [],
  };
}

/**
 * In the page: the baseline. Geoparses the sample with `geoparseDocument` directly on the main
 * thread, as a page without the worker would, with the same observers as a worker run.
 */
export async function runOnMainThread(arg: { sample: Sample; places: Place[] }): Promise<RunSummary> {
  const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
  const parser = api.createGeoparser(arg.places);
  const longTasks: LongTask[] = [];
  const frameTimes: number[] = [];
  let busy = true;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  const loop: Array<(t: number) => void> = [];
  loop.push(() => {
    frameTimes.push(performance.now());
    if (busy) requestAnimationFrame(loop[0] as (t: number) => void);
  });
  requestAnimationFrame(loop[0] as (t: number) => void);
  // Start in a task of its own after a frame, as a click handler or a fetch callback would.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  console.timeStamp('cm-run-start');
  const t0 = performance.now();
  const result = api.geoparseDocument(parser, arg.sample.text);
  const t1 = performance.now();
  console.timeStamp('cm-run-end');
  busy = false;
  await new Promise((resolve) => setTimeout(resolve, 200));
  observer.disconnect();
  const times = [t0, ...frameTimes.filter((t) => t > t0 && t < t1), t1];
  let maxGap = 0;
  for (let i = 1; i < times.length; i++) maxGap = Math.max(maxGap, (times[i] as number) - (times[i - 1] as number));
  return {
    ms: t1 - t0,
    workerMs: 0,
    callMs: t1 - t0,
    progressMessages: 0,
    frames: times.length - 2,
    maxFrameGapMs: maxGap,
    longTasks: longTasks.filter((t) => t.start + t.duration > t0 && t.start < t1),
    clicksWhileBusy: 0,
    clicks: 0,
    paragraphs: result.paragraphs.length,
    matches: result.matches.length,
    warnings: result.warnings.length,
    badSlices: 0,
    startedAt: t0,
    endedAt: t1,
    error: null,
  };
}

/** Starts the static server for a built test page, with the site's strict CSP (no `unsafe-eval`). */
export async function serveWorkerPage(outDir: string): Promise<StaticServer> {
  return startStaticServer({ name: 'worker-page', root: outDir, log: createRequestLog(), headers: { 'Content-Security-Policy': buildStrictCsp() } });
}

/** Opens the test page and waits for its entry script. */
export async function openWorkerPage(browser: Browser, server: StaticServer): Promise<HarnessPage> {
  const harness = await newPage(browser);
  await harness.page.goto(server.url);
  await harness.page.waitForSelector('body[data-ready]', { state: 'attached' });
  return harness;
}

// --- The benchmark ------------------------------------------------------------------------

/** Settings of {@link runWorkerBench}. */
export interface WorkerBenchOptions {
  /** Project root. @defaultValue the folder above bench/ */
  root?: string;
  /** Size of the text, MB of UTF-8 (10^6 bytes). @defaultValue 10 */
  megabytes?: number;
  /** Timed runs of each mode; medians are printed, and the worst longest task. @defaultValue 3 */
  runs?: number;
  /** Where lines go. @defaultValue console.log */
  print?: (line: string) => void;
}

/** One run with what the trace adds: every main-thread task during it. */
interface TracedRun {
  summary: RunSummary;
  /** Longest task on the page's renderer main thread during the run, from the trace, wall-clock ms. */
  longestTraceTaskMs: number;
  /** That task's thread CPU time, ms: less than its wall-clock time when the OS ran something else. */
  longestTraceTaskCpuMs: number;
  /** The most thread CPU time any one task took, ms: the page's own work, whatever the machine's load. */
  maxTaskCpuMs: number;
  /** Sum of the tasks' wall-clock ms: how long the main thread was busy during the run. */
  busyTraceMs: number;
  traceTasks: number;
}

/** A main-thread task from the trace: wall-clock and thread CPU ms. */
interface TraceTask {
  ms: number;
  cpuMs: number;
}

/** Builds the page, runs both modes in alternation and prints the numbers. */
export async function runWorkerBench(options: WorkerBenchOptions = {}): Promise<{ main: TracedRun[]; worker: TracedRun[] }> {
  const root = options.root ?? fileURLToPath(new URL('..', import.meta.url));
  const megabytes = options.megabytes ?? 10;
  const runs = options.runs ?? 3;
  const print = options.print ?? ((line: string) => console.log(line));
  const outDir = join(root, 'test-results', 'bench', 'worker-page');
  mkdirSync(outDir, { recursive: true });

  const t0 = performance.now();
  await buildWorkerPage(root, outDir);
  const fixture = loadWorkerFixture(root);
  const input = sampleInput(fixture, megabytes * 1e6);
  const server = await serveWorkerPage(outDir);
  const browser = await launchBrowser({ webgl: false });
  const result = { main: [] as TracedRun[], worker: [] as TracedRun[] };
  try {
    const loadBefore = loadavg()[0] as number;
    print(`node ${process.version}, Chromium ${browser.version()} (headless), ${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores`);
    print(`page built in ${((performance.now() - t0) / 1000).toFixed(1)} s; served with the strict CSP (no unsafe-eval)`);
    // One untimed run of each mode first: Chromium compiles and optimises the geoparser's code.
    for (let i = -1; i < runs; i++) {
      const main = await runTraced(browser, server, input, fixture.places, 'main');
      const worker = await runTraced(browser, server, input, fixture.places, 'worker');
      if (i === -1) {
        print(
          `text: ${(main.sample.bytes / 1e6).toFixed(2)} MB (UTF-8, MB = 10^6 bytes), ${main.sample.codeUnits.toLocaleString('en')} UTF-16 code units, ` +
            `${main.sample.paragraphs} paragraphs, ${main.sample.inserted} inserted names; ` +
            `found ${main.run.summary.matches} matches (main thread) and ${worker.run.summary.matches} (worker)`,
        );
        continue;
      }
      result.main.push(main.run);
      result.worker.push(worker.run);
    }
    const loadAfter = loadavg()[0] as number;
    print('');
    printTable(print, result.main, result.worker, runs);
    print('');
    print(
      `1-minute load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after, on ${availableParallelism()} cores` +
        (Math.max(loadBefore, loadAfter) > availableParallelism() - 0.5 ? ': the machine was busy; times are noisy.' : '.'),
    );
    // Two verdicts: wall-clock is what a reader feels, but on a shared machine it includes the
    // time the OS gave the core to other processes; thread CPU time is the page's own work.
    const wall = Math.max(...result.worker.map((r) => r.longestTraceTaskMs));
    const cpu = Math.max(...result.worker.map((r) => r.maxTaskCpuMs));
    const worstLongTask = Math.max(0, ...result.worker.flatMap((r) => r.summary.longTasks.map((t) => t.duration)));
    const verdict = (ms: number): string => (ms < TARGET_MS ? 'MET' : 'NOT MET');
    print(
      `longest main-thread task under ${TARGET_MS} ms: ${verdict(wall)} by wall-clock (${wall.toFixed(1)} ms), ${verdict(cpu)} by thread CPU time (${cpu.toFixed(1)} ms); ` +
        `worker mode, worst of ${runs} runs, from the trace; ` +
        `${worstLongTask > 0 ? `Long Tasks API: ${worstLongTask.toFixed(0)} ms` : 'Long Tasks API: no task of 50 ms or more'}; ` +
        `geoparsing on the main thread instead: ${median(result.main.map((r) => r.longestTraceTaskMs)).toFixed(0)} ms (${median(result.main.map((r) => r.maxTaskCpuMs)).toFixed(0)} ms of CPU)`,
    );
    print(`total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  } finally {
    await browser.close();
    await server.close();
  }
  return result;
}

/** What the bench prints about the text, without bringing the text itself back from the page. */
interface SampleInfo {
  bytes: number;
  codeUnits: number;
  paragraphs: number;
  inserted: number;
}

/** One run in a fresh page, with a Chrome trace of it. */
async function runTraced(browser: Browser, server: StaticServer, input: SampleInput, places: Place[], mode: 'main' | 'worker'): Promise<{ run: TracedRun; sample: SampleInfo }> {
  const harness = await openWorkerPage(browser, server);
  try {
    const { page } = harness;
    // The text is made in the page and stays there: only a handle crosses to Node.
    const sampleHandle = await page.evaluateHandle(generateSampleText, input);
    const sample = await page.evaluate((s) => ({ bytes: s.bytes, codeUnits: s.text.length, paragraphs: s.paragraphs, inserted: s.inserted.length / 3 }), sampleHandle);
    // Playwright passes the handle through as the page object; the casts only tell TypeScript.
    const inPage = sampleHandle as unknown as Sample;
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    let summary: RunSummary;
    if (mode === 'main') {
      summary = await page.evaluate(runOnMainThread, { sample: inPage, places });
    } else {
      await page.evaluate(startWorkerRun, { sample: inPage, places, chunkSize: null });
      summary = (await page.evaluate(finishWorkerRun, { sample: inPage, details: false })).summary;
    }
    const tasks = readMainThreadTasks(await browser.stopTracing());
    if (summary.error) throw new Error(`${mode} run failed in the page: ${summary.error}`);
    if (harness.pageErrors.length > 0) throw new Error(`page errors: ${harness.pageErrors.join('; ')}`);
    const longest = tasks.reduce<TraceTask>((a, b) => (b.ms > a.ms ? b : a), { ms: 0, cpuMs: 0 });
    return {
      run: {
        summary,
        longestTraceTaskMs: longest.ms,
        longestTraceTaskCpuMs: longest.cpuMs,
        maxTaskCpuMs: Math.max(0, ...tasks.map((t) => t.cpuMs)),
        busyTraceMs: tasks.reduce((sum, t) => sum + t.ms, 0),
        traceTasks: tasks.length,
      },
      sample,
    };
  } finally {
    await harness.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** µs on Chrome's monotonic clock. */
  ts: number;
  /** Wall-clock µs. */
  dur?: number;
  /** Thread CPU µs. */
  tdur?: number;
  args?: { data?: { message?: string } };
}

/**
 * The tasks that the page's main thread ran during a run: `RunTask` events (category
 * `disabled-by-default-devtools.timeline`, the "Task" bars of DevTools) on the thread that logged
 * the run's `console.timeStamp` marks, from the start mark to the end mark. Tasks that straddle a
 * mark are counted whole.
 */
function readMainThreadTasks(trace: Buffer): TraceTask[] {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const mark = (message: string): TraceEvent => {
    const found = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === message);
    if (!found) throw new Error(`trace: no console.timeStamp("${message}") mark`);
    return found;
  };
  const start = mark(RUN_START_MARK);
  const end = mark(RUN_END_MARK);
  return events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === start.pid && e.tid === start.tid && e.ts + (e.dur ?? 0) >= start.ts && e.ts <= end.ts)
    .map((e) => ({ ms: (e.dur ?? 0) / 1000, cpuMs: (e.tdur ?? e.dur ?? 0) / 1000 }));
}

function printTable(print: (line: string) => void, main: TracedRun[], worker: TracedRun[], runs: number): void {
  const m = (rs: TracedRun[], f: (r: TracedRun) => number, digits = 0): string => median(rs.map(f)).toFixed(digits);
  const row = (label: string, rs: TracedRun[]): string[] => [
    label,
    m(rs, (r) => r.summary.ms),
    m(rs, (r) => r.summary.workerMs),
    m(rs, (r) => r.longestTraceTaskMs, 1),
    m(rs, (r) => r.longestTraceTaskCpuMs, 1),
    m(rs, (r) => r.maxTaskCpuMs, 1),
    m(rs, (r) => r.summary.longTasks.length),
    m(rs, (r) => Math.max(0, ...r.summary.longTasks.map((t) => t.duration))),
    m(rs, (r) => r.summary.maxFrameGapMs),
    m(rs, (r) => r.summary.frames),
    m(rs, (r) => r.busyTraceMs),
    m(rs, (r) => r.summary.callMs, 1),
  ];
  const header = ['mode', 'total ms', 'worker ms', 'longest task ms', '(its CPU ms)', 'most CPU in a task ms', 'long tasks', 'longest long task ms', 'max frame gap ms', 'frames', 'main busy ms', 'call ms'];
  const rows = [header, row('main thread', main), row('worker', worker)];
  const widths = header.map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  for (const r of rows) print(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('   '));
  print(`medians of ${runs} runs of each mode (alternating main thread, worker; a fresh page per run)`);
  const worst = worker.reduce((a, b) => (b.longestTraceTaskMs > a.longestTraceTaskMs ? b : a));
  print(
    `worker, worst of ${runs} runs: longest main-thread task ${worst.longestTraceTaskMs.toFixed(1)} ms wall-clock (${worst.longestTraceTaskCpuMs.toFixed(1)} ms of CPU); ` +
      `most CPU in one task ${Math.max(...worker.map((r) => r.maxTaskCpuMs)).toFixed(1)} ms`,
  );
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function parseArgs(argv: readonly string[]): WorkerBenchOptions {
  const options: WorkerBenchOptions = {};
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--mb' && value !== undefined && Number(value) > 0) options.megabytes = Number(value);
    else if (flag === '--runs' && value !== undefined && /^\d+$/.test(value) && Number(value) > 0) options.runs = Number(value);
    else throw new Error(`usage: npm run bench:worker -- [--mb <number>] [--runs <int>] (got ${JSON.stringify(flag)})`);
  }
  return options;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runWorkerBench(parseArgs(process.argv.slice(2)));
}
