import type { Lang } from '../core/types.ts';
import { afterFirstPaint } from './progressive-renderer.ts';
import type { PlaceRenderer, RendererEvents, RendererZones } from './renderer.ts';

/** Options of {@link createSvgRenderer}. */
export interface SvgRendererOptions {
  /** Element the static map lives in; may already hold the article's inline SVG. */
  container: HTMLElement;
  /** URL of an article's pre-rendered SVG (`data/svg/<id>.svg`). */
  svgUrl: (articleId: string) => string;
  lang: Lang;
}

/**
 * The static map as a renderer: the SVG the build made with d3-geo, shown at once (inline in the
 * page for the default article, fetched for others), with places clickable and linked to the text
 * through the same interface as the WebGL map. It cannot pan or zoom: `flyTo` and `fitPlaces`
 * leave the view as built. It keeps `data-rendered-places` on its container like the WebGL map.
 */
export function createSvgRenderer(options: SvgRendererOptions): PlaceRenderer {
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
    flyTo() {},
    fitPlaces() {},
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
      resizes?.disconnect();
      container.removeEventListener('click', onClick);
      container.removeEventListener('mousemove', onMove);
    },
  };
}

export type { RendererZones };
