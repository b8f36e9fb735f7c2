import type { Extent } from '../types.ts';
import type { ClaimChange } from './claim-vocabulary.ts';

/** Where a suggestion's words are: an exact substring of the paragraph's original text. */
export interface SuggestionEvidence {
  /** Block id. */
  paragraph: string;
  /** `text.slice(start, end)` of the block's original text. */
  quote: string;
  /** UTF-16 offset into the block's original text, inclusive. */
  start: number;
  /** UTF-16 offset into the block's original text, exclusive. */
  end: number;
}

/** A control claim the text seems to state, for a person to confirm, correct or drop. */
export interface SuggestedClaim {
  /** Gazetteer id of the place. */
  place: string;
  status: 'control' | 'contested';
  /** The party that holds the place after what the text says, for `control`. */
  party?: string;
  /** The parties fighting over it, for `contested`. */
  parties?: string[];
  extent: Extent;
  change: ClaimChange;
  /** Who says so, in the text's words ("قوات الوفاق", "the LNA spokesman"), when the text attributes it. */
  attributedTo?: string;
  evidence: SuggestionEvidence;
  /** How much to trust the reading, 0–1: the rule's own confidence, lowered for indirect readings. */
  confidence: number;
  /** Id of the vocabulary rule that fired (`ar.held`, `en.expel`…). */
  rule: string;
  /** How each part was read, in words a reviewer can check ("party: pronoun قواته → lna, the previous clause's actor"). */
  why: string[];
}

/** A statement the suggester read and set aside: negated, an attempt, a purpose, a denial. */
export interface RejectedClaim extends Omit<SuggestedClaim, 'confidence' | 'status' | 'party' | 'parties'> {
  /** The party it would have given, if it found one. */
  party?: string;
  /** Why it is not a claim. */
  reason: 'negated' | 'attempt' | 'irrealis' | 'denied' | 'name' | 'purpose';
  /** The words that cancelled it. */
  marker: string;
}

/** A place mention resolved to a gazetteer id, as the geoparser and resolver give it. */
export interface PlaceMention {
  paragraph: string;
  start: number;
  end: number;
  place: string;
}

/** What {@link suggestClaims} returns. */
export interface ClaimSuggestions {
  /** In text order: by paragraph, then by where the evidence starts. */
  suggestions: SuggestedClaim[];
  /** Statements read and set aside, in text order. */
  rejected: RejectedClaim[];
}
