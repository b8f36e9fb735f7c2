import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteFrom, buildStrictCsp, createRequestLog, launchBrowser, newPage, startStaticServer, waitForMapReady, WEBGL_READY, type HarnessPage, type RequestLog, type StaticServer } from './harness/index.ts';

// Hostile content, a strict Content-Security-Policy, and broken data at run time.
const root = fileURLToPath(new URL('../../', import.meta.url));
const cspUrl = inject('cspUrl');
const baseUrl = inject('baseUrl');
let work: string;
let log: RequestLog;
let plain: StaticServer;
let strict: StaticServer;
let browser: Browser;

beforeAll(async () => {
  // A site whose content carries script payloads everywhere the page shows text.
  work = mkdtempSync(join(tmpdir(), 'cm-hostile-'));
  const content = join(work, 'content');
  cpSync(join(root, 'content'), content, { recursive: true });
  cpSync(join(root, 'tests/fixtures/hostile/xss-payloads'), join(content, 'xss-payloads'), { recursive: true, filter: (src) => !src.endsWith('parties.yaml') });
  cpSync(join(root, 'tests/fixtures/hostile/xss-payloads/parties.yaml'), join(content, 'parties.yaml'));
  // The payloads are the page's default article: their data is inline in the HTML, where a
  // "</script>" in the text must not end the data block.
  writeFileSync(join(content, 'site.yaml'), 'default_article: xss-payloads\n');
  await buildSiteFrom(content, join(work, 'dist'));
  log = createRequestLog();
  plain = await startStaticServer({ name: 'hostile', root: join(work, 'dist'), log });
  strict = await startStaticServer({ name: 'hostile-csp', root: join(work, 'dist'), log, headers: { 'Content-Security-Policy': buildStrictCsp() } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await plain?.close();
  await strict?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Records CSP violations and dialogs (alert, confirm) from the first script on. */
async function watch(h: HarnessPage): Promise<{ violations: string[]; dialogs: string[] }> {
  const dialogs: string[] = [];
  h.page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await h.page.addInitScript(() => {
    const w = window as unknown as { __cmViolations: string[] };
    w.__cmViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__cmViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { violations: [], dialogs };
}
const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as { __cmViolations: string[] }).__cmViolations);
const xssRan = (page: Page): Promise<unknown> => page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss);

describe('hostile content', () => {
  for (const [label, server] of [['plain', () => plain], ['under the strict CSP', () => strict]] as const) {
    it(`renders script payloads as text and runs none of them (${label})`, async () => {
      const h = await newPage(browser);
      const { dialogs } = await watch(h);
      await h.page.goto(`${server().url}#article=xss-payloads&lang=en`);
      await waitForMapReady(h, 60_000, WEBGL_READY);
      // The article came with the HTML (no request for its files), and the HTML has one script
      // element besides the entry: the data block, whole.
      expect(log.entries.filter((e) => /articles\/xss-payloads\.json|geo\/xss-payloads\.geojson/.test(e.path))).toEqual([]);
      expect(await h.page.locator('script#cm-page-data').count()).toBe(1);
      expect(await h.page.evaluate(() => (JSON.parse(document.getElementById('cm-page-data')?.textContent ?? '{}') as { article?: { texts?: Array<{ title: string }> } }).article?.texts?.[0]?.title)).toContain('<script>window.__xss = 1</script>');
      // The payloads are on screen, as text.
      expect(await h.page.locator('.cm-article__title').textContent()).toBe('<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"> Tripoli test');
      expect(await h.page.locator('.cm-article__meta').textContent()).toContain('<a href="javascript:window.__xss = 4">Outlet</a>');
      expect(await h.page.locator('[data-block="p1"]').textContent()).toContain(`<img src=x onerror="fetch('/xss-hit')">`);
      // Interact where payloads sit: hover the mouseover payload, open the cards.
      await h.page.locator('[data-block="p1"] .cm-mention[data-place="gharyan"]').hover();
      await h.page.locator('.cm-place-list__button[data-place="tripoli"]').click();
      await expect.poll(() => h.page.locator('.cm-card').textContent()).toContain('<img src=x onerror="window.__xss = 10">');
      await h.page.locator('.cm-place-list__button[data-place="gharyan"]').click();
      await expect.poll(() => h.page.locator('.cm-card').textContent()).toContain('<svg onload="window.__xss = 13">LNA');
      expect(await h.page.locator('.cm-legend').textContent()).toContain('<svg onload="window.__xss = 13">LNA');
      // No element the payloads describe exists in the page.
      expect(await h.page.locator('.cm-app script, .cm-app iframe, .cm-app img, .cm-app [onerror], .cm-app [onload], .cm-app [onmouseover], .cm-app a[href^="javascript:"]').count()).toBe(0);
      // The override character stays inside its paragraph.
      expect(await h.page.locator('[data-block="p2"]').evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
      expect(await xssRan(h.page)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(log.entries.filter((e) => e.path.includes('xss-hit'))).toEqual([]);
      expect(h.pageErrors).toEqual([]);
      expect(h.externalRequests).toEqual([]);
      if (label !== 'plain') expect(await violations(h.page)).toEqual([]);
      await h.close();
    });
  }
});

describe('the strict Content-Security-Policy', () => {
  for (const lang of ['ar', 'en']) {
    it(`the full page runs under it with no violation (${lang})`, async () => {
      const h = await newPage(browser);
      await watch(h);
      const response = await h.page.goto(`${cspUrl}#article=haftar-macron-2019-05-13&lang=${lang}`);
      expect(response?.headers()['content-security-policy']).toBe(inject('strictCsp'));
      await waitForMapReady(h, 60_000, WEBGL_READY);
      await h.page.locator('.cm-place-list__button[data-place="ain-zara"]').click();
      await expect.poll(() => h.page.locator('.cm-card__title').isVisible()).toBe(true);
      expect(await violations(h.page)).toEqual([]);
      expect(h.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
      expect(h.pageErrors).toEqual([]);
      await h.close();
    });
  }
  it('the embed page runs under it with no violation', async () => {
    const h = await newPage(browser);
    await watch(h);
    await h.page.goto(`${cspUrl}embed.html?article=haftar-macron-2019-05-13&lang=ar`);
    await waitForMapReady(h, 60_000, WEBGL_READY);
    expect(await violations(h.page)).toEqual([]);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});

describe('broken data at run time', () => {
  const ARTICLE = 'haftar-macron-2019-05-13';
  async function openWith(route: string, body: { status: number; text: string } | null): Promise<HarnessPage> {
    const h = await newPage(browser);
    // The page carries its default article inline; without that block it loads the files, as it
    // does for every other article.
    await withoutInlineData(h);
    await h.page.route(`**/data/${route}`, (r) => (body ? r.fulfill({ status: body.status, body: body.text, contentType: 'application/json' }) : r.abort()));
    await h.page.goto(`${baseUrl}#article=${ARTICLE}&lang=en`);
    return h;
  }
  const notice = (h: HarnessPage) => h.page.locator('.cm-notice').textContent();
  /** Serves the page's HTML with its inline data block replaced by `block` (removed by default). */
  async function withoutInlineData(h: HarnessPage, block = ''): Promise<void> {
    await h.page.route((url) => url.href.split('#')[0] === baseUrl, async (r) => {
      const response = await r.fetch();
      const html = await response.text();
      const stripped = html.replace(/<script type="application\/json" id="cm-page-data">[\s\S]*?<\/script>/, block);
      expect(stripped).not.toBe(html);
      await r.fulfill({ response, body: stripped });
    });
  }

  it('a corrupt inline data block: a message, and the files are loaded instead', async () => {
    const h = await newPage(browser);
    await withoutInlineData(h, '<script type="application/json" id="cm-page-data">{"index": </script>');
    await h.page.goto(`${baseUrl}#article=${ARTICLE}&lang=en`);
    await waitForMapReady(h, 60_000);
    await expect.poll(() => notice(h)).toContain('Could not load the data: #cm-page-data: not valid JSON');
    expect(await h.page.locator('[data-block="p4"]').textContent()).toContain('Ain Zara');
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });

  it('a missing places file: a clear message, and the text still there', async () => {
    const h = await openWith(`geo/${ARTICLE}.geojson`, { status: 404, text: 'not found' });
    await expect.poll(() => notice(h), { timeout: 20_000 }).toContain(`Could not load the data: ${baseUrl}data/geo/${ARTICLE}.geojson: HTTP 404`);
    expect(await h.page.locator('[data-block="p4"]').textContent()).toContain('Ain Zara');
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
  it('a corrupt places file: a clear message, and the text still there', async () => {
    const h = await openWith(`geo/${ARTICLE}.geojson`, { status: 200, text: '{"type": "FeatureCollection", "features": [' });
    await expect.poll(() => notice(h), { timeout: 20_000 }).toContain('not valid JSON');
    // The text is built once the map's first frame is on screen, which may be after the notice.
    await expect.poll(() => h.page.locator('[data-block="p4"]').isVisible(), { timeout: 20_000 }).toBe(true);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
  it('an article that fails to load: a clear message, and the map still there', async () => {
    const h = await openWith(`articles/${ARTICLE}.json`, null);
    await expect.poll(() => notice(h), { timeout: 20_000 }).toContain(`data/articles/${ARTICLE}.json`);
    await waitForMapReady(h, 60_000, WEBGL_READY);
    expect(JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]').length).toBe(10);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
  it('a corrupt zones file: a message, and the places still drawn', async () => {
    const h = await openWith(`geo/${ARTICLE}.zones.geojson`, { status: 200, text: '{"type": "Feature"}' });
    await waitForMapReady(h, 60_000, WEBGL_READY);
    await expect.poll(() => notice(h), { timeout: 20_000 }).toContain('not a zones FeatureCollection');
    expect(JSON.parse((await h.page.getAttribute('#cm-map', 'data-rendered-places')) ?? '[]').length).toBe(10);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
  it('a missing article index: a message, never a blank page', async () => {
    const h = await openWith('articles.json', { status: 500, text: 'oops' });
    await expect.poll(() => notice(h), { timeout: 20_000 }).toContain('HTTP 500');
    expect(await h.page.locator('.cm-notice').isVisible()).toBe(true);
    expect(await h.page.locator('.cm-static-map > svg').isVisible()).toBe(true);
    expect(h.pageErrors).toEqual([]);
    await h.close();
  });
});
