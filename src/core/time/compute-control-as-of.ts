import type { Extent } from '../types.ts';
import { createControlIndex, type ControlIndex } from './create-control-index.ts';
import { DEFAULT_CONTROL_OPTIONS, type ControlOptions } from './default-control-options.ts';
import { findClaimsBetween } from './find-claims-between.ts';
import { formatIsoDay, parseIsoDay } from './parse-iso-day.ts';
import { resolveLatestClaims } from './resolve-latest-claims.ts';
import { toClaimEntry } from './to-claim-entry.ts';
import type { ClaimFeature, ClaimsCollection, ControlCollection, ControlProperties } from './types.ts';

/** Extents from the most to the least of a place. */
const EXTENT_ORDER: readonly Extent[] = ['all', 'most', 'half', 'part'];

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The sentence in the result's `metadata.description`. */
export const CONTROL_DESCRIPTION =
  'Control as of a date, from the claims of every article: per place, its latest claims on or before the date decide; ' +
  'sources disagreeing on that date make it disputed; claims older than stale_after_days are stale (README, "Control over time").';

/**
 * Who holds each place as of a date, by one rule, from the claims of every article:
 *
 * 1. **Per place, the claims on or before the date** (and on or after `options.from`) count;
 *    claims are dated by `as_of` (the date a claim holds for), not by when the article appeared.
 *    A place with no such claim is not in the result (a date before any claim gives no places).
 * 2. **The latest date decides.** An older claim that contradicts a newer one is overridden: the
 *    newer wins, and {@link listPlaceHistory} keeps both.
 * 3. **Sources that disagree on that latest date make the place `disputed`** (between sources):
 *    the claims name different holders (another party, or held versus contested). Not the same
 *    as `contested`, which is a claim that fighting is going on there. Claims that agree on who
 *    holds it but not on how much give the smallest `extent` (what every source vouches for).
 * 4. **A latest claim more than `staleAfterDays` before the date is `stale`**, with `days_since`
 *    ("last reported 40 days earlier"); its status still stands, marked as old.
 *
 * `change` (held, retaken, withdrawn…) describes the event an article reports and never decides:
 * who holds the place is the claim's status and party, so "withdrawn" with `party: lna` means the
 * rival withdrew and LNA holds it, as the claims format says. The result keeps the latest
 * claims' `change` when they agree.
 *
 * @param claims - a {@link ControlIndex} (build it once with {@link createControlIndex} when
 *   asking about many dates), or the claims file or its features
 * @param date - ISO date `YYYY-MM-DD`
 * @param options - see {@link ControlOptions}
 * @returns a FeatureCollection, one Point per place, sorted by place id
 * @throws RangeError when the date, `from` or `staleAfterDays` is invalid (naming it)
 */
export function computeControlAsOf(claims: ControlIndex | ClaimsCollection | readonly ClaimFeature[], date: string, options: ControlOptions = {}): ControlCollection {
  const { staleAfterDays, from } = { ...DEFAULT_CONTROL_OPTIONS, ...options };
  const asOfDay = parseIsoDay(date, 'date');
  const fromDay = from === null ? -Infinity : parseIsoDay(from, 'from');
  if (!Number.isInteger(staleAfterDays) || staleAfterDays < 0) throw new RangeError(`staleAfterDays: expected a non-negative integer (days), found ${staleAfterDays}`);
  const index = 'timeline' in claims ? claims : createControlIndex(claims);
  const { timeline } = index;
  const latest = resolveLatestClaims(timeline, asOfDay, { fromDay, staleAfterDays });

  const features: ControlCollection['features'] = [];
  for (let k = 0; k < latest.count; k++) {
    const placeClaims = timeline.byPlace[latest.place[k] as number] as Int32Array;
    const deciding = Array.from(placeClaims.subarray(latest.first[k], latest.end[k]), (i) => index.claims[i] as ClaimFeature)
      .sort((a, b) => compare(a.properties.article, b.properties.article));
    const first = deciding[0] as ClaimFeature;
    const disputed = latest.disputed[k] === 1;
    const status = disputed ? 'disputed' : first.properties.status;
    const changes = new Set(deciding.map((c) => c.properties.change));
    const named = [...new Set(deciding.flatMap((c) => (c.properties.status === 'control' ? [c.properties.party ?? ''] : c.properties.parties)))];
    const properties: ControlProperties = {
      id: first.properties.place,
      name_ar: first.properties.name_ar,
      name_en: first.properties.name_en,
      status,
      party: status === 'control' ? first.properties.party : null,
      parties: status === 'control' ? [] : named,
      extent: disputed ? null : (EXTENT_ORDER[Math.max(...deciding.map((c) => EXTENT_ORDER.indexOf(c.properties.extent)))] as Extent),
      change: !disputed && changes.size === 1 ? first.properties.change : null,
      as_of: formatIsoDay(latest.day[k] as number),
      since: disputed ? null : formatIsoDay(findSinceDay(index, latest.place[k] as number, latest.first[k] as number, fromDay)),
      days_since: latest.daysSince[k] as number,
      stale: latest.stale[k] === 1,
      claims: deciding.map((c) => toClaimEntry(c.properties)),
    };
    features.push({ type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: [...first.geometry.coordinates] }, properties });
  }
  const window = findClaimsBetween(timeline, fromDay, asOfDay);
  return {
    type: 'FeatureCollection',
    metadata: { description: CONTROL_DESCRIPTION, as_of: date, from, stale_after_days: staleAfterDays, claims: window.end - window.start, places: features.length },
    features,
  };
}

/**
 * The first day of the unbroken run of days, ending with the latest, on which every claim on the
 * place states the same position as the latest ones (which agree). Walks back day by day.
 */
function findSinceDay(index: ControlIndex, place: number, first: number, fromDay: number): number {
  const { byPlace, byPlaceDays, position } = index.timeline;
  const claims = byPlace[place] as Int32Array;
  const days = byPlaceDays[place] as Int32Array;
  const held = position[claims[first] as number] as number;
  let since = days[first] as number;
  let k = first - 1;
  while (k >= 0 && (days[k] as number) >= fromDay) {
    const day = days[k] as number;
    let agrees = true;
    let j = k;
    for (; j >= 0 && days[j] === day; j--) if (position[claims[j] as number] !== held) agrees = false;
    if (!agrees) break;
    since = day;
    k = j;
  }
  return since;
}
