import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSiteFrom, createRequestLog, launchBrowser, newPage, saveScreenshot, startStaticServer, type HarnessPage, type StaticServer } from './harness/index.ts';

// The map embedded with an iframe in host pages (tests/e2e/host-pages/iframe*.html) served from
// another origin, talking to them through postMessage (src/embed/protocol.ts, version 1).
const baseUrl = inject('baseUrl');
const hostUrl = inject('hostUrl');
const siteOrigin = new URL(baseUrl).origin;
const ARTICLE = 'haftar-macron-2019-05-13';
const root = fileURLToPath(new URL('../../', import.meta.url));
const hostPagesDir = fileURLToPath(new URL('./host-pages/', import.meta.url));

/** A message the host page received, as its inline script recorded it. */
interface HostMessage {
  origin: string;
  fromFrame: boolean;
  data: { protocol?: string; version?: number; type?: string; [key: string]: unknown } | null;
}

/** A host page with its embedded frame, and the console warnings of both. */
interface Host {
  h: HarnessPage;
  frame: Frame;
  warnings: string[];
}

let browser: Browser;
let host: Host | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  if (!host) return;
  const { h } = host;
  host = null;
  // Every page, host and frame: nothing left 127.0.0.1 and nothing threw.
  expect(h.externalRequests).toEqual([]);
  expect(h.pageErrors).toEqual([]);
  expect(h.consoleErrors).toEqual([]);
  await h.close();
});

/** Opens a host page and waits until the map inside its iframe is drawn. */
async function openHost(url: string, viewport = { width: 1024, height: 800 }): Promise<Host> {
  const h = await newPage(browser, { viewport });
  const warnings: string[] = [];
  // The page's console events include its frames' (checked below by a warning the frame logs).
  h.page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  host = { h, frame: null as unknown as Frame, warnings };
  await h.page.goto(url);
  const iframe = await h.page.waitForSelector('iframe[data-conflict-map]');
  const frame = await iframe.contentFrame();
  if (!frame) throw new Error(`${url}: the iframe has no content frame`);
  host.frame = frame;
  await frame.waitForSelector('body[data-map-ready]', { state: 'attached', timeout: 60_000 });
  return host;
}

/** What the host page received from its frame. */
async function frameMessages(h: HarnessPage): Promise<HostMessage[]> {
  const all = await h.page.evaluate(() => (window as unknown as { __hostMessages: HostMessage[] }).__hostMessages);
  return all.filter((m) => m.fromFrame);
}

const ofType = (messages: HostMessage[], type: string): HostMessage[] => messages.filter((m) => m.data?.type === type);

/** Posts a message from the host page to its frame, addressed to the frame's origin. */
async function postToFrame(h: HarnessPage, message: unknown, targetOrigin = siteOrigin): Promise<void> {
  await h.page.evaluate(({ message, targetOrigin }) => {
    const iframe = document.querySelector<HTMLIFrameElement>('iframe[data-conflict-map]');
    iframe?.contentWindow?.postMessage(message, targetOrigin);
  }, { message, targetOrigin });
}

/** `expect.poll` with room for software WebGL on a busy machine (the default is 1 s). */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

const envelope = { protocol: 'conflict-map', version: 1 } as const;

/** The iframe's height on the host page, CSS px. */
const iframeHeight = (h: HarnessPage): Promise<number> => h.page.locator('iframe[data-conflict-map]').evaluate((el) => el.getBoundingClientRect().height);

/** The frame's document: its height and width against its viewport, and the map canvas width. */
const frameMetrics = (frame: Frame) =>
  frame.evaluate(() => {
    const doc = document.documentElement;
    const canvas = document.querySelector('#cm-map canvas');
    return {
      scrollHeight: doc.scrollHeight,
      clientHeight: doc.clientHeight,
      scrollWidth: doc.scrollWidth,
      clientWidth: doc.clientWidth,
      canvasWidth: canvas ? canvas.getBoundingClientRect().width : -1,
      renderedPlaces: (JSON.parse(document.querySelector('#cm-map')?.getAttribute('data-rendered-places') ?? '[]') as unknown[]).length,
    };
  });

/** Selection as the frame shows it: card title and the selected mentions. */
const frameSelection = (frame: Frame) =>
  frame.evaluate(() => {
    const card = document.querySelector<HTMLElement>('.cm-card');
    return {
      cardTitle: card && !card.hidden ? (card.querySelector('.cm-card__title')?.textContent ?? null) : null,
      mentions: [...document.querySelectorAll('.cm-mention--selected')].map((el) => el.textContent),
    };
  });

describe('the map in an iframe on a host page of another origin', () => {
  it('renders, says ready to the host, and the loader resizes the iframe to the content height', async () => {
    const { h, frame } = await openHost(`${hostUrl}iframe.html`);
    expect(new URL(frame.url()).origin).toBe(siteOrigin);
    expect(new URL(frame.url()).origin).not.toBe(new URL(hostUrl).origin);

    await poll(async () => ofType(await frameMessages(h), 'ready').map((m) => [m.origin, m.data])).toEqual([
      [siteOrigin, { ...envelope, type: 'ready', state: { article: ARTICLE, place: null, lang: 'ar' } }],
    ]);
    // Resized from the fixed 300 px to the height the frame reported, which is its content height.
    await poll(() => iframeHeight(h)).not.toBe(300);
    await poll(async () => {
      const reported = ofType(await frameMessages(h), 'resize').at(-1)?.data?.height as number;
      const { scrollHeight } = await frameMetrics(frame);
      return { iframe: Math.abs((await iframeHeight(h)) - reported) <= 1, content: Math.abs(reported - scrollHeight) <= 1 };
    }).toEqual({ iframe: true, content: true });
    const metrics = await frameMetrics(frame);
    expect(metrics.scrollHeight - metrics.clientHeight).toBeLessThanOrEqual(1); // no scroll bar inside
    expect(metrics.scrollWidth).toBeLessThanOrEqual(metrics.clientWidth);
    expect(metrics.renderedPlaces).toBe(10);
    await saveScreenshot(h.page, 'embed-iframe-host');
  });

  it('at 280 px wide it still renders, without horizontal overflow, and follows the new height', async () => {
    const { h, frame } = await openHost(`${hostUrl}iframe.html`);
    await h.page.locator('#host-frame-box').evaluate((el) => {
      (el as HTMLElement).style.width = '280px';
    });
    await poll(() => h.page.locator('iframe[data-conflict-map]').evaluate((el) => el.getBoundingClientRect().width)).toBe(280);
    await poll(async () => {
      const m = await frameMetrics(frame);
      return { canvasFits: m.canvasWidth > 0 && m.canvasWidth <= 280, noOverflow: m.scrollWidth <= m.clientWidth, heightFollows: Math.abs((await iframeHeight(h)) - m.scrollHeight) <= 1 };
    }).toEqual({ canvasFits: true, noOverflow: true, heightFollows: true });
    expect(await frame.locator('body').getAttribute('data-map-ready')).toBe('true');
    await poll(async () => (await frameMetrics(frame)).renderedPlaces).toBeGreaterThan(0);
    await saveScreenshot(h.page, 'embed-iframe-host-280px');
  });

  it('a place the host selects by postMessage is selected in the frame, which answers place-selected; get-state and set-language work', async () => {
    const { h, frame } = await openHost(`${hostUrl}iframe.html`);
    await poll(async () => ofType(await frameMessages(h), 'ready').length).toBe(1);

    await postToFrame(h, { ...envelope, type: 'select-place', place: 'ain-zara' });
    await poll(() => frameSelection(frame)).toEqual({ cardTitle: 'عين زارة', mentions: ['عين زاره'] });
    await poll(async () => ofType(await frameMessages(h), 'place-selected').map((m) => [m.origin, m.data])).toEqual([
      [siteOrigin, { ...envelope, type: 'place-selected', place: 'ain-zara', state: { article: ARTICLE, place: 'ain-zara', lang: 'ar' } }],
    ]);

    await postToFrame(h, { ...envelope, type: 'get-state', requestId: 'q-1' });
    await poll(async () => ofType(await frameMessages(h), 'state').map((m) => m.data)).toEqual([
      { ...envelope, type: 'state', requestId: 'q-1', state: { article: ARTICLE, place: 'ain-zara', lang: 'ar' } },
    ]);

    await postToFrame(h, { ...envelope, type: 'set-language', lang: 'en' });
    await poll(() => frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    await poll(() => frameSelection(frame)).toEqual({ cardTitle: 'Ain Zara', mentions: ['Ain Zara'] });
    await postToFrame(h, { ...envelope, type: 'get-state' });
    await poll(async () => ofType(await frameMessages(h), 'state').at(-1)?.data).toEqual({ ...envelope, type: 'state', state: { article: ARTICLE, place: 'ain-zara', lang: 'en' } });
    // A language change is not a selection: still one place-selected.
    expect(ofType(await frameMessages(h), 'place-selected')).toHaveLength(1);

    // The reader's own selection in the frame is reported too.
    await frame.locator('.cm-place-list__button[data-place="gharyan"]').click();
    await poll(async () => ofType(await frameMessages(h), 'place-selected').at(-1)?.data?.place).toBe('gharyan');
    await postToFrame(h, { ...envelope, type: 'select-place', place: null });
    await poll(() => frameSelection(frame)).toEqual({ cardTitle: null, mentions: [] });
    await poll(async () => ofType(await frameMessages(h), 'place-selected').at(-1)?.data?.place).toBeNull();
  });

  it('ignores malformed messages with a warning and without an exception, and still answers a valid one afterwards', async () => {
    const { h, frame, warnings } = await openHost(`${hostUrl}iframe.html`);
    await poll(async () => ofType(await frameMessages(h), 'ready').length).toBe(1);
    const sentBefore = (await frameMessages(h)).length;

    const select = { ...envelope, type: 'select-place', place: 'ain-zara' };
    const malformed: Array<[string, unknown]> = [
      ['null', null],
      ['undefined', undefined],
      ['a number', 42],
      ['a string', 'select-place'],
      ['a valid message as a JSON string', JSON.stringify(select)],
      ['an array', [select]],
      ['no envelope', { type: 'select-place', place: 'ain-zara' }],
      ['another protocol', { ...select, protocol: 'other-map' }],
      ['version 2', { ...select, version: 2 }],
      ['version "1"', { ...select, version: '1' }],
      ['an extra property', { ...select, extra: true }],
      ['a place id with markup', { ...select, place: '<img src=x onerror="document.title=\'pwned\'">' }],
      ['a place id breaking out of an attribute', { ...select, place: 'ain-zara"><script>document.title="pwned"</script>' }],
      ['a place id with a path', { ...select, place: '../../data/articles' }],
      ['an upper-case place id', { ...select, place: 'AIN-ZARA' }],
      ['a place id of a million characters', { ...select, place: 'a'.repeat(1_000_000) }],
      ['a place that is not a string', { ...select, place: { toString: 'ain-zara' } }],
      ['a place that is a Date', { ...select, place: new Date(0) }],
      ['an unknown type', { ...envelope, type: 'destroy' }],
      ['a frame-to-host type', { ...envelope, type: 'ready', state: { article: ARTICLE, place: 'ain-zara', lang: 'ar' } }],
      ['a language that does not exist', { ...envelope, type: 'set-language', lang: 'fr' }],
      ['a request id of 10 000 characters', { ...envelope, type: 'get-state', requestId: 'x'.repeat(10_000) }],
    ];
    await h.page.evaluate(({ messages, targetOrigin }) => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[data-conflict-map]')?.contentWindow;
      for (const [, message] of messages) target?.postMessage(message, targetOrigin);
    }, { messages: malformed, targetOrigin: siteOrigin });
    // Objects a JSON message could never be, made in the host page: they would not survive the
    // test's own serialisation into the page, but structured clone carries them to the frame.
    const madeInPage = await h.page.evaluate((targetOrigin) => {
      const target = document.querySelector<HTMLIFrameElement>('iframe[data-conflict-map]')?.contentWindow;
      const cyclic: Record<string, unknown> = { protocol: 'conflict-map', version: 1, type: 'get-state' };
      cyclic.self = cyclic;
      let deep: Record<string, unknown> = { protocol: 'conflict-map', version: 1, type: 'select-place', place: 'ain-zara' };
      for (let i = 0; i < 2000; i++) deep = { nested: deep };
      const messages: unknown[] = [
        // An own __proto__ key (JSON.parse makes one) next to a valid envelope.
        JSON.parse('{"__proto__":{"polluted":true},"protocol":"conflict-map","version":1,"type":"select-place","place":"ain-zara"}'),
        cyclic,
        deep,
        new Map<string, unknown>([['protocol', 'conflict-map'], ['version', 1], ['type', 'select-place'], ['place', 'ain-zara']]),
        new Uint8Array([123, 125]).buffer,
        new Blob(['{}']),
        new Date(0),
        /select-place/,
      ];
      for (const message of messages) target?.postMessage(message, targetOrigin);
      return messages.length;
    }, siteOrigin);
    const expectedWarnings = malformed.length + madeInPage;

    await poll(() => warnings.filter((w) => w.startsWith('conflict-map: ignored')).length).toBe(expectedWarnings);
    expect(warnings.filter((w) => w.startsWith('conflict-map:') && !w.startsWith('conflict-map: ignored'))).toEqual([]);
    // Warnings stay short, whatever came in.
    expect(Math.max(...warnings.map((w) => w.length))).toBeLessThan(300);
    expect(await frameSelection(frame)).toEqual({ cardTitle: null, mentions: [] });
    expect(await frame.evaluate(() => ({ title: document.title.includes('pwned'), polluted: ({} as Record<string, unknown>).polluted, images: document.querySelectorAll('img[src="x"]').length, lang: document.documentElement.lang }))).toEqual({
      title: false,
      polluted: undefined,
      images: 0,
      lang: 'ar',
    });
    // The frame answered none of them (only resize messages may come as the layout settles).
    expect((await frameMessages(h)).slice(sentBefore).filter((m) => m.data?.type !== 'resize')).toEqual([]);
    expect(h.pageErrors).toEqual([]);

    // And a valid message still works.
    await postToFrame(h, select);
    await poll(() => frameSelection(frame)).toEqual({ cardTitle: 'عين زارة', mentions: ['عين زاره'] });
    await poll(async () => ofType(await frameMessages(h), 'place-selected').map((m) => m.data?.place)).toEqual(['ain-zara']);
  });

  it('ignores messages from windows other than its parent', async () => {
    const { h, frame, warnings } = await openHost(`${hostUrl}iframe.html`);
    // Count what reaches the frame's window, so the test knows the stray message did arrive.
    await frame.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __e2eSeen: string[] }).__e2eSeen = seen;
      window.addEventListener('message', (event) => seen.push(event.source === window.parent ? 'parent' : 'other'));
    });
    // A second frame of the host page (same origin as the host) posts a valid message to the map.
    await h.page.evaluate((targetOrigin) => {
      const other = document.createElement('iframe');
      const post = `parent.frames[0].postMessage({ protocol: 'conflict-map', version: 1, type: 'select-place', place: 'ain-zara' }, ${JSON.stringify(targetOrigin)});`;
      other.srcdoc = `<p>another frame</p><script>${post}</script>`;
      const loaded = new Promise<void>((resolve) => other.addEventListener('load', () => resolve()));
      document.body.append(other);
      return loaded;
    }, siteOrigin);
    // Then the parent sends get-state: once its answer is back, the other message was handled too.
    await postToFrame(h, { ...envelope, type: 'get-state', requestId: 'after' });
    await poll(async () => ofType(await frameMessages(h), 'state').map((m) => m.data?.requestId)).toEqual(['after']);
    expect(await frame.evaluate(() => (window as unknown as { __e2eSeen: string[] }).__e2eSeen)).toEqual(['other', 'parent']);
    expect(await frameSelection(frame)).toEqual({ cardTitle: null, mentions: [] });
    expect(ofType(await frameMessages(h), 'place-selected')).toEqual([]);
    expect(warnings.filter((w) => w.startsWith('conflict-map:'))).toEqual([]); // silently: not a host message at all
  });

  it('the harness hears uncaught exceptions and warnings from inside the frame', async () => {
    // The "no exception" checks above mean something only if a frame's exception would be seen.
    const { h, frame, warnings } = await openHost(`${hostUrl}iframe.html`);
    await frame.evaluate(() => {
      console.warn('conflict-map-e2e: probe warning');
      setTimeout(() => {
        throw new Error('conflict-map-e2e probe');
      });
    });
    await poll(() => h.pageErrors).toEqual(['Error: conflict-map-e2e probe']);
    expect(warnings).toContain('conflict-map-e2e: probe warning');
    h.pageErrors.length = 0;
  });

  it('without the loader the iframe keeps its fixed height and still renders', async () => {
    const { h, frame } = await openHost(`${hostUrl}iframe-no-loader.html`);
    // The frame reports its height all the same; nobody on the host page acts on it.
    await poll(async () => ofType(await frameMessages(h), 'resize').length).toBeGreaterThan(0);
    await poll(async () => ofType(await frameMessages(h), 'ready').length).toBe(1);
    expect(await iframeHeight(h)).toBe(300);
    const metrics = await frameMetrics(frame);
    expect(metrics.clientHeight).toBe(300);
    expect(metrics.scrollHeight).toBeGreaterThan(300); // the content scrolls inside the frame
    expect(metrics.renderedPlaces).toBe(10);
    expect(metrics.canvasWidth).toBeGreaterThan(0);
    await saveScreenshot(h.page, 'embed-iframe-host-no-loader');
  });
});

describe('a site with embed_origins set: only the allowed host may talk to the frame', () => {
  let work: string;
  let site: StaticServer;
  let allowedHost: StaticServer;
  let otherHost: StaticServer;

  beforeAll(async () => {
    // Both hosts serve the same host pages, pointed at this site rather than the shared build.
    const log = createRequestLog();
    const transformHtml = (html: string): string => html.replace(/\{\{baseUrl\}\}/g, site.url);
    allowedHost = await startStaticServer({ name: 'allowed-host', root: hostPagesDir, log, transformHtml });
    otherHost = await startStaticServer({ name: 'other-host', root: hostPagesDir, log, transformHtml });

    work = mkdtempSync(join(tmpdir(), 'cm-embed-origins-'));
    const content = join(work, 'content');
    cpSync(join(root, 'content'), content, { recursive: true });
    const siteYaml = join(content, 'site.yaml');
    writeFileSync(siteYaml, `${readFileSync(siteYaml, 'utf8').trimEnd()}\nembed_origins:\n  - ${allowedHost.origin}\n`);
    await buildSiteFrom(content, join(work, 'dist'));
    site = await startStaticServer({ name: 'embed-origins-site', root: join(work, 'dist'), log });
  });
  afterAll(async () => {
    await Promise.all([site?.close(), allowedHost?.close(), otherHost?.close()]);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the build carries the allowlist', async () => {
    const index = (await (await fetch(`${site.url}data/articles.json`)).json()) as { embed_origins: string[] };
    expect(index.embed_origins).toEqual([allowedHost.origin]);
  });

  it('the allowed host selects a place and hears from the frame', async () => {
    const { h, frame } = await openHost(`${allowedHost.url}iframe.html`);
    const origin = new URL(site.url).origin;
    await poll(async () => ofType(await frameMessages(h), 'ready').map((m) => m.origin)).toEqual([origin]);
    await postToFrame(h, { ...envelope, type: 'select-place', place: 'ain-zara' }, origin);
    await poll(() => frameSelection(frame)).toEqual({ cardTitle: 'عين زارة', mentions: ['عين زاره'] });
    await poll(async () => ofType(await frameMessages(h), 'place-selected').map((m) => m.data?.place)).toEqual(['ain-zara']);
    // The loader works as well: the frame's resize messages reach the allowed host.
    await poll(() => iframeHeight(h)).not.toBe(300);
  });

  it('another host is ignored with a warning naming its origin, and hears nothing from the frame', async () => {
    const { h, frame, warnings } = await openHost(`${otherHost.url}iframe.html`);
    const origin = new URL(site.url).origin;
    await postToFrame(h, { ...envelope, type: 'select-place', place: 'ain-zara' }, origin);
    await postToFrame(h, { ...envelope, type: 'get-state' }, origin);
    await poll(() => warnings.filter((w) => w.startsWith('conflict-map: ignored') && w.includes(otherHost.origin)).length).toBe(2);
    expect(await frameSelection(frame)).toEqual({ cardTitle: null, mentions: [] });
    // Messages to the allowed origin only: the browser drops them for this one. Give any stray
    // message time to arrive (ready, resize and the answers would all have been sent by now).
    await h.page.waitForTimeout(500);
    expect(await h.page.evaluate(() => (window as unknown as { __hostMessages: unknown[] }).__hostMessages)).toEqual([]);
    expect(await iframeHeight(h)).toBe(300);
    await saveScreenshot(h.page, 'embed-iframe-other-origin');
  });
});
