import { describe, expect, it } from 'vitest';
import { createMulberry32 } from '../../../../src/archive/synthetic-claims.ts';
import { createClaimTimeline } from '../../../../src/core/time/create-claim-timeline.ts';
import { findClaimsBetween } from '../../../../src/core/time/find-claims-between.ts';
import { createLatestClaims, resolveLatestClaims } from '../../../../src/core/time/resolve-latest-claims.ts';

// Random claims (seeded), unsorted, with many same-day ties, checked against plain loops.
const random = createMulberry32(14);
const n = 3000;
const placeCount = 25;
const input = {
  placeCount,
  place: Array.from({ length: n }, () => Math.floor(random() * placeCount)),
  day: Array.from({ length: n }, () => Math.floor(random() * 120)),
  position: Array.from({ length: n }, () => Math.floor(random() * 3)),
};
const timeline = createClaimTimeline(input);

describe('createClaimTimeline', () => {
  it('createClaimTimeline(columns) sorts claims by day, stably, overall and per place', () => {
    const expected = [...Array(n).keys()].sort((a, b) => input.day[a]! - input.day[b]! || a - b);
    expect([...timeline.order]).toEqual(expected);
    expect([...timeline.sortedDays]).toEqual(expected.map((i) => input.day[i]));
    for (let p = 0; p < placeCount; p++) {
      expect([...timeline.byPlace[p]!]).toEqual(expected.filter((i) => input.place[i] === p));
      expect([...timeline.byPlaceDays[p]!]).toEqual(expected.filter((i) => input.place[i] === p).map((i) => input.day[i]));
    }
  });
  it('createClaimTimeline refuses columns of different lengths, non-integer days and places out of range, naming them', () => {
    expect(() => createClaimTimeline({ placeCount: 2, place: [0, 1], day: [1, 2], position: [0] })).toThrow('position: expected 2 values (one per day), found 1');
    expect(() => createClaimTimeline({ placeCount: 2, place: [0, 1], day: [1, 2.5], position: [0, 0] })).toThrow('day[1]: expected an integer, found 2.5');
    expect(() => createClaimTimeline({ placeCount: 2, place: [0, 2], day: [1, 2], position: [0, 0] })).toThrow('place[1]: expected an index from 0 to 1, found 2');
  });
});

describe('findClaimsBetween', () => {
  it('findClaimsBetween(timeline, from, to) is every claim dated from `from` to `to`, inclusive', () => {
    for (const [from, to] of [[0, 119], [10, 10], [30, 60], [-5, 3], [119, 500], [60, 30]] as const) {
      const { start, end } = findClaimsBetween(timeline, from, to);
      const inWindow = [...timeline.order.subarray(start, end)].sort((a, b) => a - b);
      expect(inWindow).toEqual([...Array(n).keys()].filter((i) => input.day[i]! >= from && input.day[i]! <= to));
    }
  });
});

describe('resolveLatestClaims', () => {
  const loop = (asOf: number, from: number, staleAfter: number) => {
    const out = new Map<number, { day: number; claims: number[]; disputed: boolean; stale: boolean }>();
    for (let p = 0; p < placeCount; p++) {
      const claims = [...Array(n).keys()].filter((i) => input.place[i] === p && input.day[i]! <= asOf && input.day[i]! >= from);
      if (claims.length === 0) continue;
      const day = Math.max(...claims.map((i) => input.day[i]!));
      const latest = claims.filter((i) => input.day[i] === day);
      out.set(p, { day, claims: latest, disputed: new Set(latest.map((i) => input.position[i])).size > 1, stale: asOf - day > staleAfter });
    }
    return out;
  };
  it('resolveLatestClaims(timeline, day) gives each place its latest day\'s claims, disputed when their positions differ, stale past the threshold', () => {
    const reused = createLatestClaims(placeCount);
    for (const [asOf, from, staleAfterDays] of [[0, -Infinity, 30], [5, -Infinity, 30], [60, -Infinity, 30], [119, -Infinity, 3], [80, 70, 30], [200, -Infinity, 30]] as const) {
      const latest = resolveLatestClaims(timeline, asOf, { fromDay: from, staleAfterDays }, reused);
      expect(latest).toBe(reused);
      const expected = loop(asOf, from, staleAfterDays);
      expect(latest.count).toBe(expected.size);
      for (let k = 0; k < latest.count; k++) {
        const e = expected.get(latest.place[k]!)!;
        expect(latest.day[k]).toBe(e.day);
        expect([...timeline.byPlace[latest.place[k]!]!.subarray(latest.first[k], latest.end[k])]).toEqual(e.claims);
        expect(latest.disputed[k]).toBe(e.disputed ? 1 : 0);
        expect(latest.daysSince[k]).toBe(asOf - e.day);
        expect(latest.stale[k]).toBe(e.stale ? 1 : 0);
      }
      expect([...latest.place.subarray(0, latest.count)]).toEqual([...expected.keys()].sort((a, b) => a - b));
    }
  });
  it('resolveLatestClaims uses a 30-day staleness threshold by default', () => {
    const t = createClaimTimeline({ placeCount: 1, place: [0], day: [0], position: [0] });
    expect(resolveLatestClaims(t, 30).stale[0]).toBe(0);
    expect(resolveLatestClaims(t, 31).stale[0]).toBe(1);
  });
});
