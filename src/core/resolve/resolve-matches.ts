import { distanceKm } from '../geo/distance-km.ts';
import { SAME_PLACE_KM } from '../geoparser/create-geoparser.ts';
import type { Gazetteer, Match, Place, Resolution } from '../types.ts';

/** A match resolved to one place. */
export interface ResolvedMatch<M extends Match = Match> {
  match: M;
  placeId: string;
}

/** What {@link resolveMatches} decides. */
export interface ResolveResult<M extends Match = Match> {
  resolved: Array<ResolvedMatch<M>>;
  /** One entry per ambiguous name, keyed by the chosen place id. */
  resolutions: Map<string, Resolution>;
}

/** Weight of a context place named in the same paragraph as the ambiguous name. */
const SAME_PARAGRAPH_WEIGHT = 3;


/** Drops generated-layer candidates that duplicate a curated candidate of the same name. */
function dropDuplicates<M extends Match>(match: M, places: ReadonlyMap<string, Place>): M {
  if (match.candidates.length < 2) return match;
  const curated = match.candidates.map((id) => places.get(id)).filter((p): p is Place => p !== undefined && p.layer !== 'osm');
  const kept = match.candidates.filter((id) => {
    const p = places.get(id);
    return !p || p.layer !== 'osm' || !curated.some((c) => distanceKm([c.lon, c.lat], [p.lon, p.lat]) <= SAME_PLACE_KM);
  });
  return kept.length === match.candidates.length ? match : { ...match, candidates: kept };
}

/**
 * Picks one place for every match. A generated-layer candidate within {@link SAME_PLACE_KM} of a
 * curated candidate of the same name is dropped (one place recorded twice). When exactly one
 * candidate lies in a country the text names (`context`: "Lebanon", "ليبيا") and the text names no
 * other place in the region to compare distances with, it is chosen.
 * Unambiguous names are taken as they are and become the
 * context; an ambiguous name (two Suq al-Khamis, Tripoli in Libya or Lebanon) goes to the
 * candidate closest, on average, to the context places, counting those in the same paragraph
 * three times; without context, to the candidate inside the article's region. Every ambiguous
 * name is resolved once per article, the same way for all its mentions, and the reason is kept.
 *
 * @param matches - the article's matches, in any order
 * @param gazetteer - the places and the region of the map
 */
export function resolveMatches<M extends Match>(input: readonly M[], gazetteer: Gazetteer, context: readonly Match[] = []): ResolveResult<M> {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const namedCountries = new Set(context.flatMap((m) => m.candidates));
  const inNamedCountry = (id: string): boolean => {
    let p = places.get(id);
    for (let i = 0; p && i < 10; i++) {
      if (namedCountries.has(p.id)) return true;
      p = p.admin ? places.get(p.admin) : undefined;
    }
    return false;
  };
  const matches = input.map((m) => dropDuplicates(m, places));
  const inRegion = (p: Place): boolean => isInRegion(p, gazetteer.region);
  const anchors = matches.filter((m) => m.candidates.length === 1).map((m) => ({ match: m, place: places.get(m.candidates[0] as string) as Place }));
  const contextAnchors = anchors.filter((a) => inRegion(a.place));

  const decisions = new Map<string, Resolution>();
  const decide = (candidates: readonly string[]): Resolution => {
    const key = [...candidates].sort().join('|');
    const known = decisions.get(key);
    if (known) return known;
    // Without places to compare with, a country the text names settles a name shared across
    // countries ("Tripoli, Lebanon").
    const named = candidates.filter(inNamedCountry);
    if (contextAnchors.length === 0 && named.length === 1 && candidates.length > 1) {
      const chosen = named[0] as string;
      const resolution: Resolution = { candidates: [...candidates].sort(), chosen, reason: `the only candidate in a country the text names (${[...namedCountries].sort().join(', ')})` };
      decisions.set(key, resolution);
      return resolution;
    }
    const mentions = matches.filter((m) => m.candidates.join('|') === candidates.join('|'));
    const paragraphs = new Set(mentions.map((m) => m.paragraph));
    const scored = candidates.map((id) => {
      const place = places.get(id) as Place;
      let sum = 0;
      let weights = 0;
      for (const a of contextAnchors) {
        const w = paragraphs.has(a.match.paragraph) ? SAME_PARAGRAPH_WEIGHT : 1;
        sum += w * distanceKm([place.lon, place.lat], [a.place.lon, a.place.lat]);
        weights += w;
      }
      return { id, place, meanKm: weights > 0 ? sum / weights : Number.POSITIVE_INFINITY };
    });
    let resolution: Resolution;
    if (contextAnchors.length > 0) {
      const sorted = [...scored].sort((a, b) => a.meanKm - b.meanKm || a.id.localeCompare(b.id));
      const [best, ...rest] = sorted as [typeof scored[number], ...typeof scored];
      const names = [...new Set(contextAnchors.map((a) => a.place.id))].sort().join(', ');
      resolution = {
        candidates: [...candidates].sort(),
        chosen: best.id,
        reason: `closest to the other places the article names (${names}): mean ${Math.round(best.meanKm)} km, against ${rest.map((r) => `${Math.round(r.meanKm)} km for ${r.id}`).join(', ')}`,
      };
    } else {
      const inside = scored.filter((s) => inRegion(s.place)).sort((a, b) => a.id.localeCompare(b.id));
      const chosen = (inside[0] ?? [...scored].sort((a, b) => a.id.localeCompare(b.id))[0]) as typeof scored[number];
      resolution = {
        candidates: [...candidates].sort(),
        chosen: chosen.id,
        reason: inside.length > 0
          ? 'no other place named to compare with; chose the candidate inside the map\'s region'
          : 'no other place named and no candidate inside the map\'s region; chose the first by id',
      };
    }
    decisions.set(key, resolution);
    return resolution;
  };

  const resolved: Array<ResolvedMatch<M>> = [];
  const resolutions = new Map<string, Resolution>();
  for (const match of matches) {
    if (match.candidates.length === 1) {
      resolved.push({ match, placeId: match.candidates[0] as string });
      continue;
    }
    const resolution = decide(match.candidates);
    resolutions.set(resolution.chosen, resolution);
    resolved.push({ match, placeId: resolution.chosen });
  }
  return { resolved, resolutions };
}

/** True when the place's point lies inside the region [west, south, east, north]. */
export function isInRegion(place: Pick<Place, 'lon' | 'lat'>, region: readonly [number, number, number, number]): boolean {
  return place.lon >= region[0] && place.lon <= region[2] && place.lat >= region[1] && place.lat <= region[3];
}
