/**
 * The MapLibre baseline of `npm run bench:page`: MapLibre alone, drawing what the site's MapLibre
 * map draws when it takes over, with no UI at all: the same embedded basemap (`createStyle`, the
 * same font files, Arabic names as the site opens in), the seed article's places as the same
 * status symbols (`createPlaceStyles` with the article's parties, the images drawn at the same
 * pixel ratio) and their names with the same font and layout (`placeSymbolLayer` and
 * `placeLabelLayer`, which the site's renderer uses too). Not drawn, as on the site until its
 * places are: rings, precision circles, zones, controls.
 *
 * Readiness: `data-map-ready` on `<body>` once, after an `idle`, `queryRenderedFeatures` on the
 * places layer returns every in-region place id. That is the site's MapLibre test for its WebGL
 * takeover (`data-renderer="webgl"`); the site's own `data-map-ready` now comes earlier, from its
 * static SVG map, and the benchmark compares both against this one moment.
 *
 * `data-view` on `<body>` is MapLibre's centre and zoom, rewritten on every `move`: the benchmark
 * watches it to see when a drag has moved the map.
 *
 * `?size=<width>x<height>` (CSS px) sizes the map like the site's map area, so both pages draw
 * the same number of pixels; without it the map fills the window.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { PlacesCollection } from '../../src/core/geojson/build-places-collection.ts';
import type { Party } from '../../src/core/types.ts';
import { placeLabelLayer, placeSymbolLayer } from '../../src/map/place-layers.ts';
import { FONT_FILES, createStyle } from '../../src/map/style.ts';
import { createPlaceStyles } from '../../src/render/place-styles.ts';

const SEED_ARTICLE = 'haftar-macron-2019-05-13';
const PLACES_LAYER = 'cm-bare-places';
const LABELS_LAYER = 'cm-bare-place-labels';

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function startBareMap(): Promise<void> {
  const base = document.baseURI;
  const container = document.getElementById('cm-bare-map') as HTMLElement;
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
  // Set from script, not a style sheet, so the page's only CSS is MapLibre's own.
  Object.assign(document.body.style, { margin: '0' });
  Object.assign(container.style, size ? { width: `${size[1]}px`, height: `${size[2]}px` } : { width: '100vw', height: '100vh' });

  setWorkerUrl(workerUrl);
  const [places, basemap, article] = await Promise.all([
    fetchJson<PlacesCollection>(new URL(`data/geo/${SEED_ARTICLE}.geojson`, base).href),
    fetchJson<FeatureCollection>(new URL('data/basemap.geojson', base).href),
    fetchJson<{ parties: Party[] }>(new URL(`data/articles/${SEED_ARTICLE}.json`, base).href),
  ]);
  const inRegion = places.features.filter((f) => f.properties.in_region);
  const expected = inRegion.map((f) => f.properties.id);
  const styles = createPlaceStyles(places, article.parties);

  const lons = inRegion.map((f) => f.geometry.coordinates[0] as number);
  const lats = inRegion.map((f) => f.geometry.coordinates[1] as number);
  const map = new MapLibreMap({
    container,
    style: createStyle({
      basemap,
      lang: 'ar',
      fontUrl: new URL(FONT_FILES.arabic, base).href,
      latinFontUrl: new URL(FONT_FILES.latin, base).href,
    }),
    bounds: [
      [Math.min(...lons), Math.min(...lats)],
      [Math.max(...lons), Math.max(...lats)],
    ],
    fitBoundsOptions: { padding: 60, maxZoom: 11 },
    attributionControl: false,
  });
  map.on('move', () => {
    const { lng, lat } = map.getCenter();
    document.body.dataset.view = `${lng.toFixed(6)},${lat.toFixed(6)},${map.getZoom().toFixed(4)}`;
  });

  // As the site: layers added once the style has loaded, symbol images at the device's ratio.
  map.once('load', () => {
    const pixelRatio = Math.max(1, Math.ceil(window.devicePixelRatio || 1));
    for (const symbol of new Set([...styles.byPlace.values()].map((s) => s.symbol))) map.addImage(symbol, styles.drawSymbol(symbol, pixelRatio), { pixelRatio });
    const data: FeatureCollection<Point> = {
      type: 'FeatureCollection',
      features: inRegion.map((f) => ({
        type: 'Feature',
        geometry: f.geometry,
        properties: { id: f.properties.id, name_ar: f.properties.name_ar, name_en: f.properties.name_en, symbol: styles.byPlace.get(f.properties.id)?.symbol ?? '' },
      })),
    };
    map.addSource(PLACES_LAYER, { type: 'geojson', data });
    map.addLayer(placeSymbolLayer(PLACES_LAYER, PLACES_LAYER));
    map.addLayer(placeLabelLayer(LABELS_LAYER, PLACES_LAYER, 'ar'));
    const check = (): void => {
      const drawn = new Set(map.queryRenderedFeatures({ layers: [PLACES_LAYER] }).map((f) => String(f.properties.id)));
      if (!expected.every((id) => drawn.has(id))) return;
      map.off('idle', check);
      document.body.dataset.mapReady = 'true';
    };
    map.on('idle', check);
  });
}

void startBareMap().catch((error: unknown) => {
  document.body.dataset.mapError = String(error);
  throw error;
});
