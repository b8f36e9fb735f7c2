import { createControlIndex, type ControlIndex } from './create-control-index.ts';
import { toClaimEntry } from './to-claim-entry.ts';
import type { ClaimEntry, ClaimFeature, ClaimsCollection } from './types.ts';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every claim on a place, newest first (by `as_of`; on the same date by article id), each with
 * its article, outlet, paragraphs and quotes: the place card's history. Claims the "as of" rule
 * overrides (older, or contradicted by a newer one) are all here.
 *
 * @param claims - a {@link ControlIndex}, or the claims file or its features
 * @param place - gazetteer id; an id no claim names gives an empty list
 */
export function listPlaceHistory(claims: ControlIndex | ClaimsCollection | readonly ClaimFeature[], place: string): ClaimEntry[] {
  const index = 'timeline' in claims ? claims : createControlIndex(claims);
  const p = index.placeIndex.get(place);
  if (p === undefined) return [];
  return Array.from(index.timeline.byPlace[p] as Int32Array, (i) => (index.claims[i] as ClaimFeature).properties)
    .sort((a, b) => compare(b.as_of, a.as_of) || compare(a.article, b.article))
    .map(toClaimEntry);
}
