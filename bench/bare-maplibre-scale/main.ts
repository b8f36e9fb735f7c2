/**
 * A floor of `npm run bench:scale`: MapLibre alone, drawing the same 50,000 synthetic claims as
 * the archive page, from a plain GeoJSON file (`data/synthetic-claims.geojson`, written by the
 * benchmark with `toGeoJSON`), on the same embedded basemap, with the same clustered source and
 * the same three layers (src/archive/claims-layers.ts), so that only the page around the map
 * differs: no UI, no filtering, no columnar decoding, no controls.
 *
 * Two ways of loading, both plain MapLibre:
 * - by default the one MapLibre's examples teach: fetch the data, create the map, and add the
 *   source and layers on the map's `load` event;
 * - `?inline`: what the archive page does: start the worker early (`prewarm()`) and put the
 *   source and layers into the style the map is created with, so the worker clusters the claims
 *   while the basemap loads instead of after its first complete frame.
 *
 * Readiness is the archive page's: `data-map-ready` on `<body>` once, after an `idle`, the
 * rendered clusters' counts plus the single claims add up to every claim in the file.
 *
 * `?size=<width>x<height>` (CSS px) sizes the map like the archive page's map area.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection, Point } from 'geojson';
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { createClaimsLayers, createClaimsSource, CLAIMS_SOURCE_ID } from '../../src/archive/claims-layers.ts';
import { readRenderedClaims, writeRenderedClaims } from '../../src/archive/rendered-claims.ts';
import { createPartyPalette } from '../../src/render/palette.ts';
import { FONT_FILES, createStyle } from '../../src/map/style.ts';

// The generator's default parties in its order, so the colours are the archive page's.
const PARTIES = ['lna', 'gna'];

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function startBareMap(): Promise<void> {
  const base = document.baseURI;
  const container = document.getElementById('cm-bare-map') as HTMLElement;
  const params = new URLSearchParams(window.location.search);
  const inline = params.has('inline');
  const size = /^(\d+)x(\d+)$/.exec(params.get('size') ?? '');
  Object.assign(document.body.style, { margin: '0' });
  Object.assign(container.style, size ? { width: `${size[1]}px`, height: `${size[2]}px` } : { width: '100vw', height: '100vh' });

  setWorkerUrl(workerUrl);
  if (inline) prewarm();
  const [claims, basemap] = await Promise.all([
    fetchJson<FeatureCollection<Point>>(new URL('data/synthetic-claims.geojson', base).href),
    fetchJson<FeatureCollection>(new URL('data/basemap.geojson', base).href),
  ]);
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of claims.features) {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    west = Math.min(west, lon);
    east = Math.max(east, lon);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  const palette = createPartyPalette(PARTIES);
  const parties = PARTIES.map((id) => ({ id, colour: palette.colour(id) }));

  const style = createStyle({
    basemap,
    lang: 'ar',
    fontUrl: new URL(FONT_FILES.arabic, base).href,
    latinFontUrl: new URL(FONT_FILES.latin, base).href,
  });
  if (inline) {
    style.sources[CLAIMS_SOURCE_ID] = createClaimsSource(claims, parties);
    style.layers.push(...createClaimsLayers(parties, 'ar'));
  }
  const map = new MapLibreMap({
    container,
    style,
    bounds: [[west, south], [east, north]],
    fitBoundsOptions: { padding: 40 },
    attributionControl: false,
  });
  map.once('load', () => {
    if (!inline) {
      map.addSource(CLAIMS_SOURCE_ID, createClaimsSource(claims, parties));
      for (const layer of createClaimsLayers(parties, 'ar')) map.addLayer(layer);
    }
    const check = (): void => {
      if (!map.isSourceLoaded(CLAIMS_SOURCE_ID)) return;
      const rendered = readRenderedClaims(map);
      writeRenderedClaims(container, rendered);
      if (rendered.claims !== claims.features.length) return;
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
