import { createGeoparser, geoparseText } from '../../../../src/core/geoparser/index.ts';
import { resolveMatches } from '../../../../src/core/resolve/resolve-matches.ts';
import type { Gazetteer, GeoparseWarning, Match } from '../../../../src/core/types.ts';
import type { EngineParagraph, EngineResult, PlaceEngine } from './score-places.ts';

/** The project's geoparser and resolver, as `npm run geocode` runs them, over a gazetteer. */
export function createProjectEngine(gazetteer: Gazetteer, label = 'now'): PlaceEngine {
  const parser = createGeoparser(gazetteer.places);
  return {
    label,
    gazetteer,
    locate(paragraphs: readonly EngineParagraph[]): EngineResult {
      const matches: Match[] = [];
      const warnings: GeoparseWarning[] = [];
      for (const p of paragraphs) {
        const r = geoparseText(parser, p.text, p.id);
        matches.push(...r.matches);
        warnings.push(...r.warnings);
      }
      const { resolved } = resolveMatches(matches, gazetteer);
      return { mentions: resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, text: match.text, placeId })), warnings };
    },
  };
}
