import { distanceKm } from '../core/geo/distance-km.ts';
import type { Place } from '../core/types.ts';

/**
 * The admin areas (districts, regions, countries with an `extent_km`) a point lies within, the
 * smallest first: the admin parents `npm run geo` accepts for a new place at that point.
 *
 * @param point - [lon, lat], degrees
 */
export function listAdminAreasAt(places: readonly Place[], point: [number, number]): Place[] {
  return places
    .filter((p) => (p.kind === 'district' || p.kind === 'region' || p.kind === 'country') && p.extentKm !== undefined)
    .filter((p) => distanceKm(point, [p.lon, p.lat]) <= (p.extentKm as number))
    .sort((a, b) => (a.extentKm as number) - (b.extentKm as number) || a.id.localeCompare(b.id));
}

/** A kebab-case id made of a name's Latin letters and digits (`Wadi Kaam` → `wadi-kaam`), or empty. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
