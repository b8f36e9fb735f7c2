import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, saveScreenshot, waitForMapReady, WEBGL_READY, type HarnessPage } from './harness/index.ts';

// The selected place stays in sight: the map moves it clear of the card and the legend, at a
// desktop size and on a phone, where the map also stays on screen while the text scrolls.
const baseUrl = inject('baseUrl');
const ARTICLE = 'haftar-macron-2019-05-13';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

let browser: Browser;
let h: HarnessPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

async function open(viewport: { width: number; height: number }, hash: string): Promise<void> {
  h = await newPage(browser, { viewport, hasTouch: viewport.width < 600 });
  await h.page.goto(`${baseUrl}${hash}`);
  await waitForMapReady(h, 60_000, WEBGL_READY);
}

/** What MapLibre reported last (it rewrites it each time the map is idle). */
const renderedPlaces = async (): Promise<string> => (await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '';

/**
 * The place's position on screen once the map has flown and stopped: MapLibre reports its
 * rendered features only when idle, so first wait for a report other than `before` (the flight
 * has ended), then for it to hold.
 */
async function settledPosition(place: string, before: string): Promise<{ x: number; y: number }> {
  await expect.poll(renderedPlaces, { timeout: 20_000 }).not.toBe(before);
  let previous = '';
  for (let i = 0; i < 80; i++) {
    const now = await renderedPlaces();
    if (now === previous && now.includes(`"${place}"`)) break;
    previous = now;
    await h.page.waitForTimeout(250);
  }
  const list = JSON.parse(previous) as Array<{ id: string; x: number; y: number }>;
  const p = list.find((entry) => entry.id === place);
  expect(p, `${place} drawn`).toBeDefined();
  const map = (await h.page.locator('#cm-map').boundingBox()) as Box;
  return { x: map.x + (p as { x: number }).x, y: map.y + (p as { y: number }).y };
}

const inside = (p: { x: number; y: number }, b: Box | null): boolean => !!b && p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;

/** Checks the place is on the map, on screen, and under neither the card nor the legend. */
async function expectInSight(place: string, viewport: { width: number; height: number }, before: string): Promise<void> {
  const at = await settledPosition(place, before);
  const map = await h.page.locator('.cm-map-area').boundingBox();
  const card = await h.page.locator('.cm-card').boundingBox();
  const legend = await h.page.locator('.cm-legend').boundingBox();
  expect(card, 'the card is open').not.toBeNull();
  expect(inside(at, map), `${place} at ${at.x},${at.y} inside the map ${JSON.stringify(map)}`).toBe(true);
  expect(inside(at, { x: 0, y: 0, ...viewport }), `${place} on screen`).toBe(true);
  expect(inside(at, card), `${place} at ${at.x},${at.y} under the card ${JSON.stringify(card)}`).toBe(false);
  expect(inside(at, legend), `${place} at ${at.x},${at.y} under the legend ${JSON.stringify(legend)}`).toBe(false);
}

describe('the selected place stays in sight', () => {
  it('clicking "Gharyan" in the English text (1280x800) flies the map there, clear of the card and the open legend', async () => {
    const viewport = { width: 1280, height: 800 };
    await open(viewport, `#article=${ARTICLE}&lang=en`);
    expect(await h.page.locator('.cm-legend__toggle').getAttribute('aria-expanded')).toBe('true');
    const before = await renderedPlaces();
    await h.page.locator('.cm-mention[data-place="gharyan"]').first().click();
    await expectInSight('gharyan', viewport, before);
    await saveScreenshot(h.page, 'selection-in-view-desktop');
  });

  it('on a phone (390x844) the legend starts folded; a place tapped in the list is on the map and its mention in the text, both on screen', async () => {
    const viewport = { width: 390, height: 844 };
    await open(viewport, `#article=${ARTICLE}&lang=en`);
    expect(await h.page.locator('.cm-legend__toggle').getAttribute('aria-expanded')).toBe('false');
    expect(await h.page.locator('.cm-legend__body').isHidden()).toBe(true);
    const before = await renderedPlaces();
    await h.page.locator('.cm-place-list__button[data-place="tarhuna"]').tap();
    await expectInSight('tarhuna', viewport, before);
    // The text scrolled to the mention, below the map that stayed at the top of the screen.
    const map = (await h.page.locator('.cm-map-area').boundingBox()) as Box;
    expect(map.y).toBeGreaterThanOrEqual(0);
    expect(map.y + map.height).toBeLessThanOrEqual(viewport.height * 0.5);
    await expect
      .poll(async () => {
        const mention = await h.page.locator('.cm-mention--selected').first().boundingBox();
        return !!mention && mention.y >= map.y + map.height && mention.y + mention.height <= viewport.height;
      }, { timeout: 10_000 })
      .toBe(true);
    await saveScreenshot(h.page, 'selection-in-view-phone');
  });

  it('on a phone, a name tapped in the text moves the map, which stays on screen, to the place clear of the card', async () => {
    const viewport = { width: 390, height: 844 };
    await open(viewport, `#article=${ARTICLE}&lang=ar`);
    const mention = h.page.locator('.cm-mention[data-place="ain-zara"]').first();
    await mention.scrollIntoViewIfNeeded();
    const before = await renderedPlaces();
    await mention.tap();
    await expectInSight('ain-zara', viewport, before);
  });
});
