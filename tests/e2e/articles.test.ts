import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeControlAsOf } from '../../src/core/time/compute-control-as-of.ts';
import type { ClaimsCollection } from '../../src/core/time/types.ts';
import { buildSiteFrom, createRequestLog, launchBrowser, newPage, startStaticServer, waitForMapReady, WEBGL_READY, type StaticServer } from './harness/index.ts';

// A site built from a content folder with two articles: the seed and the English fixture. Their
// claims are dated 13 May and 20 June 2019: two report dates, so the page has a timeline, and an
// article shows control as of its date across both (README, "The timeline on the page").
const root = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cm-multi-'));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(join(root, 'tests/fixtures/articles/in/airport-road-clashes'), join(content, 'airport-road-clashes'), { recursive: true });
  await buildSiteFrom(content, join(work, 'dist'));
  server = await startStaticServer({ name: 'multi', root: join(work, 'dist'), log: createRequestLog() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a site with several articles', () => {
  it('lists the articles, opens the default one and switches between them through the URL', async () => {
    const h = await newPage(browser);
    await h.page.goto(server.url);
    await waitForMapReady(h, 60_000, WEBGL_READY);
    const options = await h.page.locator('#cm-article-select option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options).toEqual(['haftar-macron-2019-05-13', 'airport-road-clashes']);
    expect(await h.page.locator('#cm-article-select').isVisible()).toBe(true);

    await h.page.locator('#cm-article-select').selectOption('airport-road-clashes');
    await expect.poll(() => h.page.url()).toContain('article=airport-road-clashes');
    await waitForMapReady(h, 60_000, WEBGL_READY);
    // Every place of the region the pipeline found in it (the fixture's reviewed expected output)…
    const own = (JSON.parse(readFileSync(join(root, 'tests/fixtures/articles/out/airport-road-clashes.geojson'), 'utf8')) as { features: Array<{ properties: { id: string; in_region: boolean } }> }).features
      .filter((f) => f.properties.in_region)
      .map((f) => f.properties.id);
    expect(own).toEqual(expect.arrayContaining(['ain-zara', 'gharyan', 'qasr-bin-ghashir', 'tarhuna', 'tripoli-international-airport']));
    // …and every place the seed reported by 20 June 2019 (by the rule, computed here from the site's claims).
    const claims = JSON.parse(readFileSync(join(work, 'dist/data/geo/claims.geojson'), 'utf8')) as ClaimsCollection;
    const reported = computeControlAsOf(claims, '2019-06-20').features.map((f) => f.properties.id);
    expect(reported).toEqual(expect.arrayContaining(['swani', 'wadi-al-rabi']));
    const expected = [...new Set([...own, ...reported])].sort();
    await expect.poll(async () => JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]').map((p: { id: string }) => p.id), { timeout: 20_000 }).toEqual(expected);
    // An English original: the text is English and left-to-right whatever the interface language.
    expect(await h.page.locator('.cm-article').getAttribute('lang')).toBe('en');
    expect(await h.page.locator('.cm-article').getAttribute('dir')).toBe('ltr');
    expect(await h.page.locator('.cm-legend__source').textContent()).toBe('السيطرة كما وردت حتى 20 يونيو 2019، من مقالين');
    expect(await h.page.locator('.cm-legend__article').textContent()).toContain('خدمة إخبارية تجريبية');

    await h.page.goBack();
    await expect.poll(() => h.page.locator('.cm-article__title').textContent()).toBe('حفتر يلتقي ماكرون الأربعاء في باريس');
    expect(h.externalRequests).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
