import type { Block, Extent } from '../core/types.ts';
import type { DraftEvidence } from './draft.ts';

/** A place mention resolved to a gazetteer id, offsets into its block. */
export interface ResolvedMention {
  paragraph: string;
  start: number;
  end: number;
  place: string;
  text: string;
}

/** A suggested claim as the cards show it (the suggester's fields, issue 13 part 1). */
export interface ClaimSuggestion {
  /** Stable while the text does not change there: rule, place and where its words are. */
  key: string;
  place: string;
  status: 'control' | 'contested';
  party?: string;
  parties?: string[];
  extent: Extent;
  change: string;
  attributedTo?: string;
  evidence: DraftEvidence;
  /** 0–1. */
  confidence: number;
  /** The suggester's rule id. */
  rule: string;
  /** How each part was read, for the reviewer. */
  why: string[];
}

/** Suggests claims for a text whose places are found: the one seam between the page and the suggester. */
export interface ClaimSuggester {
  /** False while no suggester is available; the page then says so. */
  available: boolean;
  suggest(input: { blocks: readonly Block[]; mentions: readonly ResolvedMention[] }): Promise<ClaimSuggestion[]>;
}

/** The suggester of a build without one: suggests nothing. */
export const NO_SUGGESTER: ClaimSuggester = { available: false, suggest: () => Promise.resolve([]) };

/** The key of a suggestion: where its words are and what it reads there. */
export function suggestionKey(s: Pick<ClaimSuggestion, 'place' | 'rule' | 'evidence'>): string {
  return `${s.rule}|${s.place}|${s.evidence.paragraph}|${s.evidence.start}|${s.evidence.end}`;
}
