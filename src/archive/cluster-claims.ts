/**
 * The archive's clusters, computed outside MapLibre for the first paint and the no-WebGL map,
 * with the code MapLibre runs in its worker: the cluster index of `@maplibre/geojson-vt` (a fork
 * of supercluster that MapLibre 6 bundles; the `supercluster` package itself clusters slightly
 * differently, see bench/README.md), given the options MapLibre's
 * GeoJSON source derives from `clusterRadius` and `clusterMaxZoom`, and the claims in the same
 * order. The clusters at a map zoom are then the ones MapLibre draws at that zoom.
 *
 * Pure: no DOM, no map; runs in a worker (cluster-worker.ts) and in Node for the tests.
 */
import { Supercluster, type SuperclusterOptions } from '@maplibre/geojson-vt';
import type { Feature, Point } from 'geojson';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS_PX, clusterCountProperty } from './claims-layers.ts';

/** Tile extent MapLibre gives the cluster index (its `EXTENT`), units per tile. */
const MAPLIBRE_EXTENT = 8192;
/** Tile size of MapLibre's GeoJSON sources, CSS px. */
const GEOJSON_TILE_PX = 512;

/**
 * The cluster index options MapLibre's GeoJSON source passes to its worker for
 * `cluster: true, clusterRadius: 50, clusterMaxZoom: 14` (`GeoJSONSource#workerOptions`): the
 * radius in tile units (`clusterRadius · EXTENT / tileSize`), the extent, `minPoints` 2. The
 * `map`/`reduce` pair for the per-party sums is added by {@link createClaimsClusterIndex}.
 */
export const CLAIMS_CLUSTER_OPTIONS: Readonly<Required<Pick<SuperclusterOptions, 'minZoom' | 'maxZoom' | 'minPoints' | 'radius' | 'extent'>>> = {
  minZoom: 0,
  maxZoom: CLUSTER_MAX_ZOOM,
  minPoints: 2,
  radius: CLUSTER_RADIUS_PX * (MAPLIBRE_EXTENT / GEOJSON_TILE_PX),
  extent: MAPLIBRE_EXTENT,
};

/** The claims to cluster, as columns. */
export interface ClusterInput {
  /** Longitude per claim, degrees. */
  lon: ArrayLike<number>;
  /** Latitude per claim, degrees. */
  lat: ArrayLike<number>;
  /** Party index per claim (into `parties`). */
  party: ArrayLike<number>;
  /** Party ids. */
  parties: readonly string[];
}

/**
 * Clusters and single claims at one zoom, as columns: entry `k` is a cluster of `count[k]` claims
 * (1: a single claim) at `lon[k]`, `lat[k]`, with `byParty[k · parties + p]` of them naming
 * party `p`.
 */
export interface ClaimClusters {
  /** Number of entries. */
  length: number;
  /** Degrees. */
  lon: Float64Array;
  /** Degrees. */
  lat: Float64Array;
  /** Claims per entry. */
  count: Uint32Array;
  /** Claims per entry and party, `length · parties` values. */
  byParty: Uint32Array;
  /** Number of parties. */
  parties: number;
}

/** The cluster index over a selection, built as MapLibre builds it. */
export interface ClaimsClusterIndex {
  /** Clusters and single claims at a tile zoom, in the order the index returns them. */
  clustersAt(zoom: number, bbox?: [number, number, number, number]): ClaimClusters;
}

/**
 * Builds the index over `indices.subarray(0, count)`, in that order (the order the page gives
 * MapLibre the features). `map`/`reduce` sum the claims per party like the source's
 * `clusterProperties` (`n_<party>`), whose only effect is on those sums, not on the clusters.
 */
export function createClaimsClusterIndex(input: ClusterInput, indices: ArrayLike<number>, count: number, options: Partial<SuperclusterOptions> = {}): ClaimsClusterIndex {
  const keys = input.parties.map(clusterCountProperty);
  // One properties object per party, as the page's features share one per party.
  const perParty = input.parties.map((party) => ({ party }));
  const features: Array<Feature<Point>> = new Array(count);
  for (let k = 0; k < count; k++) {
    const i = indices[k] as number;
    features[k] = { type: 'Feature', geometry: { type: 'Point', coordinates: [input.lon[i] as number, input.lat[i] as number] }, properties: perParty[input.party[i] as number] as { party: string } };
  }
  const index = new Supercluster({
    ...CLAIMS_CLUSTER_OPTIONS,
    ...options,
    map: (properties) => {
      const party = (properties as { party?: string } | null)?.party;
      const sums: Record<string, number> = {};
      for (let p = 0; p < keys.length; p++) sums[keys[p] as string] = input.parties[p] === party ? 1 : 0;
      return sums;
    },
    reduce: (accumulated, properties) => {
      for (const key of keys) accumulated[key] = (accumulated[key] as number) + (properties[key] as number);
    },
  });
  index.load(features);

  return {
    clustersAt(zoom, bbox = [-180, -85.06, 180, 85.06]) {
      const found = index.getClusters(bbox, zoom);
      const n = found.length;
      const parties = keys.length;
      const out: ClaimClusters = { length: n, lon: new Float64Array(n), lat: new Float64Array(n), count: new Uint32Array(n), byParty: new Uint32Array(n * parties), parties };
      for (let k = 0; k < n; k++) {
        const feature = found[k] as Feature<Point, Record<string, unknown>>;
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        out.lon[k] = lon;
        out.lat[k] = lat;
        const props = feature.properties;
        if (props.cluster === true) {
          out.count[k] = props.point_count as number;
          for (let p = 0; p < parties; p++) out.byParty[k * parties + p] = props[keys[p] as string] as number;
        } else {
          out.count[k] = 1;
          const p = input.parties.indexOf((props as { party: string }).party);
          if (p >= 0) out.byParty[k * parties + p] = 1;
        }
      }
      return out;
    },
  };
}
