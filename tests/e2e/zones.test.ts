import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, saveScreenshot, waitForMapReady, WEBGL_READY, type HarnessPage } from './harness/index.ts';

// Inferred zones and the front line on the map: drawn, toggled from the legend, clickable.
const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

async function open(hash = ''): Promise<HarnessPage> {
  const h = await newPage(browser);
  await h.page.goto(`${baseUrl}${hash}`);
  await waitForMapReady(h, 60_000, WEBGL_READY);
  return h;
}
const renderedZones = (h: HarnessPage) => h.page.getAttribute('#cm-map', 'data-rendered-zones');

describe('zones of control on the map', () => {
  it('draws every zone and the front line, labelled as inferred, and toggles them from the legend', async () => {
    const h = await open('#article=haftar-macron-2019-05-13&lang=en');
    await expect.poll(() => renderedZones(h)).toBe('front-line-gna+lna zone-gna-all zone-lna-all zone-lna-half zone-lna-most');
    expect(await h.page.locator('.cm-legend__zones').textContent()).toContain('approximate zones inferred from 10 reported places, not surveyed lines');
    expect(await h.page.locator('.cm-legend__facts').textContent()).toContain("Haftar's forces (Libyan National Army): nearest reported position Ain Zara, about 15 km from Martyrs' Square");
    await saveScreenshot(h.page, 'zones-en');
    await h.page.locator('.cm-legend__zones-toggle').uncheck();
    await expect.poll(() => renderedZones(h)).toBe('');
    await h.page.locator('.cm-legend__zones-toggle').check();
    await expect.poll(() => renderedZones(h)).toBe('front-line-gna+lna zone-gna-all zone-lna-all zone-lna-half zone-lna-most');
    expect(h.pageErrors).toEqual([]);
    expect(h.externalRequests).toEqual([]);
    await h.close();
  });

  it('clicking a zone selects the places it was inferred from, on the map and in the text', async () => {
    const h = await open('#article=haftar-macron-2019-05-13&lang=ar');
    await expect.poll(() => renderedZones(h)).toContain('zone-lna-half');
    const places: Array<{ id: string; x: number; y: number }> = JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]');
    const wadi = places.find((p) => p.id === 'wadi-al-rabi')!;
    // South-east of the symbol and its label, still well inside Wadi al-Rabi's zone.
    await h.page.locator('#cm-map canvas').click({ position: { x: wadi.x + 20, y: wadi.y + 35 } });
    await expect.poll(() => h.page.url()).toContain('zone=zone-lna-half');
    expect(await h.page.locator('.cm-card__title').textContent()).toBe('منطقة تقريبية: تحت سيطرة قوات حفتر (نصف)');
    expect(await h.page.locator('.cm-mention--selected').allTextContents()).toEqual(['وادي الربيع']);
    await expect.poll(() => h.page.getAttribute('#cm-map', 'data-highlighted-places')).toBe('wadi-al-rabi');
    // The card lists the places; choosing one selects it.
    await h.page.locator('.cm-card .cm-place-list__button[data-place="wadi-al-rabi"]').click();
    await expect.poll(() => h.page.url()).toContain('place=wadi-al-rabi');
    expect(h.page.url()).not.toContain('zone=');
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
