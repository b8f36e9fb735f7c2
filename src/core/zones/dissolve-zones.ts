import { area, feature, featureCollection, union } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { cleanPolygonal } from './clean-polygonal.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import type { ZoneFeature, ZoneOptions, ZoneSite } from './types.ts';

/**
 * Dissolves the sites' clipped cells into one zone per (status, party or parties, extent): a
 * party's fully controlled cells become one (Multi)Polygon with extent `all`, its `half` cells
 * another, and so on, so partial and contested claims are never drawn as full control. Cells
 * of different classes never overlap, since each is inside its own Voronoi cell.
 *
 * @param sites - the sites, with reach in km
 * @param parts - each site's cell clipped to its reach and to land, or `null` when nothing is left
 * @param options - `method` (recorded) and `minPartKm2` (km², slivers below are dropped)
 * @returns zone features in class order of first appearance; the caller sorts them
 */
export function dissolveZones(
  sites: readonly ZoneSite[],
  parts: ReadonlyArray<Polygon | MultiPolygon | null>,
  options: Pick<ZoneOptions, 'method' | 'minPartKm2'>,
): ZoneFeature[] {
  const groups = new Map<string, number[]>();
  sites.forEach((site, index) => {
    if (!parts[index]) return;
    const key = [site.status, site.party ?? '', site.parties.join('+'), site.extent].join('|');
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });

  const zones: ZoneFeature[] = [];
  for (const indices of groups.values()) {
    const site = sites[indices[0] as number] as ZoneSite;
    const geometries = indices.map((i) => feature(parts[i] as Polygon | MultiPolygon));
    const merged = geometries.length === 1 ? (geometries[0] as Feature<Polygon | MultiPolygon>) : union(featureCollection(geometries));
    const geometry = merged ? cleanPolygonal(merged.geometry, options.minPartKm2) : null;
    if (!geometry) continue;
    const members = indices.map((i) => sites[i] as ZoneSite);
    const reach = members.flatMap((m) => m.placeIds.map((id) => [id, Math.round(m.maxDistanceKm * 100) / 100] as const));
    reach.sort((a, b) => compareCodeUnits(a[0], b[0]));
    const id = site.status === 'control' ? `zone-${site.party}-${site.extent}` : `zone-contested-${site.parties.join('+')}-${site.extent}`;
    zones.push({
      type: 'Feature',
      id,
      geometry,
      properties: {
        kind: 'zone',
        party: site.party,
        parties: site.parties,
        status: site.status,
        extent: site.extent,
        place_ids: reach.map(([placeId]) => placeId),
        method: options.method,
        max_distance_km: Object.fromEntries(reach),
        area_km2: Math.round(area(geometry) / 1e4) / 100,
      },
    });
  }
  return zones;
}
