// MapLibre's stylesheet travels with the renderer, so pages that start with the static map
// do not load it before they need it.
import 'maplibre-gl/dist/maplibre-gl.css';
import { circle as turfCircle, bbox as turfBbox, destination as turfDestination } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Point, Polygon } from 'geojson';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
  type ExpressionSpecification,
  type StyleSpecification,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { PlacesCollection, PlaceProperties } from '../core/geojson/build-places-collection.ts';
import type { Lang } from '../core/types.ts';
import type { RendererEvents, RendererStyles, RendererZones, ViewableRenderer } from './renderer.ts';
import { placeLabelLayer, placeSymbolLayer } from './place-layers.ts';
import { BASEMAP_LAYER_IDS, FONT_FILES, FONT_NAME, createStyle } from './style.ts';

/**
 * Starts MapLibre's worker now (its script fetched, compiled and run on its own thread), before a
 * map is created: a page that must wait for something else first (the static map's WebGL check)
 * has the worker ready by then instead of starting it with the map.
 */
export function prewarmMapLibre(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}

/** Options of {@link createMapLibreRenderer}. */
export interface MapLibreRendererOptions {
  container: HTMLElement;
  /** The basemap extract (`geo/basemap.geojson`). */
  basemap: FeatureCollection;
  /** URL the font files resolve against (the site's root). */
  assetBase: string;
  lang: Lang;
  /** Accessible name of the map canvas. */
  label: string;
  /** Attribution HTML for the map's attribution control (built from constants, not content). */
  attribution: string;
  /** Optional online MapLibre style URL; on failure the embedded basemap stays. @defaultValue null */
  onlineStyleUrl?: string | null;
  /** Called when the online style failed and the embedded basemap took over. */
  onBasemapFallback?: (reason: string) => void;
  /** Point the distance rings are centred on, [lon, lat] (Martyrs' Square). */
  centre: [number, number];
  /** Radii of the distance rings, km. @defaultValue [10, 25, 50] */
  ringsKm?: number[];
  /** Ring label text, e.g. `(km) => "25 km"`. */
  ringLabel: (km: number) => string;
  /** A view to open on instead of fitting the places: centre [lon, lat] and zoom. @defaultValue null */
  initialView?: { center: [number, number]; zoom: number } | null;
  /** Padding around the places when fitting the view, CSS px; overlays (legend) take room. */
  fitPadding?: () => { top: number; bottom: number; left: number; right: number };
  /** Room to keep clear when flying to a place (the overlays shown then), CSS px. @defaultValue none */
  cameraPadding?: () => { top: number; bottom: number; left: number; right: number };
  /** Time to wait for an online style before falling back, ms. @defaultValue 8000 */
  onlineStyleTimeoutMs?: number;
  /** Called with [lon, lat] (degrees) of a click that hits no place (the authoring page sets a new place's point). */
  onMapClick?: (lngLat: [number, number]) => void;
}

const DEFAULTS = { onlineStyleUrl: null, ringsKm: [10, 25, 50], onlineStyleTimeoutMs: 8000 };

/** Kinds drawn with a faint circle of their precision radius. */
const NEIGHBOURHOOD_KINDS = new Set(['neighbourhood', 'suburb', 'camp', 'road-area', 'axis']);

const LAYERS = {
  zonesFill: 'cm-zones-fill',
  zonesHatch: 'cm-zones-hatch',
  zonesOutline: 'cm-zones-outline',
  frontLine: 'cm-front-line',
  precisionFill: 'cm-precision-fill',
  precisionLine: 'cm-precision-line',
  rings: 'cm-rings',
  ringLabels: 'cm-ring-labels',
  centre: 'cm-centre',
  halo: 'cm-places-halo',
  places: 'cm-places',
  labels: 'cm-place-labels',
} as const;
const ZONE_LAYERS = [LAYERS.zonesFill, LAYERS.zonesHatch, LAYERS.zonesOutline, LAYERS.frontLine];
const SOURCES = { zones: 'cm-zones', places: 'cm-places', precision: 'cm-precision', rings: 'cm-rings', centre: 'cm-centre' } as const;

/**
 * The MapLibre GL renderer: the embedded basemap (or an online style), places as status symbols,
 * precision circles for neighbourhoods, distance rings around central Tripoli and a scale bar.
 * Keeps the DOM attribute `data-rendered-places` on its container up to date with the places
 * actually drawn and their screen positions, read by tests and benchmarks.
 */
export function createMapLibreRenderer(options: MapLibreRendererOptions): ViewableRenderer {
  const opts = { ...DEFAULTS, ...options };
  setWorkerUrl(workerUrl);
  const fontUrl = new URL(FONT_FILES.arabic, opts.assetBase).href;
  const latinFontUrl = new URL(FONT_FILES.latin, opts.assetBase).href;
  let lang = opts.lang;
  const embeddedStyle = (): StyleSpecification => createStyle({ basemap: opts.basemap, lang, fontUrl, latinFontUrl });
  const bounds = (opts.basemap as FeatureCollection & { bbox?: number[] }).bbox;

  const map = new MapLibreMap({
    container: opts.container,
    style: embeddedStyle(),
    attributionControl: false,
    // Symbols and labels appear at once instead of fading in over 300 ms: every change of the
    // data (each move of the timeline) would otherwise be drawn again for a frame after frame of
    // fading, each a full frame on the main thread with software WebGL, and idle waits for the end.
    fadeDuration: 0,
    // On the view it will show when it has one (the static map's): its first frames, which the
    // style's `load` waits for, are then of that view and not of one it leaves at once.
    center: opts.initialView?.center ?? opts.centre,
    zoom: opts.initialView?.zoom ?? 8,
    ...(bounds && bounds.length === 4 ? { maxBounds: [[bounds[0]! - 2, bounds[1]! - 2], [bounds[2]! + 2, bounds[3]! + 2]] as [[number, number], [number, number]] } : {}),
  });
  map.getCanvas().setAttribute('aria-label', opts.label);
  map.getCanvas().setAttribute('role', 'img');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true, customAttribution: opts.attribution }), 'bottom-right');

  let places: PlacesCollection | null = null;
  /** What each source was last given (a key of its data), so unchanged data is not sent again. */
  const sentData = new Map<string, string>();
  /** The feature state each place was last given (selected, highlighted), so only changes are sent. */
  const appliedStates = new Map<string, { selected: boolean; highlighted: boolean }>();
  let zones: RendererZones | null = null;
  let zonesVisible = true;
  let selectedZone: string | null = null;
  let initialView = opts.initialView ?? null;
  let styles: RendererStyles = { byPlace: new Map(), drawSymbol: () => ({ width: 0, height: 0, data: new Uint8ClampedArray() }) };
  let selected: string | null = null;
  let highlighted: readonly string[] = [];
  const listeners: { [E in keyof RendererEvents]: Set<RendererEvents[E]> } = { select: new Set(), hover: new Set(), zoneSelect: new Set(), swap: new Set() };
  const emit = <E extends keyof RendererEvents>(event: E, ...args: Parameters<RendererEvents[E]>): void => {
    for (const l of listeners[event]) (l as (...a: Parameters<RendererEvents[E]>) => void)(...args);
  };

  const styleReady = new Promise<void>((resolve) => {
    if (map.isStyleLoaded()) resolve();
    else map.once('load', () => resolve());
  });

  const regionFeatures = (): Array<Feature<Point, PlaceProperties>> => (places?.features ?? []).filter((f) => f.properties.in_region);

  // Places first: their layers are installed and drawn before the context (rings, precision
  // circles, zones), whose extra shader programs would otherwise delay the first useful frame.
  let contextInstalled = false;
  const addLayer = (layer: Parameters<MapLibreMap['addLayer']>[0], beforeId?: string): void => {
    if (!map.getLayer(layer.id)) map.addLayer(layer, beforeId);
  };
  const installLayers = (): void => {
    const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    for (const style of new Set([...styles.byPlace.values()].map((s) => s.symbol))) {
      if (!map.hasImage(style)) map.addImage(style, styles.drawSymbol(style, pixelRatio), { pixelRatio });
    }
    const features = regionFeatures();
    const placeData: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id: f.properties.id,
          name_ar: f.properties.name_ar,
          name_en: f.properties.name_en,
          symbol: styles.byPlace.get(f.properties.id)?.symbol ?? '',
          colour: styles.byPlace.get(f.properties.id)?.colour ?? '#666666',
          // Read back into data-rendered-places, so tests see the status the map holds.
          status: f.properties.stale ? `${f.properties.status} stale` : f.properties.status,
        },
      })),
    };
    const precise = features.filter((f) => NEIGHBOURHOOD_KINDS.has(f.properties.kind) || f.properties.precision_code === 2);
    const precisionKey = JSON.stringify(precise.map((f) => [f.properties.id, f.geometry.coordinates, f.properties.precision_km, styles.byPlace.get(f.properties.id)?.colour ?? '#666666']));
    const precisionData = (): FeatureCollection<Polygon> => ({
      type: 'FeatureCollection',
      features: precise.map((f) => turfCircle(f.geometry.coordinates, f.properties.precision_km, { units: 'kilometers', steps: 64, properties: { id: f.properties.id, colour: styles.byPlace.get(f.properties.id)?.colour ?? '#666666' } })),
    });
    const ringData = (): FeatureCollection<LineString | Point> => ({
      type: 'FeatureCollection',
      features: opts.ringsKm.flatMap((km) => {
        const ring = turfCircle(opts.centre, km, { units: 'kilometers', steps: 128 });
        const labelAt = turfDestination(opts.centre, km, 200, { units: 'kilometers' });
        return [
          { type: 'Feature' as const, geometry: { type: 'LineString' as const, coordinates: ring.geometry.coordinates[0]! }, properties: { km } },
          { type: 'Feature' as const, geometry: labelAt.geometry, properties: { km, label: opts.ringLabel(km) } },
        ];
      }),
    });
    const setData = (id: string, data: FeatureCollection, key?: string): void => {
      const source = map.getSource(id) as GeoJSONSource | undefined;
      if (source) {
        // The same data again (the timeline moved to a date that changes nothing here): not sent to
        // MapLibre's worker, whose new tiles would be placed and drawn again.
        if (key !== undefined && sentData.get(id) === key) return;
        source.setData(data);
      } else {
        map.addSource(id, { type: 'geojson', data, ...(id === SOURCES.places ? { promoteId: 'id' } : {}) });
        // A new source (a first install, or a style reloaded) has no feature state yet.
        if (id === SOURCES.places) appliedStates.clear();
      }
      if (key === undefined) sentData.delete(id);
      else sentData.set(id, key);
    };
    setData(SOURCES.places, placeData, JSON.stringify(placeData.features.map((f) => [f.geometry.coordinates, f.properties])));
    const add = addLayer;
    add(placeSymbolLayer(LAYERS.places, SOURCES.places));
    add(placeLabelLayer(LAYERS.labels, SOURCES.places, lang));
    if (contextInstalled) {
      if (!(map.getSource(SOURCES.precision) && sentData.get(SOURCES.precision) === precisionKey)) setData(SOURCES.precision, precisionData(), precisionKey);
      // The rings and the centre never change: set once (a redraw for another date leaves them).
      if (!map.getSource(SOURCES.rings)) setData(SOURCES.rings, ringData());
      if (!map.getSource(SOURCES.centre)) setData(SOURCES.centre, { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: opts.centre }, properties: {} }] });
      // The selection halo, then everything else under the places, in this order from the bottom:
      // zones, precision circles, rings, ring labels, the centre.
      add({
        id: LAYERS.halo,
        type: 'circle',
        source: SOURCES.places,
        paint: {
          'circle-radius': ['case', ['boolean', ['feature-state', 'selected'], false], 19, 16],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-color': ['case', ['boolean', ['feature-state', 'selected'], false], '#111827', '#f59e0b'],
          'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'highlighted'], false], 3, 0],
        },
      }, LAYERS.places);
      const under = LAYERS.halo;
      add({ id: LAYERS.precisionFill, type: 'fill', source: SOURCES.precision, minzoom: 9, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': 0.08 } }, under);
      add({ id: LAYERS.precisionLine, type: 'line', source: SOURCES.precision, minzoom: 9, paint: { 'line-color': ['get', 'colour'], 'line-opacity': 0.5, 'line-width': 1, 'line-dasharray': [2, 2] } }, under);
      add({ id: LAYERS.rings, type: 'line', source: SOURCES.rings, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#6b7280', 'line-width': 1, 'line-opacity': 0.7, 'line-dasharray': [4, 3] } }, under);
      add({ id: LAYERS.ringLabels, type: 'symbol', source: SOURCES.rings, filter: ['==', ['geometry-type'], 'Point'], layout: { 'text-field': ['get', 'label'], 'text-font': [FONT_NAME], 'text-size': 11 }, paint: { 'text-color': '#4b5563', 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 } }, under);
      add({ id: LAYERS.centre, type: 'circle', source: SOURCES.centre, paint: { 'circle-radius': 4, 'circle-color': '#111827', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 } }, under);
      installZones(LAYERS.precisionFill, add);
    }
    applyStates();
  };
  /** Adds the context layers (rings, precision circles, zones) once the places are drawn. */
  const installContext = (): void => {
    if (contextInstalled) return;
    contextInstalled = true;
    installLayers();
  };

  function installZones(before: string, add: (layer: Parameters<MapLibreMap['addLayer']>[0], beforeId?: string) => void): void {
    const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    const features = (zones?.zones.features ?? []).map((f) => {
      const id = String(f.id);
      return { ...f, properties: { ...(f.properties ?? {}), zone_id: id, colour: zones?.colour.get(id) ?? '#6a6a6a', pattern: zones?.pattern.get(id) ?? '' } };
    });
    for (const patternId of new Set(features.map((f) => f.properties.pattern).filter(Boolean))) {
      if (!map.hasImage(patternId)) map.addImage(patternId, zones!.drawPattern(patternId, pixelRatio), { pixelRatio });
    }
    const data: FeatureCollection = { type: 'FeatureCollection', features };
    const source = map.getSource(SOURCES.zones) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else map.addSource(SOURCES.zones, { type: 'geojson', data, promoteId: 'zone_id' });
    const isZone: ['==', ['get', string], string] = ['==', ['get', 'kind'], 'zone'];
    const selectedExpr: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
    add({ id: LAYERS.zonesFill, type: 'fill', source: SOURCES.zones, filter: isZone, paint: { 'fill-color': ['get', 'colour'], 'fill-opacity': ['case', ['all', ['==', ['get', 'status'], 'control'], ['==', ['get', 'extent'], 'all']], 0.2, 0.07] } }, before);
    add({ id: LAYERS.zonesHatch, type: 'fill', source: SOURCES.zones, filter: ['all', isZone, ['!=', ['get', 'pattern'], '']], paint: { 'fill-pattern': ['get', 'pattern'] } }, before);
    add({ id: LAYERS.zonesOutline, type: 'line', source: SOURCES.zones, filter: isZone, paint: { 'line-color': ['get', 'colour'], 'line-opacity': 0.8, 'line-width': ['case', selectedExpr, 3, 0.8] } }, before);
    add({ id: LAYERS.frontLine, type: 'line', source: SOURCES.zones, filter: ['==', ['get', 'kind'], 'front-line'], layout: { 'line-cap': 'round' }, paint: { 'line-color': '#111827', 'line-width': 2.5, 'line-dasharray': [2, 1.5] } }, before);
    for (const id of ZONE_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', zonesVisible ? 'visible' : 'none');
    for (const f of features) map.setFeatureState({ source: SOURCES.zones, id: f.properties.zone_id }, { selected: f.properties.zone_id === selectedZone });
  }

  const applyStates = (): void => {
    if (!map.getSource(SOURCES.places)) return;
    const marked: string[] = [];
    for (const f of regionFeatures()) {
      const id = f.properties.id;
      const target = { source: SOURCES.places, id };
      const next = { selected: id === selected, highlighted: highlighted.includes(id) };
      // Only what changed (feature state outlives setData): the timeline redraws every place per move.
      const before = appliedStates.get(id);
      if (!before || before.selected !== next.selected || before.highlighted !== next.highlighted) {
        map.setFeatureState(target, next);
        appliedStates.set(id, next);
      }
      // Read back from the map, so the attribute reports what the map holds, not what we asked.
      if (next.highlighted && map.getFeatureState(target).highlighted) marked.push(id);
    }
    opts.container.dataset.highlightedPlaces = marked.sort().join(' ');
  };

  const reportRendered = (): string[] => {
    if (!map.getLayer(LAYERS.places)) return [];
    const rendered = map.queryRenderedFeatures({ layers: [LAYERS.places] });
    const seen = new Map<string, { id: string; x: number; y: number; symbol: string; status: string }>();
    for (const f of rendered as MapGeoJSONFeature[]) {
      const id = String(f.properties.id);
      if (seen.has(id)) continue;
      const [lon, lat] = (f.geometry as Point).coordinates as [number, number];
      const p = map.project([lon, lat]);
      seen.set(id, { id, x: Math.round(p.x), y: Math.round(p.y), symbol: String(f.properties.symbol), status: String(f.properties.status) });
    }
    const list = [...seen.values()].sort((a, b) => a.id.localeCompare(b.id));
    opts.container.dataset.renderedPlaces = JSON.stringify(list);
    const zoneLayers = [LAYERS.zonesFill, LAYERS.frontLine].filter((id) => map.getLayer(id));
    const drawnZones = zoneLayers.length ? map.queryRenderedFeatures({ layers: zoneLayers }) : [];
    opts.container.dataset.renderedZones = [...new Set(drawnZones.map((f) => String(f.properties.zone_id)))].sort().join(' ');
    // The label field the map actually uses, read back from the style (e.g. ["get","name_en"]).
    opts.container.dataset.labelField = JSON.stringify(map.getLayoutProperty(LAYERS.labels, 'text-field'));
    return list.map((p) => p.id);
  };
  map.on('idle', reportRendered);
  // Until the reader pans or zooms, a resized map (a phone turned, an embed's column narrowing to
  // 280 px) refits to the places instead of keeping a view that now crops them.
  let readerMoved = false;
  map.on('movestart', (e) => {
    if ((e as { originalEvent?: unknown }).originalEvent) readerMoved = true;
  });
  map.on('resize', () => {
    if (!readerMoved && places && !selected) renderer.fitPlaces();
  });
  map.on('style.load', () => {
    if (places) installLayers();
  });

  map.on('click', (e) => {
    const layers = [LAYERS.places, LAYERS.halo].filter((id) => map.getLayer(id));
    const hit = layers.length > 0 ? map.queryRenderedFeatures(e.point, { layers }) : [];
    if (hit.length > 0) {
      emit('select', String(hit[0]!.properties.id));
      return;
    }
    opts.onMapClick?.([e.lngLat.lng, e.lngLat.lat]);
    const zone = zonesVisible && map.getLayer(LAYERS.zonesFill) ? map.queryRenderedFeatures(e.point, { layers: [LAYERS.zonesFill] }) : [];
    if (zone.length > 0) emit('zoneSelect', String(zone[0]!.properties.zone_id));
    else emit('select', null);
  });
  let hovered: string | null = null;
  map.on('mousemove', (e) => {
    const hit = map.getLayer(LAYERS.places) ? map.queryRenderedFeatures(e.point, { layers: [LAYERS.places] }) : [];
    const id = hit.length > 0 ? String(hit[0]!.properties.id) : null;
    map.getCanvas().style.cursor = id ? 'pointer' : '';
    if (id !== hovered) {
      hovered = id;
      emit('hover', id);
    }
  });

  if (opts.onlineStyleUrl) {
    void styleReady.then(() => tryOnlineStyle(opts.onlineStyleUrl as string));
  }
  function tryOnlineStyle(url: string): void {
    let settled = false;
    const fallback = (reason: string): void => {
      if (settled) return;
      settled = true;
      map.off('error', onError);
      map.setStyle(embeddedStyle());
      opts.onBasemapFallback?.(reason);
    };
    const onError = (e: { error?: { message?: string } }): void => fallback(e.error?.message ?? 'style failed to load');
    const timer = setTimeout(() => fallback('timed out'), opts.onlineStyleTimeoutMs);
    map.on('error', onError);
    map.once('style.load', () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      map.off('error', onError);
    });
    // Keep our font faces so place labels still draw with the shipped font on an online style.
    map.setStyle(url, { transformStyle: (_previous, next) => ({ ...next, 'font-faces': { ...(next['font-faces'] ?? {}), ...embeddedStyle()['font-faces'] } }) });
  }

  /** Resolves at the map's next idle: what was just set is drawn (or out of view). */
  const waitForIdle = (): Promise<void> =>
    new Promise((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });

  // Every place in view: all of them when the map is fitted to them; those the reader's view
  // shows when MapLibre opens on or follows a static map the reader has moved.
  const waitForAllDrawn = (): Promise<void> =>
    new Promise((resolve) => {
      const { clientWidth: width, clientHeight: height } = map.getContainer();
      const expected = regionFeatures()
        .filter((f) => {
          const p = map.project(f.geometry.coordinates as [number, number]);
          return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
        })
        .map((f) => f.properties.id);
      const check = (): void => {
        const drawn = new Set(reportRendered());
        if (expected.every((id) => drawn.has(id))) {
          map.off('idle', check);
          resolve();
        }
      };
      map.on('idle', check);
      map.triggerRepaint();
    });

  const renderer: ViewableRenderer = {
    kind: () => 'webgl',
    async setPlaces(next, nextStyles, nextLang) {
      // The same article again is the page's timeline redrawing it for another date: the view stays
      // where the reader has it (places may be out of view), and it is drawn at the next idle.
      const redraw = places !== null && places.metadata.article === next.metadata.article && contextInstalled;
      places = next;
      styles = nextStyles;
      lang = nextLang;
      await styleReady;
      installLayers();
      renderer.setLang(nextLang);
      if (redraw) return waitForIdle();
      renderer.fitPlaces();
      await waitForAllDrawn();
      installContext();
    },
    setZones(next) {
      zones = next;
      // Only the zones: the places and their context are as they were.
      if (map.getSource(SOURCES.places) && contextInstalled && map.getLayer(LAYERS.precisionFill)) installZones(LAYERS.precisionFill, addLayer);
      else if (map.getSource(SOURCES.places) && contextInstalled) installLayers();
    },
    setZonesVisible(visible) {
      zonesVisible = visible;
      for (const id of ZONE_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
    },
    setSelectedZone(id) {
      selectedZone = id;
      if (!map.getSource(SOURCES.zones)) return;
      for (const f of zones?.zones.features ?? []) map.setFeatureState({ source: SOURCES.zones, id: String(f.id) }, { selected: String(f.id) === id });
    },
    setSelected(id) {
      selected = id;
      applyStates();
    },
    setHighlighted(ids) {
      highlighted = ids;
      applyStates();
    },
    flyTo(id) {
      const f = regionFeatures().find((p) => p.properties.id === id);
      if (!f) return;
      // The place goes to the centre of what the overlays leave free. An offset, not MapLibre's
      // `padding`, which would stay on the map and shift every later camera change.
      const p = opts.cameraPadding?.() ?? { top: 0, bottom: 0, left: 0, right: 0 };
      map.flyTo({ center: f.geometry.coordinates as [number, number], zoom: Math.max(map.getZoom(), 10), offset: [(p.left - p.right) / 2, (p.top - p.bottom) / 2], essential: true });
    },
    fitPlaces() {
      const features = regionFeatures();
      if (initialView) {
        map.jumpTo(initialView);
        initialView = null;
        // The static map's view, unless it leaves places out (a date in the URL other than the one
        // the static map was built for shows other places): then the places are fitted.
        const view = map.getBounds();
        if (features.every((f) => view.contains(f.geometry.coordinates as [number, number]))) return;
      }
      if (features.length === 0) return;
      const [w, s, e, n] = turfBbox({ type: 'FeatureCollection', features });
      const padding = opts.fitPadding?.() ?? { top: 60, bottom: 60, left: 60, right: 60 };
      const canvas = map.getCanvas().getBoundingClientRect();
      // On a small map the overlays cannot all be avoided: keep at least half of it for places.
      const fits = padding.left + padding.right < canvas.width / 2 && padding.top + padding.bottom < canvas.height / 2;
      map.fitBounds([[w, s], [e, n]], { padding: fits ? padding : 40, maxZoom: 11, animate: false });
    },
    view() {
      const { lng, lat } = map.getCenter();
      return { center: [lng, lat], zoom: map.getZoom() };
    },
    async setView(view, { keep }) {
      initialView = null;
      if (keep) readerMoved = true;
      map.jumpTo(view);
      await waitForAllDrawn();
    },
    setLang(next) {
      lang = next;
      if (map.getLayer(LAYERS.labels)) map.setLayoutProperty(LAYERS.labels, 'text-field', ['get', `name_${lang}`]);
      if (map.getLayer(BASEMAP_LAYER_IDS.countryLabel)) {
        const other = lang === 'ar' ? 'en' : 'ar';
        map.setLayoutProperty(BASEMAP_LAYER_IDS.countryLabel, 'text-field', ['coalesce', ['get', `name_${lang}`], ['get', `name_${other}`]]);
      }
    },
    on(event, listener) {
      (listeners[event] as Set<typeof listener>).add(listener);
      return () => (listeners[event] as Set<typeof listener>).delete(listener);
    },
    toPng() {
      // Read the canvas inside a render callback: the drawing buffer is only valid then.
      return new Promise((resolve, reject) => {
        map.once('render', () => {
          map.getCanvas().toBlob((blob) => (blob ? resolve(blob) : reject(new Error('canvas is empty'))), 'image/png');
        });
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
    },
  };
  return renderer;
}
