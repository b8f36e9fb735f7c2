import { geoparseText, type Geoparser } from '../geoparser/index.ts';
import { weighEvidence } from '../resolve/weigh-evidence.ts';
import type { Gazetteer, GeoparseWarning, Match } from '../types.ts';

/** A block of one text: its id and its text. */
export interface TextBlock {
  id: string;
  text: string;
}

/**
 * Geoparses the blocks of one text (one language) as one document: every block is scanned, then
 * names that need evidence are weighed against the whole text (`weighEvidence`). Matches and
 * warnings come in document order; names left out for lack of evidence are among the warnings.
 * `context`: the countries the text names, for `resolveMatches`.
 */
export function geoparseBlocks(parser: Geoparser, gazetteer: Gazetteer, blocks: readonly TextBlock[]): { matches: Match[]; warnings: GeoparseWarning[]; context: Match[] } {
  const matches: Match[] = [];
  const pending: Match[] = [];
  const context: Match[] = [];
  const warnings: GeoparseWarning[] = [];
  for (const block of blocks) {
    const result = geoparseText(parser, block.text, block.id);
    matches.push(...result.matches);
    pending.push(...result.pending);
    context.push(...result.context);
    warnings.push(...result.warnings);
  }
  const weighed = weighEvidence(blocks, matches, pending, gazetteer, context);
  const order = new Map(blocks.map((b, i) => [b.id, i]));
  const all = [...warnings, ...weighed.warnings].sort((a, b) => (order.get(a.paragraph) ?? 0) - (order.get(b.paragraph) ?? 0) || a.start - b.start);
  return { matches: weighed.matches, warnings: all, context };
}
