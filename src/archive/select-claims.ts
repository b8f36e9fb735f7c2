/**
 * Which claims the archive page shows, from the columns of `data/synthetic-claims.json`. Pure: no
 * DOM, no map, so it is cheap to call on every move of the slider and easy to check.
 *
 * What "the map as of day D" means (also said on the page and in the README):
 * - `window` (the default): every claim dated on or after the "from" day F and on or before D.
 *   With F at the first day, that is everything reported up to D.
 * - `latest`: for each place, only its most recent claim dated between F and D (on the same day,
 *   the one listed last): who held each place as of D, by the latest report.
 * The party filter applies last: a place whose latest claim names an unchecked party is not shown
 * (it is not replaced by an older claim naming a checked one).
 */
import type { SyntheticClaimColumns } from './synthetic-claims.ts';

/** What to show. */
export interface ClaimsFilter {
  /** Per party index (the file's `parties`), whether its claims are shown. */
  parties: readonly boolean[];
  /** First day shown, days since the file's `start`, inclusive. */
  fromDay: number;
  /** The "as of" day, days since the file's `start`, inclusive. */
  asOfDay: number;
  /** See the module comment. */
  mode: 'window' | 'latest';
}

/**
 * The columns {@link selectClaims} reads, as typed arrays, plus the orderings it searches. Build
 * once per file; it keeps no reference to the parsed file, so the page can let the rest go.
 */
export interface ClaimsIndex {
  /** Number of claims. */
  count: number;
  /** Party ids, indexed by `party`. */
  parties: readonly string[];
  /** Party index per claim. */
  party: Uint8Array;
  /** Day per claim, days since the file's `start`. */
  day: Uint16Array;
  /** Claim indices sorted by day (stable). The identity when the file is sorted, as it should be. */
  order: Int32Array;
  /** `day` in `order`'s order, for binary search. */
  sortedDays: Int32Array;
  /** Per place, its claim indices sorted by day (stable). */
  byPlace: Int32Array[];
  /** Per place, the days of `byPlace`'s claims, for binary search. */
  byPlaceDays: Int32Array[];
  /** Last day: days between `start` and `end`. */
  lastDay: number;
}

/** The selection: `indices.subarray(0, count)` are the claims shown, in day order. */
export interface ClaimsSelection {
  indices: Int32Array;
  count: number;
  /** Claims shown per party index. */
  byParty: number[];
}

/** Sorts the claims by day once and groups them by place. */
export function createClaimsIndex(columns: SyntheticClaimColumns): ClaimsIndex {
  const n = columns.count;
  for (const key of ['lon', 'lat', 'party', 'day', 'place', 'extent'] as const) {
    if (!Array.isArray(columns[key]) || columns[key].length !== n) throw new Error(`synthetic claims: ${key}: expected ${n} values, found ${Array.isArray(columns[key]) ? columns[key].length : typeof columns[key]}`);
  }
  if (columns.parties.length > 255) throw new Error(`synthetic claims: parties: expected at most 255, found ${columns.parties.length}`);
  if (columns.day.some((d) => !(Number.isInteger(d) && d >= 0 && d <= 0xffff))) throw new Error('synthetic claims: day: expected integers from 0 to 65535');
  const party = Uint8Array.from(columns.party);
  const day = Uint16Array.from(columns.day);
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && (day[i] as number) < (day[i - 1] as number)) sorted = false;
  }
  if (!sorted) order.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  const sortedDays = new Int32Array(n);
  for (let i = 0; i < n; i++) sortedDays[i] = day[order[i] as number] as number;

  const perPlace = new Int32Array(columns.places.length);
  for (let i = 0; i < n; i++) perPlace[columns.place[i] as number] = (perPlace[columns.place[i] as number] as number) + 1;
  const byPlace = Array.from(perPlace, (size) => new Int32Array(size));
  const byPlaceDays = Array.from(perPlace, (size) => new Int32Array(size));
  const filled = new Int32Array(columns.places.length);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const p = columns.place[i] as number;
    const at = filled[p] as number;
    (byPlace[p] as Int32Array)[at] = i;
    (byPlaceDays[p] as Int32Array)[at] = sortedDays[k] as number;
    filled[p] = at + 1;
  }
  const lastDay = n > 0 ? Math.max(sortedDays[n - 1] as number, 0) : 0;
  return { count: n, parties: [...columns.parties], party, day, order, sortedDays, byPlace, byPlaceDays, lastDay };
}

/** First position in the ascending `days` (within [lo, hi)) whose value is greater than `day`. */
function upperBound(days: ArrayLike<number>, day: number, lo = 0, hi = days.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) > day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** First position in the ascending `days` whose value is at least `day`. */
function lowerBound(days: ArrayLike<number>, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The claims to show. The window is found by binary search (claims are in day order) and scanned
 * once for the party filter; `latest` does one binary search per place.
 *
 * @param out - a buffer of at least `index.count` entries to reuse between calls
 */
export function selectClaims(index: ClaimsIndex, filter: ClaimsFilter, out?: Int32Array): ClaimsSelection {
  const { count: n, parties, party, day, order, sortedDays, byPlace, byPlaceDays } = index;
  const indices = out && out.length >= n ? out : new Int32Array(n);
  const byParty = parties.map(() => 0);
  const enabled = parties.map((_, p) => filter.parties[p] === true);
  let count = 0;
  if (filter.fromDay > filter.asOfDay) return { indices, count, byParty };

  if (filter.mode === 'window') {
    const lo = lowerBound(sortedDays, filter.fromDay);
    const hi = upperBound(sortedDays, filter.asOfDay, lo);
    for (let k = lo; k < hi; k++) {
      const i = order[k] as number;
      const p = party[i] as number;
      if (!enabled[p]) continue;
      indices[count++] = i;
      byParty[p] = (byParty[p] as number) + 1;
    }
    return { indices, count, byParty };
  }

  for (let place = 0; place < byPlace.length; place++) {
    const days = byPlaceDays[place] as Int32Array;
    const at = upperBound(days, filter.asOfDay) - 1;
    if (at < 0 || (days[at] as number) < filter.fromDay) continue;
    const i = (byPlace[place] as Int32Array)[at] as number;
    const p = party[i] as number;
    if (!enabled[p]) continue;
    indices[count++] = i;
    byParty[p] = (byParty[p] as number) + 1;
  }
  // Day order, like the window mode, so the output does not depend on the mode's walk.
  indices.subarray(0, count).sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  return { indices, count, byParty };
}
