import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Extent, PlaceKind, PrecisionCode } from '../types.ts';

/** An evidence quote of a claim, with its offsets (UTF-16 code units, end exclusive) into the paragraph of the original. */
export interface ClaimEvidence {
  paragraph: string;
  quote: string;
  start: number;
  end: number;
}

/**
 * One claim of one article, as the site-wide claims file and the "as of" results carry it, in
 * its output key order.
 */
export interface ClaimEntry {
  /** ISO date the claim holds for (the article's date unless the claim says otherwise). */
  as_of: string;
  /** `control`: one party holds (all or part of) it; `contested`: several parties fight over it. */
  status: 'control' | 'contested';
  /** The party in control, for `control`; null for `contested`. */
  party: string | null;
  /** The parties fighting over it, for `contested`; empty for `control`. */
  parties: string[];
  extent: Extent;
  /** The event the article reports (`held`, `retaken`, `expelled`, `withdrawn`…): descriptive only. */
  change: string;
  note: string | null;
  /** Article id (its folder in `content/`). */
  article: string;
  /** The article's publication date. */
  article_date: string;
  /** The outlet that published the article, in both languages. */
  outlet: { ar: string; en: string };
  /** The quotes that state the claim, in the article's original language. */
  evidence: ClaimEvidence[];
}

/** Properties of a feature of the site-wide claims file (`geo/claims.geojson`), in output order. */
export interface ClaimProperties extends ClaimEntry {
  /** Gazetteer id of the place. */
  place: string;
  name_ar: string;
  name_en: string;
  /**
   * The place as the gazetteer describes it, so the page can draw (and zone) a place the open
   * article does not name: its kind, whether it lies in the map's region, and how far its point
   * may be from the real place (km). Optional for claims files written before they were added.
   */
  kind?: PlaceKind;
  in_region?: boolean;
  precision_km?: number;
  /** The gazetteer's precision code (1 the place itself, 2 part of or near it, 3 a wider region). */
  precision_code?: PrecisionCode;
  /** Checkable id of the coordinates' source, e.g. `osm:node/1565512489`. */
  source?: string;
}

/** One claim of one article: a Point at the place's gazetteer coordinates. Its `id` is `<article>/<place>`. */
export type ClaimFeature = Feature<Point, ClaimProperties>;

/** The `metadata` member of the claims file, for people who download it. */
export interface ClaimsMetadata {
  /** What the file is, in a sentence. */
  description: string;
  /** Number of articles in `content/` (with or without claims). */
  articles: number;
  /** Number of claims: the number of features. */
  claims: number;
  /** Number of distinct places claimed. */
  places: number;
  /** Earliest `as_of`, or null when there are no claims. */
  first_as_of: string | null;
  /** Latest `as_of`, or null when there are no claims. */
  last_as_of: string | null;
}

/** The site-wide claims file, `geo/claims.geojson` (`data/geo/claims.geojson` on the site). */
export type ClaimsCollection = FeatureCollection<Point, ClaimProperties> & { metadata: ClaimsMetadata };

/**
 * What a place's status is as of a date:
 * - `control`: the latest claims agree that one party holds it (all, most, half or part);
 * - `contested`: the latest claims agree that fighting is going on there (several parties);
 * - `disputed`: sources disagree on the latest date (one says LNA, another GNA, or one says held
 *   and another contested). This is a disagreement between reports, not fighting on the ground.
 */
export type ControlStatus = 'control' | 'contested' | 'disputed';

/** Properties of a place in the "as of" result ({@link computeControlAsOf}), in output order. */
export interface ControlProperties {
  /** Gazetteer id. */
  id: string;
  name_ar: string;
  name_en: string;
  status: ControlStatus;
  /** The party in control, for `control`; otherwise null. */
  party: string | null;
  /**
   * For `contested`: the parties fighting; for `disputed`: every party the latest claims name
   * (in the order the claims name them); for `control`: empty.
   */
  parties: string[];
  /**
   * How much of the place the party holds. When the latest claims agree on who but not on how
   * much, the smallest extent (the part every source vouches for); null for `disputed`.
   */
  extent: Extent | null;
  /** The latest claims' `change` when they all say the same, otherwise null. */
  change: string | null;
  /** ISO date of the latest claims: the date the place was last reported on. */
  as_of: string;
  /**
   * The earliest date from which every claim on the place names the same holder as now (same
   * status and party or parties), up to `as_of`; null for `disputed`. "Held by GNA since …".
   */
  since: string | null;
  /** Days from `as_of` to the date asked about, 0 or more: "last reported 40 days earlier". */
  days_since: number;
  /** True when `days_since` exceeds the rule's `staleAfterDays`. */
  stale: boolean;
  /** The claims of the latest date behind the status, ordered by article id. */
  claims: ClaimEntry[];
}

/** The `metadata` member of the "as of" result. */
export interface ControlMetadata {
  description: string;
  /** The date asked about, ISO. */
  as_of: string;
  /** The first date claims were read from, or null for all. */
  from: string | null;
  /** The staleness threshold used, days. */
  stale_after_days: number;
  /** Number of claims dated in the window (every place), whether or not they decide. */
  claims: number;
  /** Number of places: the number of features. */
  places: number;
}

/** Control as of a date: one Point per place reported on or before it, sorted by place id. */
export type ControlCollection = FeatureCollection<Point, ControlProperties> & { metadata: ControlMetadata };
