import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { computeVoronoiCells, createLocalFrame } from '../../../../src/core/zones/index.ts';

// Qasr bin Ghashir, Swani, Suq al-Khamis and Ain Zara: a slanted, realistic configuration.
const SITES: Position[] = [[13.1765, 32.68597], [13.06724, 32.71236], [13.21978, 32.52766], [13.28693, 32.79521]];
const BBOX: [number, number, number, number] = [12.8, 32.3, 13.6, 33];

describe('computeVoronoiCells', () => {
  const frame = createLocalFrame(32.68);
  const cells = computeVoronoiCells(SITES, BBOX, frame);

  it('computeVoronoiCells(points, bbox, frame) gives each site a closed ring that contains it', () => {
    expect(cells.rings).toHaveLength(4);
    cells.rings.forEach((ring, i) => {
      expect(ring?.[0]).toEqual(ring?.[ring.length - 1]);
      const xs = ring!.map((p) => p[0] as number);
      const ys = ring!.map((p) => p[1] as number);
      const [x, y] = SITES[i] as [number, number];
      expect(x).toBeGreaterThan(Math.min(...xs));
      expect(x).toBeLessThan(Math.max(...xs));
      expect(y).toBeGreaterThan(Math.min(...ys));
      expect(y).toBeLessThan(Math.max(...ys));
    });
  });

  it('puts shared edges equally far, in km, from their two sites (within 0.5%)', () => {
    expect(cells.edges.length).toBeGreaterThanOrEqual(4);
    for (const edge of cells.edges) {
      for (const t of [0, 0.5, 1]) {
        const p = [(edge.a[0] as number) + t * ((edge.b[0] as number) - (edge.a[0] as number)), (edge.a[1] as number) + t * ((edge.b[1] as number) - (edge.a[1] as number))];
        const di = distance(p, SITES[edge.i] as Position);
        const dj = distance(p, SITES[edge.j] as Position);
        expect(Math.abs(di - dj) / Math.max(di, dj)).toBeLessThan(0.005);
      }
    }
  });

  it('lists each shared edge once, with i < j, using vertices both rings carry', () => {
    const has = (ring: Position[] | null, p: Position) => ring!.some((q) => q[0] === p[0] && q[1] === p[1]);
    for (const edge of cells.edges) {
      expect(edge.i).toBeLessThan(edge.j);
      for (const p of [edge.a, edge.b]) {
        expect(has(cells.rings[edge.i]!, p)).toBe(true);
        expect(has(cells.rings[edge.j]!, p)).toBe(true);
      }
    }
    expect(new Set(cells.edges.map((e) => `${e.i}-${e.j}`)).size).toBe(cells.edges.length);
  });

  it('gives a single site the whole box, and a coincident point no cell', () => {
    expect(computeVoronoiCells([[13, 32.5]], BBOX, frame).rings[0]).toHaveLength(5);
    expect(computeVoronoiCells([[13, 32.5], [13, 32.5], [13.2, 32.5]], BBOX, frame).rings.filter((r) => r === null)).toHaveLength(1);
  });
});
