import './ui/page.css';
import { afterFirstPaint, afterNextFrame, createProgressiveRenderer, isWebGLAvailable, WEBGL_UNAVAILABLE } from './map/progressive-renderer.ts';
import { createSvgRenderer } from './map/svg-renderer.ts';
import { checkWebGL } from './map/webgl-check.ts';
import { startApp } from './ui/app.ts';
import { dataUrls, readInlinePageData } from './ui/data.ts';
import { STRINGS } from './ui/strings.ts';

// The page's entry. The static SVG map made at build time is drawn at once (it is in the HTML
// for the default article); MapLibre is loaded in parallel and takes over on the same view when
// it has drawn every place. An optional online basemap style comes from `?basemap=<style URL>` or
// content/site.yaml's basemap_style_url; the embedded basemap is used otherwise and as fallback.
const root = document.getElementById('cm-app') as HTMLElement;
const base = new URL(import.meta.env.BASE_URL, document.baseURI).href;
const basemapParam = new URLSearchParams(window.location.search).get('basemap');

// The HTML's static map paints its basemap and places first; its zones and rings once that frame
// is on screen (see .cm-static-map--progressive in ui/styles.css).
const progressive = root.querySelector('.cm-static-map--progressive');
if (progressive) afterFirstPaint(() => progressive.classList.remove('cm-static-map--progressive'));
/** MapLibre starts after that second frame: its WebGL context would hold the frame up. */
const afterSecondFrame = (start: () => void): void => afterFirstPaint(() => afterNextFrame(start));
// Whether WebGL works is asked of a worker as soon as the first frame is on screen (it starts the
// GPU process's software GL, which would slow the first frame's rasterisation down), so the
// answer is there when MapLibre starts.
let webglCheck: Promise<boolean> | null = null;
const webglAvailable = (): Promise<boolean> => (webglCheck ??= checkWebGL());
afterFirstPaint(() => void webglAvailable());

void startApp({
  root,
  base,
  pageData: readInlinePageData(document),
  createRenderer: (input) => {
    const lang = input.lang;
    return createProgressiveRenderer({
      svg: createSvgRenderer({ container: input.staticMap, svgUrl: (id) => dataUrls(base).svg(id), lang, cameraPadding: input.cameraPadding }),
      svgContainer: input.staticMap,
      webglContainer: input.container,
      webglAvailable,
      startAfter: afterSecondFrame,
      // MapLibre opens on the static map's view, as the reader left it (src/map/svg-camera.ts),
      // and follows it if the reader moves it while MapLibre loads: no jump at the swap.
      createWebGL: async (opening) => {
        const { createPageMapLibre, prewarmMapLibre } = await import('./map/create-page-maplibre.ts');
        // Its worker starts while the WebGL check and the reader's gesture are waited for.
        prewarmMapLibre();
        try {
          return await createPageMapLibre(input, { assetBase: base, onlineStyleUrl: basemapParam, initialView: await opening() });
        } catch (error) {
          // The worker's check can find WebGL where the page has none (Chromium with WebGL
          // switched off still gives workers a context): the reader is told WebGL is missing.
          throw isWebGLAvailable() ? error : new Error(WEBGL_UNAVAILABLE);
        }
      },
      onFallback: (reason) => input.onStaticFallback(reason === WEBGL_UNAVAILABLE ? STRINGS[input.lang].noWebGL : STRINGS[input.lang].webglFailed),
    });
  },
});
