/**
 * The pure parts of the timeline (src/ui/timeline.ts): where a day sits along the strip and which
 * day a key moves to. No DOM, so the unit tests can state them exactly.
 */

/** A date the timeline marks: a day on which something is reported, and how much. */
export interface TimelineMark {
  /** Day number (days since any fixed origin; the page uses days since 1970-01-01). */
  day: number;
  /** What the mark's height stands for (claims that day), 0 or more. */
  weight: number;
}

/**
 * How the arrow keys move the handle:
 * - `marks`: to the previous or next marked day (the page: its report dates, where the map can
 *   change); Page Up and Page Down move a month (30 days), Home and End to the ends;
 * - `days`: one day, as the native range input does (the archive, with a report nearly every day).
 */
export type TimelineKeyboard = 'marks' | 'days';

/** Days Page Up and Page Down move in `marks` mode: a month, the rule's staleness threshold. */
export const PAGE_DAYS = 30;

/** The pixel span the handle's centre travels over: from `inset` to `width − inset`, reversed right to left. */
export interface TimelineSpan {
  /** First and last day. */
  min: number;
  max: number;
  /** Width of the strip, CSS px. */
  width: number;
  /** Half the handle's width, CSS px: where its centre stands at either end. */
  inset: number;
  /** Right to left (Arabic): the first day on the right, as the native range input puts it. */
  rtl: boolean;
}

/**
 * The x position (CSS px from the strip's left edge) of a day's mark, where the native range
 * input's handle stands on that day: the two always line up.
 */
export function dayToX(day: number, span: TimelineSpan): number {
  const { min, max, width, inset, rtl } = span;
  const t = max > min ? (Math.min(Math.max(day, min), max) - min) / (max - min) : 0.5;
  const usable = Math.max(0, width - 2 * inset);
  return rtl ? width - inset - t * usable : inset + t * usable;
}

/** The marked day strictly after (`direction` 1) or before (-1) `day`, or null at the end. `marks` ascending. */
export function neighbourMark(marks: readonly TimelineMark[], day: number, direction: 1 | -1): number | null {
  if (direction > 0) {
    for (const m of marks) if (m.day > day) return m.day;
    return null;
  }
  for (let i = marks.length - 1; i >= 0; i--) if ((marks[i] as TimelineMark).day < day) return (marks[i] as TimelineMark).day;
  return null;
}

/**
 * The day a key moves the handle to, or null when the key is not the timeline's to handle (the
 * native input then does what it always does). The arrows move the way they point on screen:
 * right is later left to right and earlier right to left, as in Chromium's own range input; up
 * is always later.
 */
export function dayForKey(key: string, day: number, options: { marks: readonly TimelineMark[]; min: number; max: number; rtl: boolean; keyboard: TimelineKeyboard }): number | null {
  const { marks, min, max, rtl, keyboard } = options;
  const clamp = (d: number): number => Math.min(Math.max(d, min), max);
  if (keyboard === 'days') return null;
  const later = key === 'ArrowUp' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  const earlier = key === 'ArrowDown' || key === (rtl ? 'ArrowRight' : 'ArrowLeft');
  if (later) return clamp(neighbourMark(marks, day, 1) ?? max);
  if (earlier) return clamp(neighbourMark(marks, day, -1) ?? min);
  if (key === 'PageUp') return clamp(day + PAGE_DAYS);
  if (key === 'PageDown') return clamp(day - PAGE_DAYS);
  if (key === 'Home') return min;
  if (key === 'End') return max;
  return null;
}
