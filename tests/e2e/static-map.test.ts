import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { publicFontFiles } from '../../src/cli/vite-plugin-content.ts';
import { ATTRIBUTIONS } from '../../src/map/style.ts';
import { launchBrowser, newPage, saveScreenshot, waitForMapReady, WEBGL_READY } from './harness/index.ts';

// The static SVG map: painted from the HTML at once, linked like the WebGL map, kept when WebGL
// is missing, replaced by MapLibre on the same view, and used for print and social previews.
const baseUrl = inject('baseUrl');
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
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
    // Without script the zones and rings are shown at once (public/noscript.css), and the credits.
    expect(await h.page.locator('.cm-static-map .cm-svg-zones').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await h.page.locator('.cm-static-map .cm-svg-rings').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await h.page.locator('.cm-static-map .cm-svg-label').first().evaluate((e) => getComputedStyle(e).stroke)).toBe('rgb(255, 255, 255)');
    expect(await h.page.locator('footer.cm-footer').textContent()).toContain('© OpenStreetMap contributors (ODbL 1.0)');
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
    await expect.poll(() => h.page.locator('.cm-mention--selected').allTextContents()).toEqual(['Ain Zara']);
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
    await waitForMapReady(h, 60_000, WEBGL_READY);
    // Where the static map last drew its places, just before it was hidden (the page can still
    // move it after readiness, e.g. when the web font changes the header's height).
    const staticPositions = JSON.parse((await h.page.getAttribute('#cm-static-map', 'data-rendered-places')) ?? '[]') as Array<{ id: string; x: number; y: number }>;
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

  it('stays in the document while the page is built around it, and WebGL starts only after it is on screen', async () => {
    const h = await newPage(webgl);
    // Records, from the first line of the document: whether the static map was ever taken out of
    // the document (the browser would lay it out again) and when the first WebGL context was made.
    // (No named inner functions: tsx would wrap them in a helper the page lacks.)
    await h.page.addInitScript(() => {
      const log = { detached: 0, firstWebGL: -1 };
      (window as unknown as { __cmLog: typeof log }).__cmLog = log;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n instanceof Element && (n.matches('.cm-static-map') || n.querySelector('.cm-static-map'))) log.detached += 1;
      }).observe(document, { subtree: true, childList: true });
      const original = HTMLCanvasElement.prototype.getContext as (this: HTMLCanvasElement, ...args: unknown[]) => unknown;
      (HTMLCanvasElement.prototype as unknown as { getContext: unknown }).getContext = function (this: HTMLCanvasElement, ...args: unknown[]): unknown {
        if (log.firstWebGL < 0 && typeof args[0] === 'string' && args[0].includes('webgl')) log.firstWebGL = performance.now();
        return original.apply(this, args);
      };
    });
    await h.page.goto(baseUrl);
    // The places first; zones and rings once the first frame is on screen.
    await waitForMapReady(h);
    await expect.poll(() => h.page.locator('.cm-static-map .cm-svg-zones').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await h.page.locator('.cm-static-map .cm-svg-rings').evaluate((e) => getComputedStyle(e).visibility)).toBe('visible');
    expect(await h.page.locator('.cm-static-map .cm-svg-label').first().evaluate((e) => getComputedStyle(e).stroke)).toBe('rgb(255, 255, 255)');
    await waitForMapReady(h, 60_000, WEBGL_READY);
    const log = await h.page.evaluate(() => (window as unknown as { __cmLog: { detached: number; firstWebGL: number } }).__cmLog);
    const paint = await h.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    expect(log.detached).toBe(0);
    expect(paint).toBeGreaterThan(0);
    expect(log.firstWebGL).toBeGreaterThanOrEqual(paint);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  // A desktop, a tablet in portrait and a phone: on narrow screens the header's buttons wrap onto
  // more rows, and the skeleton's header must wrap the same way.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 768, height: 1024 }, { width: 390, height: 844 }]) {
    it(`keeps its place and size while the page is built around it (the HTML skeleton matches the page), ${viewport.width}x${viewport.height}`, async () => {
      const box = (e: Element): number[] => {
        const r = e.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      };
      // The skeleton alone, as painted before any script runs…
      const plain = await newPage(noWebgl, { javaScriptEnabled: false, viewport });
      await plain.page.goto(baseUrl);
      await plain.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const before = await plain.page.locator('.cm-static-map').evaluate(box);
      const header = await plain.page.locator('header.cm-header').evaluate(box);
      const credits = await plain.page.locator('footer.cm-footer').innerHTML();
      await plain.close();
      // …and the page the script built around it.
      const h = await newPage(noWebgl, { viewport });
      await h.page.goto(baseUrl);
      await waitForMapReady(h);
      await expect.poll(() => h.page.locator('footer.cm-footer a').count()).toBe(ATTRIBUTIONS.length);
      await h.page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await h.page.locator('header.cm-header').evaluate(box)).toEqual(header);
      expect(await h.page.locator('#cm-static-map').evaluate(box)).toEqual(before);
      // The credits are written twice, by the build (src/cli/vite-plugin-content.ts) and by the
      // page (renderFooter in src/ui/app.ts): the same markup.
      expect(await h.page.locator('footer.cm-footer').innerHTML()).toBe(credits);
      expect(h.pageErrors).toEqual([]);
      await h.close();
    });
  }

  it('answers a click the moment it says it is ready', async () => {
    const h = await newPage(noWebgl);
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    await h.page.locator('.cm-static-map .cm-svg-place[data-place="gharyan"] > g').click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Gharyan');
    // The text comes right after, with the selection.
    await expect.poll(async () => [...new Set(await h.page.locator('.cm-mention--selected').allTextContents())]).toEqual(['Gharyan']);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('paints its header and places first, and builds the text once that frame is on screen', async () => {
    const h = await newPage(noWebgl);
    // Records the moment data-map-ready appears (and what the header says then) and the moment the
    // first mention of a place is in the text. (No named inner functions: see above.)
    await h.page.addInitScript(() => {
      const log = { ready: -1, firstMention: -1, atReady: { title: '', buttons: [] as string[], mentions: -1 } };
      (window as unknown as { __cmLog: typeof log }).__cmLog = log;
      new MutationObserver(() => {
        if (log.ready < 0 && document.body?.hasAttribute('data-map-ready')) {
          log.ready = performance.now();
          log.atReady = {
            title: document.querySelector('.cm-header__title')?.textContent ?? '',
            buttons: [...document.querySelectorAll('.cm-header .cm-button:not([hidden])')].map((b) => b.textContent ?? ''),
            mentions: document.querySelectorAll('.cm-mention').length,
          };
        }
        if (log.firstMention < 0 && document.querySelector('.cm-mention')) log.firstMention = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await h.page.goto(baseUrl);
    await waitForMapReady(h);
    await expect.poll(() => h.page.locator('.cm-article .cm-mention').count()).toBeGreaterThan(0);
    const log = await h.page.evaluate(() => (window as unknown as { __cmLog: { ready: number; firstMention: number; atReady: { title: string; buttons: string[]; mentions: number } } }).__cmLog);
    const paint = await h.page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
    // When the places become clickable the header is already the page's own: the title and every
    // button's label, as the HTML skeleton showed them; the text is not built yet.
    expect(log.atReady.title).toBe('حفتر يلتقي ماكرون الأربعاء في باريس');
    expect(log.atReady.buttons.length).toBeGreaterThanOrEqual(4);
    expect(log.atReady.buttons.filter((label) => label.trim() === '')).toEqual([]);
    expect(log.atReady.mentions).toBe(0);
    // The text is built after the first frame is on screen, not laid out and drawn within it.
    expect(paint).toBeGreaterThan(0);
    expect(log.firstMention).toBeGreaterThanOrEqual(paint);
    expect(log.firstMention).toBeGreaterThan(log.ready);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('preloads the fonts its first frame lays out, and fetches each once', async () => {
    const h = await newPage(noWebgl);
    const fetched: string[] = [];
    h.page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/fonts/')) fetched.push(path.slice(path.indexOf('fonts/')));
    });
    await h.page.goto(baseUrl);
    await waitForMapReady(h);
    await expect.poll(() => h.page.locator('.cm-article .cm-mention').count()).toBeGreaterThan(0);
    await h.page.evaluate(() => document.fonts.ready.then(() => undefined));
    const preloaded = await h.page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => `${l.getAttribute('href')} ${l.getAttribute('crossorigin')}`));
    const declared = publicFontFiles(readFileSync(join(ROOT, 'src/ui/fonts.css'), 'utf8'));
    expect(preloaded).toEqual(declared.map((file) => `${file} anonymous`));
    // A preload that does not match the font's request (its CORS mode) would be fetched twice.
    expect([...fetched].sort()).toEqual([...declared].sort());
    const loaded = await h.page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length);
    expect(loaded).toBeGreaterThanOrEqual(2);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('does not wait for the zones: places are clickable first, zones are drawn when they come', async () => {
    const h = await newPage(noWebgl);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await h.page.route('**/data/geo/*.zones.geojson', async (route) => {
      await held;
      await route.continue();
    });
    await h.page.goto(`${baseUrl}#article=haftar-macron-2019-05-13&lang=en`);
    await waitForMapReady(h);
    expect(await h.page.getAttribute('body', 'data-zones-ready')).toBeNull();
    expect(await h.page.locator('.cm-legend__zones-toggle').count()).toBe(0);
    await h.page.locator('.cm-static-map .cm-svg-place[data-place="swani"] > g').click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Swani bin Adam');
    release();
    await expect.poll(() => h.page.getAttribute('body', 'data-zones-ready')).toBe('true');
    expect(await h.page.locator('.cm-legend__zones-toggle').isChecked()).toBe(true);
    expect(await h.page.locator('.cm-legend__facts').textContent()).toContain('nearest reported position Ain Zara');
    // The selection made meanwhile is kept.
    expect(await h.page.locator('.cm-card__title').textContent()).toBe('Swani bin Adam');
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
