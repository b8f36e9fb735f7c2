import { Delaunay } from 'd3';
import type { Position } from 'geojson';
import type { LocalFrame } from './create-local-frame.ts';
import type { LonLatBBox } from './types.ts';

/** An edge shared by the cells of sites `i` and `j` (`i < j`), ends in [lon, lat] degrees. */
export interface VoronoiEdge {
  i: number;
  j: number;
  a: Position;
  b: Position;
}

/** The Voronoi diagram of some sites: a closed ring per site (or `null`) and the shared edges. */
export interface VoronoiCells {
  /** Closed outer ring of each site's cell, [lon, lat] degrees; `null` for a coincident point. */
  rings: Array<Position[] | null>;
  /** Every edge two cells share, sorted by `(i, j)`. */
  edges: VoronoiEdge[];
}

/**
 * Voronoi cells of `points` within `bbox`, computed with d3-delaunay in the planar `frame` and
 * returned in lon/lat.
 *
 * d3-delaunay rather than turf `voronoi`: it gives each cell's neighbours, and neighbouring cells
 * carry their shared edge as bit-identical vertices (it matches edges by exact equality itself),
 * which is what lets the front line be exactly the boundary two zones share.
 *
 * @param points - sites, [lon, lat] degrees
 * @param bbox - bounding box, degrees
 * @param frame - the planar frame (see {@link createLocalFrame})
 */
export function computeVoronoiCells(points: readonly Position[], bbox: LonLatBBox, frame: LocalFrame): VoronoiCells {
  const projected = points.map((p) => frame.project(p));
  const [x0, y0] = frame.project([bbox[0], bbox[1]]);
  const [x1, y1] = frame.project([bbox[2], bbox[3]]);
  const delaunay = Delaunay.from(projected);
  const voronoi = delaunay.voronoi([x0, y0, x1, y1]);
  const planar = projected.map((_, i) => voronoi.cellPolygon(i) as Array<[number, number]> | null);

  const edges: VoronoiEdge[] = [];
  planar.forEach((ring, i) => {
    if (!ring) return;
    for (const j of [...delaunay.neighbors(i)].sort((a, b) => a - b)) {
      const other = planar[j];
      if (j <= i || !other) continue;
      const shared = findSharedEdge(ring, other);
      if (shared) edges.push({ i, j, a: frame.unproject(shared[0]), b: frame.unproject(shared[1]) });
    }
  });
  return { rings: planar.map((ring) => (ring ? ring.map((p) => frame.unproject(p)) : null)), edges };
}

/** The edge `ring` has and `other` has too (in either direction), by exact coordinates. */
function findSharedEdge(ring: ReadonlyArray<[number, number]>, other: ReadonlyArray<[number, number]>): [[number, number], [number, number]] | null {
  const keys = new Set<string>();
  for (let k = 0; k + 1 < other.length; k++) keys.add(edgeKey(other[k] as [number, number], other[k + 1] as [number, number]));
  for (let k = 0; k + 1 < ring.length; k++) {
    const a = ring[k] as [number, number];
    const b = ring[k + 1] as [number, number];
    if (!(a[0] === b[0] && a[1] === b[1]) && keys.has(edgeKey(a, b))) return [a, b];
  }
  return null;
}

function edgeKey(a: [number, number], b: [number, number]): string {
  const [p, q] = a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]) ? [a, b] : [b, a];
  return `${p[0]},${p[1]},${q[0]},${q[1]}`;
}
