import type { LineString, MultiLineString, Position } from 'geojson';
import { roundCoordinate } from '../geojson/round-coordinate.ts';

/**
 * Makes polylines ready to write: coordinates rounded to 6 decimals, repeated consecutive
 * positions removed, lines left with fewer than two positions dropped.
 *
 * @param lines - polylines, [lon, lat] degrees
 * @returns a LineString, a MultiLineString when several lines remain, or `null` when none does
 */
export function cleanLines(lines: readonly Position[][]): LineString | MultiLineString | null {
  const kept: Position[][] = [];
  for (const line of lines) {
    const out: Position[] = [];
    for (const p of line) {
      const q: Position = [roundCoordinate(p[0] as number), roundCoordinate(p[1] as number)];
      const last = out[out.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
    }
    if (out.length >= 2) kept.push(out);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'LineString', coordinates: kept[0] as Position[] } : { type: 'MultiLineString', coordinates: kept };
}
