/**
 * The geoparse worker's test page: a small page with the geoparse client and worker of
 * src/worker/ and nothing else, the sample text it geoparses (the seed article's paragraphs with
 * their place names taken out, repeated, each followed by a sentence naming one gazetteer place),
 * and the functions that run in it. tests/e2e/geoparse-worker.test.ts drives it; `npm run
 * bench:worker` (bench/worker.ts) times it.
 *
 * The functions that run in the page (`generateSampleText`, `startWorkerRun`, `finishWorkerRun`,
 * `runOnMainThread`) are sent there as source text, so they use only globals (`performance` is
 * the global one here, not an import, for that reason) and no named inner functions (tsx wraps
 * those in a `__name` helper the page lacks).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { parseArticleMarkdown } from '../../../src/core/content/parse-article-markdown.ts';
import { readGazetteer } from '../../../src/cli/read-gazetteer.ts';
import { createGeoparser, geoparseText } from '../../../src/core/geoparser/index.ts';
import type { Place } from '../../../src/core/types.ts';
import type { createGeoparseClient, DocumentGeoparse } from '../../../src/worker/geoparse-client.ts';
import type { geoparseDocument } from '../../../src/worker/geoparse-document.ts';
import { buildStrictCsp } from './csp.ts';
import { newPage, type HarnessPage } from './browser.ts';
import { createRequestLog, startStaticServer, type StaticServer } from './static-server.ts';

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
export const RUN_START_MARK = 'cm-run-start';
export const RUN_END_MARK = 'cm-run-end';
/** The target for the longest main-thread task, ms. */
export const TARGET_MS = 50;

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
  // The whole gazetteer, both layers, as the page's data/gazetteer.json carries it.
  const { places } = readGazetteer(root);
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
  // Names found bare, on their own: not those that need evidence in the text (a common word, a
  // small village of the generated layer), nor a generated duplicate of a curated name.
  const names = places
    .filter((p) => p.kind !== 'country')
    .flatMap((p) => p.ar.map((text) => ({ id: p.id, text })))
    .filter((n) => geoparseText(parser, `${NEUTRAL_WORD} ${n.text} ${NEUTRAL_WORD}`, 'p1').matches.some((m) => m.text === n.text && m.candidates.includes(n.id)));
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
 * In the page: starts a worker client with `places` and waits until it has compiled them; returns
 * the ms from the call of `createGeoparseClient` (which posts the places to the worker, cloning
 * them) to `ready`, and the names the worker compiled. `npm run bench:worker` reports it.
 */
export async function measureWorkerReady(arg: { places: Place[] }): Promise<{ readyMs: number; names: number }> {
  const api = (window as unknown as Record<string, WorkerPageApi>)['__cmWorkerPage'] as WorkerPageApi;
  const t0 = performance.now();
  const client = api.createGeoparseClient(arg.places);
  const names = await client.ready;
  const readyMs = performance.now() - t0;
  client.terminate();
  return { readyMs, names };
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
