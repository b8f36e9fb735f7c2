/** Milliseconds in a day. */
const DAY_MS = 86_400_000;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of an ISO calendar date `YYYY-MM-DD`: days since 1970-01-01 (UTC), an integer.
 * Only real calendar dates are accepted (`2019-02-30` is refused), so a typo never silently
 * becomes another day.
 *
 * @param date - an ISO date, e.g. `2019-06-26`
 * @param field - what to call the value in the error message @defaultValue `'date'`
 * @throws RangeError naming the field, what was expected and what was found
 */
export function parseIsoDay(date: string, field = 'date'): number {
  const match = typeof date === 'string' ? ISO_DAY.exec(date) : null;
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
    const d = new Date(0);
    d.setUTCFullYear(year, month, day);
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month && d.getUTCDate() === day) return Math.round(d.getTime() / DAY_MS);
  }
  throw new RangeError(`${field}: expected a calendar date YYYY-MM-DD, found ${JSON.stringify(date)}`);
}

/** The ISO date `YYYY-MM-DD` of a day number (days since 1970-01-01, UTC): the inverse of {@link parseIsoDay}. */
export function formatIsoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
