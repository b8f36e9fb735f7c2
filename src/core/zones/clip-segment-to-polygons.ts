import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The pieces of segment `a`–`b` that lie inside every one of `polygons`, in order from `a`.
 * Planar in lon/lat, like turf's polygon clipping, so the pieces agree with the clipped zones.
 *
 * The segment is cut wherever it crosses a ring edge, and each piece is kept when its midpoint
 * is inside all polygons. Pieces whose ends are `a` or `b` keep those exact positions, so pieces
 * of neighbouring segments still join.
 *
 * @param a - start, [lon, lat] degrees
 * @param b - end, [lon, lat] degrees
 * @param polygons - the areas to stay within
 */
export function clipSegmentToPolygons(a: Position, b: Position, polygons: ReadonlyArray<Polygon | MultiPolygon>): Array<[Position, Position]> {
  const ts = new Set<number>([0, 1]);
  for (const polygon of polygons) {
    const rings = polygon.type === 'Polygon' ? polygon.coordinates : polygon.coordinates.flat();
    for (const ring of rings) {
      for (let k = 0; k + 1 < ring.length; k++) {
        const t = crossing(a, b, ring[k] as Position, ring[k + 1] as Position);
        if (t !== null) ts.add(t);
      }
    }
  }
  const sorted = [...ts].sort((x, y) => x - y);
  const at = (t: number): Position => (t === 0 ? a : t === 1 ? b : [lerp(a, b, 0, t), lerp(a, b, 1, t)]);
  const pieces: Array<[number, number]> = [];
  for (let k = 0; k + 1 < sorted.length; k++) {
    const t0 = sorted[k] as number;
    const t1 = sorted[k + 1] as number;
    const mid: Position = [lerp(a, b, 0, (t0 + t1) / 2), lerp(a, b, 1, (t0 + t1) / 2)];
    if (!polygons.every((polygon) => booleanPointInPolygon(mid, polygon))) continue;
    const last = pieces[pieces.length - 1];
    if (last && last[1] === t0) last[1] = t1;
    else pieces.push([t0, t1]);
  }
  return pieces.map(([t0, t1]) => [at(t0), at(t1)]);
}

function lerp(a: Position, b: Position, axis: 0 | 1, t: number): number {
  return (a[axis] as number) + t * ((b[axis] as number) - (a[axis] as number));
}

/** Parameter along `a`–`b` (0..1) where it crosses `c`–`d`, or null when it does not. */
function crossing(a: Position, b: Position, c: Position, d: Position): number | null {
  const rx = (b[0] as number) - (a[0] as number);
  const ry = (b[1] as number) - (a[1] as number);
  const sx = (d[0] as number) - (c[0] as number);
  const sy = (d[1] as number) - (c[1] as number);
  const denominator = rx * sy - ry * sx;
  if (denominator === 0) return null; // parallel: touching along an edge adds no cut point
  const qx = (c[0] as number) - (a[0] as number);
  const qy = (c[1] as number) - (a[1] as number);
  const t = (qx * sy - qy * sx) / denominator;
  const u = (qx * ry - qy * rx) / denominator;
  return t > 0 && t < 1 && u >= 0 && u <= 1 ? t : null;
}
