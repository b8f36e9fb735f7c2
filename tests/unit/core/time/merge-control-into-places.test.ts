import { describe, expect, it } from 'vitest';
import { projectPaths, runPipeline } from '../../../../src/cli/project.ts';
import type { PlacesCollection } from '../../../../src/core/geojson/build-places-collection.ts';
import { computeControlAsOf } from '../../../../src/core/time/compute-control-as-of.ts';
import { createControlIndex } from '../../../../src/core/time/create-control-index.ts';
import { listPlaceDetails, mergeControlIntoPlaces } from '../../../../src/core/time/merge-control-into-places.ts';
import type { ClaimFeature, ClaimsCollection } from '../../../../src/core/time/types.ts';
import { ROOT } from '../../helpers/project.ts';

// The merge of control as of a date into an open article's places, on the timeline fixture
// content (invented articles): what the page draws and lists for a date.
const run = runPipeline(projectPaths(ROOT, { content: 'tests/fixtures/timeline/content' }));
const claims = JSON.parse(run.geojson.get('geo/claims.geojson') as string) as ClaimsCollection;
const index = createControlIndex(claims);
const details = listPlaceDetails(index);
const placesOf = (article: string): PlacesCollection => JSON.parse(run.geojson.get(`geo/${article}.geojson`) as string) as PlacesCollection;
const latest = placesOf('fixture-wire-2020-06-05');
const merge = (date: string, places: PlacesCollection | null = latest): PlacesCollection => mergeControlIntoPlaces({ control: computeControlAsOf(index, date), places, details });

describe('mergeControlIntoPlaces', () => {
  it('mergeControlIntoPlaces gives the article\'s places the rule\'s status on the date, and adds every place other articles report by then', () => {
    const merged = merge('2020-06-05');
    expect(merged.features.map((f) => f.properties.id)).toEqual(['ain-zara', 'al-aziziya', 'gharyan', 'tarhuna', 'tripoli', 'tripoli-international-airport']);
    const byId = new Map(merged.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('tarhuna')).toMatchObject({ status: 'control', party: 'gna', stale: false, days_since: 0, as_of: '2020-06-05' });
    expect(byId.get('gharyan')).toMatchObject({ status: 'control', party: 'gna', stale: true, days_since: 343, as_of: '2019-06-28', since: '2019-06-28', change: 'withdrawn' });
    expect(merged.metadata).toEqual({ ...latest.metadata, as_of: '2020-06-05' });
  });

  it('mergeControlIntoPlaces keeps the article\'s mentions and evidence, and gives the other places none (they are listed apart)', () => {
    const merged = merge('2020-06-05');
    for (const f of latest.features) {
      const m = merged.features.find((g) => g.properties.id === f.properties.id)!;
      expect(m.properties.mentions).toEqual(f.properties.mentions);
      expect(m.properties.evidence).toEqual(f.properties.evidence);
      expect(m.geometry).toEqual(f.geometry);
    }
    const gharyan = merged.features.find((f) => f.properties.id === 'gharyan')!;
    expect(gharyan.properties).toMatchObject({ mentions: [], evidence: [], resolution: null, admin: null });
    // Drawn at the claims file's point, with the gazetteer's details the claims file carries.
    const claim = claims.features.find((f) => f.properties.place === 'gharyan') as ClaimFeature;
    expect(gharyan.geometry.coordinates).toEqual(claim.geometry.coordinates);
    expect(gharyan.properties).toMatchObject({ kind: claim.properties.kind, in_region: true, precision_km: claim.properties.precision_km, precision_code: claim.properties.precision_code, source: claim.properties.source });
  });

  it('mergeControlIntoPlaces says disputed when the sources disagree on the date, and none for an article\'s place nothing reports yet', () => {
    const merged = merge('2019-06-26');
    const byId = new Map(merged.features.map((f) => [f.properties.id, f.properties]));
    expect(byId.get('gharyan')).toMatchObject({ status: 'disputed', party: null, parties: ['lna', 'gna'], extent: null, change: null, since: null });
    // Reported only from 3 June 2020: the article names it, with no status yet.
    expect(byId.get('tripoli-international-airport')).toMatchObject({ status: 'none', party: null, parties: [], extent: null, as_of: null, stale: false, days_since: null, since: null });
    expect(byId.get('tarhuna')).toMatchObject({ status: 'control', party: 'lna', stale: true, days_since: 47 });
  });

  it('mergeControlIntoPlaces without an article gives every reported place, with the metadata asked for (the zones of a date)', () => {
    const merged = mergeControlIntoPlaces({ control: computeControlAsOf(index, '2019-05-10'), places: null, details, metadata: { article: '', title: '', outlet: '', date: '2019-05-10', language: 'ar' } });
    expect(merged.features.map((f) => `${f.properties.id} ${f.properties.status}`)).toEqual(['ain-zara contested', 'gharyan control', 'tarhuna control', 'tripoli control']);
    expect(merged.metadata).toEqual({ article: '', title: '', outlet: '', date: '2019-05-10', language: 'ar', as_of: '2019-05-10' });
  });

  it('mergeControlIntoPlaces before any claim leaves the article\'s places without status and adds nothing', () => {
    const merged = merge('2019-01-01');
    expect(merged.features.map((f) => f.properties.id)).toEqual(latest.features.map((f) => f.properties.id));
    expect(new Set(merged.features.map((f) => f.properties.status))).toEqual(new Set(['none']));
  });

  it('listPlaceDetails reads each claimed place\'s details once, and a claims file written before them gives an in-region town to 1 km', () => {
    expect(details.get('gharyan')).toMatchObject({ kind: 'city', in_region: true });
    const old = claims.features.slice(0, 1).map((f) => {
      const properties: Partial<ClaimFeature['properties']> = { ...f.properties };
      for (const key of ['kind', 'in_region', 'precision_km', 'precision_code', 'source'] as const) delete properties[key];
      return { ...f, properties } as ClaimFeature;
    });
    expect(listPlaceDetails({ claims: old }).get(old[0]!.properties.place)).toEqual({ kind: 'town', in_region: true, precision_km: 1, precision_code: 1, source: '' });
  });
});
