import { zoomForView, type SvgMapView } from '../render/svg-map.ts';
import type { MapView } from './renderer.ts';

/**
 * A pan and zoom of the static map, as d3-zoom keeps it: a point `p` of the SVG (viewBox units)
 * is drawn at `k · p + (x, y)` (viewBox units).
 */
export interface SvgTransform {
  k: number;
  x: number;
  y: number;
}

/** A size in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/**
 * How the SVG's viewBox sits in its container (`preserveAspectRatio="xMidYMid meet"`): scaled by
 * the smaller ratio and centred, so the container's centre is the viewBox's centre.
 *
 * @returns `scale`: CSS px per viewBox unit; `left`, `top`: CSS px from the container's corner to
 *   the viewBox's origin.
 */
export function fitSvgView(view: Pick<SvgMapView, 'width' | 'height'>, container: Size): { scale: number; left: number; top: number } {
  const scale = Math.min(container.width / view.width, container.height / view.height);
  return { scale, left: (container.width - view.width * scale) / 2, top: (container.height - view.height * scale) / 2 };
}

/**
 * [lon, lat] (degrees) of a point of the static map (viewBox units, before any pan or zoom): the
 * inverse of the build's Web Mercator projection (src/render/svg-map.ts: `geoMercator` centred on
 * `view.center` at the viewBox's centre, `view.scale` units per radian).
 */
export function invertSvgPoint(view: SvgMapView, point: [number, number]): [number, number] {
  const rad = Math.PI / 180;
  const [lon0, lat0] = view.center;
  const lon = lon0 + (point[0] - view.width / 2) / view.scale / rad;
  const y0 = Math.log(Math.tan(Math.PI / 4 + (lat0 * rad) / 2));
  const y = y0 - (point[1] - view.height / 2) / view.scale;
  return [lon, (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / rad];
}

/**
 * The MapLibre camera that shows what the static map shows in a container of this size, after
 * the reader's pan and zoom: the point at the container's centre, and the zoom at which MapLibre
 * draws as many CSS px per degree as the static map does. A map of the same size opened on it
 * draws every place where the static map draws it.
 *
 * @returns null when the container has no size (not laid out, hidden).
 */
export function svgCameraOf(view: SvgMapView, transform: SvgTransform, container: Size): MapView | null {
  if (!(container.width > 0 && container.height > 0 && view.scale > 0 && transform.k > 0)) return null;
  const { scale } = fitSvgView(view, container);
  const centre: [number, number] = [(view.width / 2 - transform.x) / transform.k, (view.height / 2 - transform.y) / transform.k];
  return { center: invertSvgPoint(view, centre), zoom: zoomForView(view, scale * transform.k) };
}

/**
 * The transform that draws `point` (viewBox units, before any pan or zoom) at `at` (CSS px from
 * the container's top left corner) at scale `k`: how the static map flies to a place.
 */
export function svgTransformShowing(view: Pick<SvgMapView, 'width' | 'height'>, container: Size, point: [number, number], at: [number, number], k: number): SvgTransform {
  const { scale, left, top } = fitSvgView(view, container);
  const target: [number, number] = [(at[0] - left) / scale, (at[1] - top) / scale];
  return { k, x: target[0] - k * point[0], y: target[1] - k * point[1] };
}

/**
 * Whether two cameras draw the same map in a container to within `tolerancePx` CSS px at its
 * edges: the same centre, and zooms close enough that nothing at the edge moves more than that.
 *
 * @param tolerancePx - CSS px. @defaultValue 0.5
 */
export function sameMapView(a: MapView, b: MapView, container: Size, tolerancePx = 0.5): boolean {
  const world = 512 * 2 ** a.zoom;
  const x = (lon: number): number => ((lon + 180) / 360) * world;
  const y = (lat: number): number => ((Math.PI - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / (2 * Math.PI)) * world;
  const centreShift = Math.hypot(x(a.center[0]) - x(b.center[0]), y(a.center[1]) - y(b.center[1]));
  const edgeShift = (Math.abs(2 ** (a.zoom - b.zoom) - 1) * Math.hypot(container.width, container.height)) / 2;
  return centreShift + edgeShift <= tolerancePx;
}
