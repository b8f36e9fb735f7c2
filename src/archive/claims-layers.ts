/**
 * The claims on the map: one clustered GeoJSON source and three layers (cluster discs, cluster
 * counts, single claims). Shared by the archive page and the benchmark's bare MapLibre page, so
 * that the benchmark compares pages that draw exactly the same thing.
 *
 * Clusters carry one sum per party (`clusterProperties`), so a disc takes the colour of the party
 * most of its claims name, and is fainter the more evenly the claims are split.
 */
import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { Lang } from '../core/types.ts';
import { FONT_NAME } from '../map/style.ts';
import { pageLocale } from './strings.ts';

/** Id of the claims source. */
export const CLAIMS_SOURCE_ID = 'cm-archive-claims';

/** Ids of the claims layers, bottom to top. */
export const CLAIMS_LAYER_IDS = {
  clusters: 'cm-archive-clusters',
  clusterCounts: 'cm-archive-cluster-counts',
  points: 'cm-archive-points',
} as const;

/** A party as the map draws it. */
export interface ClaimsLayerParty {
  /** Party id, the value of each feature's `party` property. */
  id: string;
  /** `#rrggbb`. */
  colour: string;
}

/** Cluster radius, CSS px. */
export const CLUSTER_RADIUS_PX = 50;

/** Last zoom at which claims are clustered; above it every claim is drawn on its own. */
export const CLUSTER_MAX_ZOOM = 14;

/**
 * Cluster disc radius by claim count, CSS px: `[from count, radius]`, ascending; a cluster takes
 * the radius of the last step its count reaches.
 */
export const CLUSTER_RADIUS_STEPS: ReadonlyArray<readonly [number, number]> = [[0, 12], [50, 15], [500, 19], [2000, 24], [5000, 29]];

/**
 * Cluster disc opacity by the share of its claims naming its majority party: `[share, opacity]`
 * at both ends, linear between and clamped outside.
 */
export const CLUSTER_OPACITY_STOPS: readonly [readonly [number, number], readonly [number, number]] = [[0.5, 0.55], [1, 0.92]];

/** Drawing constants of the claims layers, CSS px, shared with the canvas map. */
export const CLAIMS_PAINT = {
  clusterStroke: '#ffffff',
  clusterStrokeWidth: 1.5,
  countSize: 12,
  countColour: '#ffffff',
  countHalo: 'rgba(0, 0, 0, 0.45)',
  countHaloWidth: 1,
  pointRadius: 4,
  pointStroke: '#ffffff',
  pointStrokeWidth: 1,
  /** Colour of a claim whose party is not listed. */
  unknownParty: '#6A6A6A',
} as const;

/** A cluster's disc radius, CSS px (the `circle-radius` step expression, evaluated). */
export function clusterRadiusOf(count: number): number {
  let radius = (CLUSTER_RADIUS_STEPS[0] as readonly [number, number])[1];
  for (const [from, r] of CLUSTER_RADIUS_STEPS) if (count >= from) radius = r;
  return radius;
}

/** A cluster's disc opacity from its majority share (the `circle-opacity` expression, evaluated). */
export function clusterOpacityOf(share: number): number {
  const [[s0, o0], [s1, o1]] = CLUSTER_OPACITY_STOPS;
  if (share <= s0) return o0;
  if (share >= s1) return o1;
  return o0 + ((share - s0) / (s1 - s0)) * (o1 - o0);
}

/** Index of the party with the most claims (ties: the first listed), as the colour expression picks it. */
export function majorityPartyOf(byParty: ArrayLike<number>, offset = 0, parties = byParty.length): number {
  let best = 0;
  for (let p = 1; p < parties; p++) if ((byParty[offset + p] as number) > (byParty[offset + best] as number)) best = p;
  return best;
}

/** Name of the cluster property summing a party's claims: `n_<id>`. */
export function clusterCountProperty(partyId: string): string {
  return `n_${partyId}`;
}

/**
 * The clustered source. Features must be Points with a `party` property (a party id).
 *
 * @param data - the claims, or a URL to them
 */
export function createClaimsSource(data: GeoJSONSourceSpecification['data'], parties: readonly ClaimsLayerParty[]): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    cluster: true,
    clusterRadius: CLUSTER_RADIUS_PX,
    clusterMaxZoom: CLUSTER_MAX_ZOOM,
    clusterProperties: Object.fromEntries(
      parties.map((p) => [clusterCountProperty(p.id), ['+', ['case', ['==', ['get', 'party'], p.id], 1, 0]]]),
    ),
  };
}

/** The colour of the party with the most claims in a cluster (ties: the first listed). */
function majorityColour(parties: readonly ClaimsLayerParty[]): ExpressionSpecification | string {
  if (parties.length === 1) return (parties[0] as ClaimsLayerParty).colour;
  const count = (p: ClaimsLayerParty): ExpressionSpecification => ['get', clusterCountProperty(p.id)];
  const branches = parties.slice(0, -1).flatMap((p) => [
    ['all', ...parties.filter((q) => q !== p).map((q) => ['>=', count(p), count(q)])] as ExpressionSpecification,
    p.colour,
  ]);
  return ['case', ...branches, (parties[parties.length - 1] as ClaimsLayerParty).colour] as ExpressionSpecification;
}

/** The cluster count label in a language. */
export function clusterCountText(lang: Lang): ExpressionSpecification {
  return ['number-format', ['get', 'point_count'], { locale: pageLocale(lang) }];
}

/**
 * The three claims layers, to add in order on top of the basemap.
 */
export function createClaimsLayers(parties: readonly ClaimsLayerParty[], lang: Lang): [CircleLayerSpecification, SymbolLayerSpecification, CircleLayerSpecification] {
  const maxShare: ExpressionSpecification = [
    '/',
    parties.length > 1 ? ['max', ...parties.map((p) => ['get', clusterCountProperty(p.id)])] as ExpressionSpecification : ['get', 'point_count'],
    ['get', 'point_count'],
  ];
  const partyColour: ExpressionSpecification | string = parties.length === 1
    ? (parties[0] as ClaimsLayerParty).colour
    : (['match', ['get', 'party'], ...parties.flatMap((p) => [p.id, p.colour]), CLAIMS_PAINT.unknownParty] as unknown as ExpressionSpecification);
  return [
    {
      id: CLAIMS_LAYER_IDS.clusters,
      type: 'circle',
      source: CLAIMS_SOURCE_ID,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': majorityColour(parties),
        'circle-radius': ['step', ['get', 'point_count'], (CLUSTER_RADIUS_STEPS[0] as readonly [number, number])[1], ...CLUSTER_RADIUS_STEPS.slice(1).flat()] as ExpressionSpecification,
        // A cluster split evenly between parties is drawn fainter than one that is all one party.
        'circle-opacity': ['interpolate', ['linear'], maxShare, ...CLUSTER_OPACITY_STOPS.flat()] as ExpressionSpecification,
        'circle-stroke-color': CLAIMS_PAINT.clusterStroke,
        'circle-stroke-width': CLAIMS_PAINT.clusterStrokeWidth,
      },
    },
    {
      id: CLAIMS_LAYER_IDS.clusterCounts,
      type: 'symbol',
      source: CLAIMS_SOURCE_ID,
      filter: ['has', 'point_count'],
      layout: {
        'text-field': clusterCountText(lang),
        'text-font': [FONT_NAME],
        'text-size': CLAIMS_PAINT.countSize,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': CLAIMS_PAINT.countColour, 'text-halo-color': CLAIMS_PAINT.countHalo, 'text-halo-width': CLAIMS_PAINT.countHaloWidth },
    },
    {
      id: CLAIMS_LAYER_IDS.points,
      type: 'circle',
      source: CLAIMS_SOURCE_ID,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': partyColour,
        'circle-radius': CLAIMS_PAINT.pointRadius,
        'circle-stroke-color': CLAIMS_PAINT.pointStroke,
        'circle-stroke-width': CLAIMS_PAINT.pointStrokeWidth,
      },
    },
  ];
}
