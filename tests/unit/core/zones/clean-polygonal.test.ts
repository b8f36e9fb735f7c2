import { describe, expect, it } from 'vitest';
import { cleanPolygonal } from '../../../../src/core/zones/index.ts';

describe('cleanPolygonal', () => {
  it('cleanPolygonal(polygon, 0) rounds to 6 decimals, drops repeats and winds the outer ring counter-clockwise', () => {
    const clockwise = [[13, 32], [13, 32.1000000004], [13, 32.1], [13.1, 32.1], [13.1, 32], [13, 32]];
    expect(cleanPolygonal({ type: 'Polygon', coordinates: [clockwise] }, 0)).toEqual({
      type: 'Polygon',
      coordinates: [[[13, 32], [13.1, 32], [13.1, 32.1], [13, 32.1], [13, 32]]],
    });
  });

  it('winds holes clockwise', () => {
    const outer = [[13, 32], [13.1, 32], [13.1, 32.1], [13, 32.1], [13, 32]];
    const hole = [[13.02, 32.02], [13.08, 32.02], [13.08, 32.08], [13.02, 32.08], [13.02, 32.02]];
    const cleaned = cleanPolygonal({ type: 'Polygon', coordinates: [outer, hole] }, 0);
    expect(cleaned?.coordinates[1]).toEqual([...hole].reverse());
  });

  it('drops parts and holes smaller than minPartKm2, and gives null when nothing is left', () => {
    const big = [[13, 32], [13.1, 32], [13.1, 32.1], [13, 32.1], [13, 32]];
    const sliver = [[14, 32], [14.000001, 32], [14.000001, 32.1], [14, 32.1], [14, 32]];
    expect(cleanPolygonal({ type: 'MultiPolygon', coordinates: [[big], [sliver]] }, 0.01)).toEqual({ type: 'Polygon', coordinates: [big] });
    expect(cleanPolygonal({ type: 'Polygon', coordinates: [sliver] }, 0.01)).toBeNull();
  });

  it('drops a ring that rounding collapses to fewer than four positions', () => {
    expect(cleanPolygonal({ type: 'Polygon', coordinates: [[[13, 32], [13.0000001, 32], [13, 32.0000001], [13, 32]]] }, 0)).toBeNull();
  });
});
