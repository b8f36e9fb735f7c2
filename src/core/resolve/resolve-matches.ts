import { distanceKm } from '../geo/distance-km.ts';
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

/**
 * Picks one place for every match. Unambiguous names are taken as they are and become the
 * context; an ambiguous name (two Suq al-Khamis, Tripoli in Libya or Lebanon) goes to the
 * candidate closest, on average, to the context places, counting those in the same paragraph
 * three times; without context, to the candidate inside the article's region. Every ambiguous
 * name is resolved once per article, the same way for all its mentions, and the reason is kept.
 *
 * @param matches - the article's matches, in any order
 * @param gazetteer - the places and the region of the map
 */
export function resolveMatches<M extends Match>(matches: readonly M[], gazetteer: Gazetteer): ResolveResult<M> {
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const inRegion = (p: Place): boolean => isInRegion(p, gazetteer.region);
  const anchors = matches.filter((m) => m.candidates.length === 1).map((m) => ({ match: m, place: places.get(m.candidates[0] as string) as Place }));
  const contextAnchors = anchors.filter((a) => inRegion(a.place));

  const decisions = new Map<string, Resolution>();
  const decide = (candidates: readonly string[]): Resolution => {
    const key = [...candidates].sort().join('|');
    const known = decisions.get(key);
    if (known) return known;
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
