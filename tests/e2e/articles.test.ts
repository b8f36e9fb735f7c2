import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSiteFrom, createRequestLog, launchBrowser, newPage, startStaticServer, waitForMapReady, WEBGL_READY, type StaticServer } from './harness/index.ts';

// A site built from a content folder with two articles: the seed and the English fixture.
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
    // Every place of the region the pipeline found in it (the fixture's reviewed expected output).
    const expected = (JSON.parse(readFileSync(join(root, 'tests/fixtures/articles/out/airport-road-clashes.geojson'), 'utf8')) as { features: Array<{ properties: { id: string; in_region: boolean } }> }).features
      .filter((f) => f.properties.in_region)
      .map((f) => f.properties.id);
    expect(expected).toEqual(expect.arrayContaining(['ain-zara', 'gharyan', 'qasr-bin-ghashir', 'tarhuna', 'tripoli-international-airport']));
    await expect.poll(async () => JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]').map((p: { id: string }) => p.id), { timeout: 20_000 }).toEqual(expected);
    // An English original: the text is English and left-to-right whatever the interface language.
    expect(await h.page.locator('.cm-article').getAttribute('lang')).toBe('en');
    expect(await h.page.locator('.cm-article').getAttribute('dir')).toBe('ltr');
    expect(await h.page.locator('.cm-legend__source').textContent()).toContain('خدمة إخبارية تجريبية');

    await h.page.goBack();
    await expect.poll(() => h.page.locator('.cm-article__title').textContent()).toBe('حفتر يلتقي ماكرون الأربعاء في باريس');
    expect(h.externalRequests).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
