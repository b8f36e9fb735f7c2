import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { area, booleanPointInPolygon, circle, difference, distance, featureCollection, intersect } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../../../src/core/geojson/build-places-collection.ts';
import { serializeGeoJson } from '../../../../src/core/geojson/serialize-geojson.ts';
import { computeZones, selectLand } from '../../../../src/core/zones/index.ts';
import type { FrontLineFeature, ZoneFeature, ZonesCollection } from '../../../../src/core/zones/index.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { ROOT } from '../../helpers/project.ts';

// Turf-style fixtures: tests/fixtures/zones/in/<case>.geojson (places) → out/<case>.geojson
// (zones and front lines). Regenerate on purpose with `UPDATE=1 npm test` and review the diff;
// every file opens in any GeoJSON viewer next to geo/basemap.geojson.
const FIXTURES = join(ROOT, 'tests/fixtures/zones');
const basemap = JSON.parse(readFileSync(join(ROOT, 'geo/basemap.geojson'), 'utf8')) as FeatureCollection;
const land = { type: 'Feature', geometry: selectLand(basemap), properties: {} } as Feature<Polygon | MultiPolygon>;
const readPlaces = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PlacesCollection;

/** km² of polygonal overlap or leftover under which we call it rounding noise (6-decimal coordinates move points by < 0.1 m). */
const NOISE_KM2 = 0.01;

const zonesOf = (c: ZonesCollection) => c.features.filter((f): f is ZoneFeature => f.properties.kind === 'zone');
const linesOf = (c: ZonesCollection) => c.features.filter((f): f is FrontLineFeature => f.properties.kind === 'front-line');
const km2 = (f: Feature<Polygon | MultiPolygon> | null) => (f ? area(f) / 1e6 : 0);
const claimed = (places: PlacesCollection) => places.features.filter((f) => f.properties.in_region && f.properties.status !== 'none');

/** The invariants every output must keep, whatever the input. */
function expectInvariants(places: PlacesCollection, zones: ZonesCollection): void {
  const polygons = zonesOf(zones);
  for (let i = 0; i < polygons.length; i++) {
    for (let j = i + 1; j < polygons.length; j++) {
      const a = polygons[i] as ZoneFeature;
      const b = polygons[j] as ZoneFeature;
      expect(km2(intersect(featureCollection([a, b]))), `${a.id} ∩ ${b.id}`).toBeLessThan(NOISE_KM2);
    }
  }
  for (const zone of polygons) {
    expect(km2(difference(featureCollection([zone, land]))), `${zone.id} off land`).toBeLessThan(NOISE_KM2);
  }
  for (const place of claimed(places)) {
    const own = polygons.find((z) => z.properties.place_ids.includes(place.properties.id));
    expect(own, `zone of ${place.properties.id}`).toBeDefined();
    expect(booleanPointInPolygon(place.geometry, own as ZoneFeature), `${place.properties.id} inside ${own?.id}`).toBe(true);
    if (place.properties.status === 'control' && own?.properties.status === 'control') {
      expect(own.properties).toMatchObject({ party: place.properties.party, extent: place.properties.extent });
    } else {
      // A contested place, or a claimed place sharing its point with a rival claim.
      expect(own?.properties.parties).toEqual(expect.arrayContaining(place.properties.status === 'control' ? [place.properties.party] : place.properties.parties));
    }
  }
}

/**
 * The Voronoi property the reader is told about: every front-line vertex and segment midpoint
 * is as far from the nearest place of one party as from the nearest place of the other (lines
 * between control zones only; contested zones have both parties on one side).
 */
function expectEquidistant(places: PlacesCollection, zones: ZonesCollection): void {
  const positions = (party: string) => claimed(places).filter((p) => p.properties.status === 'control' && p.properties.party === party).map((p) => p.geometry.coordinates);
  const nearest = (from: Position, to: Position[]) => Math.min(...to.map((c) => distance(from, c)));
  let checked = 0;
  for (const line of linesOf(zones).filter((l) => l.properties.status === 'control')) {
    const [first, second] = line.properties.between as [string, string];
    const parts = line.geometry.type === 'LineString' ? [line.geometry.coordinates] : line.geometry.coordinates;
    for (const part of parts) {
      for (let k = 0; k + 1 < part.length; k++) {
        const a = part[k] as Position;
        const b = part[k + 1] as Position;
        for (const point of [a, b, [((a[0] as number) + (b[0] as number)) / 2, ((a[1] as number) + (b[1] as number)) / 2]]) {
          const d1 = nearest(point, positions(first));
          const d2 = nearest(point, positions(second));
          // Equal up to the local frame's scale error (< 1%) and 6-decimal rounding.
          expect(Math.abs(d1 - d2), `at ${point.join(',')}: ${first} ${d1} km, ${second} ${d2} km`).toBeLessThan(0.01 * Math.max(d1, d2) + 0.01);
          checked++;
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(0);
}

/** Places at random points (seeded, so the test is repeatable), for invariants no fixture was chosen to pass. */
function randomPlaces(seed: number, count: number): PlacesCollection {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const features = Array.from({ length: count }, (_, i) => {
    const id = `p${String(i).padStart(2, '0')}`;
    const contested = random() < 0.15;
    const party = random() < 0.5 ? 'lna' : 'gna';
    const extent = (['all', 'all', 'all', 'most', 'half', 'part'] as const)[Math.floor(random() * 6)] as 'all';
    const coordinates = [Math.round((12.4 + random() * 1.4) * 1e5) / 1e5, Math.round((32.3 + random() * 0.6) * 1e5) / 1e5];
    const properties = { id, in_region: true, status: contested ? 'contested' : 'control', party: contested ? null : party, parties: contested ? ['gna', 'lna'] : [], extent, precision_km: Math.round((1 + random() * 6) * 10) / 10 };
    return { type: 'Feature', id, geometry: { type: 'Point', coordinates }, properties };
  });
  return { type: 'FeatureCollection', metadata: { article: `random-${seed}`, date: '2019-05-13' }, features } as unknown as PlacesCollection;
}

describe('computeZones on fixture places', () => {
  for (const file of readdirSync(join(FIXTURES, 'in')).filter((f) => f.endsWith('.geojson')).sort()) {
    const name = file.replace(/\.geojson$/, '');
    const places = readPlaces(join(FIXTURES, 'in', file));
    const zones = computeZones(places, basemap);

    it(`computeZones(in/${name}) gives out/${name}.geojson, valid RFC 7946`, () => {
      const actual = serializeGeoJson(zones);
      expect(() => check(actual)).not.toThrow();
      expectGolden(actual, join(FIXTURES, 'out', file));
    });
    it(`computeZones(in/${name}) keeps zones apart, on land, each around its own places`, () => {
      expectInvariants(places, zones);
    });
  }

  it('ignores places with status none and places outside the region', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/lone-place.geojson')), basemap);
    const ids = zones.features.flatMap((f) => f.properties.place_ids);
    expect(ids).not.toContain('cairo');
    expect(zones.metadata.inferred_from).toBe(2);
    const partial = computeZones(readPlaces(join(FIXTURES, 'in/partial-extent.geojson')), basemap);
    expect(partial.features.flatMap((f) => f.properties.place_ids)).not.toContain('ain-zara');
  });

  it('dissolves two parties into one zone each, with a front line between them', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/two-parties.geojson')), basemap);
    expect(zonesOf(zones).map((z) => [z.properties.party, z.properties.extent, z.properties.place_ids])).toEqual([
      ['gna', 'all', ['swani']],
      ['lna', 'all', ['qasr-bin-ghashir']],
    ]);
    expect(linesOf(zones).map((l) => [l.properties.between, l.properties.status, l.properties.place_ids])).toEqual([[['gna', 'lna'], 'control', ['qasr-bin-ghashir', 'swani']]]);
  });

  it('keeps a half-held place as its own zone with extent half, not as full control', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/partial-extent.geojson')), basemap);
    expect(zonesOf(zones).map((z) => [z.id, z.properties.place_ids])).toEqual([
      ['zone-gna-all', ['swani']],
      ['zone-lna-all', ['qasr-bin-ghashir']],
      ['zone-lna-half', ['wadi-al-rabi']],
    ]);
  });

  it('marks a contested place as a contested zone between its parties, with its own front lines', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/contested.geojson')), basemap);
    const contested = zonesOf(zones).find((z) => z.properties.status === 'contested');
    expect(contested?.properties).toMatchObject({ party: null, parties: ['gna', 'lna'], extent: 'all', place_ids: ['al-twaisha'] });
    expect(linesOf(zones).map((l) => [l.properties.status, l.properties.place_ids])).toEqual([
      ['control', ['qasr-bin-ghashir', 'swani']],
      ['contested', ['al-twaisha', 'qasr-bin-ghashir', 'swani']],
    ]);
  });

  it('caps a lone place at its maximum distance, not at the Voronoi cell', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/lone-place.geojson')), basemap);
    const lone = zonesOf(zones).find((z) => z.properties.place_ids.includes('al-rujban')) as ZoneFeature;
    // precision 8 km × 6 = 48 km, capped at 25 km.
    expect(lone.properties.max_distance_km).toEqual({ 'al-rujban': 25 });
    expect(km2(lone)).toBeLessThanOrEqual(Math.PI * 25 ** 2 + NOISE_KM2);
    expect(km2(lone)).toBeGreaterThan(0.99 * Math.PI * 25 ** 2);
    expect(lone.properties.area_km2).toBeCloseTo(km2(lone), 1);
  });

  it('clips coastal zones to land', () => {
    const places = readPlaces(join(FIXTURES, 'in/coastal.geojson'));
    const zones = computeZones(places, basemap);
    for (const zone of zonesOf(zones)) {
      expect(km2(difference(featureCollection([zone, land]))), `${zone.id} in the sea`).toBeLessThan(NOISE_KM2);
    }
    // Zawiya's 12 km circle reaches well into the sea; its zone does not.
    const zawiya = places.features.find((f) => f.properties.id === 'zawiya')!;
    const reach = circle(zawiya.geometry.coordinates, 12, { steps: 64, units: 'kilometers' });
    expect(km2(difference(featureCollection([reach, land])))).toBeGreaterThan(10);
    const zone = zonesOf(zones).find((z) => z.properties.place_ids.includes('zawiya'))!;
    expect(zone.properties.max_distance_km['zawiya']).toBe(12);
  });

  it('puts the coastal front lines equally far from the nearest place of each party', () => {
    const places = readPlaces(join(FIXTURES, 'in/coastal.geojson'));
    expectEquidistant(places, computeZones(places, basemap));
  });

  it('merges places at the same point with different parties into one contested site', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/same-point.geojson')), basemap);
    expect(zonesOf(zones).find((z) => z.properties.status === 'contested')?.properties).toMatchObject({ status: 'contested', parties: ['gna', 'lna'], extent: 'half', place_ids: ['zawiya', 'zawiya-district'] });
  });

  it('writes coordinates of at most 6 decimals and closed rings of at least 4 distinct-neighbour positions', () => {
    const zones = computeZones(readPlaces(join(FIXTURES, 'in/coastal.geojson')), basemap);
    for (const f of zonesOf(zones)) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) {
        expect(ring.length).toBeGreaterThanOrEqual(4);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
        for (let k = 1; k < ring.length; k++) expect(ring[k]).not.toEqual(ring[k - 1]);
        for (const c of ring.flat()) expect(Math.round(c * 1e6) / 1e6).toBe(c);
      }
    }
  });

  it('is deterministic: the same input gives the same bytes', () => {
    const places = readPlaces(join(FIXTURES, 'in/contested.geojson'));
    expect(serializeGeoJson(computeZones(places, basemap))).toBe(serializeGeoJson(computeZones(places, basemap)));
  });

  it('returns an empty collection with metadata when no place is claimed', () => {
    const places = readPlaces(join(FIXTURES, 'in/two-parties.geojson'));
    const none = { ...places, features: places.features.filter((f) => f.properties.status === 'none') };
    const zones = computeZones(none, basemap);
    expect(zones.features).toEqual([]);
    expect(zones.metadata).toMatchObject({ inferred_from: 0, parameters: { bbox: null } });
    expect(() => check(serializeGeoJson(zones))).not.toThrow();
  });

  it('throws naming the problem when the land collection holds no land', () => {
    const places = readPlaces(join(FIXTURES, 'in/two-parties.geojson'));
    expect(() => computeZones(places, { type: 'FeatureCollection', features: [] })).toThrow(/land: expected at least one Polygon/);
  });

  it('completes a partial reach rule from the default rule', () => {
    const places = readPlaces(join(FIXTURES, 'in/two-parties.geojson'));
    const zones = computeZones(places, basemap, { maxDistanceKm: { factor: 4 } });
    expect(zones.metadata.parameters.max_distance).toEqual({ factor: 4, min_km: 5, max_km: 25 });
    // precision 1.5 km × 4 = 6 km, inside the default [5, 25].
    expect(zonesOf(zones).map((z) => z.properties.max_distance_km)).toEqual([{ swani: 6 }, { 'qasr-bin-ghashir': 6 }]);
  });

  it('takes the maximum distance as a function of the place, recorded as custom', () => {
    const places = readPlaces(join(FIXTURES, 'in/two-parties.geojson'));
    const zones = computeZones(places, basemap, { maxDistanceKm: () => 2 });
    expect(zones.metadata.parameters.max_distance).toBe('custom');
    expect(linesOf(zones)).toEqual([]);
    for (const z of zonesOf(zones)) expect(z.properties.area_km2).toBeLessThanOrEqual(Math.round(Math.PI * 4 * 100) / 100);
  });
  for (const seed of [1, 2, 3]) {
    it(`keeps the invariants on 25 seeded random places (seed ${seed}), with wide reaches so cells meet`, () => {
      const places = randomPlaces(seed, 25);
      const zones = computeZones(places, basemap, { maxDistanceKm: { factor: 4, minKm: 5, maxKm: 25 } });
      const onLand = { ...places, features: places.features.filter((f) => booleanPointInPolygon(f.geometry, land)) };
      expectInvariants(onLand, zones);
      // Only places in the sea can end without a zone (one near the coast keeps the land in reach).
      const offLand = places.features.filter((f) => !booleanPointInPolygon(f.geometry, land)).map((f) => f.properties.id);
      for (const id of zones.metadata.without_zone) expect(offLand).toContain(id);
      expect(() => check(serializeGeoJson(zones))).not.toThrow();
      expect(linesOf(zones).length).toBeGreaterThan(0);
    });
  }
});

describe('computeZones on the seed article', () => {
  const places = readPlaces(join(ROOT, 'geo/haftar-macron-2019-05-13.geojson'));
  const zones = computeZones(places, basemap);

  it('passes the RFC 7946 validator', () => {
    expect(() => check(serializeGeoJson(zones))).not.toThrow();
  });

  it('keeps zones of different parties apart, on land, each around its own places', () => {
    expectInvariants(places, zones);
  });

  it('infers zones from the ten claimed places and says they are approximate', () => {
    expect(zones.metadata).toMatchObject({
      article: 'haftar-macron-2019-05-13',
      method: 'voronoi-clipped-land-maxdistance/1',
      inferred_from: 10,
      without_zone: [],
      note: 'approximate zones inferred from 10 reported places, not surveyed lines',
    });
    expect(zonesOf(zones).map((z) => [z.id, z.properties.place_ids])).toEqual([
      ['zone-gna-all', ['al-hira', 'az-zahra', 'suq-al-khamis', 'swani', 'tripoli']],
      ['zone-lna-all', ['gharyan', 'qasr-bin-ghashir', 'tarhuna']],
      ['zone-lna-most', ['ain-zara']],
      ['zone-lna-half', ['wadi-al-rabi']],
    ]);
  });

  it('draws a front line whose every vertex and midpoint is as far from the nearest LNA place as from the nearest GNA place', () => {
    expect(linesOf(zones).length).toBeGreaterThan(0);
    expectEquidistant(places, zones);
  });

  it('lays every front line on the boundary of zones of both its parties', () => {
    const polygons = zonesOf(zones);
    for (const line of linesOf(zones)) {
      const coords = line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
      for (const c of coords) {
        for (const party of line.properties.between) {
          const near = polygons.filter((z) => z.properties.party === party).some((z) => booleanPointInPolygon(c, z) || nearBoundary(c, z));
          expect(near, `${c.join(',')} on a ${party} zone`).toBe(true);
        }
      }
    }
  });
});

/** Within about 1 m of the zone (a shared edge may round to either side). */
function nearBoundary(c: Position, zone: ZoneFeature): boolean {
  const offsets = [[1e-5, 0], [-1e-5, 0], [0, 1e-5], [0, -1e-5]];
  return offsets.some(([dx, dy]) => booleanPointInPolygon([(c[0] as number) + (dx as number), (c[1] as number) + (dy as number)], zone));
}
