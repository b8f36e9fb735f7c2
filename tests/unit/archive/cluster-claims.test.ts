// The canvas map's clusters against MapLibre's: MapLibre's worker path is rebuilt here from the
// same parts it uses (GeoJSONSource#workerOptions for the page's source, the map/reduce of
// `clusterProperties` evaluated with the style spec's expressions, `createGeoJSONIndex`'s
// GeoJSONVT options, tiles read with `getTile` and kept inside their own tile as circle layers do),
// and compared with `createClaimsClusterIndex` on the synthetic claims.
import type { FeatureCollection, Point } from 'geojson';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { expression } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS_PX, clusterCountProperty, createClaimsSource } from '../../../src/archive/claims-layers.ts';
import { mercatorX, mercatorY } from '../../../src/archive/claims-view.ts';
import { CLAIMS_CLUSTER_OPTIONS, createClaimsClusterIndex, type ClusterInput } from '../../../src/archive/cluster-claims.ts';
import { createClaimsIndex, selectClaims } from '../../../src/archive/select-claims.ts';
import { buildSyntheticClaims, type SyntheticClaimColumns } from '../../../src/archive/synthetic-claims.ts';
import { projectGazetteer } from '../helpers/project.ts';

const columns = JSON.parse(buildSyntheticClaims(projectGazetteer())) as SyntheticClaimColumns;
const input: ClusterInput = { lon: columns.lon, lat: columns.lat, party: columns.party, parties: columns.parties };
const parties = columns.parties.map((id) => ({ id, colour: '#000000' }));
/** MapLibre's tile extent and GeoJSON tile size. */
const EXTENT = 8192;
const TILE_PX = 512;

/** MapLibre's `getSuperclusterOptions`: map/reduce from the source's `clusterProperties`. */
function clusterMapReduce(clusterProperties: Record<string, unknown>): { map: (p: Record<string, unknown>) => Record<string, unknown>; reduce: (a: Record<string, unknown>, p: Record<string, unknown>) => void } {
  const keys = Object.keys(clusterProperties);
  const parsed = (e: unknown, key: string) => {
    const result = expression.createExpression(e, key);
    if (result.result !== 'success') throw new Error(`${key}: ${JSON.stringify(result.value)}`);
    return result.value;
  };
  const mapExpressions = Object.fromEntries(keys.map((key) => [key, parsed((clusterProperties[key] as unknown[])[1], key)]));
  const reduceExpressions = Object.fromEntries(keys.map((key) => {
    const operator = (clusterProperties[key] as unknown[])[0];
    return [key, parsed(typeof operator === 'string' ? [operator, ['accumulated'], ['get', key]] : operator, key)];
  }));
  const globals = { accumulated: null as unknown, zoom: 0 };
  const feature = { properties: null as Record<string, unknown> | null };
  return {
    map: (properties) => {
      feature.properties = properties;
      return Object.fromEntries(keys.map((key) => [key, (mapExpressions[key] as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(globals, feature)]));
    },
    reduce: (accumulated, properties) => {
      feature.properties = properties;
      for (const key of keys) {
        globals.accumulated = accumulated[key];
        accumulated[key] = (reduceExpressions[key] as { evaluate: (g: unknown, f: unknown) => unknown }).evaluate(globals, feature);
      }
    },
  };
}

/** The index MapLibre's worker builds for the page's source holding `data`. */
function maplibreIndex(data: FeatureCollection<Point>): GeoJSONVT {
  const source = createClaimsSource(data, parties);
  return new GeoJSONVT(data, {
    buffer: 128 * (EXTENT / TILE_PX),
    tolerance: 0.375 * (EXTENT / TILE_PX),
    extent: EXTENT,
    maxZoom: 18,
    lineMetrics: false,
    generateId: false,
    cluster: true,
    clusterOptions: {
      maxZoom: source.clusterMaxZoom as number,
      minPoints: 2,
      extent: EXTENT,
      radius: (source.clusterRadius as number) * (EXTENT / TILE_PX),
      log: false,
      generateId: false,
      ...clusterMapReduce(source.clusterProperties as Record<string, unknown>),
    },
    updateable: true,
    coordinates: 'lngLat',
    wrap: true,
  } as ConstructorParameters<typeof GeoJSONVT>[1]);
}

/** One drawn cluster or claim: count, per-party counts, position in tile units at its zoom. */
interface Drawn { count: number; byParty: string; x: number; y: number }

function sortDrawn(list: Drawn[]): Drawn[] {
  return list.sort((a, b) => a.count - b.count || a.x - b.x || a.y - b.y);
}

/** What MapLibre draws at a tile zoom: every tile's features that lie inside that tile. */
function maplibreDrawn(index: GeoJSONVT, z: number, tiles: Set<string>): Drawn[] {
  const keys = columns.parties.map(clusterCountProperty);
  const out: Drawn[] = [];
  for (const tile of tiles) {
    const [x, y] = tile.split('/').map(Number) as [number, number];
    for (const f of index.getTile(z, x, y)?.features ?? []) {
      const [[px, py]] = f.geometry as unknown as [[number, number]];
      if (px < 0 || py < 0 || px >= EXTENT || py >= EXTENT) continue;
      const tags = f.tags as Record<string, unknown>;
      const count = tags.cluster ? (tags.point_count as number) : 1;
      const byParty = tags.cluster ? keys.map((k) => tags[k]).join(',') : columns.parties.map((p) => (p === tags.party ? 1 : 0)).join(',');
      out.push({ count, byParty, x: x * EXTENT + px, y: y * EXTENT + py });
    }
  }
  return sortDrawn(out);
}

/** The same from `createClaimsClusterIndex`, and the tiles its entries fall in. */
function canvasDrawn(indices: Int32Array, count: number, z: number): { drawn: Drawn[]; tiles: Set<string> } {
  const clusters = createClaimsClusterIndex(input, indices, count).clustersAt(z);
  const drawn: Drawn[] = [];
  const tiles = new Set<string>();
  const p = clusters.parties;
  for (let k = 0; k < clusters.length; k++) {
    const gx = mercatorX(clusters.lon[k] as number) * 2 ** z * EXTENT;
    const gy = mercatorY(clusters.lat[k] as number) * 2 ** z * EXTENT;
    // Also the tiles within a tile unit of it: MapLibre rounds positions to tile units, so a claim
    // on a tile's edge may be drawn by its neighbour (positions are compared to a unit below).
    for (const dx of [-1, 0, 1]) for (const dy of [-1, 0, 1]) tiles.add(`${Math.floor((gx + dx) / EXTENT)}/${Math.floor((gy + dy) / EXTENT)}`);
    drawn.push({ count: clusters.count[k] as number, byParty: Array.from(clusters.byParty.subarray(k * p, k * p + p)).join(','), x: Math.round(gx), y: Math.round(gy) });
  }
  return { drawn: sortDrawn(drawn), tiles };
}

function collection(indices: Int32Array, count: number): FeatureCollection<Point> {
  const perParty = columns.parties.map((party) => ({ party }));
  return {
    type: 'FeatureCollection',
    features: Array.from(indices.subarray(0, count), (i) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [columns.lon[i] as number, columns.lat[i] as number] }, properties: perParty[columns.party[i] as number] as { party: string } })),
  };
}

function expectSameClusters(indices: Int32Array, count: number, zooms: readonly number[]): void {
  const index = maplibreIndex(collection(indices, count));
  for (const z of zooms) {
    const ours = canvasDrawn(indices, count, z);
    const theirs = maplibreDrawn(index, z, ours.tiles);
    expect(theirs.reduce((s, d) => s + d.count, 0), `z${z}: MapLibre draws every claim in these tiles`).toBe(count);
    expect(ours.drawn.map((d) => `${d.count} ${d.byParty}`), `z${z}: clusters and their party counts`).toEqual(theirs.map((d) => `${d.count} ${d.byParty}`));
    // Positions: the same to a tile unit (1/16 CSS px); MapLibre rounds them to tile units.
    ours.drawn.forEach((d, k) => {
      expect(Math.abs(d.x - (theirs[k] as Drawn).x), `z${z} #${k} x`).toBeLessThanOrEqual(1);
      expect(Math.abs(d.y - (theirs[k] as Drawn).y), `z${z} #${k} y`).toBeLessThanOrEqual(1);
    });
  }
}

describe('CLAIMS_CLUSTER_OPTIONS', () => {
  it('CLAIMS_CLUSTER_OPTIONS are what MapLibre derives from clusterRadius 50 and clusterMaxZoom 14 (radius in 8192-unit tiles)', () => {
    expect(CLAIMS_CLUSTER_OPTIONS).toEqual({ minZoom: 0, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2, radius: CLUSTER_RADIUS_PX * 16, extent: 8192 });
  });
});

describe('createClaimsClusterIndex', () => {
  const index = createClaimsIndex(columns);
  const everything = selectClaims(index, { parties: [true, true], fromDay: 0, asOfDay: index.lastDay, mode: 'window' });

  it('createClaimsClusterIndex(all 50,000 claims).clustersAt(z) is what MapLibre draws at tile zoom z, for z = 0, 3 and 5–14', () => {
    expectSameClusters(everything.indices, everything.count, [0, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  }, 60_000);

  it('createClaimsClusterIndex(a filtered selection) matches MapLibre too, in the selection\'s order', () => {
    const some = selectClaims(index, { parties: [false, true], fromDay: 100, asOfDay: 300, mode: 'window' });
    expect(some.count).toBeGreaterThan(1000);
    expectSameClusters(some.indices, some.count, [5, 7, 8, 10]);
    const latest = selectClaims(index, { parties: [true, true], fromDay: 0, asOfDay: 60, mode: 'latest' });
    expectSameClusters(latest.indices, latest.count, [7, 8]);
  }, 60_000);

  it('clustersAt(z) accounts for every claim once, with per-party counts that add up', () => {
    const clusters = createClaimsClusterIndex(input, everything.indices, everything.count).clustersAt(7);
    let total = 0;
    for (let k = 0; k < clusters.length; k++) {
      const parts = Array.from(clusters.byParty.subarray(k * 2, k * 2 + 2));
      expect(parts[0]! + parts[1]!).toBe(clusters.count[k]);
      total += clusters.count[k] as number;
    }
    expect(total).toBe(50_000);
  });

  it('clustersAt(z) above clusterMaxZoom returns every claim on its own', () => {
    const some = new Int32Array([0, 1, 2, 3, 4]);
    const clusters = createClaimsClusterIndex(input, some, 5).clustersAt(CLUSTER_MAX_ZOOM + 1);
    expect(clusters.length).toBe(5);
    expect(Array.from(clusters.count)).toEqual([1, 1, 1, 1, 1]);
  });
});
