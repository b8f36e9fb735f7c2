/** Mean Earth radius in km (IUGG), the value turf uses too. */
export const EARTH_RADIUS_KM = 6371.0088;

/**
 * Great-circle distance between two points, in km (haversine). Kept here rather than calling
 * turf so the geoparser's resolver stays dependency-free in the browser worker.
 *
 * @param a - [lon, lat] in degrees
 * @param b - [lon, lat] in degrees
 */
export function distanceKm(a: readonly [number, number], b: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
