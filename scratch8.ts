import { writeFileSync } from 'node:fs';
import { launchBrowser, newPage, startStaticServer, createRequestLog, waitForMapReady, WEBGL_READY } from './tests/e2e/harness/index.ts';
const log = createRequestLog();
const server = await startStaticServer({ name: 'site', root: process.argv[2]!, log });
const browser = await launchBrowser();
const h = await newPage(browser);
const cdp = await h.context.newCDPSession(h.page);
const events: any[] = [];
cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing', 'gpu', 'toplevel', 'loading', 'netlog'] }, transferMode: 'ReportEvents' } as any);
await h.page.addInitScript(() => {
  const m = (n: string, f: () => boolean) => { if (!(window as any)['__' + n] && f()) { (window as any)['__' + n] = 1; performance.mark('cm-' + n); } };
  new MutationObserver(() => {
    m('ready', () => !!document.body?.hasAttribute('data-map-ready'));
    m('text', () => !!document.querySelector('.cm-mention'));
    m('canvas', () => !!document.querySelector('canvas.maplibregl-canvas'));
    m('webgl', () => document.body?.dataset.renderer === 'webgl');
  }).observe(document, { subtree: true, childList: true, attributes: true });
});
await h.page.goto(server.url + (process.argv[4] ?? ''), { waitUntil: 'commit' });
await waitForMapReady(h, 60000, process.argv[2]!.includes('bare') ? 'body[data-map-ready]' : WEBGL_READY);
await cdp.send('Tracing.end');
await done;
writeFileSync(process.argv[3]!, JSON.stringify(events));
await browser.close(); await server.close();
