import { geoparseText, type Geoparser } from '../geoparser/index.ts';
import { resolveMatches } from '../resolve/resolve-matches.ts';
import type { Gazetteer, Match } from '../types.ts';
import type { ClaimReader } from './compile-claim-reader.ts';
import { readPlaceContext, type PlaceContext } from './place-context.ts';
import { suggestClaims } from './suggest-claims.ts';
import type { ClaimSuggestions, PlaceMention } from './types.ts';

/** Inputs of {@link suggestClaimsInText}. */
export interface SuggestClaimsInTextInput {
  /** The text's blocks in reading order, as published. */
  blocks: ReadonlyArray<{ id: string; text: string }>;
  /** The compiled gazetteer (`createGeoparser`). */
  parser: Geoparser;
  /** The gazetteer, to resolve ambiguous names and skip countries. */
  gazetteer: Gazetteer;
  /** Vocabulary and parties (`compileClaimReader`). */
  reader: ClaimReader;
}

/** What {@link suggestClaimsInText} finds: the suggestions and the place mentions they rest on. */
export interface TextClaimSuggestions extends ClaimSuggestions {
  mentions: PlaceMention[];
}

/**
 * Geoparses the blocks, resolves the names as the pipeline does (one reading per name for the
 * whole text), and suggests control claims on the places found. Countries are never a claim's
 * place.
 */
export function suggestClaimsInText(input: SuggestClaimsInTextInput): TextClaimSuggestions {
  const matches: Match[] = [];
  for (const block of input.blocks) matches.push(...geoparseText(input.parser, block.text, block.id).matches);
  const { resolved } = resolveMatches(matches, input.gazetteer);
  const mentions = resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, place: placeId }));
  return { ...suggestClaims({ blocks: input.blocks, mentions, reader: input.reader, ...placeContextOf(input.gazetteer) }), mentions };
}

const contexts = new WeakMap<Gazetteer, PlaceContext>();

/** The gazetteer's place context, read once per gazetteer. */
function placeContextOf(gazetteer: Gazetteer): PlaceContext {
  let context = contexts.get(gazetteer);
  if (!context) {
    context = readPlaceContext(gazetteer.places);
    contexts.set(gazetteer, context);
  }
  return context;
}
