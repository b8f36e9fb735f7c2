import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, runAxe, saveScreenshot, seriousOrCritical, waitForMapReady, WEBGL_READY, type HarnessPage } from './harness/index.ts';

// The static map moves before MapLibre arrives (d3-zoom), and MapLibre takes over on the view the
// reader left it at, following it if it moved while MapLibre loaded.
const baseUrl = inject('baseUrl');
let webgl: Browser;
let noWebgl: Browser;

beforeAll(async () => {
  webgl = await launchBrowser();
  noWebgl = await launchBrowser({ webgl: false });
});
afterAll(async () => {
  await webgl.close();
  await noWebgl.close();
});

type Positions = Array<{ id: string; x: number; y: number }>;

async function positions(page: Page, selector = '#cm-static-map'): Promise<Positions> {
  return JSON.parse((await page.getAttribute(selector, 'data-rendered-places')) ?? '[]') as Positions;
}

/**
 * Lets the page finish what a move queued: the static map reports its positions in an animation
 * frame after a task (src/map/svg-renderer.ts), and a move can itself be a task away (a flight).
 */
async function settle(page: Page): Promise<void> {
  for (let i = 0; i < 2; i++) await page.evaluate(() => new Promise<void>((resolve) => setTimeout(() => requestAnimationFrame(() => setTimeout(resolve, 0)), 0)));
}

/** The static map's positions once they differ from `before` and the page has finished reporting them. */
async function positionsAfterMove(page: Page, before: Positions): Promise<Positions> {
  let settled = '';
  await expect.poll(async () => {
    await settle(page);
    const now = JSON.stringify(await positions(page));
    await settle(page);
    settled = JSON.stringify(await positions(page));
    return settled === now && settled !== JSON.stringify(before);
  }).toBe(true);
  return JSON.parse(settled) as Positions;
}

/** Holds back requests matching `pattern` until the returned function is called. */
async function holdBack(page: Page, pattern: string): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(pattern, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** The static map's box in the page. */
async function mapBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  return (await page.locator('#cm-static-map').boundingBox())!;
}

async function drag(page: Page, from: [number, number], by: [number, number]): Promise<void> {
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move(from[0] + by[0], from[1] + by[1], { steps: 6 });
  await page.mouse.up();
}

/** Size of a place's symbol on screen, CSS px. */
async function symbolSize(page: Page, id: string): Promise<number> {
  return (await page.locator(`.cm-static-map .cm-svg-place[data-place="${id}"] > g`).boundingBox())!.width;
}

/** MapLibre's places after the swap equal the static map's just before it, for every place in view. */
async function expectSamePlaces(h: HarnessPage): Promise<void> {
  const staticPositions = await positions(h.page);
  const webglPositions = await positions(h.page, '#cm-map');
  const { width, height } = (await h.page.locator('#cm-map').boundingBox())!;
  const inView = staticPositions.filter((p) => p.x >= 1 && p.y >= 1 && p.x <= width - 1 && p.y <= height - 1).map((p) => p.id);
  expect(inView.length).toBeGreaterThan(0);
  for (const id of inView) expect(webglPositions.map((p) => p.id)).toContain(id);
  for (const p of webglPositions) {
    const s = staticPositions.find((q) => q.id === p.id)!;
    expect(Math.hypot(p.x - s.x, p.y - s.y), p.id).toBeLessThanOrEqual(4);
  }
}

describe('the static map, before MapLibre', () => {
  it('pans and zooms, and MapLibre takes over on the view the reader left: places do not move at the swap', async () => {
    const h = await newPage(webgl);
    // MapLibre's chunk is held back: the static map is all there is until it is released.
    const release = await holdBack(h.page, '**/assets/create-page-maplibre-*.js');
    await h.page.goto(baseUrl);
    await waitForMapReady(h);
    await expect.poll(async () => (await positions(h.page)).length).toBe(10);
    const built = await positions(h.page);
    const box = await mapBox(h.page);
    const symbol = await symbolSize(h.page, 'tripoli');

    // A drag pans: every place moves by the drag.
    await drag(h.page, [box.x + box.width * 0.8, box.y + box.height * 0.85], [-120, -90]);
    const dragged = await positionsAfterMove(h.page, built);
    for (const p of dragged) {
      const b = built.find((q) => q.id === p.id)!;
      expect([p.x - b.x, p.y - b.y], p.id).toEqual([expect.closeTo(-120, -0.5), expect.closeTo(-90, -0.5)]);
    }
    expect(await h.page.getAttribute('body', 'data-renderer')).toBe('svg');

    // The wheel zooms in around the pointer: places spread out, symbols keep their size.
    const tripoli = dragged.find((p) => p.id === 'tripoli')!;
    await h.page.mouse.move(box.x + tripoli.x, box.y + tripoli.y);
    await h.page.mouse.wheel(0, -500);
    await expect.poll(async () => h.page.locator('.cm-static-map .cm-svg-view').getAttribute('transform')).toMatch(/scale\((?!1\))/);
    const zoomed = await positionsAfterMove(h.page, dragged);
    const spread = (list: Positions): number => Math.hypot(list.find((p) => p.id === 'tripoli')!.x - list.find((p) => p.id === 'ain-zara')!.x, list.find((p) => p.id === 'tripoli')!.y - list.find((p) => p.id === 'ain-zara')!.y);
    expect(spread(zoomed)).toBeGreaterThan(spread(dragged) * 1.5);
    // Zoomed around the pointer: the place under it stays (within a few px).
    const t = zoomed.find((p) => p.id === 'tripoli')!;
    expect(Math.hypot(t.x - tripoli.x, t.y - tripoli.y)).toBeLessThanOrEqual(3);
    expect(await symbolSize(h.page, 'tripoli')).toBeCloseTo(symbol, 0);
    await saveScreenshot(h.page, 'static-map-zoomed');

    // MapLibre arrives and takes over on that view; a reader on the static map's keys goes on
    // with MapLibre's.
    await h.page.locator('.cm-static-map > svg').focus();
    release();
    await waitForMapReady(h, 60_000, WEBGL_READY);
    expect(await h.page.locator('#cm-static-map').isHidden()).toBe(true);
    await expectSamePlaces(h);
    expect(await h.page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await saveScreenshot(h.page, 'static-map-zoomed-webgl');
    expect(h.pageErrors).toEqual([]);
    expect(h.externalRequests).toEqual([]);
    await h.close();
  });

  it('MapLibre follows a static map the reader moves while it loads behind it, then takes over on that view', async () => {
    const h = await newPage(webgl);
    // The map is created on the static map's view, but cannot draw until its worker comes.
    const release = await holdBack(h.page, '**/assets/maplibre-gl-worker-*.mjs');
    await h.page.goto(baseUrl);
    await waitForMapReady(h);
    await h.page.waitForSelector('#cm-map canvas.maplibregl-canvas', { state: 'attached', timeout: 60_000 });
    await expect.poll(async () => (await positions(h.page)).length).toBe(10);
    const built = await positions(h.page);
    const box = await mapBox(h.page);
    await drag(h.page, [box.x + box.width * 0.8, box.y + box.height * 0.85], [-150, 60]);
    await h.page.mouse.wheel(0, -300);
    await positionsAfterMove(h.page, built);
    expect(await h.page.getAttribute('body', 'data-renderer')).toBe('svg');
    release();
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await expectSamePlaces(h);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('a drag does not select a place, a click still does, and a double-click zooms in', async () => {
    const h = await newPage(noWebgl);
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    await expect.poll(async () => (await positions(h.page)).length).toBe(10);
    const built = await positions(h.page);
    const box = await mapBox(h.page);
    const gharyan = built.find((p) => p.id === 'gharyan')!;
    // Pressed on a place and dragged: a pan, not a selection.
    await drag(h.page, [box.x + gharyan.x, box.y + gharyan.y], [80, -60]);
    const dragged = await positionsAfterMove(h.page, built);
    expect(await h.page.locator('.cm-card').isHidden()).toBe(true);
    expect(await h.page.locator('.cm-static-map .cm-svg-place--selected').count()).toBe(0);
    // Clicked where it now is: selected.
    const moved = dragged.find((p) => p.id === 'gharyan')!;
    await h.page.mouse.click(box.x + moved.x, box.y + moved.y);
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Gharyan');
    expect(await h.page.locator('.cm-static-map .cm-svg-place--selected').getAttribute('data-place')).toBe('gharyan');
    // A double-click on the sea zooms in.
    await h.page.mouse.dblclick(box.x + box.width * 0.85, box.y + box.height * 0.3);
    await expect.poll(async () => h.page.locator('.cm-static-map .cm-svg-view').getAttribute('transform')).toMatch(/scale\(2\)/);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('moves with the keyboard when it has focus, and axe still finds nothing serious', async () => {
    const h = await newPage(noWebgl, { reducedMotion: 'reduce' });
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    await expect.poll(async () => (await positions(h.page)).length).toBe(10);
    const built = await positions(h.page);
    const map = h.page.locator('.cm-static-map > svg');
    expect(await map.getAttribute('tabindex')).toBe('0');
    await map.focus();
    await h.page.keyboard.press('ArrowLeft');
    const left = await positionsAfterMove(h.page, built);
    for (const p of left) expect(p.x - built.find((q) => q.id === p.id)!.x, p.id).toBeCloseTo(100, -0.5);
    await h.page.keyboard.press('+');
    await expect.poll(async () => map.locator('.cm-svg-view').getAttribute('transform')).toMatch(/scale\(2\)/);
    await h.page.keyboard.press('-');
    await expect.poll(async () => map.locator('.cm-svg-view').getAttribute('transform')).toMatch(/scale\(1\)/);
    expect(seriousOrCritical(await runAxe(h.page))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('flies to a place named in the text, clear of the legend and the card', async () => {
    const h = await newPage(noWebgl, { reducedMotion: 'reduce' });
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    await expect.poll(async () => (await positions(h.page)).length).toBe(10);
    const built = await positions(h.page);
    await h.page.locator('.cm-mention[data-place="gharyan"]').first().click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Gharyan');
    const flown = await positionsAfterMove(h.page, built);
    const box = await mapBox(h.page);
    const gharyan = flown.find((p) => p.id === 'gharyan')!;
    const at = { x: box.x + gharyan.x, y: box.y + gharyan.y };
    expect(at.x).toBeGreaterThan(box.x);
    expect(at.x).toBeLessThan(box.x + box.width);
    expect(at.y).toBeGreaterThan(box.y);
    expect(at.y).toBeLessThan(box.y + box.height);
    for (const overlay of ['.cm-legend', '.cm-card']) {
      const r = (await h.page.locator(overlay).boundingBox())!;
      const inside = at.x >= r.x && at.x <= r.x + r.width && at.y >= r.y && at.y <= r.y + r.height;
      expect(inside, `${overlay} covers Gharyan`).toBe(false);
    }
    // Zoomed in to zoom 10 at least, as MapLibre's flyTo: places around it spread out.
    const distance = (list: Positions): number => Math.hypot(list.find((p) => p.id === 'gharyan')!.x - list.find((p) => p.id === 'tripoli')!.x, list.find((p) => p.id === 'gharyan')!.y - list.find((p) => p.id === 'tripoli')!.y);
    expect(distance(flown)).toBeGreaterThan(distance(built) * 1.5);
    await saveScreenshot(h.page, 'static-map-fly-to');
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
