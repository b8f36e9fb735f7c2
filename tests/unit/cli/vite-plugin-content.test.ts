import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { contentPlugin } from '../../../src/cli/vite-plugin-content.ts';
import { ROOT } from '../helpers/project.ts';

// The dev server runs the content pipeline: it serves the page's data from memory, re-runs on
// every change to content/, and answers with the pipeline's errors while content is invalid.
let dir: string;
let server: ViteDevServer;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cm-vite-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'geo/gazetteer.yaml'), join(dir, 'geo/gazetteer.yaml'));
  cpSync(join(ROOT, 'geo/gazetteer.osm.yaml'), join(dir, 'geo/gazetteer.osm.yaml'));
  cpSync(join(ROOT, 'geo/basemap.geojson'), join(dir, 'geo/basemap.geojson'));
  server = await createServer({ root: dir, configFile: false, logLevel: 'silent', plugins: [contentPlugin(dir)], server: { host: '127.0.0.1', port: 0 } });
  // A change made while the file watcher is still scanning the folder can go unseen (it did on a
  // busy CI machine): wait for the watcher's first scan, a while.
  await new Promise<void>((resolve) => {
    server.watcher.once('ready', () => resolve());
    setTimeout(resolve, 5000);
  });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  base = `http://127.0.0.1:${address.port}/`;
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('contentPlugin in the dev server', () => {
  it('serves the article index, the article and its GeoJSON', async () => {
    const index = await (await fetch(`${base}data/articles.json`)).json();
    expect(index.default_article).toBe('haftar-macron-2019-05-13');
    const places = await fetch(`${base}data/geo/haftar-macron-2019-05-13.geojson`);
    expect(places.headers.get('content-type')).toContain('application/geo+json');
    expect((await places.json()).features.length).toBe(13);
  });
  it('serves the site-wide claims file, data/geo/claims.geojson, as the pipeline writes it', async () => {
    const claims = await fetch(`${base}data/geo/claims.geojson`);
    expect(claims.headers.get('content-type')).toContain('application/geo+json');
    expect(await claims.text()).toBe(readFileSync(join(ROOT, 'geo/claims.geojson'), 'utf8'));
  });
  it('re-runs on a content change, rewrites geo/<article>.geojson, and reports errors until fixed', async () => {
    const claims = join(dir, 'content/haftar-macron-2019-05-13/claims.yaml');
    const good = readFileSync(claims, 'utf8');
    const bad = good.replace('place: ain-zara', 'place: ain-zarra');
    writeFileSync(claims, bad);
    // Written again every 5 s until seen: the property is that a change re-runs the pipeline, not
    // that the operating system never drops a file event on a loaded machine.
    let written = Date.now();
    await waitFor(async () => {
      if (Date.now() - written > 5000) {
        writeFileSync(claims, bad);
        written = Date.now();
      }
      return (await fetch(`${base}data/articles.json`)).status === 500;
    }, 30_000);
    const message = await (await fetch(`${base}data/articles.json`)).text();
    expect(message).toMatch(/^content\/haftar-macron-2019-05-13\/claims\.yaml:\d+: claims\[2\]\.place: unknown place id/);

    writeFileSync(claims, good.replace('extent: half', 'extent: most'));
    await waitFor(async () => (await fetch(`${base}data/articles.json`)).status === 200);
    const wadi = (await (await fetch(`${base}data/geo/haftar-macron-2019-05-13.geojson`)).json()).features.find((f: { id: string }) => f.id === 'wadi-al-rabi');
    expect(wadi.properties.extent).toBe('most');
    expect(readFileSync(join(dir, 'geo/haftar-macron-2019-05-13.geojson'), 'utf8')).toContain('"extent": "most"');
  }, 60_000);
});
