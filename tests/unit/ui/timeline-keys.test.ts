import { describe, expect, it } from 'vitest';
import { PAGE_DAYS, dayForKey, dayToX, neighbourMark } from '../../../src/ui/timeline-keys.ts';

// The timeline's pure parts (src/ui/timeline-keys.ts): where a day's mark goes, and where a key
// moves the handle. Days as the page counts them (the fixture's report dates, days since 1970).
const MARKS = [18026, 18073, 18075, 18416, 18418].map((day) => ({ day, weight: 1 }));
const RANGE = { min: 18026, max: 18418 };

describe('dayToX', () => {
  const span = { ...RANGE, width: 416, inset: 8, rtl: false };
  it('dayToX puts the first day at the handle\'s inset and the last at the width less it, left to right', () => {
    expect(dayToX(RANGE.min, span)).toBe(8);
    expect(dayToX(RANGE.max, span)).toBe(408);
    expect(dayToX((RANGE.min + RANGE.max) / 2, span)).toBe(208);
  });
  it('dayToX mirrors the scale right to left, as the native range input does in Arabic', () => {
    const rtl = { ...span, rtl: true };
    expect(dayToX(RANGE.min, rtl)).toBe(408);
    expect(dayToX(RANGE.max, rtl)).toBe(8);
  });
  it('dayToX clamps days outside the range and centres a range of one day', () => {
    expect(dayToX(RANGE.min - 100, span)).toBe(8);
    expect(dayToX(RANGE.max + 100, span)).toBe(408);
    expect(dayToX(5, { ...span, min: 5, max: 5 })).toBe(208);
  });
});

describe('neighbourMark', () => {
  it('neighbourMark gives the next or previous marked day, strictly, or null past the ends', () => {
    expect(neighbourMark(MARKS, 18073, 1)).toBe(18075);
    expect(neighbourMark(MARKS, 18073, -1)).toBe(18026);
    expect(neighbourMark(MARKS, 18100, 1)).toBe(18416);
    expect(neighbourMark(MARKS, 18100, -1)).toBe(18075);
    expect(neighbourMark(MARKS, 18418, 1)).toBeNull();
    expect(neighbourMark(MARKS, 18026, -1)).toBeNull();
  });
});

describe('dayForKey', () => {
  const ltr = { marks: MARKS, ...RANGE, rtl: false, keyboard: 'marks' as const };
  const rtl = { ...ltr, rtl: true };
  it('dayForKey moves the arrows between report dates, the way they point on screen (right is later left to right)', () => {
    expect(dayForKey('ArrowRight', 18073, ltr)).toBe(18075);
    expect(dayForKey('ArrowLeft', 18073, ltr)).toBe(18026);
    expect(dayForKey('ArrowUp', 18073, ltr)).toBe(18075);
    expect(dayForKey('ArrowDown', 18073, ltr)).toBe(18026);
    // Between two report dates, to the nearest one in that direction.
    expect(dayForKey('ArrowRight', 18200, ltr)).toBe(18416);
  });
  it('dayForKey turns the horizontal arrows round right to left (left is later), up stays later', () => {
    expect(dayForKey('ArrowLeft', 18073, rtl)).toBe(18075);
    expect(dayForKey('ArrowRight', 18073, rtl)).toBe(18026);
    expect(dayForKey('ArrowUp', 18073, rtl)).toBe(18075);
  });
  it('dayForKey stops at the ends: past the last mark, the end of the range', () => {
    expect(dayForKey('ArrowRight', 18418, ltr)).toBe(18418);
    expect(dayForKey('ArrowLeft', 18026, ltr)).toBe(18026);
  });
  it('dayForKey moves Page Up and Page Down a month, clamped, and Home and End to the ends', () => {
    expect(PAGE_DAYS).toBe(30);
    expect(dayForKey('PageUp', 18100, ltr)).toBe(18130);
    expect(dayForKey('PageDown', 18100, ltr)).toBe(18070);
    expect(dayForKey('PageDown', 18030, ltr)).toBe(18026);
    expect(dayForKey('PageUp', 18400, ltr)).toBe(18418);
    expect(dayForKey('Home', 18100, ltr)).toBe(18026);
    expect(dayForKey('End', 18100, ltr)).toBe(18418);
  });
  it('dayForKey leaves other keys, and every key in days mode (the archive), to the native input', () => {
    expect(dayForKey('Tab', 18100, ltr)).toBeNull();
    expect(dayForKey('a', 18100, ltr)).toBeNull();
    for (const key of ['ArrowRight', 'ArrowUp', 'PageUp', 'Home']) expect(dayForKey(key, 18100, { ...ltr, keyboard: 'days' })).toBeNull();
  });
});
