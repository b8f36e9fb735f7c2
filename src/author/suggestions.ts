import type { Block, Extent } from '../core/types.ts';
import type { GeoparseClient } from '../worker/geoparse-client.ts';
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

/**
 * The suggester behind the cards: the geoparse worker's own (`client.suggestClaims`, the client
 * made with the parties), fed the draft's blocks as paragraphs p1, p2… and answered in the
 * blocks' ids, every quote checked verbatim against its block.
 */
export function createWorkerSuggester(client: Pick<GeoparseClient, 'suggestClaims'>): ClaimSuggester {
  return {
    available: true,
    async suggest({ blocks }) {
      const result = await client.suggestClaims(blocks.map((b) => b.text).join('\n\n'));
      return result.suggestions.flatMap((s) => {
        const block = blocks[Number(s.evidence.paragraph.slice(1)) - 1];
        if (!block || block.text.slice(s.evidence.start, s.evidence.end) !== s.evidence.quote) return [];
        const evidence = { ...s.evidence, paragraph: block.id };
        return [{
          key: suggestionKey({ rule: s.rule, place: s.place, evidence }),
          place: s.place,
          status: s.status,
          ...(s.party !== undefined ? { party: s.party } : {}),
          ...(s.parties !== undefined ? { parties: s.parties } : {}),
          extent: s.extent,
          change: s.change,
          ...(s.attributedTo !== undefined ? { attributedTo: s.attributedTo } : {}),
          evidence,
          confidence: s.confidence,
          rule: s.rule,
          why: s.why ?? [],
        }];
      });
    },
  };
}
