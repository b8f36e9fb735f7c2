import { compileClaimReader, readPlaceContext, suggestClaims, type SuggestedClaim } from '../core/claims/index.ts';
import type { Gazetteer, Party, PartyAliases } from '../core/types.ts';

/** A suggestion as `npm run geocode -- --suggest-claims` prints it (snake_case, like the rest of the file). */
export interface SuggestedClaimProperties {
  status: 'control' | 'contested';
  party?: string;
  parties?: string[];
  extent: SuggestedClaim['extent'];
  change: SuggestedClaim['change'];
  attributed_to?: string;
  evidence: SuggestedClaim['evidence'];
  confidence: number;
  rule: string;
  why: string[];
}

/** What {@link attachSuggestedClaims} needs besides the features. */
export interface AttachSuggestedClaimsInput {
  blocks: ReadonlyArray<{ id: string; text: string }>;
  /** The mentions as the command resolved them, so suggestions rest on the same places as the features. */
  resolved: ReadonlyArray<{ match: { paragraph: string; start: number; end: number }; placeId: string }>;
  gazetteer: Gazetteer;
  parties: readonly Party[];
  sharedAliases: PartyAliases;
}

/**
 * Suggests control claims for a geocoded text and adds them to its features: each feature the
 * text makes a statement about gets a `suggested_claims` array, in text order; others are left
 * as they are.
 *
 * @returns the number of suggestions added
 */
export function attachSuggestedClaims(features: ReadonlyArray<{ id: string; properties: Record<string, unknown> }>, input: AttachSuggestedClaimsInput): number {
  const reader = compileClaimReader(input.parties, { sharedAliases: input.sharedAliases });
  const mentions = input.resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, place: placeId }));
  const { suggestions } = suggestClaims({ blocks: input.blocks, mentions, reader, ...readPlaceContext(input.gazetteer.places) });
  for (const feature of features) {
    const mine = suggestions.filter((s) => s.place === feature.id);
    if (mine.length === 0) continue;
    feature.properties.suggested_claims = mine.map((s): SuggestedClaimProperties => ({
      status: s.status,
      ...(s.party !== undefined ? { party: s.party } : {}),
      ...(s.parties !== undefined ? { parties: s.parties } : {}),
      extent: s.extent,
      change: s.change,
      ...(s.attributedTo !== undefined ? { attributed_to: s.attributedTo } : {}),
      evidence: s.evidence,
      confidence: s.confidence,
      rule: s.rule,
      why: s.why,
    }));
  }
  return suggestions.length;
}
