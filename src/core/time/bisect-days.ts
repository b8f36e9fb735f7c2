/**
 * First position in `days[lo, hi)`, ascending, whose value is greater than `day`: the end of the
 * claims on or before `day`.
 */
export function bisectDaysRight(days: ArrayLike<number>, day: number, lo = 0, hi = days.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) > day) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * First position in `days[lo, hi)`, ascending, whose value is at least `day`: the start of the
 * claims on or after `day`.
 */
export function bisectDaysLeft(days: ArrayLike<number>, day: number, lo = 0, hi = days.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((days[mid] as number) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
