import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { SAVE_ENDPOINT, contentPlugin } from '../../../src/cli/vite-plugin-content.ts';
import { ROOT } from '../helpers/project.ts';

// "Save to content/" under npm start: the dev server's endpoint writes an article folder only
// after the same validation as npm run geo, lists every problem otherwise, and writes nothing then.
let dir: string;
let server: ViteDevServer;
let url: string;

const SEED = 'haftar-macron-2019-05-13';
const seedFile = (name: string): string => readFileSync(join(ROOT, 'content', SEED, name), 'utf8');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cm-save-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'geo/gazetteer.yaml'), join(dir, 'geo/gazetteer.yaml'));
  cpSync(join(ROOT, 'geo/gazetteer.osm.yaml'), join(dir, 'geo/gazetteer.osm.yaml'));
  cpSync(join(ROOT, 'geo/basemap.geojson'), join(dir, 'geo/basemap.geojson'));
  server = await createServer({ root: dir, configFile: false, logLevel: 'silent', plugins: [contentPlugin(dir)], server: { host: '127.0.0.1', port: 0, watch: null } });
  await server.listen();
  const address = server.httpServer!.address() as { port: number };
  url = `http://127.0.0.1:${address.port}/${SAVE_ENDPOINT}`;
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function save(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: { ok: boolean; problems?: string[]; written?: string[] } }> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { ok: boolean; problems?: string[]; written?: string[] } };
}

describe('the dev server\'s "Save to content/"', () => {
  it('writes a valid folder into content/ and says what it wrote', async () => {
    const answer = await save({ id: 'saved-copy', files: { 'ar.md': seedFile('ar.md'), 'claims.yaml': seedFile('claims.yaml') } });
    expect(answer).toEqual({ status: 200, body: { ok: true, folder: 'content/saved-copy/', written: ['content/saved-copy/ar.md', 'content/saved-copy/claims.yaml'] } });
    expect(readFileSync(join(dir, 'content/saved-copy/claims.yaml'), 'utf8')).toBe(seedFile('claims.yaml'));
    expect(readdirSync(join(dir, 'content')).filter((n) => n.startsWith('.'))).toEqual([]);
  }, 60_000);

  it('refuses a folder npm run geo would refuse, lists every problem, and writes nothing', async () => {
    const claims = seedFile('claims.yaml').replace('place: ain-zara', 'place: ain-zarra').replace('party: gna', 'party: gnaa');
    const answer = await save({ id: 'bad-copy', files: { 'ar.md': seedFile('ar.md'), 'claims.yaml': claims } });
    expect(answer.status).toBe(422);
    expect(answer.body.problems).toEqual([
      'content/bad-copy/claims.yaml:20: claims[2].place: unknown place id (expected an id from geo/gazetteer.yaml, found "ain-zarra")',
      'content/bad-copy/claims.yaml:30: claims[3].party: unknown party (expected one of lna, gna (content/parties.yaml), found "gnaa")',
    ]);
    expect(existsSync(join(dir, 'content/bad-copy'))).toBe(false);
  }, 60_000);

  it('does not replace an existing folder unless asked to', async () => {
    const files = { 'ar.md': seedFile('ar.md'), 'claims.yaml': seedFile('claims.yaml') };
    expect((await save({ id: SEED, files })).body).toEqual({ ok: false, problems: [`content/${SEED}/: exists already (expected a new article id, or overwrite: true to replace it)`] });
    expect((await save({ id: SEED, files, overwrite: true })).body.ok).toBe(true);
  }, 60_000);

  it('refuses ids and file names that would write outside the folder, other sites, and other methods', async () => {
    expect((await save({ id: '../escape', files: { 'ar.md': 'x' } })).body.problems).toEqual(['id: expected a kebab-case article id, found "../escape"']);
    expect((await save({ id: 'ok-id', files: { '../../x.md': 'x' } })).body.problems).toEqual(['files: "../../x.md" is not a file of an article folder (expected ar.md, en.md, claims.yaml, gazetteer-addition.yaml)']);
    expect((await save({ id: 'ok-id', files: {} }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' })).status).toBe(415);
  });
});
