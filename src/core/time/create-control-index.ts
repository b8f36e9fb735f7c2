import { createClaimTimeline, type ClaimTimeline } from './create-claim-timeline.ts';
import { parseIsoDay } from './parse-iso-day.ts';
import type { ClaimFeature, ClaimsCollection } from './types.ts';

/**
 * The site's claims ready for "as of" questions: the claims file's features and a
 * {@link ClaimTimeline} over them (days since 1970-01-01, places by id). Build it once when the
 * claims are loaded; {@link computeControlAsOf} and {@link listPlaceHistory} then answer each
 * date or place by binary search.
 */
export interface ControlIndex {
  timeline: ClaimTimeline;
  /** The claims, by claim index of the timeline (the input's order). */
  claims: readonly ClaimFeature[];
  /** Place ids by place index, sorted (code-unit order). */
  places: readonly string[];
  /** Place index by id. */
  placeIndex: ReadonlyMap<string, number>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The position a claim states, as a string: two claims agree on who holds a place exactly when
 * these are equal. Extent and change are not part of it.
 */
export function formatClaimPosition(claim: Pick<ClaimFeature['properties'], 'status' | 'party' | 'parties'>): string {
  return claim.status === 'contested' ? `contested:${[...claim.parties].sort(compare).join(',')}` : `control:${claim.party ?? ''}`;
}

/**
 * Indexes the claims of the site-wide claims file (`geo/claims.geojson`) for
 * {@link computeControlAsOf}. Any order of features is accepted.
 *
 * @throws RangeError naming the feature and field, what was expected and what was found, when a
 *   feature has no place id, an `as_of` that is not a calendar date, or an unknown status
 */
export function createControlIndex(claims: ClaimsCollection | readonly ClaimFeature[]): ControlIndex {
  const features = 'features' in claims ? claims.features : claims;
  const places = [...new Set(features.map((f) => f.properties?.place))].sort(compare);
  const placeIndex = new Map(places.map((id, i) => [id, i]));
  const positions = new Map<string, number>();
  const n = features.length;
  const place = new Int32Array(n);
  const day = new Int32Array(n);
  const position = new Int32Array(n);
  features.forEach((f, i) => {
    const p = f.properties;
    if (typeof p?.place !== 'string' || p.place === '') throw new RangeError(`features[${i}].properties.place: expected a place id, found ${JSON.stringify(p?.place)}`);
    if (p.status !== 'control' && p.status !== 'contested') throw new RangeError(`features[${i}].properties.status: expected "control" or "contested", found ${JSON.stringify(p.status)}`);
    place[i] = placeIndex.get(p.place) as number;
    day[i] = parseIsoDay(p.as_of, `features[${i}].properties.as_of`);
    const key = formatClaimPosition(p);
    let q = positions.get(key);
    if (q === undefined) {
      q = positions.size;
      positions.set(key, q);
    }
    position[i] = q;
  });
  return { timeline: createClaimTimeline({ placeCount: places.length, place, day, position }), claims: features, places, placeIndex };
}
