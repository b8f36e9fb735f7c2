// The timeline on the page (README, "The timeline on the page"), on a site built from the timeline
// fixture content (tests/fixtures/timeline/content/: five invented articles, 10 May 2019 to 5 June
// 2020, Gharyan disputed between two outlets on 26 June 2019). Expected statuses come from the
// fixture's README and from the rule itself (computeControlAsOf on the site's claims file, in
// Node), never from the page's own code.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { main as controlMain } from '../../src/cli/control.ts';
import { computeControlAsOf } from '../../src/core/time/compute-control-as-of.ts';
import type { ClaimsCollection } from '../../src/core/time/types.ts';
import { ATTRIBUTIONS } from '../../src/map/style.ts';
import {
  buildSiteFrom,
  createRequestLog,
  launchBrowser,
  newPage,
  runAxe,
  saveScreenshot,
  seriousOrCritical,
  startStaticServer,
  waitForMapReady,
  WEBGL_READY,
  type HarnessPage,
  type StaticServer,
} from './harness/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const CONTENT = join(root, 'tests/fixtures/timeline/content');
const LATEST = 'fixture-wire-2020-06-05';
let work: string;
let server: StaticServer;
let browser: Browser;
let noWebgl: Browser;
let claims: ClaimsCollection;
let h: HarnessPage;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cm-timeline-'));
  await buildSiteFrom(CONTENT, join(work, 'dist'));
  claims = JSON.parse(readFileSync(join(work, 'dist/data/geo/claims.geojson'), 'utf8')) as ClaimsCollection;
  server = await startStaticServer({ name: 'timeline', root: join(work, 'dist'), log: createRequestLog() });
  browser = await launchBrowser();
  noWebgl = await launchBrowser({ webgl: false });
});
afterAll(async () => {
  await browser?.close();
  await noWebgl?.close();
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(async () => {
  // Every test: nothing left 127.0.0.1, nothing threw, nothing failed to load.
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  expect(h.httpErrors).toEqual([]);
  await h.close();
});

interface Drawn {
  id: string;
  symbol: string;
  status: string;
}

/** Opens the page and waits until MapLibre has drawn the view of the date (`data-as-of`). */
async function open(hash: string, on: Browser = browser): Promise<HarnessPage> {
  h = await newPage(on);
  await h.page.goto(`${server.url}${hash}`);
  await waitForMapReady(h, 60_000, WEBGL_READY);
  await h.page.waitForSelector('body[data-as-of]', { state: 'attached', timeout: 60_000 });
  return h;
}

/** Waits until the page says the view of `date` is drawn (places and zones). */
async function waitForDate(page: Page, date: string): Promise<void> {
  await page.waitForSelector(`body[data-as-of="${date}"]`, { state: 'attached', timeout: 60_000 });
}

/** The places MapLibre has drawn, with the symbol and status it holds for each, read back from the map. */
async function drawn(page: Page): Promise<Drawn[]> {
  const list = JSON.parse((await page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]') as Drawn[];
  return list.map(({ id, symbol, status }) => ({ id, symbol, status }));
}

/**
 * Polls until the drawn places are those of `date` for an article: every place some article
 * reports on or before it, with the rule's status, plus the article's own places nothing reports
 * yet (status `none`), in the region.
 */
async function expectDrawnAsOf(page: Page, date: string, article: string): Promise<void> {
  const control = computeControlAsOf(claims, date).features
    .filter((f) => claims.features.find((c) => c.properties.place === f.properties.id)?.properties.in_region !== false)
    .map((f) => `${f.properties.id} ${f.properties.status}${f.properties.stale ? ' stale' : ''}`);
  const own = (JSON.parse(readFileSync(join(work, `dist/data/geo/${article}.geojson`), 'utf8')) as { features: Array<{ properties: { id: string; in_region: boolean } }> }).features
    .filter((f) => f.properties.in_region && !control.some((c) => c.startsWith(`${f.properties.id} `)))
    .map((f) => `${f.properties.id} none`);
  await expect.poll(async () => (await drawn(page)).map((p) => `${p.id} ${p.status}`)).toEqual([...control, ...own].sort());
}

const statusOf = async (page: Page, place: string): Promise<string> => (await page.locator(`.cm-place-list__button[data-place="${place}"] .cm-place-list__status`).textContent()) ?? '';
const zones = async (page: Page): Promise<string> => (await page.getAttribute('#cm-map', 'data-rendered-zones')) ?? '';
const zoneIds = (date: string): string[] =>
  (JSON.parse(readFileSync(join(work, `dist/data/geo/zones-as-of/${date}.geojson`), 'utf8')) as { features: Array<{ id: string; properties: { kind: string } }> }).features
    .filter((f) => f.properties.kind === 'zone')
    .map((f) => f.id)
    .sort();

describe('the timeline on a site with several report dates', () => {
  it('opens an article as of its own date: the legend, the timeline, stale places said stale, other articles\' places listed', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en`);
    await waitForDate(page, '2020-06-05');
    expect(await page.locator('.cm-legend__source').textContent()).toBe('Control as reported up to 5 June 2020, from 5 articles');
    expect(await page.locator('.cm-legend__article').textContent()).toBe('This article: Fixture Wire, 5 June 2020');
    const slider = page.locator('#cm-timeline-input');
    expect(await slider.getAttribute('aria-valuetext')).toBe('5 June 2020');
    expect(await page.locator('label[for="cm-timeline-input"]').textContent()).toBe('Map as of');
    expect(await page.locator('.cm-timeline__mark').count()).toBe(5);
    await expectDrawnAsOf(page, '2020-06-05', LATEST);
    // Gharyan: last reported on 28 June 2019 (GNA), 343 days before: stale, faded on the map and said in words.
    expect((await drawn(page)).find((p) => p.id === 'gharyan')).toEqual({ id: 'gharyan', symbol: 'cm-sym-gna-all_stale', status: 'control stale' });
    expect(await statusOf(page, 'gharyan')).toBe('Held by GNA, last reported 343 days earlier');
    expect(await statusOf(page, 'tarhuna')).toBe('Held by GNA');
    // The article names Tarhuna, the airport and Ain Zara; the others come from other articles, listed apart.
    expect(await page.locator('.cm-other .cm-sidebar__title').textContent()).toBe('Other reported places as of 5 June 2020');
    const others = await page.locator('.cm-other .cm-place-list__button').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.place));
    expect(others).toEqual(['al-aziziya', 'gharyan', 'tripoli']);
    expect(await page.locator('.cm-legend').textContent()).toContain('Faded: last reported more than 30 days earlier'.toLowerCase());
    // The zones are those inferred for the date.
    await expect.poll(async () => (await zones(page)).split(' ').filter((id) => !id.startsWith('front')).every((id) => zoneIds('2020-06-05').includes(id))).toBe(true);
    await saveScreenshot(page, 'timeline-2020-06-05-en');
  });

  it('moving the date with the keyboard steps between report dates and redraws places, zones and legend: Gharyan disputed between sources on 26 June 2019', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en`);
    const before = await zones(page);
    const slider = page.locator('#cm-timeline-input');
    await slider.focus();
    // Left to right in English: the left arrow goes to the previous report date.
    for (const date of ['2020-06-03', '2019-06-28', '2019-06-26']) {
      await page.keyboard.press('ArrowLeft');
      await waitForDate(page, date);
    }
    expect(await slider.getAttribute('aria-valuetext')).toBe('26 June 2019');
    await expectDrawnAsOf(page, '2019-06-26', LATEST);
    expect((await drawn(page)).find((p) => p.id === 'gharyan')).toEqual({ id: 'gharyan', symbol: 'cm-sym-disputed-gna-lna', status: 'disputed' });
    expect(await statusOf(page, 'gharyan')).toBe('Disputed between sources: LNA, GNA');
    expect(await page.locator('.cm-legend__source').textContent()).toBe('Control as reported up to 26 June 2019, from 3 articles');
    expect(await page.locator('.cm-legend').textContent()).toContain('Disputed between sources: LNA, GNA');
    // Tarhuna: last reported on 10 May 2019, 47 days before.
    expect(await statusOf(page, 'tarhuna')).toBe('Held by LNA, last reported 47 days earlier');
    // The airport is reported only from 2020: the article names it, drawn without a status, and says so.
    expect((await drawn(page)).find((p) => p.id === 'tripoli-international-airport')).toEqual({ id: 'tripoli-international-airport', symbol: 'cm-sym-none', status: 'none' });
    expect(await statusOf(page, 'tripoli-international-airport')).toBe('Named by the article; no control reported up to this date');
    await expect.poll(() => zones(page)).not.toBe(before);
    expect((await zones(page)).split(' ').filter((id) => id.startsWith('zone')).every((id) => zoneIds('2019-06-26').includes(id))).toBe(true);
    expect(page.url()).toContain('date=2019-06-26');
    // Home and End: the ends of the timeline.
    await page.keyboard.press('Home');
    await waitForDate(page, '2019-05-10');
    await expectDrawnAsOf(page, '2019-05-10', LATEST);
    expect(await page.locator('.cm-legend__source').textContent()).toBe('Control as reported up to 10 May 2019, from 1 article');
    await page.keyboard.press('End');
    await waitForDate(page, '2020-06-05');
    // Back on the article's own date, the URL says nothing of a date.
    await expect.poll(() => page.url()).not.toContain('date=');
    await saveScreenshot(page, 'timeline-keyboard');
  });

  it('in Arabic the timeline runs right to left, like the range input: the left arrow goes later', async () => {
    const { page } = await open('#article=fixture-wire-2019-06-26&lang=ar');
    await waitForDate(page, '2019-06-26');
    expect(await page.locator('.cm-legend__source').textContent()).toBe('السيطرة كما وردت حتى 26 يونيو 2019، من 3 مقالات');
    expect(await statusOf(page, 'gharyan')).toBe('روايات المصادر متعارضة بشأنه: قوات حفتر والوفاق');
    const slider = page.locator('#cm-timeline-input');
    expect(await slider.evaluate((e) => getComputedStyle(e).direction)).toBe('rtl');
    // The first report date's mark is right of the last one's.
    const xs = await page.locator('.cm-timeline__mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('x'))));
    expect(xs[0]).toBeGreaterThan(xs.at(-1) as number);
    await slider.focus();
    await page.keyboard.press('ArrowLeft');
    await waitForDate(page, '2019-06-28');
    expect(await slider.getAttribute('aria-valuetext')).toBe('28 يونيو 2019');
    await page.keyboard.press('ArrowRight');
    await waitForDate(page, '2019-06-26');
  });

  it('moving the date with the pointer: dragging the handle redraws the map, and the URL keeps the date it is let go on', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en`);
    const track = (await page.locator('.cm-timeline__track').boundingBox())!;
    const thumbX = track.x + track.width - 8;
    const y = track.y + 14;
    await page.mouse.move(thumbX, y);
    await page.mouse.down();
    // Halfway (the map follows while dragging), then past the left end: the first report date.
    await page.mouse.move(track.x + track.width / 2, y, { steps: 5 });
    await expect.poll(() => page.locator('#cm-timeline-input').getAttribute('aria-valuetext')).not.toBe('5 June 2020');
    await page.mouse.move(track.x - 40, y, { steps: 5 });
    await page.mouse.up();
    await waitForDate(page, '2019-05-10');
    await expectDrawnAsOf(page, '2019-05-10', LATEST);
    expect((await drawn(page)).find((p) => p.id === 'ain-zara')).toEqual({ id: 'ain-zara', symbol: 'cm-sym-contested-gna-lna', status: 'contested' });
    await expect.poll(() => page.url()).toContain('date=2019-05-10');
  });

  it('#date= round-trips: a shared link, back, forward and reload show the same date', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en&date=2019-06-26`);
    await waitForDate(page, '2019-06-26');
    expect(await page.locator('#cm-timeline-input').getAttribute('aria-valuetext')).toBe('26 June 2019');
    expect(page.url()).toContain('date=2019-06-26');
    await expectDrawnAsOf(page, '2019-06-26', LATEST);
    await page.locator('#cm-timeline-input').focus();
    await page.keyboard.press('ArrowRight');
    await waitForDate(page, '2019-06-28');
    await expect.poll(() => page.url()).toContain('date=2019-06-28');
    await page.goBack();
    await waitForDate(page, '2019-06-26');
    expect(await page.locator('#cm-timeline-input').getAttribute('aria-valuetext')).toBe('26 June 2019');
    expect((await drawn(page)).find((p) => p.id === 'gharyan')?.status).toBe('disputed');
    await page.goForward();
    await waitForDate(page, '2019-06-28');
    await expectDrawnAsOf(page, '2019-06-28', LATEST);
    await page.reload();
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await waitForDate(page, '2019-06-28');
    expect(await page.locator('#cm-timeline-input').getAttribute('aria-valuetext')).toBe('28 June 2019');
    await expectDrawnAsOf(page, '2019-06-28', LATEST);
    // A date that is not a calendar date is ignored: the article's own date.
    await page.goto(`${server.url}#article=${LATEST}&lang=en&date=2019-02-30`);
    await page.reload();
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await waitForDate(page, '2020-06-05');
  });

  it('the card lists the place\'s reports newest first, and a report\'s link opens its article with the place selected, at the paragraph', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en`);
    await page.locator('.cm-other .cm-place-list__button[data-place="gharyan"]').click();
    await expect.poll(() => page.locator('.cm-card__title').textContent()).toBe('Gharyan');
    const reports = await page.locator('.cm-card__report').evaluateAll((els) => els.map((e) => `${(e as HTMLElement).dataset.asOf} ${(e as HTMLElement).dataset.article}`));
    expect(reports).toEqual([
      '2019-06-28 test-gazette-2019-06-28',
      '2019-06-26 fixture-wire-2019-06-26',
      '2019-06-26 test-gazette-2019-06-26',
      '2019-05-10 fixture-wire-2019-05-10',
    ]);
    const first = page.locator('.cm-card__report').first();
    expect(await first.locator('.cm-card__report-head').textContent()).toBe('28 June 2019 · Held by GNA');
    expect(await first.locator('.cm-card__quote').textContent()).toBe('انسحبت قوات حفتر من غريان، وباتت كلها تحت سيطرة قوات حكومة الوفاق');
    expect(await page.locator('.cm-card').textContent()).toContain('Last report');
    const link = page.locator('.cm-card__report-link[data-article="fixture-wire-2019-06-26"]');
    expect(await link.getAttribute('href')).toBe('#article=fixture-wire-2019-06-26&place=gharyan&paragraph=p2&lang=en');
    await link.click();
    await expect.poll(() => page.url()).toContain('article=fixture-wire-2019-06-26');
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await waitForDate(page, '2019-06-26');
    expect(page.url()).toContain('place=gharyan');
    await expect.poll(() => page.locator('.cm-card__title').textContent()).toBe('Gharyan');
    await expect.poll(() => page.locator('.cm-mention--selected').count()).toBeGreaterThan(0);
    // The paragraph of the quote is marked and scrolled into the text's view.
    const target = page.locator('.cm-block--target');
    await expect.poll(() => target.getAttribute('data-block')).toBe('p2');
    await expect.poll(async () => {
      const panel = (await page.locator('.cm-panel').boundingBox())!;
      const block = (await target.boundingBox())!;
      return block.y >= panel.y - 1 && block.y + Math.min(block.height, 40) <= panel.y + panel.height + 1;
    }).toBe(true);
    expect(await page.locator('.cm-article__title').textContent()).toBe('Test fixture: Haftar\'s forces deny the fall of Gharyan');
    // Back returns to the article the card was opened in.
    await page.goBack();
    await expect.poll(() => page.url()).toContain(`article=${LATEST}`);
    await waitForDate(page, '2020-06-05');
  });

  it('the GeoJSON download of a date is what `npm run control -- --as-of` prints for it', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en&date=2019-06-26`);
    await waitForDate(page, '2019-06-26');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.cm-button[download]').click()]);
    expect(download.suggestedFilename()).toBe('control-as-of-2019-06-26.geojson');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const out: string[] = [];
    expect(controlMain(['--as-of', '2019-06-26', '--content', 'tests/fixtures/timeline/content'], root, { out: (s) => out.push(s), err: () => undefined })).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${out.join('\n')}\n`);
  });

  it('has no serious or critical accessibility violations, in Arabic and in English, with a place selected', async () => {
    for (const lang of ['ar', 'en']) {
      const { page } = await open(`#article=${LATEST}&place=gharyan&lang=${lang}&date=2019-06-26`);
      await waitForDate(page, '2019-06-26');
      await expect.poll(() => page.locator('.cm-card__report').count()).toBe(4);
      expect(await page.locator('.cm-card__report--later').count()).toBe(1);
      expect(seriousOrCritical(await runAxe(page))).toEqual([]);
      if (lang === 'ar') {
        await h.close();
      }
    }
  });

  it('the timeline is reached and used with the keyboard alone', async () => {
    const { page } = await open(`#article=${LATEST}&lang=en`);
    // Tab from the page's start until the timeline's control has the focus.
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'cm-timeline-input'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('cm-timeline-input');
    await page.keyboard.press('ArrowDown');
    await waitForDate(page, '2020-06-03');
    await page.keyboard.press('PageDown');
    await waitForDate(page, '2020-05-04');
    await expectDrawnAsOf(page, '2020-05-04', LATEST);
  });
});

describe('the timeline site\'s static map', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    it(`keeps its place and size while the page, timeline included, is built around it, ${viewport.width}x${viewport.height}`, async () => {
      const box = (e: Element): number[] => {
        const r = e.getBoundingClientRect();
        return [r.x, r.y, r.width, r.height];
      };
      const plain = await newPage(noWebgl, { javaScriptEnabled: false, viewport });
      await plain.page.goto(server.url);
      await plain.page.evaluate(() => document.fonts.ready.then(() => undefined));
      const before = await plain.page.locator('.cm-static-map').evaluate(box);
      const strip = await plain.page.locator('.cm-timeline').evaluate(box);
      await plain.close();
      h = await newPage(noWebgl, { viewport });
      await h.page.goto(server.url);
      await waitForMapReady(h);
      await expect.poll(() => h.page.locator('footer.cm-footer a').count()).toBe(ATTRIBUTIONS.length);
      await expect.poll(() => h.page.locator('.cm-timeline__mark').count()).toBe(5);
      await h.page.evaluate(() => document.fonts.ready.then(() => undefined));
      expect(await h.page.locator('#cm-static-map').evaluate(box)).toEqual(before);
      expect(await h.page.locator('.cm-timeline').evaluate(box)).toEqual(strip);
      // Without WebGL the static map, drawn as of the article's date at build time, cannot follow
      // the handle: the timeline says so and is disabled.
      await expect.poll(() => h.page.locator('#cm-timeline-input').isDisabled()).toBe(true);
      expect(await h.page.locator('.cm-timeline__note').textContent()).toContain('WebGL');
    });
  }

  it('shows the article\'s view as of its date, other articles\' places included', async () => {
    h = await newPage(noWebgl, { javaScriptEnabled: false });
    await h.page.goto(server.url);
    const ids = await h.page.locator('.cm-static-map .cm-svg-place').evaluateAll((els) => els.map((e) => (e as SVGElement).dataset.place).sort());
    expect(ids).toEqual(computeControlAsOf(claims, '2020-06-05').features.map((f) => f.properties.id).sort());
  });
});
