import type { PlacesCollection, PlaceProperties } from '../core/geojson/build-places-collection.ts';
import { createPartyPalette, type PartyPalette } from './palette.ts';
import { drawStatusSymbol, resolveStatusSymbol, svgStatusSymbol, type StatusSymbolSpec } from './symbols.ts';
import type { Party } from '../core/types.ts';
import type { PlaceStyle } from './place-style.ts';

/** Colours and symbols of an article's places, shared by the map, the text, the list and the legend. */
export interface PlaceStyles {
  palette: PartyPalette;
  /** Style of each place by id. */
  byPlace: Map<string, PlaceStyle>;
  /** Symbol spec by symbol id, to draw images (map) and SVG (legend, card, list). */
  specs: Map<string, StatusSymbolSpec>;
  /** Draws a symbol image for MapLibre. */
  drawSymbol(symbolId: string, pixelRatio: number): ReturnType<typeof drawStatusSymbol>;
  /** An SVG string of a symbol, at a CSS size. */
  svg(symbolId: string, size?: number): string;
}

/** Decides every place's colour and symbol from its status, extent and parties. */
export function createPlaceStyles(places: PlacesCollection, parties: readonly Party[]): PlaceStyles {
  const palette = createPartyPalette(parties.map((p) => p.id));
  const byPlace = new Map<string, PlaceStyle>();
  const specs = new Map<string, StatusSymbolSpec>();
  for (const f of places.features) {
    const p: PlaceProperties = f.properties;
    const { id, spec } = resolveStatusSymbol({ status: p.status, party: p.party, parties: p.parties, extent: p.extent, stale: p.stale === true }, palette);
    specs.set(id, spec);
    // A disputed place has no party: the mention's colour is the neutral of places without one holder.
    const colour = p.status === 'control' && p.party ? palette.colour(p.party) : p.status === 'contested' || p.status === 'disputed' ? palette.contested : palette.none;
    byPlace.set(p.id, { colour, symbol: id });
  }
  return {
    palette,
    byPlace,
    specs,
    drawSymbol: (symbolId, pixelRatio) => drawStatusSymbol({ ...(specs.get(symbolId) as StatusSymbolSpec), pixelRatio }),
    svg: (symbolId, size = 18) => svgStatusSymbol({ ...(specs.get(symbolId) as StatusSymbolSpec), size }),
  };
}
