import { describe, expect, it } from 'vitest';
import { chainSegments } from '../../../../src/core/zones/index.ts';

describe('chainSegments', () => {
  it('chainSegments(segments) joins segments that meet end to end, in either direction', () => {
    expect(chainSegments([[[0, 0], [1, 0]], [[2, 0], [1, 0]], [[2, 0], [3, 1]]])).toEqual([[[0, 0], [1, 0], [2, 0], [3, 1]]]);
  });

  it('starts and stops lines where three segments meet', () => {
    const lines = chainSegments([[[0, 0], [1, 0]], [[1, 0], [2, 0]], [[1, 0], [1, 1]]]);
    expect(lines).toEqual([[[0, 0], [1, 0]], [[1, 0], [2, 0]], [[1, 0], [1, 1]]]);
  });

  it('keeps apart segments that do not meet, and walks a closed loop once', () => {
    expect(chainSegments([[[0, 0], [1, 0]], [[5, 5], [6, 6]]])).toEqual([[[0, 0], [1, 0]], [[5, 5], [6, 6]]]);
    expect(chainSegments([[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[1, 1], [0, 0]]])).toEqual([[[0, 0], [1, 0], [1, 1], [0, 0]]]);
  });

  it('treats ends equal after rounding to 6 decimals as meeting', () => {
    expect(chainSegments([[[0, 0], [1, 0]], [[1.0000000001, 0], [2, 0]]])).toHaveLength(1);
  });
});
