import { geoMercator } from 'd3';
import { describe, expect, it } from 'vitest';
import { fitSvgView, invertSvgPoint, sameMapView, svgCameraOf, svgTransformShowing, type SvgTransform } from '../../../src/map/svg-camera.ts';
import type { MapView } from '../../../src/map/renderer.ts';
import type { SvgMapView } from '../../../src/render/svg-map.ts';

// The static map's view as a MapLibre camera: checked against d3-geo's projection (the one the
// build draws with) on one side and Web Mercator as MapLibre computes it on the other.
const PLACES: Array<[number, number]> = [
  [13.1913, 32.8872], // Tripoli
  [13.2465, 32.7767], // Ain Zara
  [13.0201, 32.1722], // Gharyan
  [13.6332, 32.4335], // Tarhuna
];

/** The build's projection (src/render/svg-map.ts), fitted to the places, and the view it reports. */
function buildView(width = 1000, height = 750): { view: SvgMapView; project: (p: [number, number]) => [number, number] } {
  const projection = geoMercator().fitExtent([[430, 60], [width - 70, height - 60]], { type: 'MultiPoint', coordinates: PLACES });
  const centre = projection.invert?.([width / 2, height / 2]) as [number, number];
  projection.center(centre).translate([width / 2, height / 2]);
  return { view: { width, height, center: centre, scale: projection.scale() }, project: (p) => projection(p) as [number, number] };
}

/** CSS px in a container of a point at [lon, lat], as MapLibre draws it for a camera (512 px tiles). */
function mapLibrePixel(camera: MapView, container: { width: number; height: number }, lonLat: [number, number]): [number, number] {
  const world = 512 * 2 ** camera.zoom;
  const x = (lon: number): number => ((lon + 180) / 360) * world;
  const y = (lat: number): number => ((Math.PI - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / (2 * Math.PI)) * world;
  return [container.width / 2 + x(lonLat[0]) - x(camera.center[0]), container.height / 2 + y(lonLat[1]) - y(camera.center[1])];
}

/** CSS px in a container of a viewBox point, as the browser draws the static map after a transform. */
function svgPixel(view: SvgMapView, container: { width: number; height: number }, t: SvgTransform, point: [number, number]): [number, number] {
  const { scale, left, top } = fitSvgView(view, container);
  return [left + scale * (t.k * point[0] + t.x), top + scale * (t.k * point[1] + t.y)];
}

describe('svgCameraOf', () => {
  it('invertSvgPoint inverts the build projection (degrees)', () => {
    const { view, project } = buildView();
    for (const place of PLACES) {
      const back = invertSvgPoint(view, project(place));
      expect(back[0]).toBeCloseTo(place[0], 9);
      expect(back[1]).toBeCloseTo(place[1], 9);
    }
  });

  it('fitSvgView centres the viewBox in a wider or taller container (xMidYMid meet)', () => {
    expect(fitSvgView({ width: 1000, height: 750 }, { width: 742, height: 722 })).toEqual({ scale: 0.742, left: 0, top: (722 - 750 * 0.742) / 2 });
    expect(fitSvgView({ width: 1000, height: 750 }, { width: 2000, height: 750 })).toEqual({ scale: 1, left: 500, top: 0 });
  });

  const cases: Array<[string, { width: number; height: number }, SvgTransform]> = [
    ['as built, desktop map area', { width: 742, height: 722 }, { k: 1, x: 0, y: 0 }],
    ['panned', { width: 742, height: 722 }, { k: 1, x: -140.5, y: 62.25 }],
    ['zoomed in and panned', { width: 742, height: 722 }, { k: 3.7, x: -1900, y: -600 }],
    ['zoomed out, a phone', { width: 390, height: 500 }, { k: 0.5, x: 250, y: 180 }],
    ['a wide embed', { width: 1200, height: 300 }, { k: 2, x: -500, y: -300 }],
  ];
  for (const [name, container, transform] of cases) {
    it(`svgCameraOf gives the MapLibre camera that draws every place where the static map does (${name})`, () => {
      const { view, project } = buildView();
      const camera = svgCameraOf(view, transform, container) as MapView;
      for (const place of PLACES) {
        const [sx, sy] = svgPixel(view, container, transform, project(place));
        const [mx, my] = mapLibrePixel(camera, container, place);
        expect(Math.hypot(sx - mx, sy - my)).toBeLessThan(1e-6);
      }
    });
  }

  it('svgCameraOf gives null for a container with no size (hidden, not laid out)', () => {
    expect(svgCameraOf(buildView().view, { k: 1, x: 0, y: 0 }, { width: 0, height: 0 })).toBeNull();
  });

  it('svgTransformShowing draws the place at the requested CSS px at the requested scale', () => {
    const { view, project } = buildView();
    const container = { width: 742, height: 722 };
    const point = project(PLACES[2] as [number, number]);
    const t = svgTransformShowing(view, container, point, [500, 300], 6);
    expect(t.k).toBe(6);
    const [x, y] = svgPixel(view, container, t, point);
    expect(x).toBeCloseTo(500, 9);
    expect(y).toBeCloseTo(300, 9);
  });
});

describe('sameMapView', () => {
  const container = { width: 742, height: 722 };
  const a: MapView = { center: [13.2, 32.6], zoom: 9.3 };
  it('sameMapView accepts the same camera and rejects a shift or a zoom visible at the edge', () => {
    expect(sameMapView(a, { center: [13.2, 32.6], zoom: 9.3 }, container)).toBe(true);
    // One CSS px at zoom 9.3 is 360 / (512 · 2^9.3) degrees of longitude.
    const px = 360 / (512 * 2 ** 9.3);
    expect(sameMapView(a, { center: [13.2 + 0.2 * px, 32.6], zoom: 9.3 }, container)).toBe(true);
    expect(sameMapView(a, { center: [13.2 + 2 * px, 32.6], zoom: 9.3 }, container)).toBe(false);
    expect(sameMapView(a, { center: [13.2, 32.6], zoom: 9.31 }, container)).toBe(false);
  });
});
