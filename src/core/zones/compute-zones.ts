import { circle, featureCollection, intersect } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { PlacesCollection } from '../geojson/build-places-collection.ts';
import { roundCoordinate } from '../geojson/round-coordinate.ts';
import { bboxAroundSites } from './bbox-around-sites.ts';
import { buildFrontLines } from './build-front-lines.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import { computeVoronoiCells } from './compute-voronoi-cells.ts';
import { createLocalFrame } from './create-local-frame.ts';
import { DEFAULT_ZONE_OPTIONS } from './default-zone-options.ts';
import { dissolveZones } from './dissolve-zones.ts';
import { selectLand } from './select-land.ts';
import { selectZoneSites } from './select-zone-sites.ts';
import { sortZoneFeatures } from './sort-zone-features.ts';
import type { LonLatBBox, ZoneOptions, ZoneOptionsInput, ZonesCollection } from './types.ts';

/**
 * Approximate zones of control and the front line, from the places an article makes a control
 * claim about.
 *
 * 1. Sites: in-region places with status `control` or `contested` (see {@link selectZoneSites}).
 * 2. A Voronoi tessellation of the sites in a local equirectangular frame
 *    (see {@link createLocalFrame}), within `bbox`.
 * 3. Each cell ∩ a circle of the place's reach (`maxDistanceKm`, geodesic, `steps` vertices)
 *    ∩ land. Intersections only shrink cells, so zones of different sites never overlap, each
 *    zone lies on land, and a place on land lies in its own zone.
 * 4. Cells dissolved by (status, party, extent) (see {@link dissolveZones}).
 * 5. Front lines: the boundaries shared by zones of different parties
 *    (see {@link buildFrontLines}).
 *
 * Output is deterministic: features sorted (see {@link sortZoneFeatures}), coordinates rounded
 * to 6 decimals, properties in a fixed order, polygons wound by RFC 7946's right-hand rule.
 *
 * @param places - the article's places collection (`geo/<article>.geojson`)
 * @param land - land polygons: the basemap (its `land` layer is used) or a land-only collection
 * @param options - see {@link ZoneOptions}; merged over {@link DEFAULT_ZONE_OPTIONS}
 */
export function computeZones(places: PlacesCollection, land: FeatureCollection, options: ZoneOptionsInput = {}): ZonesCollection {
  const reach = options.maxDistanceKm;
  const opts: ZoneOptions = {
    ...DEFAULT_ZONE_OPTIONS,
    ...options,
    maxDistanceKm: typeof reach === 'function' ? reach : { ...DEFAULT_ZONE_OPTIONS.maxDistanceKm, ...reach },
  };
  const landGeometry = selectLand(land);
  const sites = selectZoneSites(places, opts);

  const lat0 = sites.length > 0 ? roundCoordinate(sites.reduce((sum, s) => sum + s.coordinates[1], 0) / sites.length) : 0;
  const bbox: LonLatBBox | null = opts.bbox ?? (sites.length > 0 ? bboxAroundSites(sites) : null);
  const features: ZonesCollection['features'] = [];
  const withoutZone: string[] = [];

  if (sites.length > 0 && bbox) {
    const cells = computeVoronoiCells(
      sites.map((s) => s.coordinates),
      bbox,
      createLocalFrame(lat0),
    );
    const reaches = sites.map((s) => circle(s.coordinates, s.maxDistanceKm, { steps: opts.steps, units: 'kilometers' }).geometry);
    const parts = sites.map((_, i): Polygon | MultiPolygon | null => {
      const ring = cells.rings[i];
      if (!ring) return null;
      const reached = intersect(featureCollection([{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [ring] }, properties: {} }, { type: 'Feature', geometry: reaches[i] as Polygon, properties: {} }]));
      if (!reached) return null;
      return intersect(featureCollection([reached, { type: 'Feature', geometry: landGeometry, properties: {} }]))?.geometry ?? null;
    });
    const zones = dissolveZones(sites, parts, opts);
    const zoned = new Set(zones.flatMap((z) => z.properties.place_ids));
    withoutZone.push(...sites.flatMap((s) => s.placeIds).filter((id) => !zoned.has(id)).sort(compareCodeUnits));
    features.push(...sortZoneFeatures([...zones, ...buildFrontLines(sites, cells.edges, reaches, landGeometry, opts)]));
  }

  const rule = opts.maxDistanceKm;
  const inferredFrom = sites.reduce((n, s) => n + s.placeIds.length, 0);
  return {
    type: 'FeatureCollection',
    metadata: {
      article: places.metadata.article,
      date: places.metadata.date,
      method: opts.method,
      parameters: {
        max_distance: typeof rule === 'function' ? 'custom' : { factor: rule.factor, min_km: rule.minKm, max_km: rule.maxKm },
        bbox: bbox ? (bbox.map(roundCoordinate) as LonLatBBox) : null,
        frame: { projection: 'equirectangular', lat0 },
        steps: opts.steps,
        min_part_km2: opts.minPartKm2,
      },
      inferred_from: inferredFrom,
      without_zone: withoutZone,
      note: `approximate zones inferred from ${inferredFrom} reported places, not surveyed lines`,
    },
    features,
  };
}
