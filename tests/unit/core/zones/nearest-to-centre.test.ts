import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlacesCollection } from '../../../../src/core/geojson/build-places-collection.ts';
import { nearestToCentre } from '../../../../src/core/zones/index.ts';
import { ROOT } from '../../helpers/project.ts';

const seed = JSON.parse(readFileSync(join(ROOT, 'geo/haftar-macron-2019-05-13.geojson'), 'utf8')) as PlacesCollection;
/** Martyrs' Square, Tripoli: the seed's Tripoli point. */
const MARTYRS_SQUARE: [number, number] = [13.18111, 32.895];

describe('nearestToCentre', () => {
  it("nearestToCentre(seed, Martyrs' Square, [lna, gna]) gives Ain Zara at 14.9 km and, leaving out Tripoli itself, Swani", () => {
    expect(nearestToCentre(seed, MARTYRS_SQUARE, ['lna', 'gna'])).toEqual([
      { party: 'lna', place_id: 'ain-zara', distance_km: 14.9 },
      { party: 'gna', place_id: 'swani', distance_km: 22.9 },
    ]);
  });

  it('nearestToCentre(…, { excludeIds: [] }) keeps the place at the centre: Tripoli at 0 km', () => {
    expect(nearestToCentre(seed, MARTYRS_SQUARE, ['gna', 'lna'], { excludeIds: [] })).toEqual([
      { party: 'gna', place_id: 'tripoli', distance_km: 0 },
      { party: 'lna', place_id: 'ain-zara', distance_km: 14.9 },
    ]);
  });

  it('nearestToCentre(…, { excludeIds }) leaves out exactly the places named', () => {
    expect(nearestToCentre(seed, MARTYRS_SQUARE, ['lna'], { excludeIds: ['ain-zara'] })).toEqual([{ party: 'lna', place_id: 'wadi-al-rabi', distance_km: 22.6 }]);
  });

  it('nearestToCentre(…, { excludeWithinKm }) sets the radius, in km, of the default exclusion', () => {
    expect(nearestToCentre(seed, MARTYRS_SQUARE, ['gna'], { excludeWithinKm: 0 })[0]?.place_id).toBe('swani');
    expect(nearestToCentre(seed, MARTYRS_SQUARE, ['gna'], { excludeWithinKm: -1 })[0]?.place_id).toBe('tripoli');
  });

  it('leaves out parties with no claimed place, and places outside the region or without a claim (Paris, at 0 km from Paris)', () => {
    expect(nearestToCentre(seed, [2.3488, 48.85341], ['tnf', 'lna'])).toEqual([{ party: 'lna', place_id: 'ain-zara', distance_km: 2004.1 }]);
  });

  it('counts contested places only with includeContested', () => {
    const contested: PlacesCollection = {
      ...seed,
      features: seed.features.map((f) =>
        f.properties.id === 'qasr-bin-ghashir' ? { ...f, properties: { ...f.properties, status: 'contested', party: null, parties: ['gna', 'lna'] } } : f,
      ),
    };
    expect(nearestToCentre(contested, [13.1765, 32.68597], ['gna'])[0]?.place_id).toBe('swani');
    expect(nearestToCentre(contested, [13.1765, 32.68597], ['gna'], { includeContested: true, excludeIds: [] })[0]).toEqual({ party: 'gna', place_id: 'qasr-bin-ghashir', distance_km: 0 });
  });
});
