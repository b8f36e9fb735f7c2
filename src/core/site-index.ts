/**
 * The site index (`data/articles.json`): what the page, the embed page and the web component read
 * first. The build writes it (src/cli/project.ts); the page checks it ({@link checkSiteIndex}).
 * One type for both sides.
 */

/** One article as the index lists it. */
export interface SiteArticle {
  id: string;
  /** ISO date of publication, `YYYY-MM-DD`. */
  date: string;
  /** Language of the original. */
  language: string;
  /** Title by language: the original's and its translations'. */
  titles: Record<string, string>;
  outlet: { ar: string; en: string };
}

/**
 * The map's reference point: the distance rings are drawn around it and the legend measures each
 * party's nearest reported position from it. A gazetteer place (Martyrs' Square for Tripoli).
 */
export interface SiteCentre {
  /** The gazetteer id of the place. */
  place: string;
  /** [lon, lat], degrees (the place's point in the gazetteer). */
  coordinates: [number, number];
  /** Its name in running text ("about 15 km from Martyrs' Square"). */
  name: { ar: string; en: string };
  /** Its legend entry ("Central Tripoli (Martyrs' Square)"). */
  label: { ar: string; en: string };
}

/** A date on which the site's articles report control, as the index lists it (`listReportDates`). */
export interface SiteReportDate {
  /** ISO date. */
  date: string;
  /** Claims dated that day. */
  claims: number;
  /** Articles with a claim dated that day. */
  articles: number;
  /** Articles with a claim dated on or before that day. */
  articles_to_date: number;
}

/** `data/articles.json`. */
export interface SiteIndex {
  /** The article the page opens with. */
  default_article: string;
  /** Online basemap style URL from content/site.yaml, or null for the embedded basemap only. */
  basemap_style_url: string | null;
  /** Host origins allowed to talk to embeds, or null for any. */
  embed_origins: string[] | null;
  /** Public URL of the site (with a trailing slash), or null. */
  site_url: string | null;
  centre: SiteCentre;
  /** The default article first, then newest first. */
  articles: SiteArticle[];
  /**
   * Every date a claim is dated (its `as_of`), ascending: the page shows its timeline when there
   * are two or more. Empty in an index written before the timeline.
   */
  report_dates: SiteReportDate[];
}

/** Why a site index was refused. */
export class SiteIndexError extends Error {
  constructor(readonly source: string, readonly detail: string) {
    super(`${source}: ${detail}`);
    this.name = 'SiteIndexError';
  }
}

const isPair = (v: unknown): v is { ar: string; en: string } => !!v && typeof (v as { ar?: unknown }).ar === 'string' && typeof (v as { en?: unknown }).en === 'string';

/**
 * Checks the shape of a site index read from `source` (a URL or the page's data block) and
 * returns it typed; throws {@link SiteIndexError} naming the first field that is wrong.
 */
export function checkSiteIndex(value: unknown, source: string): SiteIndex {
  const fail = (field: string, expected: string): never => {
    throw new SiteIndexError(source, `not a site index: ${field} should be ${expected}`);
  };
  const data = value as Partial<SiteIndex> | null;
  if (!data || typeof data !== 'object') fail('the file', 'an object');
  const d = data as Partial<SiteIndex>;
  if (typeof d.default_article !== 'string') fail('default_article', 'an article id');
  if (!Array.isArray(d.articles)) fail('articles', 'a list');
  (d.articles as unknown[]).forEach((a, i) => {
    const article = a as Partial<SiteArticle> | null;
    if (!article || typeof article.id !== 'string' || typeof article.date !== 'string' || typeof article.language !== 'string' || !article.titles || typeof article.titles !== 'object' || !isPair(article.outlet)) {
      fail(`articles[${i}]`, 'an article with id, date, language, titles and outlet');
    }
  });
  const dates = (d as { report_dates?: unknown }).report_dates;
  if (dates !== undefined && !(Array.isArray(dates) && dates.every((r) => {
    const x = r as Partial<SiteReportDate> | null;
    return !!x && typeof x.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x.date) && [x.claims, x.articles, x.articles_to_date].every((n) => Number.isInteger(n));
  }))) {
    fail('report_dates', 'a list of dates with claims, articles and articles_to_date');
  }
  const c = d.centre as Partial<SiteCentre> | undefined;
  if (!c || typeof c.place !== 'string' || !Array.isArray(c.coordinates) || c.coordinates.length !== 2 || !c.coordinates.every((n) => typeof n === 'number' && Number.isFinite(n)) || !isPair(c.name) || !isPair(c.label)) {
    fail('centre', 'a place with coordinates, name and label');
  }
  return {
    default_article: d.default_article as string,
    basemap_style_url: typeof d.basemap_style_url === 'string' ? d.basemap_style_url : null,
    embed_origins: Array.isArray(d.embed_origins) ? d.embed_origins.filter((o): o is string => typeof o === 'string') : null,
    site_url: typeof d.site_url === 'string' ? d.site_url : null,
    centre: c as SiteCentre,
    articles: d.articles as SiteArticle[],
    report_dates: (dates as SiteReportDate[] | undefined) ?? [],
  };
}
