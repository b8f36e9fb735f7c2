import type { MaxDistanceRule, PlaceFeature, ZoneOptions } from './types.ts';

/**
 * The reach of a place's zone, in km: `factor × precision_km` clamped to `[minKm, maxKm]`, or
 * whatever a custom function returns. Throws when the result is not a positive finite number,
 * naming the place, because a zero or NaN radius would silently drop its zone.
 *
 * @param place - a place feature with `properties.precision_km` in km
 * @param rule - the options' `maxDistanceKm`
 */
export function maxDistanceKm(place: PlaceFeature, rule: ZoneOptions['maxDistanceKm']): number {
  const km = typeof rule === 'function' ? rule(place) : clampRule(place.properties.precision_km, rule);
  if (!Number.isFinite(km) || km <= 0) {
    throw new RangeError(`zones: max distance of place "${place.properties.id}": expected a positive number of km, found ${km}`);
  }
  return km;
}

function clampRule(precisionKm: number, rule: MaxDistanceRule): number {
  return Math.min(rule.maxKm, Math.max(rule.minKm, rule.factor * precisionKm));
}
