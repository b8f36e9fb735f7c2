import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/fonts.css';
import './ui/styles.css';
import { createMapLibreRenderer } from './map/maplibre-renderer.ts';
import { startApp } from './ui/app.ts';

// The page's entry: the article and its map, rendered by MapLibre. An optional online basemap
// style comes from `?basemap=<style URL>` or content/site.yaml's basemap_style_url; the embedded
// basemap is used otherwise and as the fallback.
const root = document.getElementById('cm-app') as HTMLElement;
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const basemapParam = new URLSearchParams(window.location.search).get('basemap');
// Martyrs' Square, the gazetteer's point for Tripoli (wikipedia:en:Martyrs'_Square,_Tripoli).
const TRIPOLI_CENTRE: [number, number] = [13.18111, 32.895];

void startApp({
  root,
  base,
  createRenderer: ({ container, basemap, lang, label, attribution, onBasemapFallback, fitPadding, onlineStyleUrl }) =>
    createMapLibreRenderer({
      container,
      basemap,
      lang,
      label,
      attribution,
      assetBase: base,
      onlineStyleUrl: basemapParam ?? onlineStyleUrl,
      onBasemapFallback,
      fitPadding,
      centre: TRIPOLI_CENTRE,
      ringLabel: (km) => `${km} km`,
    }),
});
