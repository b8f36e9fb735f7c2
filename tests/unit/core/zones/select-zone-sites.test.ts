import type { Feature, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceProperties, PlacesCollection } from '../../../../src/core/geojson/build-places-collection.ts';
import { DEFAULT_ZONE_OPTIONS, selectZoneSites } from '../../../../src/core/zones/index.ts';

type Claim = Pick<PlaceProperties, 'id' | 'status' | 'party' | 'parties' | 'extent'> & Partial<PlaceProperties>;
const place = (coordinates: [number, number], claim: Claim): Feature<Point, PlaceProperties> =>
  ({ type: 'Feature', id: claim.id, geometry: { type: 'Point', coordinates }, properties: { in_region: true, precision_km: 1, ...claim } }) as Feature<Point, PlaceProperties>;
const collection = (...features: Array<Feature<Point, PlaceProperties>>) => ({ type: 'FeatureCollection', metadata: {}, features }) as unknown as PlacesCollection;
const options = { maxDistanceKm: DEFAULT_ZONE_OPTIONS.maxDistanceKm, bbox: null };

describe('selectZoneSites', () => {
  it('selectZoneSites(places) keeps in-region control and contested places, sorted by id', () => {
    const sites = selectZoneSites(
      collection(
        place([13.2, 32.6], { id: 'b', status: 'control', party: 'gna', parties: [], extent: 'all' }),
        place([13.1, 32.6], { id: 'a', status: 'contested', party: null, parties: ['lna', 'gna'], extent: 'half' }),
        place([13.3, 32.6], { id: 'c', status: 'none', party: null, parties: [], extent: null }),
        place([2.3, 48.8], { id: 'd', status: 'control', party: 'lna', parties: [], extent: 'all', in_region: false }),
      ),
      options,
    );
    expect(sites).toEqual([
      { placeIds: ['a'], coordinates: [13.1, 32.6], status: 'contested', party: null, parties: ['gna', 'lna'], extent: 'half', maxDistanceKm: 6 },
      { placeIds: ['b'], coordinates: [13.2, 32.6], status: 'control', party: 'gna', parties: [], extent: 'all', maxDistanceKm: 6 },
    ]);
  });

  it('leaves out places outside the bbox when one is given', () => {
    const places = collection(place([13.2, 32.6], { id: 'b', status: 'control', party: 'gna', parties: [], extent: 'all' }));
    expect(selectZoneSites(places, { ...options, bbox: [9.5, 30, 13, 34] })).toEqual([]);
  });

  it('merges places at the same point: same party keeps control with the narrowest extent and the largest reach', () => {
    const sites = selectZoneSites(
      collection(
        place([13.2, 32.6], { id: 'town', status: 'control', party: 'lna', parties: [], extent: 'all' }),
        place([13.2, 32.6], { id: 'district', status: 'control', party: 'lna', parties: [], extent: 'part', precision_km: 10 }),
      ),
      options,
    );
    expect(sites).toEqual([{ placeIds: ['district', 'town'], coordinates: [13.2, 32.6], status: 'control', party: 'lna', parties: [], extent: 'part', maxDistanceKm: 25 }]);
  });

  it('merges places at the same point claimed by different parties into a contested site', () => {
    const sites = selectZoneSites(
      collection(
        place([13.2, 32.6], { id: 'town', status: 'control', party: 'lna', parties: [], extent: 'all' }),
        place([13.2, 32.6], { id: 'district', status: 'control', party: 'gna', parties: [], extent: 'most' }),
      ),
      options,
    );
    expect(sites[0]).toMatchObject({ placeIds: ['district', 'town'], status: 'contested', party: null, parties: ['gna', 'lna'], extent: 'most' });
  });
});
