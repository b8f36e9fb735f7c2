/**
 * The archive page (`archive.html`): "Control over time (synthetic data)". 50,000 SYNTHETIC dated
 * control claims (`data/synthetic-claims.json`, see src/archive/synthetic-claims.ts) on the embedded
 * basemap, clustered, filtered by party and by date with a "map as of" slider.
 *
 * Canvas first, WebGL after (like the article page's static SVG): the clusters are computed in a
 * worker with MapLibre's own cluster code (cluster-claims.ts) and drawn on a 2D canvas
 * (canvas-map.ts) on the view MapLibre will open on (claims-view.ts); then MapLibre loads, draws
 * the same clusters under the canvas, and takes over once it has drawn every claim selected.
 * Without WebGL, or if MapLibre fails, the canvas map stays: filters keep working, and a notice
 * says the map is a static view. While the canvas map is shown, a change in the map element's size
 * refits the view to the claims, re-clusters at the new view's zoom and redraws (MapLibre, if not
 * created yet, then opens on that view).
 *
 * Hooks for tests and benchmarks (no globals): on `<body>`, `data-map-ready="true"` once the
 * claims are drawn (the clusters' counts plus the single claims drawn add up to every claim
 * selected), `data-renderer` (`canvas`, then `webgl` once MapLibre has taken over) and
 * `data-map-fallback` (why the canvas map stays, when it does); on the map container
 * `data-rendered-clusters`, `data-rendered-points`, `data-rendered-claims` and
 * `data-rendered-cluster-sizes`, written by whichever map is shown after each draw (MapLibre: after
 * every `idle`); on the count (`#cm-archive-count`) `data-shown-count`, the number of claims the
 * filter selects.
 *
 * `?lang=en` opens in English; `?update=diff|expr` picks another way of updating the WebGL map,
 * for `npm run bench:scale` only (see claims-map.ts).
 */
import '../ui/fonts.css';
import '../ui/timeline.css';
import './archive.css';
import { createPartyPalette } from '../render/palette.ts';
import type { SyntheticClaimColumns } from './synthetic-claims.ts';
import type { Lang } from '../core/types.ts';
import { afterNextFrame, isWebGLAvailable } from '../map/progressive-renderer.ts';
import { h } from '../ui/dom.ts';
import { createCanvasMap, type CanvasMap } from './canvas-map.ts';
import type { ClaimsMap, UpdateStrategy } from './claims-map.ts';
import { boundsOfClaims, fitClaimsView, tileZoomOf, type ClaimsView, type LonLatBounds } from './claims-view.ts';
import { createClusterClient, createClusterWorker, type ClusterClient } from './cluster-client.ts';
import { countClaimsByDay, createArchiveControls } from './controls.ts';
import { ARCHIVE_DATA, loadBasemapCollection, loadClaimColumns } from './load-data.ts';
import { observeMapSize, type MapSize, type MapSizeObserver } from './observe-map-size.ts';
import { writeRenderedClaims } from './rendered-claims.ts';
import { createClaimsIndex, selectClaims, type ClaimsFilter } from './select-claims.ts';
import { ARCHIVE_STRINGS, readLang } from './strings.ts';

const ATTRIBUTION = 'ادعاءات اصطناعية · synthetic claims';
/** Shown when the file has no claims. */
const DEFAULT_BOUNDS: LonLatBounds = [[11, 31.5], [15.5, 33.2]];
/** Room around the claims, CSS px (what `fitBounds` got before the canvas map). */
const VIEW_PADDING_PX = 40;
/** How long MapLibre may take to draw every claim before the canvas map is kept, ms. */
const WEBGL_TIMEOUT_MS = 60_000;

function setDocumentLang(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
  document.title = ARCHIVE_STRINGS[lang].documentTitle;
}

async function startArchive(): Promise<void> {
  // The clustering worker starts now, while the data downloads.
  const worker = createClusterWorker();
  const root = document.getElementById('cm-archive') as HTMLElement;
  const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
  const params = new URLSearchParams(window.location.search);
  const update = (['data', 'diff', 'expr'] as const).find((s) => s === params.get('update')) ?? ('data' satisfies UpdateStrategy);
  let lang = readLang(window.location.search);
  setDocumentLang(lang);

  const title = root.querySelector<HTMLElement>('.cm-archive__title') as HTMLElement;
  const note = root.querySelector<HTMLElement>('.cm-archive__note') as HTMLElement;
  const langButton = root.querySelector<HTMLButtonElement>('.cm-archive__lang') as HTMLButtonElement;
  const mapElement = root.querySelector<HTMLElement>('#cm-archive-map') as HTMLElement;
  const panel = root.querySelector<HTMLElement>('.cm-archive__panel') as HTMLElement;

  let loaded;
  let basemap;
  try {
    [loaded, basemap] = await Promise.all([
      loadClaimColumns(new URL(ARCHIVE_DATA.claims, base).href),
      loadBasemapCollection(new URL(ARCHIVE_DATA.basemap, base).href),
    ]);
  } catch (error) {
    worker.terminate();
    panel.replaceChildren(h('p', { class: 'cm-archive__error', role: 'alert' }, `${ARCHIVE_STRINGS[lang].loadError}: ${error instanceof Error ? error.message : String(error)}`));
    throw error;
  }

  // Only MapLibre's features need the parsed file, once; `columns` is dropped after that so that
  // the parsed file (about 2 MB of JS arrays) can be collected.
  let columns: SyntheticClaimColumns | null = loaded;
  const index = createClaimsIndex(loaded);
  const palette = createPartyPalette(loaded.parties);
  const labels = loaded.party_labels;
  const parties = loaded.parties.map((id) => ({ id, colour: palette.colour(id), label: labels[id] ?? { ar: id.toUpperCase(), en: id.toUpperCase() } }));
  const { start } = loaded;
  let filter: ClaimsFilter = { parties: parties.map(() => true), fromDay: 0, asOfDay: index.lastDay, mode: 'window' };
  const buffer = new Int32Array(loaded.count);
  let selection = selectClaims(index, filter, buffer);

  const claimsBounds = boundsOfClaims(loaded.lon, loaded.lat) ?? DEFAULT_BOUNDS;
  const fitView = (size: MapSize): ClaimsView => fitClaimsView(claimsBounds, { ...size, padding: VIEW_PADDING_PX });
  // Refitted while the canvas map is shown (see `resizeObserver`); MapLibre opens on the latest.
  let view = fitView({ width: mapElement.clientWidth, height: mapElement.clientHeight });
  const canvasLayer = h('div', { class: 'cm-archive-map__canvas' });
  const attribution = h('p', { class: 'cm-archive-map__attribution' }, `Natural Earth · ${ATTRIBUTION}`);
  canvasLayer.append(attribution);
  // MapLibre's container, under the canvas and out of the accessibility tree until it takes over.
  const webglLayer = h('div', { class: 'cm-archive-map__webgl', 'aria-hidden': 'true' });
  webglLayer.inert = true;
  mapElement.replaceChildren(webglLayer, canvasLayer);
  // Both let go when MapLibre takes over.
  let canvasMap: CanvasMap | null = createCanvasMap({ container: canvasLayer, view, basemap, parties, lang, label: ARCHIVE_STRINGS[lang].map });

  let renderer: 'canvas' | 'webgl' = 'canvas';
  let map: ClaimsMap | null = null;
  let notice: HTMLElement | null = null;
  let webglTimer: ReturnType<typeof setTimeout> | undefined;

  let clusters: ClusterClient | null = createClusterClient({
    lon: loaded.lon,
    lat: loaded.lat,
    party: index.party,
    parties: loaded.parties,
    zoom: tileZoomOf(view.zoom),
    createWorker: () => worker,
    onClusters: (found, selected) => {
      if (!canvasMap) return;
      const rendered = canvasMap.draw(found);
      writeRenderedClaims(mapElement, rendered);
      if (document.body.dataset.mapReady || rendered.claims !== selected || selected === 0) return;
      document.body.dataset.renderer = 'canvas';
      document.body.dataset.mapReady = 'true';
      // Once the frame with the canvas map has been produced (a task after the next animation
      // frame): checking for WebGL creates a context, during which no frame is presented, and
      // MapLibre's chunk and shaders then take the CPU for a second or more on software rendering.
      afterNextFrame(() => void startWebGL());
    },
    onError: (message) => {
      document.body.dataset.mapError = message;
      console.error(`archive map: ${message}`);
    },
  });
  clusters.cluster(selection.indices, selection.count);

  // The canvas has a fixed size: on a real change of the map's size, the same fit as at start,
  // the canvas resized, and the selection re-clustered at the new zoom (drawn by `onClusters`).
  // MapLibre, if it is loading behind the canvas, moves to the same view, or the two would never
  // draw the same clusters and MapLibre would not take over.
  let resizeObserver: MapSizeObserver | null = observeMapSize(mapElement, view, (size) => {
    if (!canvasMap) return;
    view = fitView(size);
    const redrawn = canvasMap.setView(view);
    if (redrawn) writeRenderedClaims(mapElement, redrawn);
    clusters?.setZoom(tileZoomOf(view.zoom));
    clusters?.cluster(selection.indices, selection.count);
    map?.setView(view);
  });

  /** The canvas map stays; says so on the page and in `data-map-fallback`. */
  const keepCanvas = (reason: string): void => {
    clearTimeout(webglTimer);
    map?.destroy();
    map = null;
    columns = null;
    webglLayer.remove();
    document.body.dataset.mapFallback = reason;
    notice = h('p', { class: 'cm-archive-map__notice', role: 'status' }, ARCHIVE_STRINGS[lang].staticMap);
    canvasLayer.append(notice);
  };

  const takeOver = (): void => {
    clearTimeout(webglTimer);
    renderer = 'webgl';
    // MapLibre follows its container's size itself.
    resizeObserver?.disconnect();
    resizeObserver = null;
    canvasMap?.destroy();
    canvasMap = null;
    // The worker and its copy of the claims go: MapLibre's worker has its own.
    clusters?.destroy();
    clusters = null;
    canvasLayer.remove();
    webglLayer.removeAttribute('aria-hidden');
    webglLayer.inert = false;
    document.body.dataset.renderer = 'webgl';
  };

  const startWebGL = async (): Promise<void> => {
    if (!isWebGLAvailable()) return keepCanvas('webgl-unavailable');
    webglTimer = setTimeout(() => renderer === 'canvas' && keepCanvas('timed out'), WEBGL_TIMEOUT_MS);
    try {
      const { createClaimsMap, startMapLibreWorker } = await import('./claims-map.ts');
      if (!columns) return;
      startMapLibreWorker();
      map = createClaimsMap({
        container: webglLayer,
        basemap,
        assetBase: base,
        lang,
        label: ARCHIVE_STRINGS[lang].map,
        attribution: ATTRIBUTION,
        columns,
        parties,
        view,
        initial: { indices: selection.indices, count: selection.count, filter },
        update,
        onRendered: (rendered, expected, settled) => {
          if (renderer === 'canvas' && settled && rendered.claims === expected && expected === selection.count) takeOver();
          if (renderer === 'webgl') writeRenderedClaims(mapElement, rendered);
        },
      });
      columns = null;
    } catch (error) {
      keepCanvas(error instanceof Error ? error.message : String(error));
    }
  };

  // The panel after the canvas map: building it (tens of ms) overlaps with the clustering.
  const controls = createArchiveControls({
    lang,
    parties,
    start,
    lastDay: index.lastDay,
    initial: filter,
    marks: countClaimsByDay(index.timeline.sortedDays),
    onChange: (next) => {
      filter = next;
      selection = selectClaims(index, filter, buffer);
      controls.setCounts(selection);
      clusters?.cluster(selection.indices, selection.count);
      map?.show(selection.indices, selection.count, filter);
    },
  });
  controls.setCounts(selection);
  panel.replaceChildren(controls.element);

  const render = (): void => {
    const s = ARCHIVE_STRINGS[lang];
    setDocumentLang(lang);
    title.textContent = s.title;
    note.textContent = s.syntheticNote;
    langButton.textContent = s.switchLanguage;
    langButton.setAttribute('aria-label', s.switchLanguageLabel);
    langButton.lang = lang === 'ar' ? 'en' : 'ar';
  };
  langButton.addEventListener('click', () => {
    lang = lang === 'ar' ? 'en' : 'ar';
    const url = new URL(window.location.href);
    if (lang === 'en') url.searchParams.set('lang', 'en');
    else url.searchParams.delete('lang');
    window.history.replaceState(null, '', url);
    render();
    controls.setLang(lang);
    canvasMap?.setLang(lang, ARCHIVE_STRINGS[lang].map);
    map?.setLang(lang, ARCHIVE_STRINGS[lang].map);
    if (notice) notice.textContent = ARCHIVE_STRINGS[lang].staticMap;
  });
  render();
}

void startArchive().catch((error: unknown) => {
  document.body.dataset.mapError = String(error);
  throw error;
});
