import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Lang } from '../core/types.ts';
import type { MapView, MovableRenderer, PlaceRenderer, RendererEvents, RendererKind, RendererStyles, RendererZones, ViewableRenderer } from './renderer.ts';
import { sameMapView } from './svg-camera.ts';

/** The reason {@link ProgressiveRendererOptions.onFallback} is given when the browser has no WebGL. */
export const WEBGL_UNAVAILABLE = 'webgl-unavailable';

/** Options of {@link createProgressiveRenderer}. */
export interface ProgressiveRendererOptions {
  /** The static map, drawn at once; the reader can move it before WebGL arrives. */
  svg: MovableRenderer;
  /** Element holding the static map, hidden when WebGL takes over. */
  svgContainer: HTMLElement;
  /** Element holding the WebGL map, shown when it takes over. */
  webglContainer: HTMLElement;
  /** Whether this browser can run WebGL at all (see `checkWebGL` in webgl-check.ts). */
  webglAvailable: () => boolean | Promise<boolean>;
  /**
   * Starts the WebGL renderer: loads MapLibre on demand, then awaits `opening` for the view to
   * open on (the static map's, once the reader is not moving it; null: fit the places) before
   * creating the map.
   */
  createWebGL: (opening: () => Promise<MapView | null>) => Promise<ViewableRenderer>;
  /** Called when WebGL is unavailable or fails: the static map stays. */
  onFallback: (reason: string) => void;
  /** How long WebGL may take to draw the places before the static map is kept, ms. @defaultValue 30000 */
  timeoutMs?: number;
  /**
   * How many times WebGL follows a static map the reader keeps moving before it takes over on
   * the latest view anyway. @defaultValue 5
   */
  maxFollows?: number;
  /** When to start loading WebGL, once the static map has its places. @defaultValue {@link afterFirstPaint} */
  startAfter?: (start: () => void) => void;
}

/**
 * Static first, WebGL after: the SVG map answers at once (places visible and clickable, linked
 * to the text, and it pans and zooms); MapLibre loads meanwhile, opens on the static map's view,
 * and takes over when it has drawn every place in view. If the reader moved the static map in
 * the meantime, MapLibre first jumps to where it is now, once no gesture or animation is under
 * way, so nothing moves at the swap. Without WebGL, or if MapLibre fails, the static map stays,
 * fully linked. The page talks to this one renderer; it forwards to whichever is active and
 * replays the state to WebGL when it arrives.
 */
export function createProgressiveRenderer(options: ProgressiveRendererOptions): PlaceRenderer {
  const { svg } = options;
  let webgl: ViewableRenderer | null = null;
  let active: PlaceRenderer = svg;
  const listeners: { [E in keyof RendererEvents]: Set<RendererEvents[E]> } = { select: new Set(), hover: new Set(), zoneSelect: new Set(), swap: new Set() };
  const emit = <E extends keyof RendererEvents>(event: E, ...args: Parameters<RendererEvents[E]>): void => {
    for (const l of listeners[event]) (l as (...a: Parameters<RendererEvents[E]>) => void)(...args);
  };
  const state: {
    places: PlacesCollection | null;
    styles: RendererStyles | null;
    lang: Lang;
    selected: string | null;
    highlighted: readonly string[];
    zones: RendererZones | null;
    zonesVisible: boolean;
    selectedZone: string | null;
  } = { places: null, styles: null, lang: 'ar', selected: null, highlighted: [], zones: null, zonesVisible: true, selectedZone: null };
  const forward = (r: PlaceRenderer): void => {
    r.on('select', (id) => r === active && emit('select', id));
    r.on('hover', (id) => r === active && emit('hover', id));
    r.on('zoneSelect', (id) => r === active && emit('zoneSelect', id));
  };
  forward(svg);
  options.webglContainer.hidden = true;

  let started = false;
  const startWebGL = (): void => {
    if (started) return;
    started = true;
    // Asked now, answered while MapLibre's chunk loads: the answer can take the GPU process
    // seconds on a busy machine, and MapLibre needs both before it creates its map.
    const available = Promise.resolve(options.webglAvailable());
    // The time limit is MapLibre's: a reader still holding the static map is no failure, so the
    // clock stops while MapLibre waits for them.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fail: (error: Error) => void = () => undefined;
    const timeout = new Promise<never>((_, reject) => {
      fail = reject;
    });
    const arm = (): void => {
      timer = setTimeout(() => fail(new Error('timed out')), options.timeoutMs ?? 30_000);
    };
    arm();
    const load = async (): Promise<ViewableRenderer> => {
      // Laid out (under the static map) so MapLibre measures a real size, but invisible: its
      // controls would show over the static map, and do nothing a reader could see.
      options.webglContainer.style.visibility = 'hidden';
      options.webglContainer.hidden = false;
      // MapLibre's start blocks the main thread (its chunk, a WebGL context, shaders): it waits
      // while the reader is moving the static map, which would stutter meanwhile.
      const r = await options.createWebGL(async () => {
        clearTimeout(timer);
        const [webglWorks] = await Promise.all([available, svg.settled()]);
        if (!webglWorks) throw new Error(WEBGL_UNAVAILABLE);
        arm();
        return svg.view();
      });
      webgl = r;
      forward(r);
      if (state.places && state.styles) await r.setPlaces(state.places, state.styles, state.lang);
      r.setSelected(state.selected);
      r.setHighlighted(state.highlighted);
      r.setZones(state.zones);
      r.setZonesVisible(state.zonesVisible);
      r.setSelectedZone(state.selectedZone);
      return r;
    };
    const run = async (): Promise<void> => {
      const r = await Promise.race([load(), timeout]);
      clearTimeout(timer);
      await follow(r);
      // Nothing awaited from here on: the static map cannot move between the check and the swap.
      active = r;
      const focused = typeof document !== 'undefined' && options.svgContainer.contains?.(document.activeElement);
      options.svgContainer.hidden = true;
      options.webglContainer.style.visibility = '';
      // A reader moving the map with the keys goes on with MapLibre's (its canvas takes them).
      if (focused) options.webglContainer.querySelector<HTMLElement>('[tabindex="0"]')?.focus();
      emit('swap', 'webgl');
    };
    /** MapLibre jumps to the static map's view until both agree, each time once the static map is still. */
    const follow = async (r: ViewableRenderer): Promise<void> => {
      for (let follows = 0; ; follows++) {
        await svg.settled();
        const target = svg.view();
        const shown = r.view();
        const size = { width: options.webglContainer.clientWidth, height: options.webglContainer.clientHeight };
        if (!target || !shown || sameMapView(target, shown, size)) return;
        if (follows >= (options.maxFollows ?? 5)) {
          // The reader keeps moving it: take over on the latest view, drawn in MapLibre's next frame.
          void r.setView(target, { keep: true });
          return;
        }
        await r.setView(target, { keep: svg.moved() });
      }
    };
    run()
      .catch((error: unknown) => {
        webgl?.destroy();
        webgl = null;
        active = svg;
        options.webglContainer.hidden = true;
        options.svgContainer.hidden = false;
        options.onFallback(error instanceof Error ? error.message : String(error));
      })
      .finally(() => clearTimeout(timer));
  };

  const both = (fn: (r: PlaceRenderer) => void): void => {
    fn(svg);
    if (webgl) fn(webgl);
  };
  return {
    kind: (): RendererKind => active.kind(),
    async setPlaces(places, styles, lang) {
      Object.assign(state, { places, styles, lang });
      await svg.setPlaces(places, styles, lang);
      // Only once the static map is on screen: checking for WebGL creates a context (a few
      // hundred ms with software rendering, during which the browser presents no frame), and
      // MapLibre's chunk is a long task to evaluate. Started earlier, both delayed the first paint.
      (options.startAfter ?? afterFirstPaint)(() => void svg.settled().then(startWebGL));
      // Once WebGL has taken over, an article switch waits for it too.
      if (webgl && active === webgl) await webgl.setPlaces(places, styles, lang);
    },
    setZones(zones) {
      state.zones = zones;
      both((r) => r.setZones(zones));
    },
    setZonesVisible(visible) {
      state.zonesVisible = visible;
      both((r) => r.setZonesVisible(visible));
    },
    setSelectedZone(id) {
      state.selectedZone = id;
      both((r) => r.setSelectedZone(id));
    },
    setSelected(id) {
      state.selected = id;
      both((r) => r.setSelected(id));
    },
    setHighlighted(ids) {
      state.highlighted = ids;
      both((r) => r.setHighlighted(ids));
    },
    flyTo: (id) => active.flyTo(id),
    fitPlaces: () => active.fitPlaces(),
    setLang(lang) {
      state.lang = lang;
      both((r) => r.setLang(lang));
    },
    on(event, listener) {
      (listeners[event] as Set<typeof listener>).add(listener);
      return () => (listeners[event] as Set<typeof listener>).delete(listener);
    },
    toPng: () => active.toPng(),
    destroy() {
      svg.destroy();
      webgl?.destroy();
    },
  };
}

/** Whether the browser can create a WebGL context (MapLibre needs one). */
export function isWebGLAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Calls `callback` in a task of its own once the document has presented its first contentful
 * paint (at once if it already has, as in a host page that embeds the map, or if the document is
 * hidden), or after `fallbackMs` where paint timing is not reported (a hidden iframe never paints).
 *
 * @param fallbackMs - ms @defaultValue 2000
 */
export function afterFirstPaint(callback: () => void, fallbackMs = 2000): void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const run = (): void => {
    if (done) return;
    done = true;
    observer?.disconnect();
    clearTimeout(timer);
    setTimeout(callback, 0);
  };
  const timer = setTimeout(run, fallbackMs);
  // A hidden document presents no frame until it is shown: nothing to wait for.
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
    run();
    return;
  }
  const painted = (entries: PerformanceEntryList): boolean => entries.some((e) => e.name === 'first-contentful-paint');
  if (typeof performance.getEntriesByType === 'function' && painted(performance.getEntriesByType('paint'))) {
    run();
    return;
  }
  try {
    observer = new PerformanceObserver((list) => {
      if (painted(list.getEntries())) run();
    });
    observer.observe({ type: 'paint', buffered: true });
  } catch {
    // No paint timing here: the timer decides.
  }
}

/**
 * Calls `callback` in a task of its own once the next frame has been produced (a task after the
 * next animation frame): what the page changed before it is then on its way to the screen.
 */
export function afterNextFrame(callback: () => void): void {
  requestAnimationFrame(() => setTimeout(callback, 0));
}
