import { geoMercator } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  WORLD_TILE_PX,
  boundsOf,
  boundsOfClaims,
  fitClaimsView,
  latitudeOf,
  longitudeOf,
  mercatorX,
  mercatorY,
  projectionOf,
  tileZoomOf,
  type LonLatBounds,
} from '../../../src/archive/claims-view.ts';

// The synthetic claims' box, rounded (about what `boundsOfClaims` finds in the file).
const LIBYA: LonLatBounds = [[10.05, 30.1], [15.7, 33.3]];

describe('Web Mercator in the unit square', () => {
  it('mercatorX / mercatorY put 0°, 0° at the middle and 180° E at the east edge', () => {
    expect(mercatorX(0)).toBe(0.5);
    expect(mercatorX(180)).toBe(1);
    expect(mercatorY(0)).toBeCloseTo(0.5, 15);
    expect(mercatorY(85.0511287798066)).toBeCloseTo(0, 12);
  });

  it('longitudeOf / latitudeOf invert mercatorX / mercatorY', () => {
    for (const lat of [-80, -33.3, 0, 12.5, 32.9, 85]) expect(latitudeOf(mercatorY(lat))).toBeCloseTo(lat, 10);
    for (const lon of [-179, -12.25, 0, 13.18, 179]) expect(longitudeOf(mercatorX(lon))).toBeCloseTo(lon, 10);
  });
});

describe('fitClaimsView', () => {
  it('fitClaimsView(bounds, { width, height, padding: 40 }) fits the box to the map less the padding, centred', () => {
    const view = fitClaimsView(LIBYA, { width: 928, height: 719, padding: 40 });
    const project = projectionOf(view);
    const [x0, y0] = project(LIBYA[0][0], LIBYA[1][1]);
    const [x1, y1] = project(LIBYA[1][0], LIBYA[0][1]);
    // Centred in both directions…
    expect((x0 + x1) / 2).toBeCloseTo(928 / 2, 6);
    expect((y0 + y1) / 2).toBeCloseTo(719 / 2, 6);
    // …and touching the padding on the tighter side, inside it on the other.
    const fitsWidth = Math.abs(x1 - x0 - (928 - 80)) < 1e-6;
    const fitsHeight = Math.abs(y1 - y0 - (719 - 80)) < 1e-6;
    expect(fitsWidth || fitsHeight).toBe(true);
    expect(x1 - x0).toBeLessThanOrEqual(928 - 80 + 1e-6);
    expect(y1 - y0).toBeLessThanOrEqual(719 - 80 + 1e-6);
  });

  it('fitClaimsView agrees with d3-geo\'s Mercator fitExtent on centre and scale', () => {
    for (const [width, height] of [[928, 719], [1280, 400], [360, 640]] as const) {
      const view = fitClaimsView(LIBYA, { width, height, padding: 40 });
      const corners = { type: 'MultiPoint' as const, coordinates: [LIBYA[0], [LIBYA[1][0], LIBYA[0][1]], LIBYA[1], [LIBYA[0][0], LIBYA[1][1]]] };
      const d3 = geoMercator().fitExtent([[40, 40], [width - 40, height - 40]], corners);
      // d3's scale is px per radian: the world is 2π · scale px, MapLibre's 512 · 2^zoom.
      expect(view.zoom).toBeCloseTo(Math.log2((2 * Math.PI * d3.scale()) / WORLD_TILE_PX), 9);
      const centre = d3.invert?.([width / 2, height / 2]) as [number, number];
      expect(view.center[0]).toBeCloseTo(centre[0], 9);
      expect(view.center[1]).toBeCloseTo(centre[1], 9);
    }
  });

  it('fitClaimsView centres on the middle of the box in Mercator, north of the middle of its latitudes', () => {
    const view = fitClaimsView(LIBYA, { width: 928, height: 719 });
    expect(view.center[0]).toBeCloseTo((10.05 + 15.7) / 2, 12);
    expect(view.center[1]).toBeGreaterThan((30.1 + 33.3) / 2);
  });

  it('fitClaimsView stops at maxZoom for a single point', () => {
    expect(fitClaimsView([[13, 32], [13, 32]], { width: 500, height: 400 }).zoom).toBe(22);
    expect(fitClaimsView([[13, 32], [13, 32]], { width: 500, height: 400, maxZoom: 11 }).zoom).toBe(11);
  });
});

describe('tileZoomOf', () => {
  it('tileZoomOf(zoom) is the integer part MapLibre loads 512 px GeoJSON tiles at, never below 0', () => {
    expect(tileZoomOf(7)).toBe(7);
    expect(tileZoomOf(7.999)).toBe(7);
    expect(tileZoomOf(0.4)).toBe(0);
    expect(tileZoomOf(-1.5)).toBe(0);
  });
});

describe('projectionOf / boundsOf', () => {
  it('boundsOf(view) is what projectionOf(view) sends to the map\'s corners', () => {
    const view = { center: [13.1, 32.4] as [number, number], zoom: 7.6, width: 800, height: 600 };
    const [west, south, east, north] = boundsOf(view);
    const project = projectionOf(view);
    const [x0, y0] = project(west, north);
    const [x1, y1] = project(east, south);
    expect(x0).toBeCloseTo(0, 6);
    expect(y0).toBeCloseTo(0, 6);
    expect(x1).toBeCloseTo(800, 6);
    expect(y1).toBeCloseTo(600, 6);
    expect(project(13.1, 32.4)).toEqual([400, 300]);
  });

  it('boundsOfClaims(lon, lat) is the box around every claim, null for none', () => {
    expect(boundsOfClaims([13, 11, 15], [32, 33, 30])).toEqual([[11, 30], [15, 33]]);
    expect(boundsOfClaims([], [])).toBeNull();
  });
});
