// The archive page (archive.html): 50,000 SYNTHETIC claims, clustered, filtered by party and date.
// It first paints on a 2D canvas (clusters from MapLibre's own cluster code, in a worker), then
// MapLibre takes over (`data-renderer` goes from `canvas` to `webgl`); without WebGL the canvas
// map stays. The filter tests below hold whichever map is shown when they act.
// The site copy is built here (vite.config.ts + archive.html + data/synthetic-claims.json), not
// taken from the global setup's dist/, which does not have the page until vite.config.ts lists it.
// Every expected count is computed in Node from the same columnar file, independently of the
// page's own selection code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNTHETIC_CLAIMS_FILE, buildArchiveSite } from './harness/archive-site.ts';
import { addDays, type SyntheticClaimColumns } from '../../src/archive/synthetic-claims.ts';
import {
  createRequestLog,
  launchBrowser,
  newPage,
  runAxe,
  saveScreenshot,
  seriousOrCritical,
  startStaticServer,
  waitForMapReady,
  type HarnessPage,
  type NewPageOptions,
  type StaticServer,
} from './harness/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let server: StaticServer;
let browser: Browser;
let noWebgl: Browser;
let columns: SyntheticClaimColumns;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cm-archive-'));
  await buildArchiveSite(root, join(work, 'dist'));
  columns = JSON.parse(readFileSync(join(work, 'dist', SYNTHETIC_CLAIMS_FILE), 'utf8')) as SyntheticClaimColumns;
  server = await startStaticServer({ name: 'archive', root: join(work, 'dist'), log: createRequestLog() });
  browser = await launchBrowser();
  noWebgl = await launchBrowser({ webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await noWebgl?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Claims of the given parties dated from `from` to `asOf` (days), counted in a plain loop. */
function countWindow(parties: readonly string[], from: number, asOf: number): number {
  let n = 0;
  for (let i = 0; i < columns.count; i++) {
    const day = columns.day[i] as number;
    if (day >= from && day <= asOf && parties.includes(columns.parties[columns.party[i] as number] as string)) n += 1;
  }
  return n;
}

/** Places whose latest claim on or before `asOf` (the last listed on that day) names one of `parties`. */
function countLatest(parties: readonly string[], asOf: number): number {
  const latest = new Map<number, number>();
  for (let i = 0; i < columns.count; i++) {
    const day = columns.day[i] as number;
    const place = columns.place[i] as number;
    const seen = latest.get(place);
    if (day <= asOf && (seen === undefined || day >= (columns.day[seen] as number))) latest.set(place, i);
  }
  return [...latest.values()].filter((i) => parties.includes(columns.parties[columns.party[i] as number] as string)).length;
}

/** What the map container said when `data-map-ready` appeared, recorded in the page. */
interface FirstPaint {
  renderer: string | null;
  clusters: number;
  points: number;
  claims: number;
  sizes: number[];
}

async function openArchive(query = '', on: Browser = browser, options: NewPageOptions = {}, setup?: (page: Page) => Promise<unknown>): Promise<HarnessPage> {
  const h = await newPage(on, options);
  await setup?.(h.page);
  // The attributes at the moment of readiness: MapLibre may take over (and rewrite them) before
  // the test gets to read them.
  await h.page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.body?.hasAttribute('data-map-ready')) return;
      const map = document.getElementById('cm-archive-map') as HTMLElement;
      const data = map.dataset;
      document.body.dataset.testFirstPaint = JSON.stringify({
        renderer: document.body.dataset.renderer ?? null,
        clusters: Number(data.renderedClusters),
        points: Number(data.renderedPoints),
        claims: Number(data.renderedClaims),
        sizes: (data.renderedClusterSizes ?? '').split(' ').filter(Boolean).map(Number),
      });
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
  });
  await h.page.goto(`${server.url}archive.html${query}`);
  await waitForMapReady(h, 90_000);
  return h;
}

const firstPaint = (page: Page): Promise<FirstPaint> => page.locator('body').getAttribute('data-test-first-paint').then((s) => JSON.parse(s ?? 'null') as FirstPaint);
const renderer = (page: Page): Promise<string | null> => page.locator('body').getAttribute('data-renderer');

/** Reads what the map container says is drawn now. */
async function drawnNow(page: Page): Promise<Omit<FirstPaint, 'renderer'>> {
  return page.locator('#cm-archive-map').evaluate((map: HTMLElement) => ({
    clusters: Number(map.dataset.renderedClusters),
    points: Number(map.dataset.renderedPoints),
    claims: Number(map.dataset.renderedClaims),
    sizes: (map.dataset.renderedClusterSizes ?? '').split(' ').filter(Boolean).map(Number),
  }));
}

/** Waits until MapLibre has taken over from the canvas map. */
async function waitForWebGL(page: Page): Promise<void> {
  await page.waitForSelector('body[data-renderer="webgl"]', { state: 'attached', timeout: 90_000 });
}

/** The canvas map's CSS and backing-store size next to the map element's, CSS px and device px. */
async function canvasFit(page: Page): Promise<{ css: [number, number]; backing: [number, number]; client: [number, number]; ratio: number }> {
  return page.evaluate(() => {
    const map = document.getElementById('cm-archive-map') as HTMLElement;
    const canvas = map.querySelector('canvas.cm-archive-canvas') as HTMLCanvasElement;
    return {
      css: [parseFloat(canvas.style.width), parseFloat(canvas.style.height)],
      backing: [canvas.width, canvas.height],
      client: [map.clientWidth, map.clientHeight],
      ratio: window.devicePixelRatio,
    };
  });
}

const shownCount = (page: Page): Promise<number> => page.locator('#cm-archive-count').getAttribute('data-shown-count').then(Number);
const renderedClaims = (page: Page): Promise<number> => page.locator('#cm-archive-map').getAttribute('data-rendered-claims').then(Number);

/** Waits until the map has redrawn `expected` claims (clusters' counts plus single claims). */
async function expectDrawn(page: Page, expected: number): Promise<void> {
  await expect.poll(() => renderedClaims(page), { timeout: 60_000, interval: 100 }).toBe(expected);
}

function expectClean(h: HarnessPage): void {
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  expect(h.failedRequests).toEqual([]);
  expect(h.httpErrors).toEqual([]);
}

describe('the archive page (synthetic claims)', () => {
  it('gets ready with every claim drawn in clusters, says SYNTHETIC in both languages, Arabic first', async () => {
    const h = await openArchive();
    const { page } = h;
    expect(columns.count).toBe(50_000);
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const badge = await page.locator('.cm-archive__badge').textContent();
    expect(badge).toContain('بيانات اصطناعية');
    expect(badge).toContain('SYNTHETIC DATA');
    expect(await page.locator('.cm-archive__title').textContent()).toContain('اصطناعية');
    expect(await shownCount(page)).toBe(50_000);
    expect(Number(await page.locator('#cm-archive-map').getAttribute('data-rendered-clusters'))).toBeGreaterThan(5);
    expect(await renderedClaims(page)).toBe(50_000);
    expect(await page.locator('#cm-archive-count').textContent()).toBe('50,000 ادعاء معروض');
    // The party counts in the panel are the file's.
    const lna = Number(await page.locator('#cm-archive-party-lna ~ .cm-archive-controls__party-count').getAttribute('data-count'));
    expect(lna).toBe(countWindow(['lna'], 0, 428));
    await saveScreenshot(page, 'archive-ready');
    // MapLibre takes over and draws every claim too.
    await waitForWebGL(page);
    expect(await renderedClaims(page)).toBe(50_000);
    await saveScreenshot(page, 'archive-webgl');
    expectClean(h);
    await h.close();
  });

  it('paints first on a canvas whose clusters add up to every claim and are the ones MapLibre then draws', async () => {
    const h = await openArchive();
    const { page } = h;
    const first = await firstPaint(page);
    expect(first.renderer).toBe('canvas');
    // Expected counts from the file, independently of the page.
    const all = countWindow(['lna', 'gna'], 0, 428);
    expect(first.claims).toBe(all);
    expect(first.sizes.reduce((sum, n) => sum + n, 0) + first.points).toBe(all);
    expect(first.sizes).toHaveLength(first.clusters);
    expect(first.clusters).toBeGreaterThan(5);
    const canvas = page.locator('canvas.cm-archive-canvas');
    if ((await renderer(page)) === 'canvas') {
      expect(await canvas.getAttribute('role')).toBe('img');
      expect(await canvas.getAttribute('aria-label')).toBe('خريطة ادعاءات سيطرة اصطناعية في شمال غرب ليبيا، مجمّعة، ملوّنة حسب الطرف');
    }

    await waitForWebGL(page);
    const webgl = await drawnNow(page);
    // Same clusters (count and sizes), same single claims: same cluster code, options and view.
    expect(webgl).toEqual({ clusters: first.clusters, points: first.points, claims: first.claims, sizes: first.sizes });
    expect(await canvas.count()).toBe(0);
    const maplibreCanvas = page.locator('canvas.maplibregl-canvas');
    expect(await maplibreCanvas.getAttribute('role')).toBe('img');
    expect(await page.locator('.cm-archive-map__webgl').getAttribute('aria-hidden')).toBeNull();
    expect(await page.locator('.cm-archive-map__notice').count()).toBe(0);
    expectClean(h);
    await h.close();
  });

  it('a filter change straight after the first paint (canvas map, most likely) is drawn, and MapLibre takes over with the latest filter', async () => {
    const h = await openArchive();
    const { page } = h;
    // Straight after the first paint, when MapLibre has most likely not taken over yet.
    await page.locator('#cm-archive-party-gna').uncheck();
    await page.locator('#cm-archive-asof').fill('300');
    const expected = countWindow(['lna'], 0, 300);
    expect(await shownCount(page)).toBe(expected);
    await expectDrawn(page, expected);
    await waitForWebGL(page);
    await expectDrawn(page, expected);
    expectClean(h);
    await h.close();
  });

  it('a resize while MapLibre is loading behind the canvas: MapLibre follows the refit and takes over with the same clusters', async () => {
    // MapLibre's worker is held back, so the map exists but cannot draw (or take over) until the
    // window has been resized.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const h = await openArchive('', browser, {}, (page) => page.route('**/assets/maplibre-gl-worker-*.mjs', async (route) => {
      await held;
      await route.continue();
    }));
    const { page } = h;
    await page.waitForSelector('.cm-archive-map__webgl canvas.maplibregl-canvas', { state: 'attached', timeout: 90_000 });
    expect(await renderer(page)).toBe('canvas');
    const first = await firstPaint(page);
    const size = { width: 800, height: 1000 };
    await page.setViewportSize(size);
    await expect.poll(async () => (await canvasFit(page)).css[0], { timeout: 30_000, interval: 100 }).toBe((await canvasFit(page)).client[0]);
    release();
    // Taken over, not timed out into the canvas fallback.
    await expect.poll(async () => (await renderer(page)) === 'webgl' || (await page.locator('body').getAttribute('data-map-fallback')) !== null, { timeout: 90_000, interval: 200 }).toBe(true);
    expect(await page.locator('body').getAttribute('data-map-fallback')).toBeNull();
    expect(await renderer(page)).toBe('webgl');
    // The clusters of a page opened at that size from the start: MapLibre opened on the refit.
    const fresh = await openArchive('', noWebgl, { viewport: size });
    const expected = await firstPaint(fresh.page);
    await fresh.close();
    expect(expected.sizes).not.toEqual(first.sizes);
    expect(await drawnNow(page)).toEqual({ clusters: expected.clusters, points: expected.points, claims: expected.claims, sizes: expected.sizes });
    expectClean(h);
    await h.close();
  });

  it('unchecking a party shows only the other party\'s claims, re-clustered', async () => {
    const h = await openArchive();
    const { page } = h;
    await page.locator('#cm-archive-party-gna').uncheck();
    const lnaOnly = countWindow(['lna'], 0, 428);
    expect(lnaOnly).toBeGreaterThan(10_000);
    expect(lnaOnly).toBeLessThan(40_000);
    expect(await shownCount(page)).toBe(lnaOnly);
    await expectDrawn(page, lnaOnly);
    await page.locator('#cm-archive-party-gna').check();
    await page.locator('#cm-archive-party-lna').uncheck();
    expect(await shownCount(page)).toBe(countWindow(['gna'], 0, 428));
    await expectDrawn(page, countWindow(['gna'], 0, 428));
    expectClean(h);
    await h.close();
  });

  it('the "map as of" slider shows the claims up to that day, by mouse-free input and by keyboard', async () => {
    const h = await openArchive();
    const { page } = h;
    const slider = page.locator('#cm-archive-asof');
    expect(await page.locator('label[for="cm-archive-asof"]').textContent()).toBe('الخريطة بتاريخ');
    await slider.fill('20');
    const early = countWindow(['lna', 'gna'], 0, 20);
    expect(early).toBeLessThan(50_000);
    expect(await shownCount(page)).toBe(early);
    await expectDrawn(page, early);
    expect(addDays(columns.start, 20)).toBe('2019-04-24');
    expect(await slider.getAttribute('aria-valuetext')).toBe('24 أبريل 2019');
    expect(await page.locator('#cm-archive-asof-date').textContent()).toBe('24 أبريل 2019');

    // Keyboard: Home is the first day, and each arrow press moves one day.
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => shownCount(page)).toBe(countWindow(['lna', 'gna'], 0, 0));
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => shownCount(page)).toBe(countWindow(['lna', 'gna'], 0, 1));
    await expectDrawn(page, countWindow(['lna', 'gna'], 0, 1));

    // A "from" date narrows the window from the other end.
    await slider.fill('428');
    await page.locator('#cm-archive-from').fill('2020-03-25');
    const spring = countWindow(['lna', 'gna'], 356, 428);
    expect(await shownCount(page)).toBe(spring);
    await expectDrawn(page, spring);
    expectClean(h);
    await h.close();
  });

  it('"the latest claim per place" shows one claim per place as of the day', async () => {
    const h = await openArchive();
    const { page } = h;
    await page.locator('#cm-archive-mode-latest').check();
    expect(await shownCount(page)).toBe(columns.places.length);
    await expectDrawn(page, columns.places.length);
    await page.locator('#cm-archive-asof').fill('60');
    await page.locator('#cm-archive-party-lna').uncheck();
    expect(await shownCount(page)).toBe(countLatest(['gna'], 60));
    await expectDrawn(page, countLatest(['gna'], 60));
    expectClean(h);
    await h.close();
  });

  it('opens in English with ?lang=en and switches back to Arabic with the language button', async () => {
    const h = await openArchive('?lang=en');
    const { page } = h;
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.locator('.cm-archive__title').textContent()).toBe('Control over time (synthetic data)');
    expect(await page.locator('.cm-archive__note').textContent()).toContain('not reporting');
    expect(await page.locator('#cm-archive-count').textContent()).toBe('50,000 claims shown');
    expect(await page.locator('label[for="cm-archive-asof"]').textContent()).toBe('Map as of');
    expect(await page.locator('#cm-archive-asof').getAttribute('aria-valuetext')).toBe('5 June 2020');
    await page.locator('.cm-archive__lang').click();
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(page.url()).not.toContain('lang=en');
    expect(await page.locator('.cm-archive__badge').textContent()).toContain('SYNTHETIC DATA');
    expectClean(h);
    await h.close();
  });

  it('has no serious or critical accessibility violations (axe), with the canvas map and with MapLibre', async () => {
    const h = await openArchive();
    expect(seriousOrCritical(await runAxe(h.page))).toEqual([]);
    await waitForWebGL(h.page);
    expect(seriousOrCritical(await runAxe(h.page))).toEqual([]);
    await h.close();
  });
});

describe('the archive page without WebGL', () => {
  it('gets ready on the canvas map, says it is static in both languages, and filters by party and by date', async () => {
    const h = await openArchive('', noWebgl);
    const { page } = h;
    expect((await firstPaint(page)).renderer).toBe('canvas');
    expect(await renderedClaims(page)).toBe(50_000);
    await expect.poll(() => page.locator('body').getAttribute('data-map-fallback')).toBe('webgl-unavailable');
    const notice = page.locator('.cm-archive-map__notice');
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.textContent()).toContain('خريطة ثابتة');
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(0);
    expect(await page.locator('canvas.cm-archive-canvas').getAttribute('role')).toBe('img');
    await saveScreenshot(page, 'archive-no-webgl');

    await page.locator('#cm-archive-party-gna').uncheck();
    const lnaOnly = countWindow(['lna'], 0, 428);
    expect(await shownCount(page)).toBe(lnaOnly);
    await expectDrawn(page, lnaOnly);
    await page.locator('#cm-archive-asof').fill('20');
    await expectDrawn(page, countWindow(['lna'], 0, 20));
    await page.locator('#cm-archive-party-gna').check();
    await expectDrawn(page, countWindow(['lna', 'gna'], 0, 20));
    const drawn = await drawnNow(page);
    expect(drawn.sizes.reduce((sum, n) => sum + n, 0) + drawn.points).toBe(countWindow(['lna', 'gna'], 0, 20));

    await page.locator('.cm-archive__lang').click();
    expect(await notice.textContent()).toContain('Static map');
    expect(await page.locator('canvas.cm-archive-canvas').getAttribute('aria-label')).toBe('Map of synthetic control claims in north-west Libya, clustered, coloured by party');
    expect(await renderer(page)).toBe('canvas');
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    expectClean(h);
    await h.close();
  });

  it('refits, re-clusters and redraws the canvas map when the window is resized, then still filters', async () => {
    const h = await openArchive('', noWebgl, { deviceScaleFactor: 2 });
    const { page } = h;
    const first = await firstPaint(page);
    await expect.poll(() => page.locator('body').getAttribute('data-map-fallback')).toBe('webgl-unavailable');
    const before = await canvasFit(page);
    expect(before.css).toEqual(before.client);

    // Narrower and taller: the fit drops a whole tile zoom, so the clusters must change.
    const size = { width: 800, height: 1000 };
    await page.setViewportSize(size);
    const fits = (fit: Awaited<ReturnType<typeof canvasFit>>): boolean =>
      fit.css[0] === fit.client[0] && fit.css[1] === fit.client[1] && fit.backing[0] === Math.round(fit.client[0] * fit.ratio) && fit.backing[1] === Math.round(fit.client[1] * fit.ratio);
    await expect.poll(async () => fits(await canvasFit(page)), { timeout: 30_000, interval: 100 }).toBe(true);
    const after = await canvasFit(page);
    expect(after.client[0]).toBeLessThan(before.client[0] - 200);
    expect(after.ratio).toBe(2);

    // The same clusters as a page opened at that size from the start (same fit, same tile zoom).
    const fresh = await openArchive('', noWebgl, { viewport: size });
    const expected = await firstPaint(fresh.page);
    await fresh.close();
    expect(expected.sizes).not.toEqual(first.sizes);
    const all = countWindow(['lna', 'gna'], 0, 428);
    expect(expected.claims).toBe(all);
    await expect.poll(async () => (await drawnNow(page)).sizes, { timeout: 30_000, interval: 100 }).toEqual(expected.sizes);
    const resized = await drawnNow(page);
    expect(resized).toEqual({ clusters: expected.clusters, points: expected.points, claims: all, sizes: expected.sizes });
    expect(resized.sizes.reduce((sum, n) => sum + n, 0) + resized.points).toBe(all);

    // Filters re-cluster on the new view.
    await page.locator('#cm-archive-party-gna').uncheck();
    const lnaOnly = countWindow(['lna'], 0, 428);
    expect(await shownCount(page)).toBe(lnaOnly);
    await expectDrawn(page, lnaOnly);
    const filtered = await drawnNow(page);
    expect(filtered.sizes.reduce((sum, n) => sum + n, 0) + filtered.points).toBe(lnaOnly);
    expect(fits(await canvasFit(page))).toBe(true);
    expect(await renderer(page)).toBe('canvas');
    await saveScreenshot(page, 'archive-no-webgl-resized');
    expectClean(h);
    await h.close();
  });
});
