import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { serializeGeoJson } from '../../../../src/core/geojson/serialize-geojson.ts';
import { computeControlAsOf } from '../../../../src/core/time/compute-control-as-of.ts';
import { createControlIndex } from '../../../../src/core/time/create-control-index.ts';
import { listPlaceHistory } from '../../../../src/core/time/list-place-history.ts';
import type { ControlOptions } from '../../../../src/core/time/default-control-options.ts';
import type { ClaimFeature, ControlProperties } from '../../../../src/core/time/types.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { ROOT } from '../../helpers/project.ts';

// Turf-style fixtures: tests/fixtures/control/in/<case>.geojson (claims, in the format of
// geo/claims.geojson, plus a `test` member with the date and options) → out/<case>.geojson.
// Regenerate on purpose with `UPDATE=1 npm test` and review the diff.
const FIXTURES = join(ROOT, 'tests/fixtures/control');
type Fixture = { features: ClaimFeature[]; test: { as_of: string; options?: ControlOptions } };
const read = (name: string): Fixture => JSON.parse(readFileSync(join(FIXTURES, 'in', `${name}.geojson`), 'utf8')) as Fixture;
const run = (name: string) => {
  const f = read(name);
  return computeControlAsOf(f.features, f.test.as_of, f.test.options);
};
const byId = (name: string): Map<string, ControlProperties> => new Map(run(name).features.map((f) => [f.properties.id, f.properties]));

describe('computeControlAsOf on fixture claims', () => {
  const cases = readdirSync(join(FIXTURES, 'in')).filter((f) => f.endsWith('.geojson')).map((f) => f.replace(/\.geojson$/, '')).sort();
  it('covers every case the issue names', () => {
    for (const name of ['single-source', 'change-of-hands', 'disagreement-on-latest-date', 'stale', 'contested', 'withdrawn', 'date-before-any-claim', 'date-between-claims']) expect(cases).toContain(name);
  });
  for (const name of cases) {
    it(`computeControlAsOf(in/${name}) gives out/${name}.geojson, valid RFC 7946`, () => {
      const actual = serializeGeoJson(run(name));
      expect(() => check(actual)).not.toThrow();
      expectGolden(actual, join(FIXTURES, 'out', `${name}.geojson`));
    });
  }
});

describe('the as-of rule, case by case', () => {
  it('single source: each place as its one claim states, with that claim, its article, paragraph and quote', () => {
    const gharyan = byId('single-source').get('gharyan')!;
    expect(gharyan).toMatchObject({ status: 'control', party: 'lna', parties: [], extent: 'all', change: 'staging-base', as_of: '2019-05-10', since: '2019-05-10', days_since: 2, stale: false });
    expect(gharyan.claims).toHaveLength(1);
    expect(gharyan.claims[0]).toMatchObject({ article: 'fixture-wire-2019-05-10', outlet: { en: 'Fixture Wire' }, evidence: [{ paragraph: 'p2', quote: expect.stringContaining('غريان') }] });
  });
  it('change of hands: the newest claim wins, and the place history keeps the older ones, newest first', () => {
    const gharyan = byId('change-of-hands').get('gharyan')!;
    expect(gharyan).toMatchObject({ status: 'control', party: 'gna', change: 'retaken', as_of: '2019-06-26', since: '2019-06-26', days_since: 5 });
    const history = listPlaceHistory(read('change-of-hands').features, 'gharyan');
    expect(history.map((c) => [c.as_of, c.party])).toEqual([['2019-06-26', 'gna'], ['2019-05-10', 'lna'], ['2019-04-04', 'lna']]);
  });
  it('sources disagreeing on the latest date make the place disputed, with every party named and every claim behind it', () => {
    const places = byId('disagreement-on-latest-date');
    expect(places.get('gharyan')).toMatchObject({ status: 'disputed', party: null, parties: ['lna', 'gna'], extent: null, change: null, since: null, as_of: '2019-06-26' });
    expect(places.get('gharyan')!.claims.map((c) => c.article)).toEqual(['fixture-wire-2019-06-26', 'test-gazette-2019-06-26']);
    // Held by one source, fought over by another: a disagreement too.
    expect(places.get('ain-zara')).toMatchObject({ status: 'disputed', parties: ['lna', 'gna'] });
  });
  it('sources agreeing on who but not on how much: not disputed, the smaller extent, no single change', () => {
    expect(byId('agreement-different-extents').get('ain-zara')).toMatchObject({ status: 'control', party: 'lna', extent: 'most', change: null });
  });
  it('a latest claim more than 30 days old is stale, with its age in days; 30 days is not yet stale', () => {
    const places = byId('stale');
    expect(places.get('tarhuna')).toMatchObject({ status: 'control', party: 'lna', days_since: 40, stale: true });
    expect(places.get('tripoli')).toMatchObject({ days_since: 30, stale: false });
    const f = read('stale');
    expect(computeControlAsOf(f.features, f.test.as_of, { staleAfterDays: 29 }).features.find((x) => x.id === 'tripoli')!.properties.stale).toBe(true);
  });
  it('contested (fighting) is a status of its own, not disputed, whatever order the parties are listed in', () => {
    expect(byId('contested').get('ain-zara')).toMatchObject({ status: 'contested', party: null, parties: ['lna', 'gna'], extent: 'all', change: 'contested' });
  });
  it('withdrawn: the party named holds the place afterwards; the change is kept for the card', () => {
    expect(byId('withdrawn').get('gharyan')).toMatchObject({ status: 'control', party: 'gna', change: 'withdrawn', since: '2019-06-28' });
  });
  it('a date before any claim gives no places; a date between claims gives the earlier one, with its age', () => {
    expect(run('date-before-any-claim').features).toEqual([]);
    expect(run('date-before-any-claim').metadata).toMatchObject({ as_of: '2019-04-01', claims: 0, places: 0 });
    expect(byId('date-between-claims').get('gharyan')).toMatchObject({ party: 'lna', as_of: '2019-05-10', days_since: 22, stale: false });
  });
  it('claims are ordered by the date they hold for, not by when the article appeared', () => {
    expect(byId('older-claim-reported-later').get('gharyan')).toMatchObject({ party: 'gna', as_of: '2019-06-26' });
  });
  it('since is the start of the unbroken run of claims naming the same holder, after a disputed day', () => {
    expect(byId('since').get('gharyan')).toMatchObject({ status: 'control', party: 'gna', extent: 'most', as_of: '2019-07-15', since: '2019-06-28', days_since: 5 });
  });
  it('options.from leaves out claims dated before it', () => {
    const places = byId('from-date');
    expect([...places.keys()]).toEqual(['gharyan']);
    expect(places.get('gharyan')).toMatchObject({ party: 'gna', since: '2019-06-26' });
  });
});

describe('computeControlAsOf', () => {
  const { features } = read('disagreement-on-latest-date');
  it('gives the same result from a prebuilt index, the features, or the features in another order', () => {
    const index = createControlIndex(features);
    const expected = serializeGeoJson(computeControlAsOf(features, '2019-06-27'));
    expect(serializeGeoJson(computeControlAsOf(index, '2019-06-27'))).toBe(expected);
    expect(serializeGeoJson(computeControlAsOf([...features].reverse(), '2019-06-27'))).toBe(expected);
  });
  it('sorts places by id and gives each the point of its claims', () => {
    const result = computeControlAsOf(features, '2019-06-27');
    expect(result.features.map((f) => f.id)).toEqual(['ain-zara', 'gharyan']);
    expect(result.features[1]!.geometry.coordinates).toEqual(features.find((f) => f.properties.place === 'gharyan')!.geometry.coordinates);
  });
  it('refuses a bad date, from or staleAfterDays, naming it', () => {
    expect(() => computeControlAsOf(features, '2019-06-31')).toThrow('date: expected a calendar date YYYY-MM-DD, found "2019-06-31"');
    expect(() => computeControlAsOf(features, '2019-06-30', { from: 'June' })).toThrow('from: expected a calendar date YYYY-MM-DD, found "June"');
    expect(() => computeControlAsOf(features, '2019-06-30', { staleAfterDays: -1 })).toThrow('staleAfterDays: expected a non-negative integer (days), found -1');
  });
  it('createControlIndex refuses a claim with a bad date, naming the feature and field', () => {
    const bad = structuredClone(features);
    bad[2]!.properties.as_of = '2019-6-26';
    expect(() => createControlIndex(bad)).toThrow('features[2].properties.as_of: expected a calendar date YYYY-MM-DD, found "2019-6-26"');
  });
});

describe('listPlaceHistory', () => {
  it('lists every claim on a place newest first, by article id on the same date; none for an unknown place', () => {
    const history = listPlaceHistory(read('disagreement-on-latest-date').features, 'gharyan');
    expect(history.map((c) => `${c.as_of} ${c.article} ${c.party}`)).toEqual([
      '2019-06-26 fixture-wire-2019-06-26 lna',
      '2019-06-26 test-gazette-2019-06-26 gna',
      '2019-05-10 fixture-wire-2019-05-10 lna',
    ]);
    expect(history[0]!.evidence[0]).toMatchObject({ paragraph: 'p2', quote: expect.any(String) });
    expect(listPlaceHistory(read('disagreement-on-latest-date').features, 'nowhere')).toEqual([]);
  });
});
