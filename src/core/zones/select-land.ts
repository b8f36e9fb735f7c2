import { featureCollection, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';

/**
 * The land to clip zones to, as one geometry: the union of the collection's Polygon and
 * MultiPolygon features whose `layer` property is `land` or absent. So both the whole basemap
 * (`geo/basemap.geojson`, where coastlines, borders and labels have other layers) and a plain
 * land collection work. Throws when there is no land, because clipping to nothing would
 * silently drop every zone.
 *
 * @param land - a FeatureCollection, [lon, lat] degrees
 */
export function selectLand(land: FeatureCollection): Polygon | MultiPolygon {
  const polygons = land.features.filter(
    (f): f is Feature<Polygon | MultiPolygon> =>
      isPolygonal(f.geometry) && (f.properties?.['layer'] === undefined || f.properties['layer'] === 'land'),
  );
  if (polygons.length === 0) {
    throw new RangeError('zones: land: expected at least one Polygon or MultiPolygon feature with layer "land" or no layer, found none');
  }
  if (polygons.length === 1) return (polygons[0] as Feature<Polygon | MultiPolygon>).geometry;
  const merged = union(featureCollection(polygons));
  if (!merged) throw new RangeError('zones: land: the union of the land polygons is empty');
  return merged.geometry;
}

function isPolygonal(geometry: Geometry | null): geometry is Polygon | MultiPolygon {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}
