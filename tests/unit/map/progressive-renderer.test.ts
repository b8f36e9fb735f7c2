import { describe, expect, it, vi } from 'vitest';
import type { PlacesCollection } from '../../../src/core/geojson/build-places-collection.ts';
import { createProgressiveRenderer } from '../../../src/map/progressive-renderer.ts';
import type { MapView, MovableRenderer, PlaceRenderer, RendererStyles, ViewableRenderer } from '../../../src/map/renderer.ts';

// The hand-over from the static map to MapLibre, with fake renderers: MapLibre opens on the
// static map's view, follows it when the reader moved it meanwhile, and takes over only once the
// static map is still; it is not even created while the reader holds the static map. In the
// browser: tests/e2e/static-pan-zoom.test.ts.
const PLACES = { type: 'FeatureCollection', metadata: { article: 'a', title: '', outlet: '', date: '', language: 'ar' }, features: [] } as unknown as PlacesCollection;
const STYLES: RendererStyles = { byPlace: new Map(), drawSymbol: () => ({ width: 0, height: 0, data: new Uint8ClampedArray() }) };

function basics(kind: 'svg' | 'webgl'): PlaceRenderer {
  return {
    kind: () => kind,
    setPlaces: async () => undefined,
    setZones: () => undefined,
    setZonesVisible: () => undefined,
    setSelectedZone: () => undefined,
    setSelected: () => undefined,
    setHighlighted: () => undefined,
    flyTo: () => undefined,
    fitPlaces: () => undefined,
    setLang: () => undefined,
    on: () => () => undefined,
    toPng: async () => new Blob(),
    destroy: () => undefined,
  };
}

/** A static map whose view the test moves, and which is still unless told otherwise. */
function fakeStatic(): MovableRenderer & { current: MapView; still: () => void; startMoving: () => void } {
  let waiting: Array<() => void> = [];
  let moving = false;
  const fake = {
    ...basics('svg'),
    current: { center: [13.2, 32.6], zoom: 9 } as MapView,
    view: () => fake.current,
    moved: () => fake.current.zoom !== 9,
    settled: () => (moving ? new Promise<void>((resolve) => waiting.push(resolve)) : Promise.resolve()),
    startMoving: () => {
      moving = true;
    },
    still: () => {
      moving = false;
      const w = waiting;
      waiting = [];
      for (const resolve of w) resolve();
    },
  };
  return fake;
}

/** MapLibre: records the views it opens on and jumps to; the test settles its draws by hand (`pending`). */
function fakeWebGL(): ViewableRenderer & { opened: MapView | null; jumps: MapView[]; current: MapView | null; pending: Array<() => void> } {
  const fake = {
    ...basics('webgl'),
    opened: null as MapView | null,
    jumps: [] as MapView[],
    current: null as MapView | null,
    pending: [] as Array<() => void>,
    view: () => fake.current,
    setView: (view: MapView) => {
      fake.jumps.push(view);
      fake.current = view;
      return new Promise<void>((resolve) => fake.pending.push(resolve));
    },
  };
  return fake;
}

function setUp(webglAvailable: () => boolean | Promise<boolean> = () => true): { svg: ReturnType<typeof fakeStatic>; webgl: ReturnType<typeof fakeWebGL>; swaps: string[]; release: () => void; start: () => void; svgContainer: { hidden: boolean } } {
  const svg = fakeStatic();
  const webgl = fakeWebGL();
  const swaps: string[] = [];
  let release: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => {
    release = resolve;
  });
  let start: () => void = () => undefined;
  const svgContainer = { hidden: false };
  const renderer = createProgressiveRenderer({
    svg,
    svgContainer: svgContainer as HTMLElement,
    webglContainer: { hidden: false, clientWidth: 742, clientHeight: 722, style: { visibility: '' } } as unknown as HTMLElement,
    webglAvailable,
    createWebGL: async (opening) => {
      const view = await opening();
      webgl.opened = view;
      webgl.current = view;
      // MapLibre draws the places once the test releases it.
      webgl.setPlaces = () => loaded;
      return webgl;
    },
    onFallback: (reason) => swaps.push(`fallback ${reason}`),
    startAfter: (go) => {
      start = go;
    },
  });
  renderer.on('swap', (kind) => swaps.push(kind));
  void renderer.setPlaces(PLACES, STYLES, 'ar');
  return { svg, webgl, swaps, release, start: () => start(), svgContainer };
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('createProgressiveRenderer', () => {
  it('opens MapLibre on the static map\'s view and swaps without a jump when the reader did not move it', async () => {
    const { svg, webgl, swaps, release, start, svgContainer } = setUp();
    await flush();
    start();
    release();
    await flush();
    expect(webgl.opened).toEqual(svg.current);
    expect(webgl.jumps).toEqual([]);
    expect(swaps).toEqual(['webgl']);
    expect(svgContainer.hidden).toBe(true);
  });

  it('makes MapLibre follow a static map the reader moved while it loaded, and swaps once it has drawn there', async () => {
    const { svg, webgl, swaps, release, start } = setUp();
    await flush();
    start();
    await flush();
    svg.current = { center: [13.4, 32.7], zoom: 10.5 };
    release();
    await flush();
    expect(webgl.jumps).toEqual([{ center: [13.4, 32.7], zoom: 10.5 }]);
    expect(swaps).toEqual([]);
    webgl.pending.shift()?.();
    await flush();
    expect(swaps).toEqual(['webgl']);
  });

  it('waits for the reader to let go of the static map before following it and swapping', async () => {
    const { svg, webgl, swaps, release, start } = setUp();
    await flush();
    start();
    await flush();
    // MapLibre is drawing when the reader takes hold of the static map.
    expect(webgl.opened).toEqual(svg.current);
    svg.startMoving();
    release();
    await flush();
    expect(webgl.jumps).toEqual([]);
    expect(swaps).toEqual([]);
    svg.current = { center: [13.1, 32.5], zoom: 11 };
    svg.still();
    await flush();
    expect(webgl.jumps).toEqual([{ center: [13.1, 32.5], zoom: 11 }]);
    // Moved again while MapLibre drew the last view: it follows again.
    svg.current = { center: [13.0, 32.5], zoom: 11 };
    webgl.pending.shift()?.();
    await flush();
    expect(webgl.jumps.at(-1)).toEqual({ center: [13.0, 32.5], zoom: 11 });
    expect(swaps).toEqual([]);
    webgl.pending.shift()?.();
    await flush();
    expect(swaps).toEqual(['webgl']);
  });

  it('does not create MapLibre while the reader holds the static map, and opens it where they left it', async () => {
    const { svg, webgl, start } = setUp();
    await flush();
    svg.startMoving();
    start();
    await flush();
    expect(webgl.opened).toBeNull();
    svg.current = { center: [13.3, 32.8], zoom: 10 };
    svg.still();
    await flush();
    expect(webgl.opened).toEqual({ center: [13.3, 32.8], zoom: 10 });
  });

  it('loads MapLibre while the WebGL check runs, but creates no map when the answer is no', async () => {
    let answer: (works: boolean) => void = () => undefined;
    const { webgl, swaps, release, start, svgContainer } = setUp(() => new Promise<boolean>((resolve) => {
      answer = resolve;
    }));
    await flush();
    start();
    release();
    await flush();
    expect(webgl.opened).toBeNull();
    answer(false);
    await flush();
    expect(webgl.opened).toBeNull();
    expect(swaps).toEqual(['fallback webgl-unavailable']);
    expect(svgContainer.hidden).toBe(false);
  });

  it('does not count the time the reader holds the static map against MapLibre\'s time limit', async () => {
    vi.useFakeTimers();
    try {
      const { svg, swaps, release, start } = setUp();
      await vi.advanceTimersByTimeAsync(0);
      start();
      svg.startMoving();
      release();
      await vi.advanceTimersByTimeAsync(60_000);
      expect(swaps).toEqual([]);
      svg.still();
      await vi.advanceTimersByTimeAsync(0);
      expect(swaps).toEqual(['webgl']);
    } finally {
      vi.useRealTimers();
    }
  });
});
