import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { clipSegmentToPolygons } from '../../../../src/core/zones/index.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});

describe('clipSegmentToPolygons', () => {
  it('clipSegmentToPolygons(a, b, [square]) keeps the part inside the square', () => {
    expect(clipSegmentToPolygons([0, 0.5], [3, 0.5], [square(1, 0, 2, 1)])).toEqual([[[1, 0.5], [2, 0.5]]]);
  });

  it('keeps the exact ends when they are inside, so neighbouring pieces still join', () => {
    const a = [0.1234567891, 0.5];
    const b = [0.9876543219, 0.5];
    const [piece] = clipSegmentToPolygons(a, b, [square(0, 0, 1, 1)]);
    expect(piece?.[0]).toBe(a);
    expect(piece?.[1]).toBe(b);
  });

  it('keeps only what lies inside every polygon', () => {
    expect(clipSegmentToPolygons([0, 0.5], [4, 0.5], [square(0, 0, 3, 1), square(1, 0, 4, 1)])).toEqual([[[1, 0.5], [3, 0.5]]]);
  });

  it('gives several pieces where the segment leaves and re-enters a polygon', () => {
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [3, 0], [3, 2], [2, 2], [2, 1], [1, 1], [1, 2], [0, 2], [0, 0]]] };
    expect(clipSegmentToPolygons([-1, 1.5], [4, 1.5], [u])).toEqual([[[0, 1.5], [1, 1.5]], [[2, 1.5], [3, 1.5]]]);
  });

  it('gives nothing for a segment outside, and drops pieces inside a hole', () => {
    expect(clipSegmentToPolygons([5, 5], [6, 6], [square(0, 0, 1, 1)])).toEqual([]);
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 3, 3).coordinates[0]!, [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]]] };
    expect(clipSegmentToPolygons([0.5, 1.5], [2.5, 1.5], [withHole])).toEqual([[[0.5, 1.5], [1, 1.5]], [[2, 1.5], [2.5, 1.5]]]);
  });
});
