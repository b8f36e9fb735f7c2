import { normaliseName } from '../text/normalise.ts';
import type { Place } from '../types.ts';

/** What the claim suggester knows of the gazetteer besides the mentions: see {@link readPlaceContext}. */
export interface PlaceContext {
  /** Places that are never a claim's place: countries. */
  skipPlaces: ReadonlySet<string>;
  /** Each place's kind, so that "the town", "القاعدة" refer back only to a place of a fitting kind. */
  placeKinds: ReadonlyMap<string, string>;
  /**
   * A town's own airport, by the airport's name ("مطار بني وليد", "Bani Walid Airport" →
   * bani-walid-airport): what "Tripoli's airport", "the airport of X", "مطارها" (its airport) name.
   */
  airports: ReadonlyMap<string, string>;
}

const KINDS_WITH_AIRPORT: ReadonlySet<string> = new Set(['city', 'capital', 'town', 'village', 'hamlet', 'oasis']);

/**
 * Reads the place context of a gazetteer once. An airport is a town's own when one of its names is
 * "مطار" + a name of that town, or that town's name + "Airport" / "International Airport"; the
 * first such airport in the gazetteer's order.
 */
export function readPlaceContext(places: ReadonlyArray<Pick<Place, 'id' | 'ar' | 'en' | 'kind'>>): PlaceContext {
  const skipPlaces = new Set(places.filter((p) => p.kind === 'country').map((p) => p.id));
  const placeKinds = new Map(places.map((p) => [p.id, p.kind as string]));
  const towns = new Map<string, Set<string>>();
  for (const p of places) {
    if (!KINDS_WITH_AIRPORT.has(p.kind)) continue;
    for (const name of [...p.ar, ...p.en]) {
      const key = normaliseName(name);
      if (!towns.has(key)) towns.set(key, new Set());
      towns.get(key)?.add(p.id);
    }
  }
  const airports = new Map<string, string>();
  const prefix = `${normaliseName('مطار')} `;
  for (const airport of places) {
    if (airport.kind !== 'airport' && airport.kind !== 'military-base') continue;
    for (const name of [...airport.ar, ...airport.en]) {
      const key = normaliseName(name);
      const town = key.startsWith(prefix) ? key.slice(prefix.length) : key.replace(/ (international )?airport$/, '');
      if (town === key) continue;
      // A name several towns share (طرابلس: Libya's and Lebanon's) names the airport of whichever the text means.
      for (const id of towns.get(town) ?? []) if (!airports.has(id)) airports.set(id, airport.id);
    }
  }
  return { skipPlaces, placeKinds, airports };
}
