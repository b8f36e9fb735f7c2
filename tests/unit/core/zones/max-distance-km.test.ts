import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../../../src/core/geojson/build-places-collection.ts';
import { DEFAULT_ZONE_OPTIONS, maxDistanceKm } from '../../../../src/core/zones/index.ts';

const place = (precision_km: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [13, 32] }, properties: { id: 'x', precision_km } }) as Feature<Point, PlaceProperties>;

describe('maxDistanceKm', () => {
  it('maxDistanceKm(place, rule) is factor × precision_km within [minKm, maxKm]', () => {
    const rule = DEFAULT_ZONE_OPTIONS.maxDistanceKm;
    expect(maxDistanceKm(place(2), rule)).toBe(12);
    expect(maxDistanceKm(place(0.3), rule)).toBe(5);
    expect(maxDistanceKm(place(25), rule)).toBe(25);
  });

  it('maxDistanceKm(place, fn) calls the function, and throws naming the place when it gives no positive km', () => {
    expect(maxDistanceKm(place(2), (p) => p.properties.precision_km + 1)).toBe(3);
    expect(() => maxDistanceKm(place(2), () => 0)).toThrow(/place "x".*positive number of km, found 0/);
    expect(() => maxDistanceKm(place(Number.NaN), DEFAULT_ZONE_OPTIONS.maxDistanceKm)).toThrow(/found NaN/);
  });
});
