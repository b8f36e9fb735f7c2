import type { FeatureCollection } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Lang } from '../core/types.ts';
import type { PlaceStyle } from '../render/place-style.ts';

export type { PlaceStyle };

/** An RGBA image (straight alpha), as `map.addImage` takes it. */
export interface SymbolImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Every place's style plus a way to draw the symbols they use. */
export interface RendererStyles {
  byPlace: ReadonlyMap<string, PlaceStyle>;
  /** Draws a status symbol by id (e.g. `cm-sym-lna-half`) at a device pixel ratio. */
  drawSymbol(symbolId: string, pixelRatio: number): SymbolImage;
}

/** Inferred zones of control and front lines, with how to draw each. */
export interface RendererZones {
  /** The article's zones file (`geo/<article>.zones.geojson`): zone polygons and front lines. */
  zones: FeatureCollection;
  /** Fill colour by zone feature id. */
  colour: ReadonlyMap<string, string>;
  /** Hatch pattern id by zone feature id, for partial and contested zones. */
  pattern: ReadonlyMap<string, string>;
  /** Draws a hatch pattern by id at a device pixel ratio. */
  drawPattern(patternId: string, pixelRatio: number): SymbolImage;
}

/** What a renderer reports back to the page. */
export interface RendererEvents {
  /** A place was clicked or activated on the map. */
  select: (placeId: string | null) => void;
  /** The pointer entered (id) or left (null) a place on the map. */
  hover: (placeId: string | null) => void;
  /** A zone was clicked (its feature id). */
  zoneSelect: (zoneId: string) => void;
  /** The renderer drawing the map changed (the static map gave way to WebGL). */
  swap: (kind: RendererKind) => void;
}

/** What draws the map: the static SVG map or MapLibre GL. */
export type RendererKind = 'svg' | 'webgl';

/**
 * A map renderer as the page sees it: the static SVG map made at build time
 * (`svg-renderer.ts`), MapLibre GL (`maplibre-renderer.ts`), or the progressive renderer that
 * shows the first and hands over to the second (`progressive-renderer.ts`). Selection and
 * linking logic live in the page's selection controller and only talk to this interface.
 */
export interface PlaceRenderer {
  /** What draws the map now. */
  kind(): RendererKind;
  /** Draws an article's places; resolves once every place is drawn. */
  setPlaces(places: PlacesCollection, styles: RendererStyles, lang: Lang): Promise<void>;
  /** Draws inferred zones and front lines under the places (null removes them). */
  setZones(zones: RendererZones | null): void;
  /** Shows or hides the zones. */
  setZonesVisible(visible: boolean): void;
  /** Marks the selected zone (null clears). */
  setSelectedZone(zoneId: string | null): void;
  /** Marks the selected place (null clears). */
  setSelected(placeId: string | null): void;
  /** Marks places related to what the reader hovers in the text. */
  setHighlighted(placeIds: readonly string[]): void;
  /** Moves the view to a place. */
  flyTo(placeId: string): void;
  /** Fits the view to the region's places. */
  fitPlaces(): void;
  /** Switches labels to a language. */
  setLang(lang: Lang): void;
  /** Registers a listener; returns the function that removes it. */
  on<E extends keyof RendererEvents>(event: E, listener: RendererEvents[E]): () => void;
  /** A PNG of the current view. */
  toPng(): Promise<Blob>;
  destroy(): void;
}

/** A Web Mercator camera as MapLibre takes it: centre [lon, lat] in degrees, zoom (512 px tiles). */
export interface MapView {
  center: [number, number];
  zoom: number;
}

/** A renderer the reader can move, which says what it shows (the static map). */
export interface MovableRenderer extends PlaceRenderer {
  /** What the map shows now, as a camera for a map filling the same container; null when not laid out. */
  view(): MapView | null;
  /** Whether the reader (or a `flyTo`) has moved the map from the view it was drawn with. */
  moved(): boolean;
  /** Resolves once nothing moves the map: no gesture under way, no animation running or due. */
  settled(): Promise<void>;
}

/** A renderer that can be put on a view and says when it has drawn it (MapLibre). */
export interface ViewableRenderer extends PlaceRenderer {
  /** The camera it shows now; null before it has one. */
  view(): MapView | null;
  /**
   * Jumps to a view; resolves once every place in view there is drawn. `keep`: the view is the
   * reader's, kept when the map is resized (instead of refitting to the places).
   */
  setView(view: MapView, options: { keep: boolean }): Promise<void>;
}

/** What the page gives a renderer factory; the page does not know which renderer it gets. */
export interface RendererRequest {
  /** Element the WebGL map is drawn in. */
  container: HTMLElement;
  /** The basemap extract; a promise, so a static first renderer need not wait for it. */
  basemap: Promise<FeatureCollection>;
  lang: Lang;
  /** Accessible name of the map. */
  label: string;
  /** Attribution text of the map's attribution control. */
  attribution: string;
  /** Online basemap style URL configured in content/site.yaml, or null. */
  onlineStyleUrl: string | null;
  /** Called when the online style failed and the embedded basemap took over. */
  onBasemapFallback: (reason: string) => void;
  /** Element holding the static map made at build time (the page's first paint). */
  staticMap: HTMLElement;
  /** Tells the reader the static map stays (no WebGL, or MapLibre failed). */
  onStaticFallback: (message: string) => void;
  /** Room the overlays take over the map, CSS px, for fitting the view around them. */
  fitPadding: () => { top: number; bottom: number; left: number; right: number };
  /**
   * Room to keep clear when moving to a place, CSS px from each edge of the map: the overlays
   * shown at that moment (the legend, the place's card). The place is put at the centre of what
   * is left.
   */
  cameraPadding: () => { top: number; bottom: number; left: number; right: number };
  /** The map's reference point (the site index's centre), [lon, lat]: the distance rings' centre. */
  centre: [number, number];
}

/** Makes the page's renderer. */
export type RendererFactory = (request: RendererRequest) => PlaceRenderer | Promise<PlaceRenderer>;
