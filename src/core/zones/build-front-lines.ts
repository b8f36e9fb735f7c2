import { length } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { chainSegments } from './chain-segments.ts';
import { cleanLines } from './clean-lines.ts';
import { clipSegmentToPolygons } from './clip-segment-to-polygons.ts';
import { compareCodeUnits } from './compare-code-units.ts';
import type { VoronoiEdge } from './compute-voronoi-cells.ts';
import { siteSides } from './site-sides.ts';
import type { FrontLineFeature, ZoneOptions, ZoneSite } from './types.ts';

/**
 * The front lines: the boundaries shared by zones of different parties, one feature per pair of
 * parties (and per `control`/`contested`, so a line next to a contested zone can be drawn
 * differently).
 *
 * Method: two clipped zones can only share boundary along the Voronoi edge of their two sites,
 * and zone = cell ∩ reach ∩ land, so the shared boundary of sites i and j is exactly
 * edge(i, j) ∩ reach(i) ∩ reach(j) ∩ land. The edge is clipped to those three areas, which it
 * crosses transversally (unlike the cells, on whose boundary it lies, where clipping would be
 * numerically fragile). Every point of the result is equally far from the two places (in the
 * local frame), which is the property the reader is told the line has. Pieces are then chained
 * into polylines.
 *
 * @param sites - the sites
 * @param edges - the Voronoi edges shared by the sites' cells, [lon, lat] degrees
 * @param reaches - each site's reach circle, [lon, lat] degrees
 * @param land - the land, [lon, lat] degrees
 * @param options - `method` (recorded)
 * @returns front-line features in order of first appearance; the caller sorts them
 */
export function buildFrontLines(
  sites: readonly ZoneSite[],
  edges: readonly VoronoiEdge[],
  reaches: readonly Polygon[],
  land: Polygon | MultiPolygon,
  options: Pick<ZoneOptions, 'method'>,
): FrontLineFeature[] {
  const groups = new Map<string, { between: string[]; status: 'control' | 'contested'; placeIds: Set<string>; pieces: Array<[Position, Position]> }>();
  for (const edge of edges) {
    const a = sites[edge.i] as ZoneSite;
    const b = sites[edge.j] as ZoneSite;
    const sideA = siteSides(a);
    const sideB = siteSides(b);
    if (sideA.length === sideB.length && sideA.every((p) => sideB.includes(p))) continue;
    const between = [...new Set([...sideA, ...sideB])].sort(compareCodeUnits);
    if (between.length < 2) continue;
    const pieces = clipSegmentToPolygons(edge.a, edge.b, [reaches[edge.i] as Polygon, reaches[edge.j] as Polygon, land]);
    if (pieces.length === 0) continue;
    const status = a.status === 'contested' || b.status === 'contested' ? 'contested' : 'control';
    const key = `${between.join('+')}|${status}`;
    const group = groups.get(key) ?? { between, status, placeIds: new Set<string>(), pieces: [] };
    for (const id of [...a.placeIds, ...b.placeIds]) group.placeIds.add(id);
    group.pieces.push(...pieces);
    groups.set(key, group);
  }

  const lines: FrontLineFeature[] = [];
  for (const group of groups.values()) {
    const geometry = cleanLines(chainSegments(group.pieces));
    if (!geometry) continue;
    lines.push({
      type: 'Feature',
      id: `front-line-${group.status === 'contested' ? 'contested-' : ''}${group.between.join('+')}`,
      geometry,
      properties: {
        kind: 'front-line',
        between: group.between,
        status: group.status,
        place_ids: [...group.placeIds].sort(compareCodeUnits),
        length_km: Math.round(length({ type: 'Feature', geometry, properties: {} }, { units: 'kilometers' }) * 100) / 100,
        method: options.method,
      },
    });
  }
  return lines;
}
