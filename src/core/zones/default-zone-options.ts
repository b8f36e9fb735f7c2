import type { MaxDistanceRule, ZoneOptions } from './types.ts';

/**
 * Defaults of {@link ZoneOptions}. Frozen, so no caller can change them for the next one.
 *
 * The reach rule scales with `precision_km` because that is the one size the gazetteer gives for
 * every place: 6 × precision, between 5 and 25 km. Wide enough that the seed's neighbouring
 * positions (Qasr bin Ghashir, Swani, Ain Zara, Wadi al-Rabi) meet along a front line, narrow
 * enough that a lone town does not claim the desert. The site ships exactly these defaults, and
 * every zones file records them. These are reading aids, not surveyed lines: the metadata says so.
 */
export const DEFAULT_ZONE_OPTIONS: Readonly<ZoneOptions & { maxDistanceKm: Readonly<MaxDistanceRule> }> = Object.freeze({
  maxDistanceKm: Object.freeze({ factor: 6, minKm: 5, maxKm: 25 }),
  bbox: null,
  steps: 64,
  minPartKm2: 0.001,
  method: 'voronoi-clipped-land-maxdistance/1',
});
