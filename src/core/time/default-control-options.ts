/** Options of the "as of" rule ({@link computeControlAsOf}); merged over {@link DEFAULT_CONTROL_OPTIONS}. */
export interface ControlOptions {
  /**
   * A place whose latest claim is more than this many days older than the "as of" date is
   * stale ("last reported 40 days earlier"), in days; a non-negative integer.
   * @defaultValue 30
   */
  staleAfterDays?: number;
  /**
   * Claims dated before this ISO date (`YYYY-MM-DD`) are ignored, or `null` to use every claim.
   * @defaultValue null
   */
  from?: string | null;
}

/**
 * The defaults of {@link ControlOptions}. Why 30 days: on the 2019–2020 Tripoli fronts control
 * changed hands week by week (Gharyan in one day of June 2019, the western coast in a week of
 * April 2020), and outlets reported the active fronts every few days; a place nobody has
 * reported on for a month is one whose status the map can no longer vouch for. It is shown, but
 * marked as stale with its age.
 */
export const DEFAULT_CONTROL_OPTIONS: Readonly<Required<ControlOptions>> = Object.freeze({
  staleAfterDays: 30,
  from: null,
});
