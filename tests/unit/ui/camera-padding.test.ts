import { describe, expect, it } from 'vitest';
import { computeCameraPadding, type Padding, type Rect } from '../../../src/ui/camera-padding.ts';

const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, right: left + width, bottom: top + height });
/** The free area a padding leaves, as a rectangle. */
const free = (map: Rect, p: Padding): Rect => ({ left: map.left + p.left, top: map.top + p.top, right: map.right - p.right, bottom: map.bottom - p.bottom });
const centre = (r: Rect): [number, number] => [(r.left + r.right) / 2, (r.top + r.bottom) / 2];
const inside = ([x, y]: [number, number], r: Rect): boolean => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

describe('computeCameraPadding', () => {
  it('computeCameraPadding(desktop map, [legend top left, card bottom right]) puts the free area\'s centre inside the map and outside both', () => {
    const map = rect(0, 64, 880, 736);
    const legend = rect(12, 76, 304, 330);
    const card = rect(484, 420, 384, 340);
    const p = computeCameraPadding(map, [legend, card]);
    const c = centre(free(map, p));
    expect(inside(c, map)).toBe(true);
    expect(inside(c, legend)).toBe(false);
    expect(inside(c, card)).toBe(false);
  });
  it('computeCameraPadding(phone map, [folded legend, full-width card at the bottom]) pads the top and the bottom', () => {
    const map = rect(0, 0, 390, 300);
    const legend = rect(8, 8, 90, 32);
    const card = rect(12, 110, 366, 170);
    const p = computeCameraPadding(map, [legend, card]);
    expect(p.bottom).toBe(300 - 110 + 24);
    const c = centre(free(map, p));
    expect(inside(c, legend) || inside(c, card)).toBe(false);
    expect(inside(c, map)).toBe(true);
  });
  it('computeCameraPadding(map, []) is no padding, and overlays outside the map or empty are ignored', () => {
    const map = rect(0, 0, 800, 600);
    expect(computeCameraPadding(map, [])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
    expect(computeCameraPadding(map, [rect(900, 0, 100, 100), rect(10, 10, 0, 50)])).toEqual({ top: 0, right: 0, bottom: 0, left: 0 });
  });
  it('never pads the map to less than the minimum free size: an overlay that covers it all is given up', () => {
    const map = rect(0, 0, 300, 200);
    const p = computeCameraPadding(map, [rect(0, 0, 300, 200)], { minFree: 48 });
    expect(300 - p.left - p.right).toBeGreaterThanOrEqual(48);
    expect(200 - p.top - p.bottom).toBeGreaterThanOrEqual(48);
  });
});
