import { formatIsoDay, parseIsoDay } from './parse-iso-day.ts';

/** The dates the page's timeline runs over: {@link timelineRange}. */
export interface TimelineRange {
  /** First report date, ISO. */
  first: string;
  /** The later of the last report date and the newest article's date, ISO. */
  last: string;
  /** The same as day numbers (days since 1970-01-01). */
  firstDay: number;
  lastDay: number;
  /** A date brought into the range: what the map can show for it. */
  clamp(date: string): string;
}

/**
 * The span of the page's timeline: from the first report date to the last one, or to the newest
 * article's date when that is later (an article that reports nothing new still has a date the
 * map can be shown on: "as reported up to" it). An article opens on its own date, brought into
 * this range; a date in the URL is brought into it too, so a hand-edited date shows the nearest
 * view the timeline can show.
 *
 * @param reportDates - ascending, at least one
 * @param articleDates - every article's date, ISO
 */
export function timelineRange(reportDates: ReadonlyArray<{ date: string }>, articleDates: readonly string[]): TimelineRange {
  const firstDay = parseIsoDay((reportDates[0] as { date: string }).date);
  const lastDay = Math.max(parseIsoDay((reportDates.at(-1) as { date: string }).date), ...articleDates.map((d) => parseIsoDay(d)));
  return {
    first: formatIsoDay(firstDay),
    last: formatIsoDay(lastDay),
    firstDay,
    lastDay,
    clamp: (date) => formatIsoDay(Math.min(Math.max(parseIsoDay(date), firstDay), lastDay)),
  };
}
