import type { PlacesCollection } from '../geojson/build-places-collection.ts';
import { roundCoordinate } from '../geojson/round-coordinate.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import { maxDistanceKm } from './max-distance-km.ts';
import type { LonLatBBox, PlaceFeature, ZoneExtent, ZoneOptions, ZoneSite } from './types.ts';

/** Extents from the narrowest claim to the widest. */
const EXTENT_ORDER: readonly ZoneExtent[] = ['part', 'half', 'most', 'all'];

/**
 * The places that take part in the tessellation, as sites sorted by their first place id: the
 * in-region places with a `control` (with a party) or `contested` claim, inside `bbox` when one
 * is given. Places with status `none` are ignored.
 *
 * Places at the same point (a district placed at its town's point) become one site, because a
 * Voronoi diagram gives coincident points one cell. If their claims differ, the site takes the
 * cautious reading: different parties make it `contested` between all of them, and the extent is
 * the narrowest of the claims. Its reach is the largest of the places' reaches.
 *
 * @param places - the article's places collection
 * @param options - `maxDistanceKm` (km rule or function) and `bbox` (degrees, or `null`)
 */
export function selectZoneSites(places: PlacesCollection, options: Pick<ZoneOptions, 'maxDistanceKm' | 'bbox'>): ZoneSite[] {
  const groups = new Map<string, PlaceFeature[]>();
  for (const place of places.features) {
    const p = place.properties;
    if (!p.in_region || p.status === 'none') continue;
    if (p.status === 'control' && p.party === null) continue;
    const [lon, lat] = place.geometry.coordinates as [number, number];
    if (options.bbox && !insideBBox(lon, lat, options.bbox)) continue;
    const key = `${roundCoordinate(lon)},${roundCoordinate(lat)}`;
    groups.set(key, [...(groups.get(key) ?? []), place]);
  }
  return [...groups.values()].map((group) => mergeGroup(group, options)).sort((a, b) => compareCodeUnits(a.placeIds[0] as string, b.placeIds[0] as string));
}

function mergeGroup(group: PlaceFeature[], options: Pick<ZoneOptions, 'maxDistanceKm'>): ZoneSite {
  const first = group[0] as PlaceFeature;
  const [lon, lat] = first.geometry.coordinates as [number, number];
  const partySet = new Set<string>();
  for (const place of group) {
    const p = place.properties;
    if (p.status === 'control' && p.party !== null) partySet.add(p.party);
    else for (const party of p.parties) partySet.add(party);
  }
  const parties = [...partySet].sort(compareCodeUnits);
  const contested = group.some((place) => place.properties.status === 'contested') || parties.length > 1;
  const extent = group
    .map((place) => place.properties.extent ?? 'all')
    .reduce((a, b) => (EXTENT_ORDER.indexOf(a) <= EXTENT_ORDER.indexOf(b) ? a : b));
  return {
    placeIds: group.map((place) => place.properties.id).sort(compareCodeUnits),
    coordinates: [roundCoordinate(lon), roundCoordinate(lat)],
    status: contested ? 'contested' : 'control',
    party: contested ? null : (parties[0] ?? null),
    parties: contested ? parties : [],
    extent,
    maxDistanceKm: Math.max(...group.map((place) => maxDistanceKm(place, options.maxDistanceKm))),
  };
}

function insideBBox(lon: number, lat: number, [w, s, e, n]: LonLatBBox): boolean {
  return lon >= w && lon <= e && lat >= s && lat <= n;
}

