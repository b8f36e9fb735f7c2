// The authoring page (author.html) in headless Chromium, on the built site served with the strict
// CSP, driven as a reporter would: the seed's Arabic text pasted, a missing place added on the
// map, the suggested claims accepted (one edited), claims added from selected words, the folder
// exported; then the zip unpacked into a content folder of its own and `npm run geo` run on it,
// which must pass with no edit and give back what was accepted. Bad inputs and the keyboard are
// in author-input.test.ts.
import type { Browser } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, runAxe, saveScreenshot, seriousOrCritical, type HarnessPage } from './harness/index.ts';
import { download, openAuthorPage, runGeoOnZip, seedArabicText, selectInMarkedText, waitForAuthorIdle } from './harness/author-page.ts';

const cspUrl = inject('cspUrl');
const ID = 'haftar-macron-draft';

let browser: Browser;
let h: HarnessPage;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});
afterEach(async () => {
  // Nothing left 127.0.0.1, nothing threw, nothing was refused by the CSP.
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  await h.close();
});

/** A claim as the reporter makes it: the words selected, then the form's fields. */
interface HandClaim {
  paragraph: string;
  quote: string;
  place: string;
  party: string;
  extent: 'all' | 'most' | 'half' | 'part';
  change: string;
  note?: string;
}

/** The seed's claims (content/<seed>/claims.yaml): the places the suggester must offer cards for. */
const SEED_CLAIMED = ['ain-zara', 'al-hira', 'az-zahra', 'gharyan', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi'];

/** Claims the reporter adds by hand, from selected words, after accepting the suggestions. */
const CLAIMS: HandClaim[] = [
  // A second quote on Gharyan: it joins the claim there (one claim per place).
  { paragraph: 'p3', quote: 'على أن يرجع حفتر قواته إلى غريان', place: 'gharyan', party: 'lna', extent: 'all', change: 'staging-base' },
  // The place the reporter added.
  { paragraph: 'p3', quote: 'ويخلي مواقعه التي سيطر عليها في أحياء جنوب طرابلس', place: 'southern-tripoli', party: 'lna', extent: 'part', change: 'held', note: 'Positions Haftar seized in southern Tripoli.' },
];

async function makeClaim(c: HandClaim): Promise<void> {
  const { page } = h;
  await selectInMarkedText(page, c.paragraph, c.quote);
  await page.click('[data-action="claim-from-selection"]');
  const form = page.locator('.cm-author-editor form');
  await form.waitFor();
  expect(await form.locator('.cm-author-form__quotes q').first().textContent()).toBe(c.quote);
  await form.locator('select[name="place"]').selectOption(c.place);
  await form.locator('select[name="status"]').selectOption('control');
  await form.locator('select[name="party"]').selectOption(c.party);
  await form.locator('select[name="extent"]').selectOption(c.extent);
  await form.locator('input[name="change"]').fill(c.change);
  if (c.note) await form.locator('textarea[name="note"]').fill(c.note);
  await form.locator('button[type="submit"]').click();
  await page.locator('.cm-author-editor').waitFor({ state: 'hidden' });
  await waitForAuthorIdle(page);
}

describe('the authoring page, as a reporter uses it', () => {
  it('paste the seed, add a missing place on the map, accept the suggested claims (editing one), add claims from selected words, export: npm run geo accepts the zip as it is and gives back what was accepted', async () => {
    h = await newPage(browser, { viewport: { width: 1400, height: 900 } });
    const { page } = h;
    await openAuthorPage(page, cspUrl);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');

    // The text, pasted: its direction follows its language.
    await page.locator('#cm-author-text').focus();
    await page.keyboard.insertText(seedArabicText());
    await waitForAuthorIdle(page);
    expect(await page.locator('#cm-author-text').getAttribute('dir')).toBe('rtl');
    const found = await page.locator('.cm-author-places li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));
    expect(found).toEqual(expect.arrayContaining(['tripoli', 'gharyan', 'tarhuna', 'ain-zara', 'qasr-bin-ghashir', 'wadi-al-rabi', 'swani', 'az-zahra', 'al-hira', 'suq-al-khamis']));
    expect(await page.locator('#cm-author-read mark.cm-author-mention[data-place="ain-zara"]').textContent()).toBe('عين زاره');

    // The article's metadata.
    await page.fill('#cm-author-id', ID);
    await page.fill('#cm-author-title', 'حفتر يلتقي ماكرون الأربعاء في باريس');
    await page.fill('#cm-author-date', '2019-05-13');
    await page.fill('#cm-author-outletAr', 'العربي الجديد');
    await page.fill('#cm-author-outletEn', 'Al-Araby Al-Jadeed');
    await waitForAuthorIdle(page);
    expect(await page.locator('.cm-author-problems__summary').getAttribute('data-ok')).toBe('true');

    // A missing place: "جنوب طرابلس" (southern Tripoli), its point set by a click on the preview map.
    await page.click('[data-action="add-place"]');
    const placeForm = page.locator('.cm-author-editor form');
    await placeForm.locator('input[name="ar"]').fill('جنوب طرابلس');
    await placeForm.locator('input[name="en"]').fill('Southern Tripoli');
    expect(await placeForm.locator('input[name="id"]').inputValue()).toBe('southern-tripoli');
    await placeForm.locator('select[name="kind"]').selectOption('neighbourhood');
    await placeForm.locator('input[name="precision_km"]').fill('6');
    await placeForm.locator('select[name="precision_code"]').selectOption('2');
    const rendered = JSON.parse((await page.getAttribute('#cm-author-map', 'data-rendered-places')) ?? '[]') as Array<{ id: string; x: number; y: number }>;
    const a = rendered.find((p) => p.id === 'ain-zara');
    const b = rendered.find((p) => p.id === 'qasr-bin-ghashir');
    expect(a && b).toBeTruthy();
    await page.locator('#cm-author-map canvas').click({ position: { x: Math.round((a!.x + b!.x) / 2), y: Math.round((a!.y + b!.y) / 2) + 12 } });
    await expect.poll(() => placeForm.locator('input[name="lat"]').inputValue()).not.toBe('');
    expect(await placeForm.locator('select[name="admin"]').inputValue()).toBe('tripoli-district');
    await placeForm.locator('button[type="submit"]').click();
    await waitForAuthorIdle(page);
    expect(await page.locator('.cm-author-added li').getAttribute('data-place')).toBe('southern-tripoli');
    // The geoparser knows it now: marked in the text, on the map.
    await expect.poll(() => page.locator('#cm-author-read mark[data-place="southern-tripoli"]').count()).toBeGreaterThan(0);

    // The suggested claims: a card per claim the seed states, each accepted; Ain Zara's edited first.
    const cards = page.locator('.cm-author-card');
    const offered = await cards.evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));
    expect(offered).toEqual(expect.arrayContaining(SEED_CLAIMED));
    expect(await page.locator('.cm-author-card[data-place="ain-zara"] .cm-author-card__quote mark').textContent()).toBe('عين زاره');
    await page.click('.cm-author-card[data-place="ain-zara"] [data-action="edit"]');
    const claimForm = page.locator('.cm-author-editor form');
    expect(await claimForm.locator('select[name="extent"]').inputValue()).toBe('most');
    await claimForm.locator('textarea[name="note"]').fill('The text says "جزء كبير" (a large part).');
    await claimForm.locator('button[type="submit"]').click();
    await waitForAuthorIdle(page);
    while ((await cards.count()) > 0) {
      await cards.first().locator('[data-action="accept"]').click();
      await waitForAuthorIdle(page);
    }
    for (const c of CLAIMS) await makeClaim(c);
    const claims = await page.locator('.cm-author-claims li').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.place));
    expect(claims).toEqual(expect.arrayContaining([...SEED_CLAIMED, 'southern-tripoli']));
    expect(await page.locator('.cm-author-problems__summary').getAttribute('data-ok')).toBe('true');
    // The preview draws every claimed place.
    await expect.poll(async () => {
      const ids = (JSON.parse((await page.getAttribute('#cm-author-map', 'data-rendered-places')) ?? '[]') as Array<{ id: string }>).map((p) => p.id);
      return CLAIMS.every((c) => ids.includes(c.place));
    }).toBe(true);
    expect(await page.locator('#cm-author-legend .cm-legend__item[data-symbol]').count()).toBeGreaterThanOrEqual(3);
    expect(seriousOrCritical(await runAxe(page))).toEqual([]);
    await saveScreenshot(page, 'author-flow');

    // Export, then what a reporter does with it.
    const zip = await download(page, '[data-action="export"]');
    expect(zip.name).toBe(`${ID}.zip`);
    const geojson = await download(page, '[data-action="geojson"]');
    expect(geojson.name).toBe(`${ID}.geojson`);
    const run = runGeoOnZip(zip.bytes, ID);
    expect(Object.keys(run.files).sort()).toEqual([`${ID}/ar.md`, `${ID}/claims.yaml`, `${ID}/gazetteer-addition.yaml`]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.places).not.toBeNull();
    // What the page offered as GeoJSON is what the pipeline writes.
    expect(JSON.parse(geojson.bytes.toString('utf8'))).toEqual(run.places);

    // Its places are those the page found; its claims those accepted, as claims.yaml holds them.
    const features = new Map(run.places!.features.map((f) => [f.id, f.properties]));
    expect([...features.keys()].sort()).toEqual([...new Set([...found, 'southern-tripoli'])].sort());
    const exported = (parse(run.files[`${ID}/claims.yaml`] as string) as { status: string; claims: Array<{ place: string; party: string; extent: string; change: string; note?: string; evidence: Array<{ paragraph: string; quote: string }> }> });
    expect(exported.status).toBe('reviewed');
    expect(exported.claims.map((c) => c.place).sort()).toEqual([...claims].sort());
    for (const c of exported.claims) {
      const p = features.get(c.place)!;
      expect({ status: p.status, party: p.party, extent: p.extent, change: p.change, note: p.note ?? undefined }).toEqual({ status: 'control', party: c.party, extent: c.extent, change: c.change, note: c.note });
      expect((p.evidence as Array<{ paragraph: string; quote: string }>).map((e) => `${e.paragraph}:${e.quote}`)).toEqual(c.evidence.map((e) => `${e.paragraph}:${e.quote}`));
    }
    // The seed's own reading of the claims the suggester offered.
    expect(features.get('ain-zara')).toMatchObject({ party: 'lna', extent: 'most', note: 'The text says "جزء كبير" (a large part).' });
    expect(features.get('az-zahra')).toMatchObject({ party: 'gna', change: 'expelled' });
    expect(features.get('wadi-al-rabi')).toMatchObject({ party: 'lna', extent: 'half' });
    expect((features.get('gharyan')!.evidence as Array<{ paragraph: string; quote: string }>).map((e) => e.paragraph)).toEqual(['p4', 'p3']);
    expect(features.get('southern-tripoli')).toMatchObject({ source: `manual:${ID}`, kind: 'neighbourhood', precision_km: 6, admin: 'tripoli-district', status: 'control', party: 'lna' });
  }, 300_000);
});
