import { area } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { roundCoordinate } from '../geojson/round-coordinate.ts';

/**
 * Makes a clipped (Multi)Polygon ready to write: coordinates rounded to 6 decimals, repeated
 * consecutive positions removed (rounding creates them), rings kept closed, rings with fewer
 * than four positions or smaller than `minPartKm2` dropped (a polygon whose outer ring goes
 * with it), outer rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
 *
 * Winding is set here with the shoelace sign rather than turf `rewind`, because the rings are
 * already being rebuilt and turf's return type would need a cast.
 *
 * @param geometry - a Polygon or MultiPolygon, [lon, lat] degrees
 * @param minPartKm2 - smallest ring area kept, km²
 * @returns a Polygon, a MultiPolygon when several parts remain, or `null` when none does
 */
export function cleanPolygonal(geometry: Polygon | MultiPolygon, minPartKm2: number): Polygon | MultiPolygon | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const cleaned: Position[][] = [];
    rings.forEach((ring, index) => {
      const clean = cleanRing(ring);
      if (!clean || ringAreaKm2(clean) < minPartKm2) return;
      if (index === 0 || cleaned.length > 0) cleaned.push(wind(clean, index === 0));
    });
    if (cleaned.length > 0) kept.push(cleaned);
  }
  if (kept.length === 0) return null;
  return kept.length === 1 ? { type: 'Polygon', coordinates: kept[0] as Position[][] } : { type: 'MultiPolygon', coordinates: kept };
}

function cleanRing(ring: readonly Position[]): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q: Position = [roundCoordinate(p[0] as number), roundCoordinate(p[1] as number)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push([first[0] as number, first[1] as number]);
  return out.length >= 4 ? out : null;
}

function ringAreaKm2(ring: Position[]): number {
  return area({ type: 'Polygon', coordinates: [ring] }) / 1e6;
}

/** Twice the signed planar area; positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k] as Position;
    const b = ring[k + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function wind(ring: Position[], outer: boolean): Position[] {
  const ccw = signedArea(ring) > 0;
  return ccw === outer ? ring : [...ring].reverse();
}
