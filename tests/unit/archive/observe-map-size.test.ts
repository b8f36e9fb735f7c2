import { describe, expect, it } from 'vitest';
import { isNewMapSize } from '../../../src/archive/observe-map-size.ts';

describe('isNewMapSize', () => {
  const current = { width: 928, height: 719 };

  it('isNewMapSize(current, next) is true when the width or the height changed', () => {
    expect(isNewMapSize(current, { width: 496, height: 719 })).toBe(true);
    expect(isNewMapSize(current, { width: 928, height: 900 })).toBe(true);
    expect(isNewMapSize(current, { width: 1248, height: 1320 })).toBe(true);
  });

  it('isNewMapSize(current, current) is false: the observer reports the size it starts with', () => {
    expect(isNewMapSize(current, { width: 928, height: 719 })).toBe(false);
  });

  it('isNewMapSize(current, next) is false for an empty size (a hidden or detached map)', () => {
    expect(isNewMapSize(current, { width: 0, height: 0 })).toBe(false);
    expect(isNewMapSize(current, { width: 0, height: 719 })).toBe(false);
    expect(isNewMapSize(current, { width: 928, height: 0 })).toBe(false);
  });

  it('isNewMapSize(empty, next) is true for the first real size after an empty one', () => {
    expect(isNewMapSize({ width: 0, height: 0 }, current)).toBe(true);
  });
});
