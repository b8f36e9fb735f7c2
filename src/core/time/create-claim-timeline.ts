/** Claims as columns, the input of {@link createClaimTimeline}: claim `i` is `(place[i], day[i], position[i])`. */
export interface ClaimTimelineInput {
  /** Number of places: place indices run from 0 to `placeCount − 1`. */
  placeCount: number;
  /** Place index per claim. */
  place: ArrayLike<number>;
  /**
   * Day per claim, an integer: days since any fixed origin, the same for every claim (the real
   * claims use days since 1970-01-01, {@link parseIsoDay}; the archive days since its file's start).
   */
  day: ArrayLike<number>;
  /**
   * Who the claim says holds the place, as an integer: two claims agree exactly when their
   * positions are equal (same status and same party, or the same parties fighting). Extent is not
   * part of it: "LNA holds all of it" and "LNA holds most of it" agree on who.
   */
  position: ArrayLike<number>;
}

/**
 * Claims sorted by day, overall and per place, built once so that every "as of" question is a
 * binary search: {@link resolveLatestClaims} and {@link findClaimsBetween} read it. Sorting is
 * stable: claims of the same day keep their input order.
 */
export interface ClaimTimeline {
  /** Number of claims. */
  count: number;
  /** Number of places. */
  placeCount: number;
  /** Place index per claim (input order). */
  place: Int32Array;
  /** Day per claim (input order). */
  day: Int32Array;
  /** Position per claim (input order); see {@link ClaimTimelineInput.position}. */
  position: Int32Array;
  /** Claim indices sorted by day (stable). */
  order: Int32Array;
  /** `day` in `order`'s order, for binary search. */
  sortedDays: Int32Array;
  /** Per place, its claim indices sorted by day (stable). */
  byPlace: Int32Array[];
  /** Per place, the days of `byPlace`'s claims, for binary search. */
  byPlaceDays: Int32Array[];
}

const isInt32 = (x: number): boolean => Number.isInteger(x) && x >= -0x80000000 && x <= 0x7fffffff;

/**
 * Sorts the claims by day once, overall and per place. O(n log n) once (O(n) when the input is
 * already in day order, as the archive's file and the site's claims file are).
 *
 * @throws RangeError naming the column and the first bad value: columns of different lengths,
 *   days or positions that are not 32-bit integers, place indices out of range
 */
export function createClaimTimeline(input: ClaimTimelineInput): ClaimTimeline {
  const n = input.day.length;
  const { placeCount } = input;
  if (!Number.isInteger(placeCount) || placeCount < 0) throw new RangeError(`placeCount: expected a non-negative integer, found ${placeCount}`);
  for (const key of ['place', 'position'] as const) {
    if (input[key].length !== n) throw new RangeError(`${key}: expected ${n} values (one per day), found ${input[key].length}`);
  }
  const place = new Int32Array(n);
  const day = new Int32Array(n);
  const position = new Int32Array(n);
  const perPlace = new Int32Array(placeCount);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    const p = input.place[i] as number;
    const d = input.day[i] as number;
    const q = input.position[i] as number;
    if (!(Number.isInteger(p) && p >= 0 && p < placeCount)) throw new RangeError(`place[${i}]: expected an index from 0 to ${placeCount - 1}, found ${p}`);
    if (!isInt32(d)) throw new RangeError(`day[${i}]: expected an integer, found ${d}`);
    if (!isInt32(q)) throw new RangeError(`position[${i}]: expected an integer, found ${q}`);
    place[i] = p;
    day[i] = d;
    position[i] = q;
    perPlace[p] = (perPlace[p] as number) + 1;
    if (i > 0 && d < (day[i - 1] as number)) sorted = false;
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => (day[a] as number) - (day[b] as number) || a - b);
  const sortedDays = new Int32Array(n);
  for (let k = 0; k < n; k++) sortedDays[k] = day[order[k] as number] as number;

  const byPlace = Array.from(perPlace, (size) => new Int32Array(size));
  const byPlaceDays = Array.from(perPlace, (size) => new Int32Array(size));
  const filled = new Int32Array(placeCount);
  for (let k = 0; k < n; k++) {
    const i = order[k] as number;
    const p = place[i] as number;
    const at = filled[p] as number;
    (byPlace[p] as Int32Array)[at] = i;
    (byPlaceDays[p] as Int32Array)[at] = sortedDays[k] as number;
    filled[p] = at + 1;
  }
  return { count: n, placeCount, place, day, position, order, sortedDays, byPlace, byPlaceDays };
}
