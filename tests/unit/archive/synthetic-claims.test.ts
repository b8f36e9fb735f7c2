import { describe, expect, it } from 'vitest';
import { loadParties } from '../../../src/core/content/load-parties.ts';
import { distanceKm } from '../../../src/core/geo/distance-km.ts';
import {
  SYNTHETIC_DEFAULTS,
  addDays,
  buildSyntheticClaims,
  createMulberry32,
  daysBetween,
  firstPartyProbability,
  frontRadiusKm,
  generateSyntheticClaims,
  selectClaimPlaces,
  toClaimFeatures,
  toGeoJSON,
  type SyntheticClaimColumns,
} from '../../../src/archive/synthetic-claims.ts';
import type { Place } from '../../../src/core/types.ts';
import { createClaimsIndex, selectClaims } from '../../../src/archive/select-claims.ts';
import { computeControlAsOf } from '../../../src/core/time/compute-control-as-of.ts';
import { createControlIndex } from '../../../src/core/time/create-control-index.ts';
import { projectGazetteer, readProjectFile } from '../helpers/project.ts';

const gazetteer = projectGazetteer();
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
// One full-size run shared by the tests that only read it (about 0.2 s).
const text = buildSyntheticClaims(gazetteer);
const columns = JSON.parse(text) as SyntheticClaimColumns;
const COLUMNS = ['lon', 'lat', 'party', 'day', 'place', 'extent'] as const;

describe('generateSyntheticClaims', () => {
  it('generateSyntheticClaims(places, { seed }) is deterministic for a seed and differs between seeds', () => {
    const a = generateSyntheticClaims(gazetteer.places, { count: 2000, seed: 7 });
    const b = generateSyntheticClaims(gazetteer.places, { count: 2000, seed: 7 });
    const c = generateSyntheticClaims(gazetteer.places, { count: 2000, seed: 8 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.lon).not.toEqual(c.lon);
  });

  it('buildSyntheticClaims(gazetteer) uses the curated places only: the generated OSM layer changes nothing', () => {
    expect(gazetteer.places.some((p) => p.layer === 'osm')).toBe(true);
    expect(buildSyntheticClaims(projectGazetteer({ curatedOnly: true }))).toBe(text);
    expect(columns.places.length).toBeGreaterThan(0);
    for (const id of columns.places) expect(byId.get(id)?.layer, id).toBe('curated');
  });

  it('buildSyntheticClaims(gazetteer) makes exactly 50,000 claims by default, every column that long', () => {
    expect(columns.count).toBe(50_000);
    for (const key of COLUMNS) expect(columns[key], key).toHaveLength(50_000);
    expect(generateSyntheticClaims(gazetteer.places, { count: 123 }).lon).toHaveLength(123);
    expect(generateSyntheticClaims(gazetteer.places, { count: 0 }).lon).toEqual([]);
  });

  it('is marked SYNTHETIC in the file itself', () => {
    expect(columns.synthetic).toBe(true);
    expect(columns.note).toMatch(/^SYNTHETIC/);
  });

  it('pins claims only to in-region gazetteer places that are not areas', () => {
    const [west, south, east, north] = gazetteer.region;
    expect(columns.places.length).toBeGreaterThan(50);
    for (const id of columns.places) {
      const place = byId.get(id) as Place;
      expect(place, id).toBeDefined();
      expect(['country', 'district', 'region']).not.toContain(place.kind);
      expect(place.lon >= west && place.lon <= east && place.lat >= south && place.lat <= north, id).toBe(true);
    }
    expect(columns.places).not.toContain('paris');
    expect(columns.places).not.toContain('tripoli-lebanon');
  });

  it('puts every point inside the region and within its place\'s precision_km (plus 5-decimal rounding)', () => {
    const [west, south, east, north] = gazetteer.region;
    expect(columns.region).toEqual(gazetteer.region);
    const problems: string[] = [];
    for (let i = 0; i < columns.count; i++) {
      const lon = columns.lon[i] as number;
      const lat = columns.lat[i] as number;
      const place = byId.get(columns.places[columns.place[i] as number] as string) as Place;
      if (!(lon >= west && lon <= east && lat >= south && lat <= north)) problems.push(`${i}: outside the region`);
      const km = distanceKm([lon, lat], [place.lon, place.lat]);
      if (km > place.precisionKm + 0.002) problems.push(`${i}: ${km.toFixed(3)} km from ${place.id} (precision ${place.precisionKm} km)`);
      if (Math.round(lon * 1e5) / 1e5 !== lon || Math.round(lat * 1e5) / 1e5 !== lat) problems.push(`${i}: more than 5 decimals`);
    }
    expect(problems.slice(0, 10)).toEqual([]);
  });

  it('spreads points over the precision disc rather than stacking them on the place\'s point', () => {
    const tripoliArea = columns.places.indexOf('ain-zara');
    const distances = columns.place.flatMap((p, i) => (p === tripoliArea ? [distanceKm([columns.lon[i] as number, columns.lat[i] as number], [13.28693, 32.79521])] : []));
    expect(distances.length).toBeGreaterThan(100);
    const median = [...distances].sort((a, b) => a - b)[Math.floor(distances.length / 2)] as number;
    // Uniform over a 3 km disc: median distance 3 × √½ ≈ 2.1 km.
    expect(median).toBeGreaterThan(1.8);
    expect(median).toBeLessThan(2.4);
  });

  it('dates every claim between start and end, sorted by day', () => {
    const last = daysBetween(columns.start, columns.end);
    expect(last).toBe(428);
    let previous = 0;
    for (let i = 0; i < columns.count; i++) {
      const day = columns.day[i] as number;
      expect(Number.isInteger(day) && day >= 0 && day <= last && day >= previous, `claim ${i}: day ${day}`).toBe(true);
      previous = day;
    }
    expect(columns.day[0]).toBe(0);
    expect(columns.day[columns.count - 1]).toBe(last);
  });

  it('names both parties, and the first party\'s share follows the front: up in 2019, down by June 2020', () => {
    const share = (from: string, to: string): number => {
      const [a, b] = [daysBetween(columns.start, from), daysBetween(columns.start, to)];
      let first = 0;
      let all = 0;
      for (let i = 0; i < columns.count; i++) {
        const day = columns.day[i] as number;
        if (day < a || day > b) continue;
        all += 1;
        if (columns.party[i] === 0) first += 1;
      }
      return first / all;
    };
    expect(columns.parties).toEqual(['lna', 'gna']);
    const counts = [0, 0];
    for (const p of columns.party) counts[p] = (counts[p] as number) + 1;
    expect(counts[0]).toBeGreaterThan(10_000);
    expect(counts[1]).toBeGreaterThan(10_000);
    expect(share('2019-11-01', '2019-12-31')).toBeGreaterThan(share('2019-04-04', '2019-04-07'));
    expect(share('2020-05-20', '2020-06-05')).toBeLessThan(share('2019-11-01', '2019-12-31') - 0.2);
  });

  it('uses only the extents all, most, half and part', () => {
    expect(columns.extents).toEqual(['all', 'most', 'half', 'part']);
    expect(new Set(columns.extent)).toEqual(new Set([0, 1, 2, 3]));
  });

  it('buildSyntheticClaims(gazetteer) is compact: 1–2 MB for 50,000 claims', () => {
    const bytes = Buffer.byteLength(text, 'utf8');
    console.log(`synthetic-claims.json: ${columns.count} claims, ${(bytes / 1e6).toFixed(2)} MB raw`);
    expect(bytes).toBeGreaterThan(1e6);
    expect(bytes).toBeLessThan(2e6);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/\n./);
  });

  it('buildSyntheticClaims(gazetteer, { labels }) embeds the labels of the parties it uses', () => {
    const labels = loadParties({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
    const withLabels = JSON.parse(buildSyntheticClaims(gazetteer, { count: 10, labels })) as SyntheticClaimColumns;
    expect(withLabels.party_labels).toEqual({ lna: { ar: 'قوات حفتر', en: 'LNA' }, gna: { ar: 'الوفاق', en: 'GNA' } });
    expect(columns.party_labels).toEqual({});
  });

  it('gives parties after the first two a share of the claims', () => {
    const three = generateSyntheticClaims(gazetteer.places, { count: 5000, parties: ['lna', 'gna', 'other'] });
    const third = three.party.filter((p) => p === 2).length;
    expect(third).toBeGreaterThan(300);
    expect(third).toBeLessThan(700);
  });

  it('refuses bad options with a message naming the option', () => {
    expect(() => generateSyntheticClaims(gazetteer.places, { count: -1 })).toThrow(/count/);
    expect(() => generateSyntheticClaims(gazetteer.places, { parties: ['lna'] })).toThrow(/parties/);
    expect(() => generateSyntheticClaims(gazetteer.places, { start: '2020-01-01', end: '2019-01-01' })).toThrow(/end/);
    expect(() => generateSyntheticClaims(gazetteer.places, { start: '4 April 2019' })).toThrow(/YYYY-MM-DD/);
    expect(() => generateSyntheticClaims([], {})).toThrow(/places/);
  });
});

describe('the front-line model', () => {
  it('frontRadiusKm(start, day) follows the keyframes: 70 km on day 0, shrinking in April 2019, 95 km at the end', () => {
    const start = SYNTHETIC_DEFAULTS.start;
    expect(frontRadiusKm(start, 0)).toBe(70);
    expect(frontRadiusKm(start, daysBetween(start, '2019-04-12'))).toBe(30);
    expect(frontRadiusKm(start, daysBetween(start, '2019-04-08'))).toBe(50);
    expect(frontRadiusKm(start, daysBetween(start, '2020-06-05'))).toBe(95);
    expect(frontRadiusKm(start, 10_000)).toBe(95);
  });

  it('firstPartyProbability(place, frontKm) favours the first party beyond the front and the second inside it', () => {
    const tarhuna = byId.get('tarhuna') as Place;
    expect(firstPartyProbability(tarhuna, 18)).toBeGreaterThan(0.9);
    expect(firstPartyProbability(tarhuna, 95)).toBeLessThan(0.1);
    expect(firstPartyProbability(byId.get('tripoli') as Place, 18)).toBeLessThan(0.05);
    expect(firstPartyProbability(byId.get('misrata') as Place, 18)).toBeLessThan(0.1);
  });
});

describe('helpers', () => {
  it('createMulberry32(seed) gives the same floats in [0, 1) for the same seed', () => {
    const a = createMulberry32(1);
    const b = createMulberry32(1);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('addDays(start, daysBetween(start, date)) is date, across the 2020 leap day', () => {
    expect(daysBetween('2020-02-28', '2020-03-01')).toBe(2);
    expect(addDays('2019-04-04', 428)).toBe('2020-06-05');
  });

  it('selectClaimPlaces(places, region) drops areas and places outside the region', () => {
    const ids = selectClaimPlaces(gazetteer.places, gazetteer.region).map((p) => p.id);
    expect(ids).toContain('ain-zara');
    expect(ids).not.toContain('jafara');
    expect(ids).not.toContain('cairo');
  });

  it('toGeoJSON(columns, filter) gives one Point per kept claim, with party, date, place and extent', () => {
    const all = toGeoJSON(columns);
    expect(all.features).toHaveLength(50_000);
    const gna = toGeoJSON(columns, (i) => columns.party[i] === 1);
    expect(gna.features.length).toBe(columns.party.filter((p) => p === 1).length);
    expect(gna.features.every((f) => f.properties.party === 'gna')).toBe(true);
    const first = all.features[0];
    expect(first?.geometry.coordinates).toEqual([columns.lon[0], columns.lat[0]]);
    expect(first?.properties.date).toBe('2019-04-04');
    expect(Object.keys(first?.properties ?? {})).toEqual(['party', 'date', 'place', 'extent']);
  });
});

// The archive page's selection (src/archive/select-claims.ts) over the same file, checked against
// plain loops. Kept here, beside the generator whose output it reads.
describe('selectClaims over the generated columns', () => {
  const index = createClaimsIndex(columns);
  const loopWindow = (parties: boolean[], from: number, asOf: number): number[] => {
    const out: number[] = [];
    for (let i = 0; i < columns.count; i++) {
      const day = columns.day[i] as number;
      if (day >= from && day <= asOf && parties[columns.party[i] as number]) out.push(i);
    }
    return out;
  };

  it('selectClaims(index, { mode: "window" }) is every claim of the checked parties between the two days', () => {
    for (const [parties, from, asOf] of [[[true, true], 0, 428], [[true, false], 0, 428], [[false, true], 30, 200], [[true, true], 100, 100]] as const) {
      const selection = selectClaims(index, { parties: [...parties], fromDay: from, asOfDay: asOf, mode: 'window' });
      expect([...selection.indices.subarray(0, selection.count)]).toEqual(loopWindow([...parties], from, asOf));
      expect(selection.byParty.reduce((a, b) => a + b, 0)).toBe(selection.count);
    }
  });

  it('selectClaims(index, { mode: "latest" }) keeps each place\'s last claim in the window, then filters by party', () => {
    const asOf = 60;
    const latest = new Map<number, number>();
    for (let i = 0; i < columns.count; i++) if ((columns.day[i] as number) <= asOf) latest.set(columns.place[i] as number, i);
    const all = selectClaims(index, { parties: [true, true], fromDay: 0, asOfDay: asOf, mode: 'latest' });
    expect(new Set(all.indices.subarray(0, all.count))).toEqual(new Set(latest.values()));
    const gna = selectClaims(index, { parties: [false, true], fromDay: 0, asOfDay: asOf, mode: 'latest' });
    expect(gna.count).toBe([...latest.values()].filter((i) => columns.party[i] === 1).length);
  });

  it('selectClaims(index, { mode: "latest" }) is the core as-of rule: each place shown is one of the claims computeControlAsOf decides it by, and its disputed places are the rule\'s', () => {
    const claimIndex = createControlIndex(toClaimFeatures(columns));
    for (const [fromDay, asOfDay] of [[0, 60], [0, index.lastDay], [100, 300]] as const) {
      const control = computeControlAsOf(claimIndex, addDays(columns.start, asOfDay), { from: addDays(columns.start, fromDay) });
      const selection = selectClaims(index, { parties: [true, true], fromDay, asOfDay, mode: 'latest' });
      expect(selection.count).toBe(control.features.length);
      const decided = new Map(control.features.map((f) => [f.properties.id, f.properties]));
      for (const i of selection.indices.subarray(0, selection.count)) {
        const place = decided.get(columns.places[columns.place[i] as number] as string)!;
        expect(place.as_of).toBe(addDays(columns.start, columns.day[i] as number));
        expect(place.claims.map((c) => c.article)).toContain(`synthetic-${String(i).padStart(5, '0')}`);
      }
      expect(selection.latestDisputed).toBe(control.features.filter((f) => f.properties.status === 'disputed').length);
      expect(selection.latestDisputed).toBeGreaterThan(0);
    }
  });

  it('selectClaims gives nothing when "from" is after "as of", and works on a file that is not sorted by day', () => {
    expect(selectClaims(index, { parties: [true, true], fromDay: 10, asOfDay: 5, mode: 'window' }).count).toBe(0);
    const small = generateSyntheticClaims(gazetteer.places, { count: 300, seed: 3 });
    const reversed = { ...small, lon: [...small.lon].reverse(), lat: [...small.lat].reverse(), party: [...small.party].reverse(), day: [...small.day].reverse(), place: [...small.place].reverse(), extent: [...small.extent].reverse() };
    const selection = selectClaims(createClaimsIndex(reversed), { parties: [true, true], fromDay: 0, asOfDay: 50, mode: 'window' });
    expect(selection.count).toBe(reversed.day.filter((d) => d <= 50).length);
    const days = [...selection.indices.subarray(0, selection.count)].map((i) => reversed.day[i] as number);
    expect(days).toEqual([...days].sort((a, b) => a - b));
  });
});
