import { EARTH_RADIUS_KM } from '../geo/distance-km.ts';
import type { LonLatBBox, ZoneSite } from './types.ts';

/** km in a degree of latitude on the mean sphere. */
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180;

/**
 * A box, in degrees, holding every site's whole reach with a 10% margin, rounded outwards to
 * 0.01°. Used as the Voronoi box when none is given: since no circle reaches its edge, the box
 * never cuts a zone and the zones do not depend on it.
 *
 * @param sites - at least one site, with `maxDistanceKm` in km
 */
export function bboxAroundSites(sites: readonly ZoneSite[]): LonLatBBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const site of sites) {
    const [lon, lat] = site.coordinates;
    const dLat = (1.1 * site.maxDistanceKm) / KM_PER_DEGREE;
    const dLon = dLat / Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180);
    [w, s, e, n] = [Math.min(w, lon - dLon), Math.min(s, lat - dLat), Math.max(e, lon + dLon), Math.max(n, lat + dLat)];
  }
  return [Math.floor(w * 100) / 100, Math.floor(s * 100) / 100, Math.ceil(e * 100) / 100, Math.ceil(n * 100) / 100];
}
