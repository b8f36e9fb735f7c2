import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { PlaceProperties } from '../geojson/build-places-collection.ts';

/** How much of a place a claim covers, from the claims' `extent`. */
export type ZoneExtent = 'all' | 'most' | 'half' | 'part';

/** A place feature of `geo/<article>.geojson`, as {@link computeZones} reads it. */
export type PlaceFeature = Feature<Point, PlaceProperties>;

/** `[west, south, east, north]` in degrees (WGS84). */
export type LonLatBBox = [number, number, number, number];

/**
 * The default rule for how far a zone may reach from its place: `factor × precision_km`, kept
 * within `[minKm, maxKm]`.
 */
export interface MaxDistanceRule {
  /**
   * Multiplier of the place's `precision_km`.
   * @defaultValue 4
   */
  factor: number;
  /**
   * Smallest reach, in km, so a precisely located point (Martyrs' Square, 0.3 km) still gets a
   * zone a reader can see.
   * @defaultValue 3
   */
  minKm: number;
  /**
   * Largest reach, in km, so a lone or vaguely located place does not claim half the desert.
   * @defaultValue 20
   */
  maxKm: number;
}

/** Options of {@link computeZones}; every field is optional and merged over the defaults. */
export interface ZoneOptions {
  /**
   * How far, in km, a place's zone may reach from its point: a {@link MaxDistanceRule} or a
   * function of the place feature returning km (recorded as `"custom"` in the metadata).
   * @defaultValue `{ factor: 6, minKm: 5, maxKm: 25 }`
   */
  maxDistanceKm: MaxDistanceRule | ((place: PlaceFeature) => number);
  /**
   * Box, in degrees, that bounds the Voronoi tessellation; places outside it take no part.
   * `null` means the taking-part places' box padded by the largest reach, so the box never cuts
   * a zone and the result does not depend on it.
   * @defaultValue null
   */
  bbox: LonLatBBox | null;
  /**
   * Number of vertices of the circle that approximates each place's reach (turf `circle`).
   * @defaultValue 64
   */
  steps: number;
  /**
   * Polygon parts and holes smaller than this, in km², are dropped after clipping: they are
   * slivers left by floating-point noise where cells, circles and the coast meet.
   * @defaultValue 0.001
   */
  minPartKm2: number;
  /**
   * Name and version of the method, written on every feature and in the metadata. Change the
   * version whenever the output for the same input changes.
   * @defaultValue 'voronoi-clipped-land-maxdistance/1'
   */
  method: string;
}

/**
 * What {@link computeZones} accepts: any subset of {@link ZoneOptions}; a partial reach rule is
 * completed from the default rule (`{ factor: 5 }` keeps `minKm: 3, maxKm: 20`).
 */
export type ZoneOptionsInput = Partial<Omit<ZoneOptions, 'maxDistanceKm'>> & {
  maxDistanceKm?: Partial<MaxDistanceRule> | ((place: PlaceFeature) => number);
};

/** A place (or several places at the same point) taking part in the tessellation. */
export interface ZoneSite {
  /** Ids of the places at this point, sorted (several when places share a point). */
  placeIds: string[];
  /** [lon, lat] in degrees. */
  coordinates: [number, number];
  /** `contested` when a place says so, or when places at this point are claimed by different parties. */
  status: 'control' | 'contested';
  /** The party in control, for `control`; `null` for `contested`. */
  party: string | null;
  /** The parties fighting over it, sorted, for `contested`; `[]` for `control`. */
  parties: string[];
  /** The claims' extent (the narrowest, when places at this point differ). */
  extent: ZoneExtent;
  /** How far the site's zone may reach, in km. */
  maxDistanceKm: number;
}

/** Properties of a zone feature, in their output order. */
export interface ZoneProperties {
  /** Always `zone`, so one filter tells zones from front lines. */
  kind: 'zone';
  /** The party in control; `null` for a contested zone. */
  party: string | null;
  /** The parties fighting over a contested zone, sorted; `[]` for control. */
  parties: string[];
  /** `control` by one party, or `contested` between `parties`. */
  status: 'control' | 'contested';
  /** `all` for full control; `most`, `half`, `part` when the claims cover only part of the places. */
  extent: ZoneExtent;
  /** The places the zone was inferred from, sorted. */
  place_ids: string[];
  /** {@link ZoneOptions.method}: the method's name and version. */
  method: string;
  /** The reach used for each of the zone's places, in km, keyed by place id in id order. */
  max_distance_km: Record<string, number>;
  /** Area in km², rounded to 0.01. */
  area_km2: number;
}

/** Properties of a front-line feature, in their output order. */
export interface FrontLineProperties {
  /** Always `front-line`. */
  kind: 'front-line';
  /** The parties on either side, sorted. */
  between: string[];
  /** `contested` when a contested zone lies on at least one side of the line, else `control`. */
  status: 'control' | 'contested';
  /** The places on both sides whose zones share the line, sorted. */
  place_ids: string[];
  /** Geodesic length in km, rounded to 0.01. */
  length_km: number;
  /** {@link ZoneOptions.method}: the method's name and version. */
  method: string;
}

/** A zone of control: the dissolved, clipped cells of one party and extent. */
export type ZoneFeature = Feature<Polygon | MultiPolygon, ZoneProperties>;

/** A stretch of boundary shared by zones of different parties. */
export type FrontLineFeature = Feature<LineString | MultiLineString, FrontLineProperties>;

/** Parameters of the method as recorded in the metadata (snake_case, like the properties). */
export interface ZoneParameters {
  /** The {@link MaxDistanceRule} in km, or `"custom"` when a function was given. */
  max_distance: { factor: number; min_km: number; max_km: number } | 'custom';
  /** The box the tessellation used, degrees, rounded to 6 decimals; `null` with no sites. */
  bbox: LonLatBBox | null;
  /** The planar frame the Voronoi diagram was computed in. */
  frame: { projection: 'equirectangular'; lat0: number };
  /** {@link ZoneOptions.steps}. */
  steps: number;
  /** {@link ZoneOptions.minPartKm2}, km². */
  min_part_km2: number;
}

/** Metadata carried as a foreign member of the zones collection. */
export interface ZonesMetadata {
  /** The article id, from the places collection's metadata. */
  article: string;
  /** The article's date (ISO), which the zones describe. */
  date: string;
  /** {@link ZoneOptions.method}. */
  method: string;
  /** Everything needed to recompute the zones from the same places and land. */
  parameters: ZoneParameters;
  /** Number of places the zones were inferred from. */
  inferred_from: number;
  /** Claimed in-region places that got no zone (their reach holds no land), sorted. */
  without_zone: string[];
  /** A sentence for downloaders: these are inferences, not surveyed lines. */
  note: string;
}

/** The zones file of one article: zones first, then front lines. */
export type ZonesCollection = FeatureCollection<Polygon | MultiPolygon | LineString | MultiLineString, ZoneProperties | FrontLineProperties> & {
  metadata: ZonesMetadata;
};

/** A party's reported place nearest to a centre, from {@link nearestToCentre}. */
export interface NearestEntry {
  /** The party id. */
  party: string;
  /** The id of its nearest claimed place. */
  place_id: string;
  /** Great-circle distance from the centre, in km, rounded to 0.1. */
  distance_km: number;
}
