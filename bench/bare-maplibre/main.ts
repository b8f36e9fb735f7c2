/**
 * The floor of `npm run bench:page`: MapLibre alone, drawing the seed article's places on the same
 * embedded basemap as the site (same `createStyle`, same fonts, Arabic country names as the site
 * opens in), with no UI at all. Places are plain circles: no symbol images, no labels beyond the
 * basemap's, no rings, no controls.
 *
 * Readiness: `data-map-ready` on `<body>` once, after an `idle`, `queryRenderedFeatures` on the
 * places layer returns every in-region place id. That is the site's MapLibre test for its WebGL
 * takeover (`data-renderer="webgl"`); the site's own `data-map-ready` now comes earlier, from its
 * static SVG map, and the benchmark compares both against this one moment.
 *
 * `?size=<width>x<height>` (CSS px) sizes the map like the site's map area, so both pages draw
 * the same number of pixels; without it the map fills the window.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { FONT_FILES, createStyle } from '../../src/map/style.ts';

const SEED_ARTICLE = 'haftar-macron-2019-05-13';
const PLACES_LAYER = 'cm-bare-places';

interface BarePlaceProperties {
  id: string;
  in_region: boolean;
}

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
  const [places, basemap] = await Promise.all([
    fetchJson<FeatureCollection<Point, BarePlaceProperties>>(new URL(`data/geo/${SEED_ARTICLE}.geojson`, base).href),
    fetchJson<FeatureCollection>(new URL('data/basemap.geojson', base).href),
  ]);
  const inRegion = places.features.filter((f) => f.properties.in_region);
  const expected = inRegion.map((f) => f.properties.id);

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

  map.once('load', () => {
    map.addSource(PLACES_LAYER, { type: 'geojson', data: { type: 'FeatureCollection', features: inRegion } });
    map.addLayer({
      id: PLACES_LAYER,
      type: 'circle',
      source: PLACES_LAYER,
      paint: { 'circle-radius': 7, 'circle-color': '#b45309', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
    });
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
