import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, saveScreenshot, waitForMapReady, WEBGL_READY } from './harness/index.ts';

// The static SVG map: painted from the HTML at once, linked like the WebGL map, kept when WebGL
// is missing, replaced by MapLibre on the same view, and used for print and social previews.
const baseUrl = inject('baseUrl');
const REGION = ['ain-zara', 'al-hira', 'az-zahra', 'gharyan', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi'];
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

describe('the static map', () => {
  it('is in the HTML itself: every place is drawn before any script runs', async () => {
    const h = await newPage(webgl, { javaScriptEnabled: false });
    await h.page.goto(baseUrl);
    const ids = await h.page.locator('.cm-static-map .cm-svg-place').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.place));
    expect(ids.sort()).toEqual(REGION);
    expect(await h.page.locator('.cm-static-map > svg').isVisible()).toBe(true);
    await saveScreenshot(h.page, 'static-map-no-js');
    await h.close();
  });

  it('without WebGL stays, says so, and is linked to the text both ways', async () => {
    const h = await newPage(noWebgl);
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    expect(await h.page.getAttribute('body', 'data-renderer')).toBe('svg');
    await expect.poll(() => h.page.locator('.cm-notice').textContent()).toContain('needs WebGL');
    expect(await h.page.locator('#cm-static-map').isVisible()).toBe(true);
    expect(await h.page.locator('.cm-static-map .cm-svg-label[lang="en"]').first().isVisible()).toBe(true);
    expect(await h.page.locator('.cm-static-map .cm-svg-label[lang="ar"]').first().isVisible()).toBe(false);
    // Map → text.
    await h.page.locator('.cm-static-map .cm-svg-place[data-place="ain-zara"] > g').click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Ain Zara');
    expect(await h.page.locator('.cm-mention--selected').allTextContents()).toEqual(['Ain Zara']);
    // Text → map.
    await h.page.locator('[data-block="p3"] .cm-mention[data-place="gharyan"]').click();
    await expect.poll(() => h.page.locator('.cm-static-map .cm-svg-place--selected').getAttribute('data-place')).toBe('gharyan');
    // The zones toggle and a zone click work on the static map too.
    await h.page.locator('.cm-legend__zones-toggle').uncheck();
    expect(await h.page.locator('.cm-static-map .cm-svg-zones').isVisible()).toBe(false);
    await h.page.locator('.cm-legend__zones-toggle').check();
    await saveScreenshot(h.page, 'static-map-no-webgl');
    expect(h.pageErrors).toEqual([]);
    expect(h.externalRequests).toEqual([]);
    await h.close();
  });

  it('gives way to MapLibre on the same view: places do not move at the swap', async () => {
    const h = await newPage(webgl);
    await h.page.goto(baseUrl);
    await waitForMapReady(h);
    const staticPositions = JSON.parse((await h.page.getAttribute('#cm-static-map', 'data-rendered-places')) ?? '[]') as Array<{ id: string; x: number; y: number }>;
    await waitForMapReady(h, 60_000, WEBGL_READY);
    expect(await h.page.locator('#cm-static-map').isHidden()).toBe(true);
    const webglPositions = JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]') as Array<{ id: string; x: number; y: number }>;
    expect(webglPositions.map((p) => p.id)).toEqual(staticPositions.map((p) => p.id));
    for (const p of webglPositions) {
      const s = staticPositions.find((q) => q.id === p.id)!;
      // Positions are whole pixels on both sides; a jump a reader would see is tens of pixels.
      expect(Math.hypot(p.x - s.x, p.y - s.y), p.id).toBeLessThanOrEqual(4);
    }
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('is what prints, and what the social preview shows', async () => {
    const h = await newPage(webgl);
    await h.page.goto(baseUrl);
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await h.page.emulateMedia({ media: 'print' });
    expect(await h.page.locator('#cm-static-map').isVisible()).toBe(true);
    expect(await h.page.locator('#cm-map').isVisible()).toBe(false);
    const image = await h.page.getAttribute('meta[property="og:image"]', 'content');
    expect(image).toBe('data/svg/haftar-macron-2019-05-13.svg');
    const response = await h.page.request.get(new URL(image!, baseUrl).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="cm-svg-map"/);
    await h.close();
  });
});
