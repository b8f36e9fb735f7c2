import { interpolateZoom, select, zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3';
import type { Lang } from '../core/types.ts';
import { zoomForView, type SvgMapView } from '../render/svg-map.ts';
import { afterFirstPaint } from './progressive-renderer.ts';
import type { MovableRenderer, RendererEvents, RendererZones } from './renderer.ts';
import { fitSvgView, svgCameraOf, svgTransformShowing, type SvgTransform } from './svg-camera.ts';

/** Options of {@link createSvgRenderer}. */
export interface SvgRendererOptions {
  /** Element the static map lives in; may already hold the article's inline SVG. */
  container: HTMLElement;
  /** URL of an article's pre-rendered SVG (`data/svg/<id>.svg`). */
  svgUrl: (articleId: string) => string;
  lang: Lang;
  /**
   * Room to keep clear when moving to a place, CSS px from each edge (the legend, the card): the
   * place goes to the centre of what is left, as on the WebGL map. @defaultValue none
   */
  cameraPadding?: () => { top: number; bottom: number; left: number; right: number };
  /** Whether to jump instead of animating. @defaultValue the reader's `prefers-reduced-motion` */
  reducedMotion?: () => boolean;
}

/** The closest the reader can zoom in, as a MapLibre zoom: one level past the closest fit (11). */
export const SVG_MAX_ZOOM = 12;
/** How far out the reader can zoom, as a factor of the view as built. */
const MIN_SCALE = 0.5;
/** The zoom `flyTo` goes to at least, as the WebGL map's `flyTo`. */
const FLY_ZOOM = 10;
/** How far an arrow key pans, CSS px, and how far a click may move and stay a click. */
const KEY_PAN_PX = 100;
const CLICK_DISTANCE_PX = 3;
/** Animation of keyboard moves, ms; `flyTo` takes d3's suggested duration within these bounds. */
const KEY_MS = 250;
const FLY_MS = { min: 300, max: 1500 };

/**
 * The static map as a renderer: the SVG the build made with d3-geo, shown at once (inline in the
 * page for the default article, fetched for others), with places clickable and linked to the text
 * through the same interface as the WebGL map. It keeps `data-rendered-places` on its container
 * like the WebGL map.
 *
 * The reader can move it at once, before MapLibre arrives (d3-zoom): drag to pan, wheel, pinch or
 * double-click to zoom, and with the map focused the arrow keys, + and −. Only the geography
 * scales: symbols, labels and line widths keep their size on screen. `flyTo` moves it the way the
 * WebGL map does (the place at the centre of the room the overlays leave, zoom 10 at least),
 * `fitPlaces` goes back to the view as built, and `view()` gives what it shows as a MapLibre
 * camera, for MapLibre to take over on the same view.
 */
export function createSvgRenderer(options: SvgRendererOptions): MovableRenderer {
  const { container } = options;
  const listeners: { [E in keyof RendererEvents]: Set<RendererEvents[E]> } = { select: new Set(), hover: new Set(), zoneSelect: new Set(), swap: new Set() };
  const emit = <E extends keyof RendererEvents>(event: E, ...args: Parameters<RendererEvents[E]>): void => {
    for (const l of listeners[event]) (l as (...a: Parameters<RendererEvents[E]>) => void)(...args);
  };
  let selected: string | null = null;
  let highlighted: readonly string[] = [];
  let selectedZone: string | null = null;
  container.dataset.lang = options.lang;

  const svg = (): SVGSVGElement | null => container.querySelector('svg.cm-svg-map');
  const places = (): SVGGElement[] => [...container.querySelectorAll<SVGGElement>('.cm-svg-place')];
  const apply = (): void => {
    for (const g of places()) {
      const id = g.dataset.place as string;
      g.classList.toggle('cm-svg-place--selected', id === selected);
      g.classList.toggle('cm-svg-place--highlighted', highlighted.includes(id));
    }
    for (const z of container.querySelectorAll<SVGGElement>('[data-zone]')) z.classList.toggle('cm-svg-zone--selected', z.dataset.zone === selectedZone);
    container.dataset.highlightedPlaces = [...highlighted].sort().join(' ');
    // A selected zone's outline is wider (src/ui/styles.css): kept as wide on screen when zoomed.
    if (zoomed && zoomed.transform.k !== 1) scaleParts(zoomed.parts, zoomed.transform.k);
  };
  const report = (): void => {
    const box = container.getBoundingClientRect();
    const list = places()
      .map((g) => {
        const icon = g.querySelector('g')?.getBoundingClientRect() ?? g.getBoundingClientRect();
        return { id: g.dataset.place as string, x: Math.round(icon.x + icon.width / 2 - box.x), y: Math.round(icon.y + icon.height / 2 - box.y) };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
    container.dataset.renderedPlaces = JSON.stringify(list);
  };
  // Measured in a frame after the page's first paint, never before or within it: reading
  // positions makes the browser lay the page out there and then, which cost the first frame
  // 15–50 ms (a ResizeObserver's first call comes in that frame too). Hidden (WebGL has taken
  // over), the static map keeps the positions it reported.
  let reportQueued = false;
  const queueReport = (): void => {
    if (reportQueued) return;
    reportQueued = true;
    afterFirstPaint(() => requestAnimationFrame(() => {
      reportQueued = false;
      if (!container.hidden && container.getClientRects().length > 0) report();
    }));
  };

  // --- Pan and zoom ----------------------------------------------------------------------
  // The transform goes on the SVG's `cm-svg-view` group; nothing is measured or moved until the
  // reader (or a flyTo) moves the map, so the first paint is the build's SVG as it is.
  /** The SVG zoom is attached to, and what moving it needs (collected on the first move). */
  let zoomed: {
    svg: SVGSVGElement;
    view: SVGGElement;
    meta: SvgMapView;
    behaviour: ZoomBehavior<SVGSVGElement, unknown>;
    transform: ZoomTransform;
    parts: ScaledParts;
  } | null = null;
  /** Gestures and animations under way (d3-zoom's start/end), and a flyTo waiting for the first paint. */
  let moving = false;
  let due: (() => void) | null = null;
  let waiters: Array<() => void> = [];
  const notifySettled = (): void => {
    if (moving || due) return;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  };
  const reduced = options.reducedMotion ?? (() => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches);

  const size = (): { width: number; height: number } => ({ width: container.clientWidth, height: container.clientHeight });
  /** The largest zoom factor for this container: {@link SVG_MAX_ZOOM} as a MapLibre zoom. */
  const maxScale = (meta: SvgMapView): number => {
    const fit = fitSvgView(meta, size()).scale;
    return fit > 0 ? Math.max(1, 2 ** (SVG_MAX_ZOOM - zoomForView(meta, fit))) : 1;
  };
  /**
   * What the container shows, viewBox units (wider or taller than the viewBox when its shape
   * differs), and the zoom limits for its size: measured when the reader acts, not before.
   */
  const measureExtent = (meta: SvgMapView, behaviour: ZoomBehavior<SVGSVGElement, unknown>): [[number, number], [number, number]] => {
    const { scale, left, top } = fitSvgView(meta, size());
    behaviour.scaleExtent([MIN_SCALE, maxScale(meta)]);
    return scale > 0 ? [[-left / scale, -top / scale], [meta.width + left / scale, meta.height + top / scale]] : [[0, 0], [meta.width, meta.height]];
  };

  const applyTransform = (transform: ZoomTransform): void => {
    if (!zoomed) return;
    zoomed.transform = transform;
    zoomed.view.setAttribute('transform', transform.toString());
    scaleParts(zoomed.parts, transform.k);
    queueReport();
  };

  const attachZoom = (): void => {
    const element = svg();
    if (zoomed?.svg === element) return;
    detachZoom();
    const view = element?.querySelector<SVGGElement>(':scope > g.cm-svg-view');
    const meta = element ? readSvgMeta(element) : null;
    // An SVG without the view group (or its view) cannot move: it stays as built.
    if (!element || !view || !meta) return;
    const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
      .extent(() => measureExtent(meta, behaviour))
      .scaleExtent([MIN_SCALE, 2 ** 4])
      // The sea the build draws around the view (five viewBoxes wide and high).
      .translateExtent([[-2 * meta.width, -2 * meta.height], [3 * meta.width, 3 * meta.height]])
      .clickDistance(CLICK_DISTANCE_PX)
      .on('start', () => {
        moving = true;
      })
      .on('zoom', (event: { transform: ZoomTransform }) => applyTransform(event.transform))
      .on('end', () => {
        moving = false;
        notifySettled();
      });
    // Attribute reads only: no layout before the first paint.
    zoomed = { svg: element, view, meta, behaviour, transform: zoomIdentity, parts: collectScaledParts(view) };
    select(element).call(behaviour);
    // Focusable like MapLibre's canvas, so the keys below reach it.
    element.setAttribute('tabindex', '0');
    element.addEventListener('keydown', onKey);
  };
  const detachZoom = (): void => {
    if (!zoomed) return;
    select(zoomed.svg).interrupt().on('.zoom', null);
    zoomed.svg.removeEventListener('keydown', onKey);
    zoomed = null;
    moving = false;
    notifySettled();
  };

  /** Moves the map to a transform, animated unless the reader prefers reduced motion. */
  const moveTo = (transform: SvgTransform, ms: number): void => {
    if (!zoomed) return;
    const target = zoomIdentity.translate(transform.x, transform.y).scale(transform.k);
    const selection = select(zoomed.svg);
    if (reduced() || ms <= 0) selection.interrupt().call(zoomed.behaviour.transform, target);
    else selection.transition().duration(ms).call(zoomed.behaviour.transform, target);
  };
  /** Runs a move once the first frame is painted: it measures the page, which must not hold that frame up. */
  const whenPainted = (move: () => void): void => {
    due = move;
    afterFirstPaint(() => {
      if (due !== move) return;
      due = null;
      move();
      notifySettled();
    });
  };

  const onKey = (e: KeyboardEvent): void => {
    if (!zoomed || e.altKey || e.ctrlKey || e.metaKey) return;
    const { behaviour, svg: element, meta } = zoomed;
    const fit = fitSvgView(meta, size()).scale;
    if (!(fit > 0)) return;
    // An arrow pans by KEY_PAN_PX on screen; d3-zoom's translateBy takes units of the zoomed map.
    const pan = KEY_PAN_PX / fit / zoomed.transform.k;
    const moves: Record<string, [number, number] | number> = { ArrowLeft: [pan, 0], ArrowRight: [-pan, 0], ArrowUp: [0, pan], ArrowDown: [0, -pan], '+': 2, '=': 2, '-': 0.5 };
    const move = moves[e.key];
    if (move === undefined) return;
    e.preventDefault();
    // translateBy and scaleBy keep to the limits, as a gesture does.
    const selection = select(element);
    if (reduced()) {
      selection.interrupt();
      if (typeof move === 'number') behaviour.scaleBy(selection, move);
      else behaviour.translateBy(selection, move[0], move[1]);
    } else {
      const transition = selection.transition().duration(KEY_MS);
      if (typeof move === 'number') behaviour.scaleBy(transition, move);
      else behaviour.translateBy(transition, move[0], move[1]);
    }
  };

  const onClick = (e: Event): void => {
    const target = e.target as Element;
    const place = target.closest<SVGGElement>('.cm-svg-place');
    if (place) return emit('select', place.dataset.place as string);
    const zone = target.closest<SVGGElement>('[data-zone]');
    if (zone && !container.classList.contains('cm-static-map--no-zones')) return emit('zoneSelect', zone.dataset.zone as string);
    emit('select', null);
  };
  let hovered: string | null = null;
  const onMove = (e: Event): void => {
    const id = (e.target as Element).closest<SVGGElement>('.cm-svg-place')?.dataset.place ?? null;
    if (id !== hovered) {
      hovered = id;
      emit('hover', id);
    }
  };
  container.addEventListener('click', onClick);
  container.addEventListener('mousemove', onMove);
  // The page around the map can still move it after it is drawn (a web font arriving changes the
  // header's height): the reported positions follow. Hidden (WebGL has taken over), it keeps them.
  let drawn = false;
  const resizes = typeof ResizeObserver === 'function'
    ? new ResizeObserver(() => {
        if (drawn) queueReport();
      })
    : null;
  resizes?.observe(container);

  return {
    kind: () => 'svg',
    async setPlaces(collection, _styles, lang) {
      const article = collection.metadata.article;
      if (svg()?.dataset.article !== article) {
        const response = await fetch(options.svgUrl(article));
        if (!response.ok) throw new Error(`${options.svgUrl(article)}: HTTP ${response.status}`);
        const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
        if (doc.documentElement.nodeName !== 'svg') throw new Error(`${options.svgUrl(article)}: not an SVG`);
        container.replaceChildren(document.importNode(doc.documentElement, true));
      }
      attachZoom();
      this.setLang(lang);
      apply();
      drawn = true;
    },
    setZones() {},
    setZonesVisible(visible) {
      container.classList.toggle('cm-static-map--no-zones', !visible);
    },
    setSelectedZone(id) {
      selectedZone = id;
      apply();
    },
    setSelected(id) {
      selected = id;
      apply();
    },
    setHighlighted(ids) {
      highlighted = ids;
      apply();
    },
    flyTo(placeId) {
      whenPainted(() => {
        const point = zoomed?.parts.pins.find((pin) => pin.element.getAttribute('data-place') === placeId)?.at;
        if (!zoomed || !point) return;
        const box = size();
        const fit = fitSvgView(zoomed.meta, box).scale;
        if (!(fit > 0)) return;
        // As the WebGL map: the place at the centre of what the overlays leave free, at zoom 10 or
        // closer if the reader is closer already.
        const p = options.cameraPadding?.() ?? { top: 0, bottom: 0, left: 0, right: 0 };
        const at: [number, number] = [box.width / 2 + (p.left - p.right) / 2, box.height / 2 + (p.top - p.bottom) / 2];
        const zoomNow = zoomForView(zoomed.meta, fit * zoomed.transform.k);
        const k = Math.min(maxScale(zoomed.meta), zoomed.transform.k * 2 ** Math.max(0, FLY_ZOOM - zoomNow));
        const target = svgTransformShowing(zoomed.meta, box, point, at, k);
        moveTo(target, flyDuration(zoomed.meta, zoomed.transform, target, box));
      });
    },
    fitPlaces() {
      // The build fitted the view to the places: back to it.
      whenPainted(() => moveTo({ k: 1, x: 0, y: 0 }, zoomed ? flyDuration(zoomed.meta, zoomed.transform, { k: 1, x: 0, y: 0 }, size()) : 0));
    },
    view() {
      if (!zoomed) {
        const element = svg();
        const meta = element ? readSvgMeta(element) : null;
        return meta ? svgCameraOf(meta, { k: 1, x: 0, y: 0 }, size()) : null;
      }
      return svgCameraOf(zoomed.meta, zoomed.transform, size());
    },
    moved() {
      const t = zoomed?.transform;
      return !!t && (t.k !== 1 || t.x !== 0 || t.y !== 0);
    },
    settled() {
      if (!moving && !due) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    setLang(lang) {
      container.dataset.lang = lang;
      queueReport();
    },
    on(event, listener) {
      (listeners[event] as Set<typeof listener>).add(listener);
      return () => (listeners[event] as Set<typeof listener>).delete(listener);
    },
    async toPng() {
      const element = svg();
      if (!element) throw new Error('no static map');
      const { width, height } = container.getBoundingClientRect();
      const clone = element.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('width', String(Math.round(width)));
      clone.setAttribute('height', String(Math.round(height)));
      const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
      try {
        const image = new Image();
        image.src = url;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width);
        canvas.height = Math.round(height);
        canvas.getContext('2d')?.drawImage(image, 0, 0);
        return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas is empty'))), 'image/png'));
      } finally {
        URL.revokeObjectURL(url);
      }
    },
    destroy() {
      detachZoom();
      resizes?.disconnect();
      container.removeEventListener('click', onClick);
      container.removeEventListener('mousemove', onMove);
    },
  };
}

export type { RendererZones };

/** The view the build drew (`data-center`, `data-scale`, `data-width`, `data-height` on the SVG). */
function readSvgMeta(svg: SVGSVGElement): SvgMapView | null {
  const center = svg.getAttribute('data-center')?.split(',').map(Number);
  const meta = { center: center as [number, number], scale: Number(svg.getAttribute('data-scale')), width: Number(svg.getAttribute('data-width')), height: Number(svg.getAttribute('data-height')) };
  return center?.length === 2 && center.every(Number.isFinite) && meta.scale > 0 && meta.width > 0 && meta.height > 0 ? meta : null;
}

/** The point a pin is drawn around: the build's `translate(x y)`, viewBox units. */
function pinPoint(element: Element): [number, number] | null {
  const match = /^translate\(\s*(-?[\d.]+)[\s,]+(-?[\d.]+)\s*\)$/.exec(element.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}

/** What keeps its size on screen when the geography is zoomed, with the sizes the build gave it. */
interface ScaledParts {
  pins: Array<{ element: SVGGraphicsElement; at: [number, number] }>;
  strokes: Array<{ element: SVGElement; width: number | null; dash: number[] | null }>;
  patterns: SVGPatternElement[];
}

function collectScaledParts(view: SVGGElement): ScaledParts {
  const pins: ScaledParts['pins'] = [];
  for (const element of view.querySelectorAll<SVGGraphicsElement>('.cm-svg-pin')) {
    const at = pinPoint(element);
    if (at) pins.push({ element, at });
  }
  const strokes: ScaledParts['strokes'] = [];
  for (const element of view.querySelectorAll<SVGElement>('[stroke-width], [stroke-dasharray]')) {
    if (element.closest('.cm-svg-pin')) continue;
    const width = element.getAttribute('stroke-width');
    const dash = element.getAttribute('stroke-dasharray');
    strokes.push({ element, width: width === null ? null : Number(width), dash: dash === null ? null : dash.split(/[\s,]+/).map(Number) });
  }
  const patterns = [...(view.ownerSVGElement?.querySelectorAll<SVGPatternElement>('defs > pattern') ?? [])];
  return { pins, strokes, patterns };
}

/** Selected zones' outlines, as wide as src/ui/styles.css draws them (`.cm-svg-zone--selected path`). */
const SELECTED_ZONE_STROKE = 3;

/**
 * Keeps pins, line widths, dashes and hatches at their size on screen at zoom factor `k`: pins are
 * scaled by 1/k around their point; widths and dashes are set through the CSSOM (the page's CSP
 * allows no style attributes), which also wins over the style sheet's selected-zone width, hence
 * that width here.
 */
function scaleParts(parts: ScaledParts, k: number): void {
  const inverse = 1 / k;
  for (const { element, at } of parts.pins) element.setAttribute('transform', `translate(${at[0]} ${at[1]}) scale(${inverse})`);
  for (const { element, width, dash } of parts.strokes) {
    const base = element.closest('.cm-svg-zone--selected') ? SELECTED_ZONE_STROKE : width;
    if (base !== null) element.style.strokeWidth = String(base * inverse);
    if (dash) element.style.strokeDasharray = dash.map((d) => d * inverse).join(' ');
  }
  for (const pattern of parts.patterns) pattern.setAttribute('patternTransform', `scale(${inverse})`);
}

/**
 * How long a flight takes, ms: the duration d3 suggests for the smooth zoom path between the two
 * views (van Wijk and Nuij, as d3-zoom's transitions follow), within bounds.
 */
function flyDuration(meta: SvgMapView, from: SvgTransform, to: SvgTransform, box: { width: number; height: number }): number {
  const { scale } = fitSvgView(meta, box);
  if (!(scale > 0)) return 0;
  // d3-zoom's view: the content point at the centre of the container and the width shown.
  const width = Math.max(box.width, box.height) / scale;
  const centre = (t: SvgTransform): [number, number, number] => [(meta.width / 2 - t.x) / t.k, (meta.height / 2 - t.y) / t.k, width / t.k];
  const suggested = interpolateZoom(centre(from), centre(to)).duration;
  return Math.round(Math.min(FLY_MS.max, Math.max(FLY_MS.min, suggested)));
}
