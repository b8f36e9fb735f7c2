import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { check } from '@placemarkio/check-geojson';
import { booleanPointInPolygon, coordAll } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BASEMAP_OPTIONS,
  buildBasemap,
  readTopology,
  serializeBasemap,
  type Basemap,
} from '../../../src/cli/build-basemap.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const basemapUrl = new URL('../../../geo/basemap.geojson', import.meta.url);
const text = readFileSync(basemapUrl, 'utf8');
const basemap = JSON.parse(text) as Basemap;
const [west, south, east, north] = DEFAULT_BASEMAP_OPTIONS.bbox;
const land = basemap.features.filter(
  (f): f is Feature<Polygon, Basemap['features'][number]['properties']> => f.properties.layer === 'land',
);
const onLand = (point: [number, number]) => land.some((f) => booleanPointInPolygon(point, f));

describe('geo/basemap.geojson', () => {
  it('is valid RFC 7946 GeoJSON', () => {
    expect(() => check(text)).not.toThrow();
  });

  it('keeps every coordinate within the bbox', () => {
    const outside = coordAll(basemap).filter(
      ([x = NaN, y = NaN]) => !(x >= west && x <= east && y >= south && y <= north),
    );
    expect(outside).toEqual([]);
  });

  it('has land, coastline, border and country-label features', () => {
    const layers = new Set(basemap.features.map((f) => f.properties.layer));
    expect([...layers].sort()).toEqual(['border', 'coastline', 'country-label', 'land']);
  });

  it('credits its source on every feature', () => {
    for (const f of basemap.features) expect(f.properties.source).toBe(DEFAULT_BASEMAP_OPTIONS.source);
  });

  it('names Libya and Tunisia in English and Arabic', () => {
    const labels = basemap.features
      .filter((f) => f.properties.layer === 'country-label')
      .map((f) => [f.properties.name_en, f.properties.name_ar]);
    expect(labels).toEqual([
      ['Libya', 'ليبيا'],
      ['Tunisia', 'تونس'],
    ]);
  });

  it('puts Tripoli (13.18111, 32.895) on land', () => {
    expect(onLand([13.18111, 32.895])).toBe(true);
  });

  it('puts the sea north of Tripoli (13.18, 33.2) off land', () => {
    expect(onLand([13.18, 33.2])).toBe(false);
  });

  // Clips the world's 1:10m topology: about a second of CPU, more on a busy machine.
  it('equals what buildBasemap makes from world-atlas (run npm run geo:basemap if not)', () => {
    const countries = readTopology(fromRoot('node_modules/world-atlas/countries-10m.json'), 'countries');
    const topoLand = readTopology(fromRoot('node_modules/world-atlas/land-10m.json'), 'land');
    expect(serializeBasemap(buildBasemap(countries, topoLand))).toBe(text);
  }, 60_000);
});

describe('readTopology', () => {
  it('readTopology(missing file) throws an error naming the file', () => {
    expect(() => readTopology('no/such/file.json', 'land')).toThrow(/no\/such\/file\.json/);
  });

  it('readTopology(a file that is not TopoJSON) throws an error naming the file', () => {
    expect(() => readTopology(fromRoot('package.json'), 'land')).toThrow(/package\.json: expected a TopoJSON Topology/);
  });

  it('readTopology(a topology without the object) throws an error naming the object', () => {
    expect(() => readTopology(fromRoot('node_modules/world-atlas/land-10m.json'), 'countries')).toThrow(
      /objects\.countries/,
    );
  });
});
