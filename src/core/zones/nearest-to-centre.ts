import type { PlacesCollection } from '../geojson/build-places-collection.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import type { NearestEntry } from './types.ts';

/** Options of {@link nearestToCentre}. */
export interface NearestOptions {
  /**
   * Ids of places not to report. When omitted, the places within `excludeWithinKm` of the centre
   * are left out: the place that *is* the centre (Tripoli, whose point is Martyrs' Square) is
   * at 0 km, which is true but tells the reader nothing. Pass `[]` to keep every place.
   * @defaultValue the places within `excludeWithinKm` of the centre
   */
  excludeIds?: readonly string[];
  /**
   * Radius, in km, of the default exclusion around the centre; ignored when `excludeIds` is given.
   * @defaultValue 1
   */
  excludeWithinKm?: number;
  /**
   * Whether a contested place counts as a position of each party fighting over it. Off by
   * default: "contested" reports fighting, not a position a party holds.
   * @defaultValue false
   */
  includeContested?: boolean;
}

const DEFAULTS = Object.freeze({ excludeWithinKm: 1, includeContested: false });

/**
 * For each party, its claimed in-region place nearest to `centre` and the great-circle distance
 * (haversine, the same as turf `distance`). Parties without such a place are left out; the rest
 * come in the order of `parties`. Ties go to the smaller place id, so the answer is stable.
 *
 * @param places - the article's places collection
 * @param centre - [lon, lat] degrees, e.g. Martyrs' Square `[13.18111, 32.895]`
 * @param parties - party ids, in the order wanted
 * @param options - see {@link NearestOptions}
 */
export function nearestToCentre(places: PlacesCollection, centre: readonly [number, number], parties: readonly string[], options: NearestOptions = {}): NearestEntry[] {
  const opts = { ...DEFAULTS, ...options };
  const candidates = places.features
    .filter((f) => f.properties.in_region && f.properties.status !== 'none')
    .map((f) => ({ properties: f.properties, km: distanceKm(centre, f.geometry.coordinates as [number, number]) }));
  const excluded = new Set(opts.excludeIds ?? candidates.filter((c) => c.km <= opts.excludeWithinKm).map((c) => c.properties.id));

  const entries: NearestEntry[] = [];
  for (const party of parties) {
    const best = candidates
      .filter((c) => !excluded.has(c.properties.id))
      .filter((c) => (c.properties.status === 'control' ? c.properties.party === party : opts.includeContested && c.properties.parties.includes(party)))
      .sort((a, b) => a.km - b.km || compareCodeUnits(a.properties.id, b.properties.id))[0];
    if (best) entries.push({ party, place_id: best.properties.id, distance_km: Math.round(best.km * 10) / 10 });
  }
  return entries;
}
