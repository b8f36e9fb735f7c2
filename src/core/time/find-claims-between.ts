import { bisectDaysLeft, bisectDaysRight } from './bisect-days.ts';
import type { ClaimTimeline } from './create-claim-timeline.ts';

/**
 * Every claim dated from `fromDay` to `toDay`, both inclusive: `timeline.order.subarray(start, end)`
 * (claim indices in day order). Two binary searches; empty when `fromDay > toDay`.
 *
 * @param fromDay - first day, in the timeline's days
 * @param toDay - last day, in the timeline's days
 */
export function findClaimsBetween(timeline: ClaimTimeline, fromDay: number, toDay: number): { start: number; end: number } {
  const start = bisectDaysLeft(timeline.sortedDays, fromDay);
  const end = fromDay > toDay ? start : bisectDaysRight(timeline.sortedDays, toDay, start);
  return { start, end };
}
