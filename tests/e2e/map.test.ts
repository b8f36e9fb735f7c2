import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { armAxeAtReadiness, launchBrowser, newPage, runAxe, saveScreenshot, seriousOrCritical, waitForMapReady, WEBGL_READY, type HarnessPage } from './harness/index.ts';

// The map page in headless Chromium against the built site on 127.0.0.1.
const baseUrl = inject('baseUrl');
const subPathUrl = inject('subPathUrl');
const ARTICLE = 'haftar-macron-2019-05-13';
const SEED_REGION_PLACES = ['ain-zara', 'al-hira', 'az-zahra', 'gharyan', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi'];

let browser: Browser;
let h: HarnessPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  // Every test: nothing left 127.0.0.1 and nothing threw.
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  await h.close();
});

async function open(hash = '', query = '', url = baseUrl): Promise<HarnessPage> {
  h = await newPage(browser);
  await h.page.goto(`${url}${query}${hash}`);
  await waitForMapReady(h, 60_000, WEBGL_READY);
  return h;
}

async function rendered(): Promise<Array<{ id: string; x: number; y: number }>> {
  return JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]');
}

async function mapCentre(): Promise<{ x: number; y: number }> {
  const box = (await h.page.locator('#cm-map').boundingBox())!;
  return { x: box.width / 2, y: box.height / 2 };
}

async function waitForMapIdle(): Promise<void> {
  // The renderer rewrites data-rendered-places on every idle; wait until it stops changing.
  let previous = '';
  for (let i = 0; i < 40; i++) {
    const now = (await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '';
    if (now === previous && now !== '') return;
    previous = now;
    await h.page.waitForTimeout(250);
  }
}

describe('the map page', () => {
  it('draws every place of the seed in the region (rendered features) and lists the others', async () => {
    await open();
    expect((await rendered()).map((p) => p.id)).toEqual(SEED_REGION_PLACES);
    const also = await h.page.locator('.cm-also .cm-place-list__button').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place));
    expect(also.sort()).toEqual(['cairo', 'paris', 'washington']);
    expect(await h.page.locator('html').getAttribute('lang')).toBe('ar');
    expect(await h.page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await h.page.locator('.cm-legend__source').textContent()).toBe('السيطرة كما أوردها العربي الجديد، 13 مايو 2019');
    await saveScreenshot(h.page, 'map-ar');
  });

  it('the site as published (one article, one report date) shows no timeline: the legend says the map is one article\'s report, and the claims are not fetched', async () => {
    h = await newPage(browser);
    const requests: string[] = [];
    h.page.on('request', (request) => requests.push(request.url()));
    await h.page.goto(baseUrl);
    await waitForMapReady(h, 60_000, WEBGL_READY);
    expect(await h.page.locator('.cm-timeline').isHidden()).toBe(true);
    expect(await h.page.locator('#cm-timeline-input').count()).toBe(0);
    expect(await h.page.locator('.cm-legend__source').textContent()).toBe('السيطرة كما أوردها العربي الجديد، 13 مايو 2019');
    expect(await h.page.locator('.cm-legend__note').textContent()).toBe('تعرض الخريطة ما أورده مقال واحد.');
    expect(await h.page.locator('.cm-other').isHidden()).toBe(true);
    expect(requests.filter((url) => url.includes('claims.geojson') || url.includes('zones-as-of'))).toEqual([]);
    // The card shows the article's own evidence, as it always has, and no history of reports.
    await h.page.locator('.cm-place-list__button[data-place="gharyan"]').click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('غريان');
    expect(await h.page.locator('.cm-card__history').count()).toBe(0);
    expect(await h.page.locator('.cm-card__subtitle').textContent()).toBe('الدليل من النص');
    expect(h.page.url()).not.toContain('date=');
  });

  it('clicking Ain Zara on the map highlights "عين زاره" in the fourth body paragraph and shows the evidence', async () => {
    await open();
    const ainZara = (await rendered()).find((p) => p.id === 'ain-zara')!;
    await h.page.locator('#cm-map canvas').click({ position: { x: ainZara.x, y: ainZara.y } });
    const selected = h.page.locator('.cm-mention--selected');
    await expect.poll(() => selected.count()).toBe(1);
    expect(await selected.textContent()).toBe('عين زاره');
    expect(await selected.evaluate((el) => el.closest('[data-block]')?.getAttribute('data-block'))).toBe('p4');
    // Scrolled into the panel's view.
    await expect.poll(async () => {
      const panel = (await h.page.locator('.cm-panel').boundingBox())!;
      const box = (await selected.boundingBox())!;
      return box.y >= panel.y && box.y + box.height <= panel.y + panel.height;
    }).toBe(true);
    expect(await h.page.locator('.cm-card__quote').allTextContents()).toEqual(['بالإضافة إلى جزء كبير من حي عين زاره']);
    expect(await h.page.locator('.cm-evidence--selected').first().textContent()).toContain('بالإضافة إلى جزء كبير من حي');
    expect(await h.page.locator('.cm-card').textContent()).toContain('تحت سيطرة قوات حفتر (معظم)');
    expect(h.page.url()).toContain('place=ain-zara');
  });

  it('clicking the mention of Gharyan in the text selects it and moves the map to it', async () => {
    await open();
    const before = (await rendered()).find((p) => p.id === 'gharyan')!;
    const centre = await mapCentre();
    const distance = (p: { x: number; y: number }) => Math.hypot(p.x - centre.x, p.y - centre.y);
    await h.page.locator('[data-block="p3"] .cm-mention[data-place="gharyan"]').click();
    await expect.poll(() => h.page.locator('.cm-place-list__button[data-place="gharyan"]').getAttribute('aria-pressed')).toBe('true');
    expect(distance(before)).toBeGreaterThan(100);
    // The flight ends with Gharyan at the centre of what the legend and the card leave free
    // (tests/e2e/selection-in-view.test.ts checks it is clear of both): it moved, and is on the
    // map. Positions are re-read from the rendered features.
    const map = (await h.page.locator('#cm-map').boundingBox())!;
    await expect.poll(async () => {
      const now = (await rendered()).find((p) => p.id === 'gharyan')!;
      return Math.hypot(now.x - before.x, now.y - before.y) > 50 && now.x > 0 && now.x < map.width && now.y > 0 && now.y < map.height;
    }, { timeout: 15_000 }).toBe(true);
    expect(await h.page.locator('.cm-card__title').textContent()).toBe('غريان');
  });

  it('restores the view from #place=… and walks selections with back and forward', async () => {
    await open(`#article=${ARTICLE}&place=tarhuna&lang=en`);
    expect(await h.page.locator('.cm-card__title').textContent()).toBe('Tarhuna');
    expect(await h.page.locator('html').getAttribute('lang')).toBe('en');
    await h.page.locator('.cm-place-list__button[data-place="swani"]').click();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Swani bin Adam');
    expect(h.page.url()).toContain('place=swani');
    await h.page.goBack();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Tarhuna');
    await h.page.goForward();
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('Swani bin Adam');
  });

  it('the language toggle switches the text, the interface strings and the map labels', async () => {
    await open();
    expect(await h.page.getAttribute('#cm-map', 'data-label-field')).toBe('["get","name_ar"]');
    await h.page.locator('.cm-header__lang').click();
    await expect.poll(() => h.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await h.page.locator('html').getAttribute('dir')).toBe('ltr');
    expect(await h.page.locator('.cm-article').getAttribute('lang')).toBe('en');
    expect(await h.page.locator('.cm-article__title').textContent()).toBe('Haftar meets Macron on Wednesday in Paris');
    expect(await h.page.locator('.cm-header__lang').textContent()).toBe('العربية');
    expect(await h.page.locator('.cm-legend__title').textContent()).toBe('Legend');
    await expect.poll(() => h.page.getAttribute('#cm-map', 'data-label-field')).toBe('["get","name_en"]');
    expect(h.page.url()).toContain('lang=en');
    await waitForMapIdle();
    await saveScreenshot(h.page, 'map-en');
  });

  it('selects places with the keyboard only', async () => {
    await open();
    // Tab from the top of the page until a place button has focus, then press Enter.
    let focused: string | null = null;
    for (let i = 0; i < 20 && !focused; i++) {
      await h.page.keyboard.press('Tab');
      focused = await h.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.place ?? null);
    }
    expect(focused).toBe('tripoli');
    await h.page.keyboard.press('Tab');
    await h.page.keyboard.press('Enter');
    await expect.poll(() => h.page.locator('.cm-card__title').textContent()).toBe('غريان');
    expect(await h.page.evaluate(() => (document.activeElement as HTMLElement).matches(':focus-visible'))).toBe(true);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.locator('.cm-card').isHidden()).toBe(true);
  });

  it('hovering a place in the list highlights its mentions in the text', async () => {
    await open();
    await h.page.locator('.cm-place-list__button[data-place="tarhuna"]').hover();
    await expect.poll(() => h.page.locator('.cm-mention--highlighted').allTextContents()).toEqual(['ترهونة']);
  });

  it('hovering a paragraph highlights the places it mentions on the map', async () => {
    await open();
    await h.page.locator('[data-block="p4"]').hover({ position: { x: 5, y: 5 } });
    await expect.poll(() => h.page.getAttribute('#cm-map', 'data-highlighted-places')).toBe(
      'ain-zara al-hira az-zahra gharyan qasr-bin-ghashir suq-al-khamis swani tarhuna tripoli wadi-al-rabi',
    );
    await h.page.locator('.cm-header__title').hover();
    await expect.poll(() => h.page.getAttribute('#cm-map', 'data-highlighted-places')).toBe('');
  });

  it('falls back to the embedded basemap when the online basemap fails, and says so', async () => {
    await open('', `?basemap=${encodeURIComponent(`${baseUrl}no-such-style.json`)}`);
    await expect.poll(() => h.page.locator('.cm-notice').textContent(), { timeout: 20_000 }).toContain('تعذر تحميل الخريطة الأساسية');
    await waitForMapIdle();
    expect((await rendered()).map((p) => p.id)).toEqual(SEED_REGION_PLACES);
  });

  it('offers the GeoJSON and a PNG of the view for download', async () => {
    await open();
    const [geojson] = await Promise.all([h.page.waitForEvent('download'), h.page.locator('a.cm-button[download]').click()]);
    expect(geojson.suggestedFilename()).toBe(`${ARTICLE}.geojson`);
    const [png] = await Promise.all([h.page.waitForEvent('download'), h.page.locator('.cm-png-button').click()]);
    expect(png.suggestedFilename()).toBe(`${ARTICLE}.png`);
    const stream = await png.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(bytes.length).toBeGreaterThan(10_000);
  });

  it('the Embed button writes the iframe and web component snippets for the current view', async () => {
    await open(`#article=${ARTICLE}&place=gharyan&lang=en`);
    await h.page.locator('.cm-embed-button').click();
    const code = h.page.locator('dialog.cm-embed textarea');
    await expect.poll(() => code.inputValue()).toContain(`embed.html?article=${ARTICLE}&amp;place=gharyan&amp;lang=en`);
    expect(await code.inputValue()).toContain(`<script src="${baseUrl}embed-loader.js" async></script>`);
    await h.page.locator('dialog.cm-embed input[value="component"]').check();
    expect(await code.inputValue()).toBe(`<script type="module" src="${baseUrl}conflict-map.js"></script>\n<conflict-map article="${ARTICLE}" place="gharyan" lang="en" panel></conflict-map>`);
    await h.page.keyboard.press('Escape');
    await expect.poll(() => h.page.locator('dialog.cm-embed').count()).toBe(0);
    // Escape was the dialog's: it closed the dialog and left the place selected.
    expect(await h.page.evaluate(() => window.location.hash)).toContain('place=gharyan');
    expect(await h.page.locator('.cm-card__title').textContent()).toBe('Gharyan');
  });

  it('works from a sub-path', async () => {
    await open('', '', subPathUrl);
    expect((await rendered()).map((p) => p.id)).toEqual(SEED_REGION_PLACES);
    expect(h.httpErrors).toEqual([]);
  });

  it('an unknown place in the URL shows a message and the rest of the page', async () => {
    await open(`#article=${ARTICLE}&place=atlantis&lang=en`);
    expect(await h.page.locator('.cm-notice').textContent()).toContain('No place with id "atlantis"');
    expect(await h.page.locator('.cm-card').isHidden()).toBe(true);
    expect((await rendered()).length).toBe(SEED_REGION_PLACES.length);
  });
});

describe('accessibility', () => {
  it('axe-core finds no serious or critical violations the instant the page says it is ready, load after load', async () => {
    // A check after the page settles missed what was wrong only while it loads (an aria-label on
    // the map's div before MapLibre gave it a role, in about one load in six): check at readiness.
    for (let load = 0; load < 6; load++) {
      h = await newPage(browser);
      const results = await armAxeAtReadiness(h.page);
      await h.page.goto(`${baseUrl}#article=${ARTICLE}&lang=${load % 2 ? 'en' : 'ar'}`);
      expect(seriousOrCritical(await results()), `load ${load + 1}`).toEqual([]);
      if (load < 5) await h.close();
    }
  });
  for (const lang of ['ar', 'en']) {
    it(`axe-core finds no serious or critical violations (${lang}, with a place selected)`, async () => {
      await open(`#article=${ARTICLE}&place=ain-zara&lang=${lang}`);
      const results = await runAxe(h.page);
      expect(seriousOrCritical(results)).toEqual([]);
    });
  }
});
