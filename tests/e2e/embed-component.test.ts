import { copyFileSync, cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { createRequestLog, launchBrowser, newPage, saveScreenshot, startStaticServer, type HarnessPage, type StaticServer } from './harness/index.ts';

// Two <conflict-map> web components (dist/conflict-map.js) on host pages of another origin that
// also run a MapLibre of their own, another major version (4.x, UMD, window.maplibregl).
const distDir = inject('distDir');
const ARTICLE = 'haftar-macron-2019-05-13';
const hostPagesDir = fileURLToPath(new URL('./host-pages/', import.meta.url));
const require = createRequire(import.meta.url);

let work: string;
let site: StaticServer;
let hostServer: StaticServer;
let browser: Browser;
let h: HarnessPage | null = null;

beforeAll(async () => {
  const log = createRequestLog();
  // The built site, served as a site offering the component must be: a module script and the
  // data, fonts and worker it fetches from another origin all need CORS. (The shared site server
  // sends no Access-Control-Allow-Origin, so the browser refuses conflict-map.js from the host.)
  site = await startStaticServer({ name: 'component-site', root: distDir, log, headers: { 'Access-Control-Allow-Origin': '*' } });
  // The host pages plus a copy of MapLibre 4 under vendor/, in a temporary folder: the copy is
  // taken from node_modules at test time, never committed.
  work = mkdtempSync(join(tmpdir(), 'cm-component-host-'));
  cpSync(hostPagesDir, work, { recursive: true });
  const v4 = dirname(require.resolve('maplibre-gl-v4/dist/maplibre-gl.js'));
  mkdirSync(join(work, 'vendor'));
  copyFileSync(join(v4, 'maplibre-gl.js'), join(work, 'vendor/maplibre-gl-v4.js'));
  copyFileSync(join(v4, 'maplibre-gl.css'), join(work, 'vendor/maplibre-gl-v4.css'));
  hostServer = await startStaticServer({
    name: 'component-host',
    root: work,
    log,
    transformHtml: (html) => html.replace(/\{\{baseUrl\}\}/g, site.url).replace(/\{\{hostUrl\}\}/g, hostServer.url),
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([hostServer?.close(), site?.close()]);
  if (work) rmSync(work, { recursive: true, force: true });
});
afterEach(async () => {
  if (h) await closeChecked(h);
});

/** Checks what every page must satisfy, then closes it. */
async function closeChecked(page: HarnessPage): Promise<void> {
  if (h === page) h = null;
  // Nothing left 127.0.0.1 and nothing threw.
  expect(page.externalRequests).toEqual([]);
  expect(page.pageErrors).toEqual([]);
  expect(page.consoleErrors).toEqual([]);
  await page.close();
}

/** `expect.poll` with room for software WebGL on a busy machine (the default is 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** An event a component fired, as the host page recorded it. */
interface ComponentEvent {
  type: 'ready' | 'place-select';
  id: string;
  detail: { article: string; place: string | null; lang: string };
}

/** Opens a host page and waits until both components have drawn their places. */
async function openComponents(pageName: string): Promise<HarnessPage> {
  h = await newPage(browser, { viewport: { width: 1280, height: 900 } });
  expect(new URL(hostServer.url).origin).not.toBe(new URL(site.url).origin);
  await h.page.goto(`${hostServer.url}${pageName}`);
  for (const id of ['a', 'b']) await h.page.waitForSelector(`conflict-map#${id}[data-map-ready]`, { state: 'attached', timeout: 60_000 });
  return h;
}

const events = (page: Page): Promise<ComponentEvent[]> => page.evaluate(() => (window as unknown as { __componentEvents: ComponentEvent[] }).__componentEvents);

/** A component's selection as it shows it: the attribute, the card title, the pressed list buttons. */
const selection = (page: Page, id: string) =>
  page.locator(`conflict-map#${id}`).evaluate((el) => {
    const root = el.shadowRoot as ShadowRoot;
    const card = root.querySelector<HTMLElement>('.cm-card');
    return {
      attribute: el.getAttribute('place'),
      cardTitle: card && !card.hidden ? (root.querySelector('.cm-card__title')?.textContent ?? null) : null,
      pressed: [...root.querySelectorAll('.cm-place-list__button[aria-pressed="true"]')].map((b) => (b as HTMLElement).dataset.place),
    };
  });

/** Places a component's map drew, from its map container (inside the shadow root). */
const renderedPlaces = (page: Page, id: string) =>
  page.locator(`conflict-map#${id} .cm-map`).evaluate((el) => (JSON.parse(el.getAttribute('data-rendered-places') ?? '[]') as Array<{ id: string }>).map((p) => p.id));

describe('two <conflict-map> components beside the host page\'s own MapLibre 4', () => {
  it('both render and fire ready; the host\'s MapLibre 4 map loads and keeps its version', async () => {
    const { page } = await openComponents('components.html');
    expect((await events(page)).filter((e) => e.type === 'ready').sort((x, y) => x.id.localeCompare(y.id))).toEqual([
      { type: 'ready', id: 'a', detail: { article: ARTICLE, place: null, lang: 'ar' } },
      { type: 'ready', id: 'b', detail: { article: ARTICLE, place: null, lang: 'en' } },
    ]);
    for (const id of ['a', 'b']) {
      await poll(() => renderedPlaces(page, id)).toHaveLength(10);
      expect(await page.locator(`conflict-map#${id} .cm-map canvas`).count()).toBe(1);
    }
    // A shows the article, B does not; each speaks its own language.
    expect(await page.locator('conflict-map#a .cm-panel').isVisible()).toBe(true);
    expect(await page.locator('conflict-map#b .cm-panel').isVisible()).toBe(false);
    expect(await page.locator('conflict-map#a .cm-header__title').textContent()).toBe('حفتر يلتقي ماكرون الأربعاء في باريس');
    expect(await page.locator('conflict-map#b .cm-header__title').textContent()).toBe('Haftar meets Macron on Wednesday in Paris');

    await poll(() => page.evaluate(() => (window as unknown as { __hostMap: { loaded: boolean } }).__hostMap.loaded)).toBe(true);
    const versions = await page.evaluate(() => ({
      before: (window as unknown as { __hostMap: { version: string } }).__hostMap.version,
      after: (window as unknown as { maplibregl: { getVersion(): string } }).maplibregl.getVersion(),
    }));
    expect(versions.before).toMatch(/^4\./);
    expect(versions.after).toBe(versions.before);
    // The host's map still works after the components started: it renders another frame.
    expect(await page.evaluate(() => new Promise<boolean>((resolve) => {
      const map = (window as unknown as { __hostMap: { map: { once(e: string, f: () => void): void; setZoom(z: number): void; getZoom(): number } } }).__hostMap.map;
      map.once('idle', () => resolve(map.getZoom() === 6));
      map.setZoom(6);
    }))).toBe(true);
    // The page has no stylesheet of the components: only the host's own.
    expect(await page.evaluate(() => [...document.querySelectorAll('style, link[rel="stylesheet"]')].filter((s) => /\.cm-|maplibregl-ctrl/.test(s.textContent ?? '') || (s instanceof HTMLLinkElement && !s.href.includes('/vendor/'))).length)).toBe(0);
    await saveScreenshot(page, 'embed-components-host');
  });

  it('a place clicked in A is selected in A only; B follows its own place attribute', async () => {
    const { page } = await openComponents('components.html');
    await page.locator('conflict-map#a .cm-place-list__button[data-place="ain-zara"]').click();
    await poll(() => selection(page, 'a')).toEqual({ attribute: 'ain-zara', cardTitle: 'عين زارة', pressed: ['ain-zara'] });
    expect(await page.locator('conflict-map#a .cm-mention--selected').allTextContents()).toEqual(['عين زاره']);
    expect((await events(page)).filter((e) => e.type === 'place-select')).toEqual([
      { type: 'place-select', id: 'a', detail: { article: ARTICLE, place: 'ain-zara', lang: 'ar' } },
    ]);
    expect(await selection(page, 'b')).toEqual({ attribute: null, cardTitle: null, pressed: [] });

    // The host sets B's attribute: B selects, A keeps its own selection.
    await page.locator('conflict-map#b').evaluate((el) => el.setAttribute('place', 'tripoli'));
    await poll(() => selection(page, 'b')).toEqual({ attribute: 'tripoli', cardTitle: 'Tripoli', pressed: ['tripoli'] });
    expect(await selection(page, 'a')).toEqual({ attribute: 'ain-zara', cardTitle: 'عين زارة', pressed: ['ain-zara'] });
    expect((await events(page)).filter((e) => e.type === 'place-select' && e.id === 'a')).toHaveLength(1);

    // Removing the attribute clears B's selection.
    await page.locator('conflict-map#b').evaluate((el) => el.removeAttribute('place'));
    await poll(() => selection(page, 'b')).toEqual({ attribute: null, cardTitle: null, pressed: [] });
    expect((await selection(page, 'a')).attribute).toBe('ain-zara');
  });

  it('setting lang switches B\'s text, interface and map labels, and leaves A alone', async () => {
    const { page } = await openComponents('components.html');
    const texts = (id: string) =>
      page.locator(`conflict-map#${id}`).evaluate((el) => {
        const root = el.shadowRoot as ShadowRoot;
        const app = root.querySelector('.cm-app') as HTMLElement;
        return {
          lang: app.lang,
          dir: app.dir,
          title: root.querySelector('.cm-header__title')?.textContent,
          firstPlace: root.querySelector('.cm-place-list__name')?.textContent,
          labelField: root.querySelector('.cm-map')?.getAttribute('data-label-field'),
        };
      });
    const a = await texts('a');
    const b = await texts('b');
    expect(b).toMatchObject({ lang: 'en', dir: 'ltr', title: 'Haftar meets Macron on Wednesday in Paris' });
    expect(b.labelField).toContain('name_en');

    await page.locator('conflict-map#b').evaluate((el) => el.setAttribute('lang', 'ar'));
    // Labels are read back from the map when it is idle again.
    await poll(() => texts('b')).toEqual(a); // now the same as A, Arabic from the start
    expect(a).toMatchObject({ lang: 'ar', dir: 'rtl', title: 'حفتر يلتقي ماكرون الأربعاء في باريس' });
    expect(a.labelField).toContain('name_ar');
    expect(await page.locator('conflict-map#b').getAttribute('lang')).toBe('ar');

    await page.locator('conflict-map#a').evaluate((el) => el.setAttribute('lang', 'en'));
    await poll(async () => (await texts('a')).lang).toBe('en');
    expect((await texts('b')).lang).toBe('ar');
  });
});

/** Properties compared inside the components, page against page. */
const COMPARED = [
  'color',
  'font-family',
  'font-size',
  'line-height',
  'letter-spacing',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-right-width',
  'border-right-style',
  'border-right-color',
  'border-bottom-width',
  'border-bottom-style',
  'border-bottom-color',
  'border-left-width',
  'border-left-style',
  'border-left-color',
  'direction',
  'box-sizing',
  'background-color',
];

/** Elements inside the components whose styles must not depend on the host's CSS. */
const INSIDE = {
  'A: app root': 'conflict-map#a .cm-app',
  'A: header title': 'conflict-map#a .cm-header__title',
  'A: place-list button': 'conflict-map#a .cm-place-list__button >> nth=0',
  'A: legend toggle (a button)': 'conflict-map#a .cm-legend__toggle',
  'A: legend item': 'conflict-map#a .cm-legend__item >> nth=0',
  'A: article paragraph': 'conflict-map#a [data-block="p4"]',
  'A: map container': 'conflict-map#a .cm-map',
  'B: header title': 'conflict-map#b .cm-header__title',
  'B: place-list button': 'conflict-map#b .cm-place-list__button >> nth=0',
  'B: map container': 'conflict-map#b .cm-map',
} as const;

/** Computed styles of the elements inside the components, and the map containers' sizes. */
async function insideStyles(page: Page): Promise<Record<string, Record<string, string>>> {
  // Open both legends, so their items are laid out as a reader sees them.
  for (const id of ['a', 'b']) {
    const toggle = page.locator(`conflict-map#${id} .cm-legend__toggle`);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  const result: Record<string, Record<string, string>> = {};
  for (const [name, selector] of Object.entries(INSIDE)) {
    result[name] = await page.locator(selector).evaluate((el, props) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { ...Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)])), width: String(box.width), height: String(box.height) };
    }, COMPARED);
  }
  return result;
}

/** Every computed property of a host element, except those that follow the page's layout. */
const hostStyles = (page: Page, id: string) =>
  page.locator(`#${id}`).evaluate((el) => {
    const style = getComputedStyle(el);
    return Object.fromEntries([...style].map((p) => [p, style.getPropertyValue(p)]));
  });

describe('CSS between the host page and the components', () => {
  it('aggressive global host rules (*, div, button) do not change the components\' computed styles', async () => {
    const calm = await openComponents('components.html');
    const expected = await insideStyles(calm.page);
    await saveScreenshot(calm.page, 'embed-components-host-legends-open');
    await closeChecked(calm);

    const { page } = await openComponents('components-hostile-css.html');
    // The hostile rules are in force on the host page itself.
    expect(await page.locator('body > h1').evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).fontSize])).toEqual(['rgb(255, 0, 0)', '31px']);
    expect(await page.locator('#host-map').evaluate((el) => getComputedStyle(el).paddingTop)).toBe('17px');
    await saveScreenshot(page, 'embed-components-hostile-css');
    const actual = await insideStyles(page);
    // Sanity: the comparison looks at real, laid-out elements.
    expect(Number(actual['A: map container']!.width)).toBeGreaterThan(400);
    expect(Number(actual['A: map container']!.height)).toBeGreaterThan(200);
    expect(actual).toEqual(expected);
    for (const id of ['a', 'b']) await poll(() => renderedPlaces(page, id)).toHaveLength(10);
  });

  it('the components\' CSS does not reach host elements that share their class names', async () => {
    for (const pageName of ['components.html', 'components-hostile-css.html']) {
      const opened = await openComponents(pageName);
      const { page } = opened;
      // Before: taken by an inline script that ran before conflict-map.js.
      const before = await page.evaluate(() => (window as unknown as { __stylesBefore: Record<string, Record<string, string>> }).__stylesBefore);
      const card = await hostStyles(page, 'host-card');
      expect(card, pageName).toEqual(before['host-card']);
      // A <p class="cm-card"> is styled exactly as a plain <p>.
      expect(card, pageName).toEqual(await hostStyles(page, 'host-plain'));
      expect(await hostStyles(page, 'host-maplibre-div'), pageName).toEqual(before['host-maplibre-div']);
      await closeChecked(opened);
    }
  });
});
