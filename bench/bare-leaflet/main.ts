/**
 * The Leaflet baseline of `npm run bench:page`: Leaflet alone (its default SVG renderer, no tiles,
 * no network), drawing the seed article's in-region places as clickable circle markers on the
 * same embedded basemap as the site (`data/basemap.geojson`: land, coastline and borders in the
 * site's basemap colours), with no UI at all (no zoom or attribution control).
 *
 * Readiness says "places visible and clickable", like the site's static map: `data-map-ready`
 * on `<body>` once, when every in-region place has its marker element in the document, marked
 * interactive (`leaflet-interactive`) with a click handler (a popup with the place's name).
 *
 * `?size=<width>x<height>` (CSS px) sizes the map like the site's map area, so both pages draw
 * the same number of pixels; without it the map fills the window.
 */
import 'leaflet/dist/leaflet.css';
import type { Feature, FeatureCollection, Point } from 'geojson';
import L from 'leaflet';
import { BASEMAP_COLORS } from '../../src/render/basemap-colours.ts';

const SEED_ARTICLE = 'haftar-macron-2019-05-13';

interface BarePlaceProperties {
  id: string;
  name_ar: string;
  in_region: boolean;
}

/** Basemap styles by the feature's `layer` property, after the site's (src/map/style.ts). */
const BASEMAP_STYLES: Readonly<Record<string, L.PathOptions>> = {
  land: { stroke: false, fill: true, fillColor: BASEMAP_COLORS.land, fillOpacity: 1 },
  coastline: { color: BASEMAP_COLORS.coastline, weight: 1, fill: false },
  border: { color: BASEMAP_COLORS.border, weight: 1.2, dashArray: '4 3', fill: false },
};

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function startBareMap(): Promise<void> {
  const base = document.baseURI;
  const container = document.getElementById('cm-bare-map') as HTMLElement;
  const size = /^(\d+)x(\d+)$/.exec(new URLSearchParams(window.location.search).get('size') ?? '');
  // Set from script, not a style sheet, so the page's only CSS is Leaflet's own.
  Object.assign(document.body.style, { margin: '0' });
  Object.assign(container.style, {
    ...(size ? { width: `${size[1]}px`, height: `${size[2]}px` } : { width: '100vw', height: '100vh' }),
    background: BASEMAP_COLORS.sea,
  });

  const [places, basemap] = await Promise.all([
    fetchJson<FeatureCollection<Point, BarePlaceProperties>>(new URL(`data/geo/${SEED_ARTICLE}.geojson`, base).href),
    fetchJson<FeatureCollection>(new URL('data/basemap.geojson', base).href),
  ]);
  const inRegion = places.features.filter((f) => f.properties.in_region);

  const map = L.map(container, { zoomControl: false, attributionControl: false, zoomSnap: 0 });
  const bounds = L.latLngBounds(inRegion.map((f) => L.latLng(f.geometry.coordinates[1] as number, f.geometry.coordinates[0] as number)));
  map.fitBounds(bounds, { padding: [60, 60], maxZoom: 11 });

  map.whenReady(() => {
    L.geoJSON(basemap, {
      // Country-name points are left out: labels are not what this page is about.
      filter: (feature: Feature) => feature.properties?.layer in BASEMAP_STYLES,
      style: (feature) => BASEMAP_STYLES[String(feature?.properties?.layer)] ?? {},
      interactive: false,
    }).addTo(map);
    const markers = inRegion.map((f) => {
      const name = document.createElement('span');
      name.textContent = f.properties.name_ar;
      return L.circleMarker(L.latLng(f.geometry.coordinates[1] as number, f.geometry.coordinates[0] as number), {
        radius: 7,
        color: '#ffffff',
        weight: 2,
        fillColor: '#b45309',
        fillOpacity: 1,
      }).bindPopup(name);
    });
    L.layerGroup(markers).addTo(map);
    // Leaflet's SVG renderer adds the paths synchronously; checked anyway, and again on the next
    // frame if not yet there, so readiness means what it says.
    const check = (): void => {
      const drawn = markers.every((m) => {
        const element = m.getElement();
        return element?.isConnected === true && element.classList.contains('leaflet-interactive');
      });
      if (drawn) document.body.dataset.mapReady = 'true';
      else requestAnimationFrame(check);
    };
    check();
  });
}

void startBareMap().catch((error: unknown) => {
  document.body.dataset.mapError = String(error);
  throw error;
});
