import type { MaxDistanceRule, ZoneOptions } from './types.ts';

/**
 * Defaults of {@link ZoneOptions}. Frozen, so no caller can change them for the next one.
 *
 * The reach rule scales with `precision_km` because that is the one size the gazetteer gives for
 * every place; 4 × precision keeps a district's zone around its few-km extent, the 3 km floor
 * keeps a precisely placed point visible, and the 20 km cap stops a vague point claiming the
 * desert. These are reading aids, not surveyed lines: the metadata says so.
 */
export const DEFAULT_ZONE_OPTIONS: Readonly<ZoneOptions & { maxDistanceKm: Readonly<MaxDistanceRule> }> = Object.freeze({
  maxDistanceKm: Object.freeze({ factor: 4, minKm: 3, maxKm: 20 }),
  bbox: null,
  steps: 64,
  minPartKm2: 0.001,
  method: 'voronoi-clipped-land-maxdistance/1',
});
