/**
 * The archive page's map with WebGL: the embedded basemap and the claims as one clustered GeoJSON
 * source. The page loads this module (and MapLibre with it) only after the canvas map's first
 * paint (main.ts), and shows it once it has drawn every claim selected.
 *
 * Filtering re-clusters: a cluster's count and colour must describe the claims shown, so the
 * source gets the selected claims (`setData`) rather than a layer filter, which MapLibre applies
 * after clustering. Why `setData` rather than `updateData` or a source filter: see bench/README.md
 * ("Filtering: how the map is updated"); `?update=diff` and `?update=expr` switch to the other two
 * so `npm run bench:scale` can measure them on the same page.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  prewarm,
  setWorkerUrl,
  type FilterSpecification,
  type GeoJSONSource,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { SyntheticClaimColumns } from './synthetic-claims.ts';
import type { Lang } from '../core/types.ts';
import type { MapLibreRendererOptions } from '../map/maplibre-renderer.ts';
import { BASEMAP_LAYER_IDS, FONT_FILES, createStyle } from '../map/style.ts';
import { CLAIMS_LAYER_IDS, CLAIMS_SOURCE_ID, clusterCountText, createClaimsLayers, createClaimsSource, type ClaimsLayerParty } from './claims-layers.ts';
import type { ClaimsView } from './claims-view.ts';
import { readRenderedClaims, type RenderedClaims } from './rendered-claims.ts';
import type { ClaimsFilter } from './select-claims.ts';

/**
 * Points MapLibre at its worker script and starts the worker, so that it is running by the time
 * the map is created. Call before {@link createClaimsMap}.
 */
export function startMapLibreWorker(): void {
  setWorkerUrl(workerUrl);
  prewarm();
}

/** How a new selection reaches the map; see the module comment. */
export type UpdateStrategy = 'data' | 'diff' | 'expr';

/** Options of {@link createClaimsMap}. */
export interface ClaimsMapOptions extends Pick<MapLibreRendererOptions, 'container' | 'basemap' | 'assetBase' | 'lang' | 'label' | 'attribution'> {
  columns: SyntheticClaimColumns;
  /** Parties in `columns.parties` order, with their colours. */
  parties: readonly ClaimsLayerParty[];
  /** What the map opens on (the canvas map's view); the map's container must be that size. */
  view: Pick<ClaimsView, 'center' | 'zoom'>;
  /** The claims shown first: `indices.subarray(0, count)`. */
  initial: { indices: Int32Array; count: number; filter: ClaimsFilter };
  /** @defaultValue `'data'` */
  update?: UpdateStrategy;
  /**
   * Called after every `idle` with what is drawn, how many claims the source holds (`expected`)
   * and whether a newer selection is still on its way (`settled` false).
   */
  onRendered: (rendered: RenderedClaims, expected: number, settled: boolean) => void;
}

/** The map. */
export interface ClaimsMap {
  /** Shows `indices.subarray(0, count)`; `filter` is what selected them (for `?update=expr`). */
  show(indices: Int32Array, count: number, filter: ClaimsFilter): void;
  setLang(lang: Lang, label: string): void;
  /**
   * Opens on another view, for a container that has changed size (the canvas map's refit, while
   * MapLibre is still loading behind it): the takeover waits for the same clusters on both.
   */
  setView(view: Pick<ClaimsView, 'center' | 'zoom'>): void;
  destroy(): void;
}

type ClaimFeature = Feature<Point, { party: string; day?: number }>;

/**
 * The claims as GeoJSON features, built once. Claims of a party share one
 * properties object (a claim needs only its party to be drawn), which keeps 50,000 objects off
 * the heap; a selection is then an array of references to these features. Feature ids only for
 * `diff`, the one strategy that needs them.
 */
function buildClaimFeatures(columns: SyntheticClaimColumns, update: UpdateStrategy): ClaimFeature[] {
  const n = columns.count;
  const sharedProperties = columns.parties.map((party) => ({ party }));
  const features: ClaimFeature[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const lon = columns.lon[i] as number;
    const lat = columns.lat[i] as number;
    const party = columns.party[i] as number;
    const feature: ClaimFeature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      // The expression strategy filters on the day in the worker, so it needs it on every feature.
      properties: update === 'expr' ? { party: columns.parties[party] as string, day: columns.day[i] as number } : (sharedProperties[party] as { party: string }),
    };
    if (update === 'diff') feature.id = i;
    features[i] = feature;
  }
  return features;
}

/**
 * Creates the map; the claims appear once the style has loaded. Keeps no reference to
 * `options.columns` once it returns, so the page can let the parsed file go.
 */
export function createClaimsMap(options: ClaimsMapOptions): ClaimsMap {
  const { parties, container, onRendered } = options;
  const update = options.update ?? 'data';
  const partyIds = [...options.columns.parties];
  const features = buildClaimFeatures(options.columns, update);
  const n = features.length;

  const collect = (indices: Int32Array, count: number): FeatureCollection<Point> => {
    if (count === n) return { type: 'FeatureCollection', features };
    const out: ClaimFeature[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = features[indices[k] as number] as ClaimFeature;
    return { type: 'FeatureCollection', features: out };
  };
  const expression = (filter: ClaimsFilter): FilterSpecification => [
    'all',
    ['in', ['get', 'party'], ['literal', partyIds.filter((_, p) => filter.parties[p])]],
    ['>=', ['get', 'day'], filter.fromDay],
    ['<=', ['get', 'day'], filter.asOfDay],
  ];

  let lang = options.lang;
  // The claims are part of the style the map starts with, not added on `load`: `load` waits for
  // the basemap's first complete frame (fonts included), and the worker would only then start
  // clustering. In the style, both load at once.
  const style = createStyle({
    basemap: options.basemap,
    lang,
    fontUrl: new URL(FONT_FILES.arabic, options.assetBase).href,
    latinFontUrl: new URL(FONT_FILES.latin, options.assetBase).href,
  });
  const claimsSource = update === 'expr'
    ? { ...createClaimsSource({ type: 'FeatureCollection', features }, parties), filter: expression(options.initial.filter) }
    : createClaimsSource(collect(options.initial.indices, options.initial.count), parties);
  style.sources[CLAIMS_SOURCE_ID] = claimsSource;
  style.layers.push(...createClaimsLayers(parties, lang));
  const map = new MapLibreMap({
    container,
    style,
    // Symbols and labels appear at once instead of fading in over 300 ms: every change of the
    // data (each move of the timeline) would otherwise be drawn again for a frame after frame of
    // fading, each a full frame on the main thread with software WebGL, and idle waits for the end.
    fadeDuration: 0,
    // The canvas map's view, exactly: the clusters depend on the zoom's integer part.
    center: options.view.center,
    zoom: options.view.zoom,
    attributionControl: false,
  });
  map.getCanvas().setAttribute('role', 'img');
  map.getCanvas().setAttribute('aria-label', options.label);
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  map.addControl(new AttributionControl({ compact: true, customAttribution: options.attribution }), 'bottom-right');

  // What the source holds (or will once the worker is done) and what is waiting to go.
  let expected = options.initial.count;
  const shown = new Uint8Array(update === 'diff' ? n : 0);
  if (update === 'diff') for (let k = 0; k < options.initial.count; k++) shown[options.initial.indices[k] as number] = 1;
  let queued: { indices: Int32Array; count: number; filter: ClaimsFilter } | null = null;
  let sending = false;
  let source: GeoJSONSource | null = null;

  const send = async (): Promise<void> => {
    if (sending || !source) return;
    sending = true;
    try {
      while (queued) {
        const { indices, count, filter } = queued;
        queued = null;
        expected = count;
        if (update === 'diff') {
          const add: ClaimFeature[] = [];
          const remove: number[] = [];
          const next = new Uint8Array(n);
          for (let k = 0; k < count; k++) next[indices[k] as number] = 1;
          for (let i = 0; i < n; i++) {
            if (next[i] === shown[i]) continue;
            if (next[i]) add.push(features[i] as ClaimFeature);
            else remove.push(i);
          }
          shown.set(next);
          await source.updateData({ add, remove });
        } else if (update === 'expr') {
          // Not public API: the source filter is read from the worker options on every load.
          source.workerOptions.filter = expression(filter);
          await source.setData({ type: 'FeatureCollection', features });
        } else {
          await source.setData(collect(indices, count));
        }
      }
    } finally {
      sending = false;
    }
    map.triggerRepaint();
  };

  const onIdle = (): void => {
    if (!map.getSource(CLAIMS_SOURCE_ID)) return;
    onRendered(readRenderedClaims(map), expected, !sending && !queued && map.isSourceLoaded(CLAIMS_SOURCE_ID));
  };
  map.on('idle', onIdle);
  map.once('load', () => {
    source = map.getSource<GeoJSONSource>(CLAIMS_SOURCE_ID) ?? null;
    void send();
  });

  return {
    show(indices, count, filter) {
      // A copy: the caller reuses its buffer for the next selection.
      queued = { indices: indices.slice(0, count), count, filter };
      void send();
    },
    setLang(next, label) {
      lang = next;
      map.getCanvas().setAttribute('aria-label', label);
      const apply = (): void => {
        const [name, other] = lang === 'ar' ? ['name_ar', 'name_en'] : ['name_en', 'name_ar'];
        map.setLayoutProperty(BASEMAP_LAYER_IDS.countryLabel, 'text-field', ['coalesce', ['get', name], ['get', other]]);
        map.setLayoutProperty(BASEMAP_LAYER_IDS.countryLabel, 'text-letter-spacing', lang === 'ar' ? 0 : 0.12);
        if (map.getLayer(CLAIMS_LAYER_IDS.clusterCounts)) map.setLayoutProperty(CLAIMS_LAYER_IDS.clusterCounts, 'text-field', clusterCountText(lang));
      };
      if (map.loaded() || map.isStyleLoaded()) apply();
      else map.once('load', apply);
    },
    setView(view) {
      map.resize();
      map.jumpTo({ center: view.center, zoom: view.zoom });
    },
    destroy() {
      map.off('idle', onIdle);
      map.remove();
    },
  };
}
