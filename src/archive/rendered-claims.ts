/**
 * What the map actually drew, read back from MapLibre (or counted by the canvas map as it draws):
 * the readiness check of the archive page and of the benchmark's bare MapLibre page, and the
 * numbers the page writes into the DOM for tests (`data-rendered-clusters`,
 * `data-rendered-points`, `data-rendered-claims`, `data-rendered-cluster-sizes`).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CLAIMS_LAYER_IDS } from './claims-layers.ts';

/** Claims drawn in the current view. */
export interface RenderedClaims {
  /** Cluster discs drawn. */
  clusters: number;
  /** Single (unclustered) claims drawn. */
  points: number;
  /** Claims drawn in all: the clusters' `point_count`s plus the single claims. */
  claims: number;
  /** Every drawn cluster's `point_count`, ascending: which clusters, as far as counts tell. */
  sizes: number[];
}

/**
 * Counts the claims drawn in the viewport. Circle layers only keep features inside their own
 * tile, so a claim is never counted twice across tiles; clusters are keyed by `cluster_id` and
 * single claims by feature id all the same, to be safe.
 */
export function readRenderedClaims(map: MapLibreMap): RenderedClaims {
  const layers = [CLAIMS_LAYER_IDS.clusters, CLAIMS_LAYER_IDS.points].filter((id) => map.getLayer(id));
  if (layers.length === 0) return { clusters: 0, points: 0, claims: 0, sizes: [] };
  const clusterCounts = new Map<number, number>();
  const pointIds = new Set<string | number>();
  let anonymousPoints = 0;
  for (const feature of map.queryRenderedFeatures({ layers })) {
    const props = feature.properties as { cluster_id?: number; point_count?: number };
    if (props.point_count !== undefined) clusterCounts.set(Number(props.cluster_id), Number(props.point_count));
    else if (feature.id !== undefined) pointIds.add(feature.id);
    else anonymousPoints += 1;
  }
  const points = pointIds.size + anonymousPoints;
  let claims = points;
  for (const n of clusterCounts.values()) claims += n;
  const sizes = [...clusterCounts.values()].sort((a, b) => a - b);
  return { clusters: clusterCounts.size, points, claims, sizes };
}

/** Writes {@link RenderedClaims} on an element as `data-rendered-*` attributes. */
export function writeRenderedClaims(element: HTMLElement, rendered: RenderedClaims): void {
  element.dataset.renderedClusters = String(rendered.clusters);
  element.dataset.renderedPoints = String(rendered.points);
  element.dataset.renderedClusterSizes = rendered.sizes.join(' ');
  // Last: tests and the benchmark wait on this one, and then read the others.
  element.dataset.renderedClaims = String(rendered.claims);
}
