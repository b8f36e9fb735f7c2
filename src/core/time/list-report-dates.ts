import type { ClaimFeature, ClaimsCollection } from './types.ts';

/** One date on which the site's articles report control (a claim's `as_of`). */
export interface ReportDate {
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  /** Claims dated that day. */
  claims: number;
  /** Articles with a claim dated that day. */
  articles: number;
  /** Articles with a claim dated on or before that day: the "from N articles" of the legend. */
  articles_to_date: number;
}

/**
 * The dates on which control can change: every distinct `as_of` of the claims, ascending, with
 * how many claims and articles report on each and how many articles have reported up to it. The
 * page's timeline puts a mark on each and moves between them; the build draws the zones of each.
 */
export function listReportDates(claims: ClaimsCollection | readonly ClaimFeature[]): ReportDate[] {
  const features = 'features' in claims ? claims.features : claims;
  const byDate = new Map<string, { claims: number; articles: Set<string> }>();
  for (const f of features) {
    const entry = byDate.get(f.properties.as_of) ?? { claims: 0, articles: new Set<string>() };
    entry.claims += 1;
    entry.articles.add(f.properties.article);
    byDate.set(f.properties.as_of, entry);
  }
  const seen = new Set<string>();
  return [...byDate.keys()].sort().map((date) => {
    const entry = byDate.get(date) as { claims: number; articles: Set<string> };
    for (const a of entry.articles) seen.add(a);
    return { date, claims: entry.claims, articles: entry.articles.size, articles_to_date: seen.size };
  });
}

/**
 * The report date in force on a date: the latest one on or before it, or null before the first.
 * `dates` ascending, as {@link listReportDates} gives them.
 */
export function findReportDate<T extends { date: string }>(dates: readonly T[], date: string): T | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid] as T).date <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? null : (dates[lo - 1] as T);
}
