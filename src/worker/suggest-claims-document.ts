import { readPlaceContext, suggestClaims, type ClaimReader, type PlaceContext, type RejectedClaim, type SuggestedClaim } from '../core/claims/index.ts';
import { geoparseText, type Geoparser } from '../core/geoparser/index.ts';
import { resolveMatches } from '../core/resolve/resolve-matches.ts';
import type { Gazetteer, Match, Place } from '../core/types.ts';
import type { GeoparsePlace } from './protocol.ts';
import { splitParagraphs, type ParagraphSpan } from './split-paragraphs.ts';

/** Suggested claims in a plain text, offsets relative to their paragraph. */
export interface DocumentClaimSuggestions {
  /** The text's paragraphs (split at blank lines, ids `p1`, `p2`…) as spans of the text. */
  paragraphs: ParagraphSpan[];
  suggestions: SuggestedClaim[];
  rejected: RejectedClaim[];
}

/** The whole world: no name is preferred for lying inside the map's region. */
const WORLD: [number, number, number, number] = [-180, -90, 180, 90];

/** The place context of each gazetteer the worker was given, read once. */
const contexts = new WeakMap<readonly GeoparsePlace[], PlaceContext>();

/**
 * Suggests control claims in a whole plain text, paragraph by paragraph (split at blank lines as
 * `geoparseDocument` and `npm run geocode` split it): geoparses, resolves ambiguous names over the
 * whole text (when the places carry coordinates; otherwise the first candidate by id), and
 * suggests. Pure: the Web Worker and a main-thread caller share it.
 *
 * @param places - the gazetteer's places, with `lon` and `lat` for resolution
 * @param region - the map's region [west, south, east, north]. @defaultValue the whole world
 */
export function suggestClaimsInDocument(parser: Geoparser, places: readonly GeoparsePlace[], reader: ClaimReader, text: string, region: [number, number, number, number] = WORLD): DocumentClaimSuggestions {
  const paragraphs = splitParagraphs(text);
  const blocks = paragraphs.map((p) => ({ id: p.id, text: text.slice(p.start, p.end) }));
  const matches: Match[] = [];
  for (const block of blocks) for (const m of geoparseText(parser, block.text, block.id).matches) matches.push(m);
  const located = places.every((p) => Number.isFinite((p as Partial<Place>).lon) && Number.isFinite((p as Partial<Place>).lat));
  const resolved = located
    ? resolveMatches(matches, { places: places as Place[], region } satisfies Gazetteer).resolved
    : matches.map((match) => ({ match, placeId: [...match.candidates].sort()[0] as string }));
  const mentions = resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, place: placeId }));
  let context = contexts.get(places);
  if (!context) {
    context = readPlaceContext(places);
    contexts.set(places, context);
  }
  const { suggestions, rejected } = suggestClaims({ blocks, mentions, reader, ...context });
  return { paragraphs, suggestions, rejected };
}
