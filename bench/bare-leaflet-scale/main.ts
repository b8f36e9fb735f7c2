/**
 * A floor of `npm run bench:scale`: Leaflet 1.9 alone, drawing the same 50,000 synthetic claims
 * as the archive page (`data/synthetic-claims.geojson`, written by the benchmark) as
 * `L.circleMarker`s on one canvas (`preferCanvas: true`), coloured by party with the same
 * palette. Leaflet has no clustering of its own (Leaflet.markercluster is a plugin, and its DOM
 * markers would be far slower at this size), so every claim is drawn: that is what a bare
 * Leaflet page does.
 *
 * No tiles and no network: the basemap is the same `data/basemap.geojson` the MapLibre pages
 * draw, as an `L.geoJSON` layer (land, coastline, borders; country names as text labels), on the
 * same sea colour.
 *
 * Readiness: `data-map-ready` on `<body>` once every marker is on the map and the canvas renderer
 * has drawn them (two animation frames later: Leaflet redraws its canvas in the next frame).
 * `?size=<width>x<height>` (CSS px) sizes the map like the archive page's map area.
 */
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import L from 'leaflet';
import { createPartyPalette } from '../../src/render/palette.ts';
import { BASEMAP_COLORS } from '../../src/render/basemap-colours.ts';

const PARTIES = ['lna', 'gna'];

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

async function startBareMap(): Promise<void> {
  const base = document.baseURI;
  const container = document.getElementById('cm-bare-map') as HTMLElement;
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
  Object.assign(document.body.style, { margin: '0' });
  Object.assign(container.style, size ? { width: `${size[1]}px`, height: `${size[2]}px` } : { width: '100vw', height: '100vh' });
  container.style.background = BASEMAP_COLORS.sea;

  const [claims, basemap] = await Promise.all([
    fetchJson<FeatureCollection<Point, { party: string }>>(new URL('data/synthetic-claims.geojson', base).href),
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

  const map = L.map(container, { preferCanvas: true, zoomSnap: 0 });
  map.fitBounds([[south, west], [north, east]], { padding: [40, 40] });

  const layerOf = (f: Feature | undefined): string => String((f?.properties as { layer?: string } | null)?.layer);
  L.geoJSON(basemap, {
    filter: (f) => layerOf(f) !== 'country-label',
    style: (f) => {
      const layer = layerOf(f);
      if (layer === 'land') return { stroke: false, fill: true, fillColor: BASEMAP_COLORS.land, fillOpacity: 1 };
      if (layer === 'coastline') return { color: BASEMAP_COLORS.coastline, weight: 1, fill: false };
      return { color: BASEMAP_COLORS.border, weight: 1.2, dashArray: '3 2', fill: false };
    },
    interactive: false,
  }).addTo(map);
  for (const f of basemap.features) {
    if (layerOf(f) !== 'country-label' || f.geometry.type !== 'Point') continue;
    const [lon, lat] = f.geometry.coordinates as [number, number];
    const label = document.createElement('span');
    label.textContent = String((f.properties as { name_ar?: string; name_en?: string }).name_ar ?? (f.properties as { name_en?: string }).name_en ?? '');
    Object.assign(label.style, { color: BASEMAP_COLORS.label, whiteSpace: 'nowrap', font: '14px sans-serif' });
    L.marker([lat, lon], { icon: L.divIcon({ html: label, className: '', iconSize: undefined }), interactive: false, keyboard: false }).addTo(map);
  }

  const markers = claims.features.map((f) => {
    const [lon, lat] = f.geometry.coordinates as [number, number];
    return L.circleMarker([lat, lon], { radius: 4, color: '#ffffff', weight: 1, fillColor: palette.colour(f.properties.party), fillOpacity: 1 });
  });
  L.layerGroup(markers).addTo(map);
  await nextFrame();
  await nextFrame();
  container.dataset.renderedClaims = String(markers.length);
  document.body.dataset.mapReady = 'true';
}

void startBareMap().catch((error: unknown) => {
  document.body.dataset.mapError = String(error);
  throw error;
});
