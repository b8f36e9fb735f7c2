import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { geoparseBlocks } from '../../../../src/core/pipeline/geoparse-blocks.ts';
import { resolveMatches } from '../../../../src/core/resolve/resolve-matches.ts';
import type { Gazetteer } from '../../../../src/core/types.ts';
import type { EngineParagraph, EngineResult, PlaceEngine } from './score-places.ts';

/** The project's geoparser, evidence rules and resolver, as `npm run geocode` runs them, over a gazetteer. */
export function createProjectEngine(gazetteer: Gazetteer, label = 'now'): PlaceEngine {
  const parser = createGeoparser(gazetteer.places);
  return {
    label,
    gazetteer,
    locate(paragraphs: readonly EngineParagraph[]): EngineResult {
      const { matches, warnings, context } = geoparseBlocks(parser, gazetteer, paragraphs);
      const { resolved } = resolveMatches(matches, gazetteer, context);
      return { mentions: resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, text: match.text, placeId })), warnings };
    },
  };
}
