// The harness tested on its own: if these fail, every other end-to-end failure is suspect.
import { request, createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  contentTypeFor,
  createRequestLog,
  launchBrowser,
  newPage,
  probeWebGL,
  readRequestLog,
  lastRequestSeq,
  runAxe,
  saveScreenshot,
  seriousOrCritical,
  startStaticServer,
  waitForMapReady,
} from './harness/index.ts';

const baseUrl = inject('baseUrl');
const cspUrl = inject('cspUrl');
const subPathUrl = inject('subPathUrl');
const requestLogUrl = inject('requestLogUrl');
const strictCsp = inject('strictCsp');
const distDir = inject('distDir');

/** GET with the request target sent byte for byte (fetch would normalise `..` away). */
function rawGet(origin: string, target: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path: target, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('test servers', () => {
  it('the site server serves dist/index.html as text/html; charset=utf-8, at / and /index.html', async () => {
    const expected = await readFile(join(distDir, 'index.html'), 'utf8');
    for (const url of [baseUrl, `${baseUrl}index.html`]) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).toBe('text/html; charset=utf-8');
      expect(await response.text(), url).toBe(expected);
    }
  });

  it('the site server refuses paths that escape dist/ (403 or 404, never the file)', async () => {
    const { origin } = new URL(baseUrl);
    for (const target of [
      '/../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/assets/../../package.json',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%5cpackage.json',
    ]) {
      const response = await rawGet(origin, target);
      expect([403, 404], target).toContain(response.status);
      expect(response.body, target).not.toContain('"name": "conflict-map"');
    }
  });

  it('the sub-path server serves dist/ under /sub/path/ and nothing outside it', async () => {
    const expected = await readFile(join(distDir, 'index.html'), 'utf8');
    const { origin } = new URL(subPathUrl);
    expect(subPathUrl).toBe(`${origin}/sub/path/`);

    const response = await fetch(subPathUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe(expected);

    expect((await fetch(`${subPathUrl}index.html`)).status).toBe(200);
    expect((await fetch(`${origin}/index.html`)).status).toBe(404);
    const redirect = await fetch(`${origin}/sub/path`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/sub/path/');
  });

  it('the CSP server sends the strict Content-Security-Policy with every response', async () => {
    expect(strictCsp).toContain("script-src 'self'");
    expect(strictCsp).toContain("default-src 'none'");
    const response = await fetch(cspUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(strictCsp);
    // The plain site server sends none.
    expect((await fetch(baseUrl)).headers.get('content-security-policy')).toBeNull();
  });

  it('the request log records what each server answered, with its status', async () => {
    const mark = await lastRequestSeq(requestLogUrl);
    await fetch(`${baseUrl}no-such-file.js`);
    await fetch(`${subPathUrl}index.html`);
    const entries = await readRequestLog(requestLogUrl, mark);
    expect(entries.map(({ server, method, path, status }) => ({ server, method, path, status }))).toEqual([
      { server: 'site', method: 'GET', path: '/no-such-file.js', status: 404 },
      { server: 'subpath', method: 'GET', path: '/sub/path/index.html', status: 200 },
    ]);
  });

  it('contentTypeFor gives the MIME types a static host should send', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/main-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('maplibre-gl-worker.mjs')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('main.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('data.json')).toBe('application/json; charset=utf-8');
    expect(contentTypeFor('article.geojson')).toBe('application/geo+json; charset=utf-8');
    expect(contentTypeFor('site.webmanifest')).toBe('application/manifest+json; charset=utf-8');
    expect(contentTypeFor('icon.svg')).toBe('image/svg+xml; charset=utf-8');
    expect(contentTypeFor('icon.PNG')).toBe('image/png');
    expect(contentTypeFor('noto-sans-arabic.woff2')).toBe('font/woff2');
    expect(contentTypeFor('module.wasm')).toBe('application/wasm');
    expect(contentTypeFor('unknown.bin')).toBe('application/octet-stream');
  });

  it('startStaticServer fills in HTML templates, and a missing folder is served as 404s', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'cm-host-pages-'));
    const log = createRequestLog();
    const withPages = await startStaticServer({
      name: 'host',
      root: folder,
      log,
      transformHtml: (html) => html.replaceAll('{{baseUrl}}', baseUrl),
    });
    const missing = await startStaticServer({ name: 'missing', root: join(folder, 'no-such-folder'), log });
    try {
      await writeFile(join(folder, 'embed.html'), '<iframe src="{{baseUrl}}embed.html"></iframe>');
      expect(await (await fetch(`${withPages.url}embed.html`)).text()).toBe(`<iframe src="${baseUrl}embed.html"></iframe>`);
      expect((await fetch(missing.url)).status).toBe(404);
      expect(log.entries.map((entry) => `${entry.server} ${entry.status}`)).toEqual(['host 200', 'missing 404']);
    } finally {
      await Promise.all([withPages.close(), missing.close()]);
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('browser', () => {
  let browser: Browser;
  let noWebglBrowser: Browser;

  beforeAll(async () => {
    [browser, noWebglBrowser] = await Promise.all([launchBrowser(), launchBrowser({ webgl: false })]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), noWebglBrowser?.close()]);
  });

  it('launchBrowser() gives pages a WebGL context that draws', async () => {
    const harness = await newPage(browser);
    try {
      await harness.page.goto(baseUrl);
      const probe = await probeWebGL(harness.page);
      expect(probe.version).toBeGreaterThanOrEqual(1);
      expect(probe.renderer).toBeTruthy();
      expect(probe.unmaskedRenderer).toBeTruthy();
      expect(probe.draws).toBe(true);
    } finally {
      await harness.close();
    }
  });

  it('launchBrowser({ webgl: false }) gives pages no WebGL context', async () => {
    const harness = await newPage(noWebglBrowser);
    try {
      await harness.page.goto(baseUrl);
      expect(await probeWebGL(harness.page)).toEqual({ version: 0, renderer: null, unmaskedRenderer: null, draws: false });
    } finally {
      await harness.close();
    }
  });

  it('launchBrowser names the missing executable and how to install it', async () => {
    await expect(launchBrowser({ executablePath: '/nonexistent/chromium' })).rejects.toThrow(
      'Chromium not found at /nonexistent/chromium; install it with `apt-get install -y chromium` or set CHROME_PATH.',
    );
  });

  it('requests to other hosts, from the page or a worker, are blocked and recorded, never sent', async () => {
    // A canary on another loopback address: outside the allowed 127.0.0.1, and a hit would prove
    // that a request got through. (Outside requests can't be observed, so this stands in for them.)
    let canaryHits = 0;
    const canary: Server = createServer((_req, res) => {
      canaryHits += 1;
      res.writeHead(200, { 'Access-Control-Allow-Origin': '*' }).end('sent');
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.2', resolve));
    const canaryUrl = `http://127.0.0.2:${(canary.address() as AddressInfo).port}/`;
    const harness = await newPage(browser);
    try {
      await harness.page.goto(baseUrl);
      const outcome = await harness.page.evaluate(async (urls) => {
        const tryFetch = (url: string) => fetch(url).then(() => 'sent', () => 'blocked');
        const fromWorker = await new Promise<string>((resolve) => {
          const source = `fetch(${JSON.stringify(urls.worker)}).then(() => postMessage('sent'), () => postMessage('blocked'));`;
          const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
          worker.onmessage = (event) => resolve(String(event.data));
        });
        return { external: await tryFetch(urls.external), canary: await tryFetch(urls.canary), fromWorker };
      }, { external: 'http://example.com/x.png', canary: `${canaryUrl}page`, worker: `${canaryUrl}worker` });

      expect(outcome).toEqual({ external: 'blocked', canary: 'blocked', fromWorker: 'blocked' });
      expect(canaryHits).toBe(0);
      expect(harness.externalRequests).toEqual(
        expect.arrayContaining(['http://example.com/x.png', `${canaryUrl}page`, `${canaryUrl}worker`]),
      );
      // The blocked requests are reported once, as external, not again as failed.
      expect(harness.failedRequests).toEqual([]);
    } finally {
      await harness.close();
      await new Promise((resolve) => canary.close(resolve));
    }
  });

  it('newPage records uncaught exceptions and console errors, and waitForMapReady reports them on timeout', async () => {
    const harness = await newPage(browser);
    try {
      // A page of its own: the site itself would get ready.
      await harness.page.setContent('<html lang="en"><head><title>not ready</title></head><body></body></html>');
      await harness.page.evaluate(() => {
        console.error('cm-test console error');
        setTimeout(() => {
          throw new TypeError('cm-test uncaught');
        });
      });
      await expect(waitForMapReady(harness, 1_000)).rejects.toThrow(/map not ready after 1000 ms[\s\S]*TypeError: cm-test uncaught/);
      expect(harness.pageErrors).toContain('TypeError: cm-test uncaught');
      expect(harness.consoleErrors.some((text) => text.includes('cm-test console error'))).toBe(true);

      await harness.page.evaluate(() => setTimeout(() => document.body.setAttribute('data-map-ready', ''), 100));
      await waitForMapReady(harness, 5_000);
    } finally {
      await harness.close();
    }
  });

  it('runAxe works under the strict CSP, where an inline script is blocked', async () => {
    const harness = await newPage(browser);
    try {
      await harness.page.goto(cspUrl);
      // The CSP is in force: an inline script tag does not run.
      await harness.page.addScriptTag({ content: 'window.cmInlineRan = true;' }).catch(() => undefined);
      expect(await harness.page.evaluate(() => (window as unknown as { cmInlineRan?: boolean }).cmInlineRan)).toBeUndefined();

      const results = await runAxe(harness.page);
      expect(results.testEngine.name).toBe('axe-core');
      expect(Array.isArray(results.violations)).toBe(true);
    } finally {
      await harness.close();
    }
  });

  it('seriousOrCritical lists serious and critical violations as readable lines', async () => {
    const harness = await newPage(browser);
    try {
      await harness.page.setContent('<html><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></body></html>');
      expect(seriousOrCritical(await runAxe(harness.page))).toEqual([
        'document-title (serious): Documents must have <title> element to aid in navigation — html',
        'html-has-lang (serious): <html> element must have a lang attribute — html',
        'image-alt (critical): Images must have alternative text — img',
      ]);
    } finally {
      await harness.close();
    }
  });

  it('saveScreenshot writes test-results/screenshots/<name>.png', async () => {
    const harness = await newPage(browser, { viewport: { width: 320, height: 200 } });
    try {
      await harness.page.goto(baseUrl);
      const path = await saveScreenshot(harness.page, 'harness/smoke test');
      expect(path).toMatch(/test-results\/screenshots\/harness-smoke-test\.png$/);
      const png = await readFile(path);
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await harness.close();
    }
  });
});
