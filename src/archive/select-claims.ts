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
 *
 * Both modes run on the core's "as of" model (`src/core/time`), the one the real map uses: the
 * claims are a {@link ClaimTimeline} (position = party, since every synthetic claim is a control
 * claim), the window is {@link findClaimsBetween}, and `latest` is {@link resolveLatestClaims}, the
 * rule's "latest claims per place" step. The archive draws claims, one point each, so where the
 * rule finds a place disputed (its latest day's claims name different parties) it shows the
 * claim listed last that day, as it always has; `latestDisputed` counts those places.
 */
import { createClaimTimeline, type ClaimTimeline } from '../core/time/create-claim-timeline.ts';
import { findClaimsBetween } from '../core/time/find-claims-between.ts';
import { createLatestClaims, resolveLatestClaims, type LatestClaims } from '../core/time/resolve-latest-claims.ts';
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
 * The claims as the core's timeline (days since the file's `start`; position = party index), plus
 * the party per claim for the filter. Build once per file; it keeps no reference to the parsed
 * file, so the page can let the rest go.
 */
export interface ClaimsIndex {
  /** Number of claims. */
  count: number;
  /** Party ids, indexed by `party`. */
  parties: readonly string[];
  /** Party index per claim. */
  party: Uint8Array;
  /** The core's claims-by-day index (`src/core/time`), shared with the real map's "as of" rule. */
  timeline: ClaimTimeline;
  /** Reused by every `latest` selection (no allocation per slider move). */
  latest: LatestClaims;
  /** Last day: days between `start` and `end`. */
  lastDay: number;
}

/** The selection: `indices.subarray(0, count)` are the claims shown, in day order. */
export interface ClaimsSelection {
  indices: Int32Array;
  count: number;
  /** Claims shown per party index. */
  byParty: number[];
  /**
   * In `latest` mode, the places (of those shown) whose latest day's claims disagree: disputed
   * between sources by the core rule. 0 in `window` mode.
   */
  latestDisputed: number;
}

/** Checks the columns and builds the core timeline over them once. */
export function createClaimsIndex(columns: SyntheticClaimColumns): ClaimsIndex {
  const n = columns.count;
  for (const key of ['lon', 'lat', 'party', 'day', 'place', 'extent'] as const) {
    if (!Array.isArray(columns[key]) || columns[key].length !== n) throw new Error(`synthetic claims: ${key}: expected ${n} values, found ${Array.isArray(columns[key]) ? columns[key].length : typeof columns[key]}`);
  }
  if (columns.parties.length > 255) throw new Error(`synthetic claims: parties: expected at most 255, found ${columns.parties.length}`);
  if (columns.day.some((d) => !(Number.isInteger(d) && d >= 0 && d <= 0xffff))) throw new Error('synthetic claims: day: expected integers from 0 to 65535');
  const party = Uint8Array.from(columns.party);
  let timeline: ClaimTimeline;
  try {
    timeline = createClaimTimeline({ placeCount: columns.places.length, place: columns.place, day: columns.day, position: party });
  } catch (error) {
    throw new Error(`synthetic claims: ${error instanceof Error ? error.message : String(error)}`);
  }
  const lastDay = n > 0 ? Math.max(timeline.sortedDays[n - 1] as number, 0) : 0;
  return { count: n, parties: [...columns.parties], party, timeline, latest: createLatestClaims(timeline.placeCount), lastDay };
}

/**
 * The claims to show. The window is found by binary search (claims are in day order) and scanned
 * once for the party filter; `latest` is the core rule's per-place step, one binary search per
 * place.
 *
 * @param out - a buffer of at least `index.count` entries to reuse between calls
 */
export function selectClaims(index: ClaimsIndex, filter: ClaimsFilter, out?: Int32Array): ClaimsSelection {
  const { count: n, parties, party, timeline } = index;
  const indices = out && out.length >= n ? out : new Int32Array(n);
  const byParty = parties.map(() => 0);
  const enabled = parties.map((_, p) => filter.parties[p] === true);
  let count = 0;
  let latestDisputed = 0;
  if (filter.fromDay > filter.asOfDay) return { indices, count, byParty, latestDisputed };

  if (filter.mode === 'window') {
    const { order } = timeline;
    const { start, end } = findClaimsBetween(timeline, filter.fromDay, filter.asOfDay);
    for (let k = start; k < end; k++) {
      const i = order[k] as number;
      const p = party[i] as number;
      if (!enabled[p]) continue;
      indices[count++] = i;
      byParty[p] = (byParty[p] as number) + 1;
    }
    return { indices, count, byParty, latestDisputed };
  }

  // Staleness is the page's business, not the archive's: every latest claim is shown.
  const latest = resolveLatestClaims(timeline, filter.asOfDay, { fromDay: filter.fromDay, staleAfterDays: Infinity }, index.latest);
  for (let k = 0; k < latest.count; k++) {
    // The claim listed last on the place's latest day (the timeline's sort is stable).
    const i = (timeline.byPlace[latest.place[k] as number] as Int32Array)[(latest.end[k] as number) - 1] as number;
    const p = party[i] as number;
    if (!enabled[p]) continue;
    indices[count++] = i;
    byParty[p] = (byParty[p] as number) + 1;
    latestDisputed += latest.disputed[k] as number;
  }
  // Day order, like the window mode, so the output does not depend on the mode's walk.
  const { day } = timeline;
  indices.subarray(0, count).sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  return { indices, count, byParty, latestDisputed };
}
