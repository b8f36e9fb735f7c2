import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/geo.ts';
import { projectPaths, runPipeline } from '../../../src/cli/project.ts';
import { ROOT } from '../helpers/project.ts';

let dir: string;
let errors: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-geo-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'geo/gazetteer.yaml'), join(dir, 'geo/gazetteer.yaml'));
  cpSync(join(ROOT, 'geo/gazetteer.osm.yaml'), join(dir, 'geo/gazetteer.osm.yaml'));
  cpSync(join(ROOT, 'geo/basemap.geojson'), join(dir, 'geo/basemap.geojson'));
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((s: string) => void errors.push(s));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const output = (): string => join(dir, 'geo/haftar-macron-2019-05-13.geojson');

// Each run loads the whole gazetteer (the curated file and the ~800 places of the generated
// layer, about half a second of YAML) and some tests run the pipeline three times: on a busy
// 2-core machine that passes the default 5 s.
describe('npm run geo', { timeout: 30_000 }, () => {
  it('main([]) writes geo/<article>.geojson and its zones identical to the committed ones', () => {
    expect(main([], dir)).toBe(0);
    expect(readFileSync(output(), 'utf8')).toBe(readFileSync(join(ROOT, 'geo/haftar-macron-2019-05-13.geojson'), 'utf8'));
    const zones = 'geo/haftar-macron-2019-05-13.zones.geojson';
    expect(readFileSync(join(dir, zones), 'utf8')).toBe(readFileSync(join(ROOT, zones), 'utf8'));
  });
  it('main([]) writes the site-wide geo/claims.geojson identical to the committed one, valid RFC 7946', () => {
    expect(main([], dir)).toBe(0);
    const claims = readFileSync(join(dir, 'geo/claims.geojson'), 'utf8');
    expect(claims).toBe(readFileSync(join(ROOT, 'geo/claims.geojson'), 'utf8'));
    expect(() => check(claims)).not.toThrow();
  });
  it('main(["--check"]) fails on a stale geo/claims.geojson, naming it', () => {
    main([], dir);
    const claims = join(dir, 'geo/claims.geojson');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('"as_of": "2019-05-13"', '"as_of": "2019-05-12"'));
    expect(main(['--check'], dir)).toBe(1);
    expect(errors).toEqual(['geo/claims.geojson: stale or missing; run "npm run geo" and commit the result.']);
  });
  it('refuses an article folder named "claims", which would overwrite geo/claims.geojson', () => {
    cpSync(join(dir, 'content/haftar-macron-2019-05-13'), join(dir, 'content/claims'), { recursive: true });
    expect(main([], dir)).toBe(1);
    expect(errors[0]).toBe('content/claims/: "claims" is reserved for the site-wide geo/claims.geojson (expected another folder name, found "claims")');
  });
  it('main([]) is deterministic: a second run gives the same bytes', () => {
    main([], dir);
    const first = readFileSync(output(), 'utf8');
    main([], dir);
    expect(readFileSync(output(), 'utf8')).toBe(first);
  });
  it('main(["--check"]) passes on fresh output and fails on a stale file, naming it', () => {
    main([], dir);
    expect(main(['--check'], dir)).toBe(0);
    writeFileSync(output(), readFileSync(output(), 'utf8').replace('"extent": "half"', '"extent": "all"'));
    expect(main(['--check'], dir)).toBe(1);
    expect(errors.join('\n')).toContain('geo/haftar-macron-2019-05-13.geojson: stale or missing');
  });
  it('main(["--check"]) fails when the output is missing', () => {
    expect(main(['--check'], dir)).toBe(1);
    expect(existsSync(output())).toBe(false);
  });
  it('writes nothing and keeps the previous file when the input is bad', () => {
    main([], dir);
    const before = readFileSync(output(), 'utf8');
    const claims = join(dir, 'content/haftar-macron-2019-05-13/claims.yaml');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('place: ain-zara', 'place: ain-zarra'));
    expect(main([], dir)).toBe(1);
    expect(readFileSync(output(), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'geo')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(errors[0]).toMatch(/^content\/haftar-macron-2019-05-13\/claims\.yaml:\d+: claims\[2\]\.place: unknown place id/);
    expect(errors.at(-1)).toBe('geo: 1 problem(s); nothing written.');
  });
  it('names a missing generated gazetteer layer', () => {
    rmSync(join(dir, 'geo/gazetteer.osm.yaml'));
    expect(main([], dir)).toBe(1);
    expect(errors[0]).toBe('geo/gazetteer.osm.yaml: file not found');
  });
  it('emits data/gazetteer.json with both layers of the gazetteer, without notes, GeoNames ids or p-codes', () => {
    const run = runPipeline(projectPaths(dir));
    const json = JSON.parse(run.pageData.get('gazetteer.json') ?? '') as { region: number[]; places: Array<Record<string, unknown>> };
    expect(json.places).toHaveLength(run.gazetteer.places.length);
    const layers = new Set(json.places.map((p) => p.layer));
    expect([...layers].sort()).toEqual(['curated', 'osm']);
    expect(json.places.filter((p) => p.layer === 'osm')).toHaveLength(run.gazetteer.places.filter((p) => p.layer === 'osm').length);
    for (const key of ['note', 'geonames', 'pcode']) expect(json.places.some((p) => key in p), key).toBe(false);
    expect(run.gazetteer.places.some((p) => p.note !== undefined) && run.gazetteer.places.some((p) => p.pcode !== undefined)).toBe(true);
  });
  it('names a missing gazetteer', () => {
    rmSync(join(dir, 'geo/gazetteer.yaml'));
    expect(main([], dir)).toBe(1);
    expect(errors[0]).toBe('geo/gazetteer.yaml: file not found');
  });
});
