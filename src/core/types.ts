/**
 * The data model shared by the pipeline, the command line and the page.
 *
 * Offsets are UTF-16 code-unit indices into a block's original text (JavaScript string indices),
 * `start` inclusive and `end` exclusive, so `text.slice(start, end)` is the matched wording.
 */

/** A language tag used for content and UI (BCP 47 primary subtag). */
export type Lang = 'ar' | 'en';

/** What a gazetteer entry is. */
export type PlaceKind =
  | 'capital'
  | 'city'
  | 'town'
  | 'village'
  | 'hamlet'
  | 'neighbourhood'
  | 'suburb'
  | 'airport'
  | 'military-base'
  /** A military camp or barracks (معسكر), e.g. the Yarmouk camp in southern Tripoli. */
  | 'camp'
  /** The area along a named road ("the Airport Road area"): a point with a wide precision. */
  | 'road-area'
  /** A front axis (محور), named after a road or a place: a point with a wide precision. */
  | 'axis'
  /** A named spot smaller than a neighbourhood: a junction, bridge, checkpoint, gate or building complex. */
  | 'landmark'
  | 'district'
  | 'region'
  | 'country';

/**
 * ACLED-style geo-precision code: 1 = the named place itself, 2 = part of or near it,
 * 3 = a wider region.
 */
export type PrecisionCode = 1 | 2 | 3;

/**
 * Which file of the gazetteer a place comes from: `curated` (`geo/gazetteer.yaml`, written by
 * hand, entry by entry) or `osm` (`geo/gazetteer.osm.yaml`, generated from an OpenStreetMap
 * extract by `npm run gazetteer:import`). Imported names are less vetted than curated ones, so a
 * matcher may treat them with more caution.
 */
export type PlaceLayer = 'curated' | 'osm';

/** One entry of the gazetteer (`geo/gazetteer.yaml` or the generated `geo/gazetteer.osm.yaml`). */
export interface Place {
  /** Stable kebab-case id, e.g. `ain-zara`. */
  id: string;
  /**
   * Arabic names: the first is the display name, the rest are spelling variants. Empty only for
   * an imported place whose OpenStreetMap node has no Arabic name; `placeName`
   * (src/core/gazetteer/place-name.ts) then falls back to the English name.
   */
  ar: string[];
  /**
   * English names: the first is the display name, the rest are transliteration variants. Empty
   * only for an imported place whose OpenStreetMap node has no Latin-script name.
   */
  en: string[];
  /** Longitude, degrees east (WGS84). */
  lon: number;
  /** Latitude, degrees north (WGS84). */
  lat: number;
  kind: PlaceKind;
  /** Id of the gazetteer entry this place lies in (district, country), or null for a country. */
  admin: string | null;
  /** How far the point may be from the place's real centre, in km. */
  precisionKm: number;
  precisionCode: PrecisionCode;
  /** Checkable id of the coordinate source, e.g. `osm:node/1565512489` or `geonames:2213618`. */
  source: string;
  /** For districts, regions and countries: radius in km within which their places must lie. */
  extentKm?: number;
  /**
   * Only match this place when a trigger word (منطقة، مدينة، حي…, "town of"…) precedes it,
   * because its name is also a common word (e.g. صياد "fisherman").
   */
  needsTrigger?: boolean;
  /** Free-text note on sources, disagreements or ambiguity. */
  note?: string;
  /**
   * The layer the place was loaded from, set by the loader (never written in the YAML).
   * Absent for places built in code (tests, synthetic gazetteers).
   */
  layer?: PlaceLayer;
  /** Inhabitants, as its source states them (OpenStreetMap's `population` tag), when known. */
  population?: number;
  /** GeoNames id of the same place (`geonames:id` tag), when known: a cross-reference, not the coordinate source. */
  geonames?: number;
  /** OCHA p-code, e.g. `LY-30-10762` (OCHA's Libya settlement codes; the middle number is the district's code). */
  pcode?: string;
}

/** A gazetteer: entries by id, plus the region articles are assumed to be about. */
export interface Gazetteer {
  places: Place[];
  /** The map's region, [west, south, east, north] in degrees; used to rank ambiguous names. */
  region: [number, number, number, number];
}

/** A block of an article: the title, the date line, a photo caption or a body paragraph. */
export interface Block {
  /** Stable id, the same in the original and in every translation (`title`, `dateline`, `caption`, `p1`…). */
  id: string;
  kind: 'title' | 'dateline' | 'caption' | 'paragraph';
  /** The wording exactly as published (or as translated). */
  text: string;
}

/** One language version of an article. */
export interface ArticleText {
  lang: Lang;
  /** True for the text as published, false for our translations. */
  original: boolean;
  title: string;
  blocks: Block[];
  /** Who translated it, for translations. */
  translator?: string;
}

/** An article as loaded from `content/<id>/`. */
export interface Article {
  id: string;
  /** ISO date of publication, `YYYY-MM-DD`. */
  date: string;
  outlet: { ar: string; en: string };
  /** Link to the original, if known. */
  url?: string;
  /** Language of the original. */
  language: Lang;
  /** The original and its translations, original first. */
  texts: ArticleText[];
}

/** Names a text may use for a party, by language, written as news writes them. */
export interface PartyAliases {
  ar: string[];
  en: string[];
}

/** A party to the conflict (`content/parties.yaml`). */
export interface Party {
  id: string;
  name: { ar: string; en: string };
  /** Short label for legends, e.g. "LNA", "GNA". */
  label: { ar: string; en: string };
  /**
   * What reporting calls the party and the people who speak for it (قوات حفتر، الجيش الوطني
   * الليبي، the LNA, Haftar's forces…), for the claim suggester. The loader always sets it (empty
   * lists when the file gives none); the page's article data leaves it out.
   */
  aliases?: PartyAliases;
  /**
   * Names the party does not use for itself, its opponents' and outsiders' ("ميليشيات حفتر",
   * "Haftar's forces"): read as the party, and as a sign of which side a text calls by the names
   * both sides use.
   */
  outsideAliases?: PartyAliases;
  /**
   * Those who lead or speak for the party (خليفة حفتر، المسماري، Gununu…): read as the party when
   * they act or speak, not as the party being somewhere ("حفتر في القاهرة" is a visit).
   */
  people?: PartyAliases;
}

/** How much of a place a party holds. */
export type Extent = 'all' | 'most' | 'half' | 'part';

/** The evidence for a claim: a quote that appears verbatim in the named paragraph. */
export interface Evidence {
  paragraph: string;
  quote: string;
}

/** One control claim from an article's `claims.yaml`. */
export interface Claim {
  place: string;
  /** `control`: one party holds (all or some of) it; `contested`: several parties fight over it. */
  status: 'control' | 'contested';
  /** The party in control, for `control`. */
  party?: string;
  /** The parties fighting over it, for `contested`. */
  parties?: string[];
  extent: Extent;
  /** What changed, e.g. `held`, `retaken`, `expelled`, `staging-base`, `seat`. */
  change: string;
  /** ISO date the claim holds for; the article's date unless stated. */
  asOf: string;
  /** Who says so, when the text attributes the claim ("according to the LNA", "أعلنت قوات الوفاق"). */
  attributedTo?: string;
  evidence: Evidence[];
  /** Free-text note, e.g. the exact wording of the extent. */
  note?: string;
}

/** A place name found in text. */
export interface Mention {
  /** Block id. */
  paragraph: string;
  start: number;
  end: number;
  /** `text.slice(start, end)` of the original block. */
  text: string;
}

/** A mention before resolution: the surface form may name several gazetteer entries. */
export interface Match extends Mention {
  /** Ids of the gazetteer entries whose name this is (more than one when ambiguous). */
  candidates: string[];
  /**
   * For a name that needs evidence (a common word, a small generated-layer village): why it was
   * taken as a place here, e.g. `after "منطقة"` or `listed with "غريان"`. Absent for names that
   * need none.
   */
  evidence?: string;
}

/** A candidate place name that is not in the gazetteer. */
export interface GeoparseWarning {
  paragraph: string;
  start: number;
  end: number;
  text: string;
  /** Why it looks like a place, e.g. `after "حي"`. */
  reason: string;
}

/** Why an ambiguous name was resolved to the chosen place. */
export interface Resolution {
  candidates: string[];
  chosen: string;
  reason: string;
}
