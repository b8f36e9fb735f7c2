import 'maplibre-gl/dist/maplibre-gl.css';
import '../ui/fonts.css';
import '../ui/styles.css';
import { createPageMapLibre } from '../map/create-page-maplibre.ts';
import { startApp } from '../ui/app.ts';
import { loadIndex, dataUrls } from '../ui/data.ts';
import { parseEmbedParams } from './embed-params.ts';
import { connectFrame } from './frame-messaging.ts';

// The embed page (embed.html): the map with an optional compact article panel, configured by URL
// parameters, talking to its host page through postMessage.
const root = document.getElementById('cm-app') as HTMLElement;
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const params = parseEmbedParams(window.location.search);

async function main(): Promise<void> {
  // The allowlist must be known before any message is answered; without the index nothing runs.
  const index = await loadIndex(dataUrls(base).index).catch(() => null);
  let connection: ReturnType<typeof connectFrame> | null = null;
  let lastPlace: string | null = params.place ?? null;
  const app = await startApp({
    root,
    base,
    url: false,
    compact: true,
    panel: params.panel,
    fullPageUrl: new URL('index.html', base).href,
    initial: { ...(params.article ? { article: params.article } : {}), ...(params.place ? { place: params.place } : {}), ...(params.lang ? { lang: params.lang } : {}) },
    createRenderer: (input) => createPageMapLibre(input, { assetBase: base, onlineStyleUrl: params.basemap, initialView: params.view }),
    onReady: (state) => connection?.ready(state),
    onChange: (state) => {
      // The host hears about selections, whoever made them (reader or host).
      if (state.place === lastPlace) return;
      lastPlace = state.place;
      connection?.placeSelected(state);
    },
  });
  connection = connectFrame(app, { allowedOrigins: index?.embed_origins ?? null });
  if (document.body.dataset.mapReady) connection.ready(app.getState());
}

void main();
