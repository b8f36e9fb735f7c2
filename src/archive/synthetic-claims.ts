/**
 * SYNTHETIC control claims for the scale demo and benchmark (issue 5): tens of thousands of dated
 * claims over north-west Libya, "as if" extracted from thousands of articles. They are generated,
 * not reported: a seeded random process over the gazetteer's places with a deliberately simple
 * front-line model. Nothing here is a historical record and nothing may be presented as one.
 *
 * Output is columnar (one array per field) rather than a GeoJSON FeatureCollection: 50,000 claims
 * are about 1.4 MB as columns and about 6 MB as GeoJSON, and the page filters columns in a plain
 * loop. {@link toGeoJSON} turns columns into GeoJSON for consumers that want it.
 *
 * ## The front-line model (synthetic; loosely shaped like the 2019–2020 Tripoli war)
 *
 * For a claim about a place at distance `r` km from central Tripoli (Martyrs' Square) on day `t`,
 * the probability that the claim names the first party (`lna` by default) is
 *
 *     p = sigmoid((r − front(t)) / 6 km)             beyond the front: the first party
 *       × (1 − exp(−(rMisrata / 60 km)²))            around Misrata: the second party
 *       × (0.3 if on the coast (lat ≥ 32.6°) more than 35 km from Tripoli, else 1)
 *     clamped to [0.03, 0.97]                         every place gets reports from both sides
 *
 * where `front(t)` is the radius (km) the second party holds around Tripoli, interpolated linearly
 * between {@link FRONT_KEYFRAMES}: it shrinks from 70 to 18 km in April–May 2019 (the first party
 * advancing on Tripoli from the south), stays near 14–25 km until March 2020, and grows to 95 km
 * by 5 June 2020 (the second party retaking the airport, the western coast and Tarhuna). With
 * other party ids the same model applies to the first two parties; further parties get the
 * share {@link THIRD_PARTY_SHARE} of claims, spread evenly.
 *
 * Places are picked by kind (a capital is reported more than a village) and by nearness to the
 * southern Tripoli front; days are uniform with more reporting during the two offensives;
 * points are spread uniformly over each place's precision disc (`precision_km`), so clusters look
 * like real geocoded reporting. Claims are sorted by day (stable), so a date window is one
 * contiguous slice of the columns.
 */
import type { FeatureCollection, Point } from 'geojson';
import { distanceKm } from '../core/geo/distance-km.ts';
import type { ClaimFeature } from '../core/time/types.ts';
import type { Extent, Gazetteer, Party, Place, PlaceKind } from '../core/types.ts';

/** Version of the columnar format, {@link SyntheticClaimColumns.version}. */
export const SYNTHETIC_CLAIMS_VERSION = 1;

/** Extents in the order {@link SyntheticClaimColumns.extent} indexes them. */
export const SYNTHETIC_EXTENTS: readonly Extent[] = Object.freeze(['all', 'most', 'half', 'part']);

/** Martyrs' Square, the gazetteer's point for Tripoli: [lon, lat], degrees. */
export const TRIPOLI_CENTRE: readonly [number, number] = Object.freeze([13.18111, 32.895]) as readonly [number, number];

/** Misrata's centre (gazetteer `misrata`): [lon, lat], degrees. */
const MISRATA_CENTRE: readonly [number, number] = [15.09254, 32.37535];

/**
 * Radius around central Tripoli held by the second party, km, by date (linear in between, flat
 * outside). Synthetic, loosely following the 2019–2020 campaign.
 */
export const FRONT_KEYFRAMES: ReadonlyArray<readonly [string, number]> = Object.freeze([
  ['2019-04-04', 70], // the first party takes Gharyan, 80 km south, and heads north
  ['2019-04-12', 30], // it reaches the old airport and the southern suburbs
  ['2019-05-15', 18],
  ['2019-06-26', 25], // Gharyan retaken
  ['2019-12-12', 14], // a December push
  ['2020-03-25', 16], // the counter-offensive begins
  ['2020-04-14', 30], // the western coast retaken
  ['2020-05-18', 45], // al-Watiya air base
  ['2020-06-05', 95], // the airport and Tarhuna
] as const);

/** Share of claims given to parties after the first two (when there are more), in total. */
export const THIRD_PARTY_SHARE = 0.1;

/** Kinds that are areas, not places a claim is pinned to. */
const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['country', 'district', 'region']);

/** How often each kind of place is reported, relative. */
const KIND_WEIGHT: Readonly<Record<PlaceKind, number>> = {
  capital: 4,
  city: 3,
  town: 2,
  suburb: 2,
  neighbourhood: 1,
  village: 1,
  hamlet: 1,
  airport: 2,
  'military-base': 2,
  camp: 1,
  'road-area': 1,
  axis: 1,
  landmark: 1,
  district: 0,
  region: 0,
  country: 0,
};

const DAY_MS = 86_400_000;
const KM_PER_DEGREE = 111.32;

/** Options of {@link generateSyntheticClaims}; merged over {@link SYNTHETIC_DEFAULTS}. */
export interface SyntheticClaimsOptions {
  /** Number of claims. @defaultValue 50000 */
  count?: number;
  /** Seed of the mulberry32 generator (32-bit integer). @defaultValue 20190404 */
  seed?: number;
  /** First day, ISO `YYYY-MM-DD` (UTC). @defaultValue `'2019-04-04'` */
  start?: string;
  /** Last day, inclusive, ISO `YYYY-MM-DD` (UTC). @defaultValue `'2020-06-05'` */
  end?: string;
  /** Party ids; the first two play the front-line model's sides. @defaultValue `['lna', 'gna']` */
  parties?: readonly string[];
  /**
   * The gazetteer's region, [west, south, east, north] degrees: places outside it are not used
   * and no point is placed outside it. @defaultValue `[9.5, 30, 17, 34]` (the gazetteer's)
   */
  region?: readonly [number, number, number, number];
}

/** The defaults of {@link SyntheticClaimsOptions}. */
export const SYNTHETIC_DEFAULTS: Readonly<Required<SyntheticClaimsOptions>> = Object.freeze({
  count: 50_000,
  seed: 20_190_404,
  start: '2019-04-04',
  end: '2020-06-05',
  parties: Object.freeze(['lna', 'gna']),
  region: Object.freeze([9.5, 30, 17, 34]) as readonly [number, number, number, number],
});

/**
 * The columnar file (`data/synthetic-claims.json`). Claim `i` is
 * `(lon[i], lat[i], parties[party[i]], start + day[i] days, places[place[i]], extents[extent[i]])`.
 * Claims are sorted by `day`.
 */
export interface SyntheticClaimColumns {
  version: 1;
  /** Always true: these claims are generated, not reported. */
  synthetic: true;
  /** A sentence saying so, for anyone who opens the file. */
  note: string;
  seed: number;
  /** Day 0, ISO date (UTC). */
  start: string;
  /** Last day, ISO date (UTC), inclusive. */
  end: string;
  /** Number of claims: the length of every column. */
  count: number;
  /** [west, south, east, north] degrees: every point lies inside. */
  region: [number, number, number, number];
  /** Party ids, indexed by `party`. */
  parties: string[];
  /** Party labels for legends, by id (from `content/parties.yaml`), when the producer had them. */
  party_labels: Record<string, { ar: string; en: string }>;
  /** Extent names, indexed by `extent`. */
  extents: string[];
  /** Gazetteer ids, indexed by `place`. */
  places: string[];
  /** Longitude, degrees, 5 decimals (about 1 m). */
  lon: number[];
  /** Latitude, degrees, 5 decimals. */
  lat: number[];
  /** Index into `parties`. */
  party: number[];
  /** Days since `start`, 0 … days between `start` and `end`. */
  day: number[];
  /** Index into `places`. */
  place: number[];
  /** Index into `extents`. */
  extent: number[];
}

/**
 * Creates a mulberry32 generator: uniform floats in [0, 1) from a 32-bit seed. Deterministic,
 * unlike `Math.random`, so the same seed always gives the same claims.
 */
export function createMulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Days from `start` to `date`, both ISO `YYYY-MM-DD` (UTC). */
export function daysBetween(start: string, date: string): number {
  return Math.round((parseIsoDay(date) - parseIsoDay(start)) / DAY_MS);
}

/** The ISO date `days` days after `start` (UTC). */
export function addDays(start: string, days: number): string {
  return new Date(parseIsoDay(start) + days * DAY_MS).toISOString().slice(0, 10);
}

function parseIsoDay(date: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`date: expected an ISO date YYYY-MM-DD, found ${JSON.stringify(date)}`);
  return ms;
}

/** The radius around Tripoli the second party holds on `day` (days since `start`), km. */
export function frontRadiusKm(start: string, day: number): number {
  const frames = FRONT_KEYFRAMES.map(([date, km]) => [daysBetween(start, date), km] as const);
  const first = frames[0] as readonly [number, number];
  if (day <= first[0]) return first[1];
  for (let i = 1; i < frames.length; i++) {
    const [d1, km1] = frames[i] as readonly [number, number];
    const [d0, km0] = frames[i - 1] as readonly [number, number];
    if (day <= d1) return km0 + ((km1 - km0) * (day - d0)) / (d1 - d0);
  }
  return (frames[frames.length - 1] as readonly [number, number])[1];
}

/**
 * The model's probability that a claim about `place` names the first party, when the second
 * party holds `frontKm` km around Tripoli ({@link frontRadiusKm}). See the module comment.
 */
export function firstPartyProbability(place: Pick<Place, 'lon' | 'lat'>, frontKm: number): number {
  const rTripoli = distanceKm([place.lon, place.lat], TRIPOLI_CENTRE);
  const rMisrata = distanceKm([place.lon, place.lat], MISRATA_CENTRE);
  let p = 1 / (1 + Math.exp(-(rTripoli - frontKm) / 6));
  p *= 1 - Math.exp(-((rMisrata / 60) ** 2));
  if (place.lat >= 32.6 && rTripoli > 35) p *= 0.3;
  return Math.min(0.97, Math.max(0.03, p));
}

/**
 * The places claims are pinned to: gazetteer entries that are not areas (country, district,
 * region) and lie inside `region`, in gazetteer order.
 */
export function selectClaimPlaces(places: readonly Place[], region: readonly [number, number, number, number]): Place[] {
  const [west, south, east, north] = region;
  return places.filter((p) => !AREA_KINDS.has(p.kind) && p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north);
}

/** Index of the first entry of the ascending `cumulative` that is greater than `x`. */
function searchCumulative(cumulative: Float64Array, x: number): number {
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cumulative[mid] as number) > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

const round5 = (x: number): number => Math.round(x * 1e5) / 1e5;

/**
 * Generates `count` SYNTHETIC dated control claims over the gazetteer's in-region places.
 * Deterministic: the same places and options always give the same columns.
 *
 * @param places - gazetteer entries (`Gazetteer.places`); areas and out-of-region places are skipped
 * @param options - see {@link SyntheticClaimsOptions}
 * @throws RangeError if no place qualifies, dates are invalid or reversed, fewer than two parties
 *   are given, or `count` is not a non-negative integer
 */
export function generateSyntheticClaims(places: readonly Place[], options: SyntheticClaimsOptions = {}): SyntheticClaimColumns {
  const opts = { ...SYNTHETIC_DEFAULTS, ...options };
  const { count, seed, start, end, parties, region } = opts;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count: expected a non-negative integer, found ${count}`);
  if (new Set(parties).size !== parties.length || parties.length < 2) {
    throw new RangeError(`parties: expected at least two distinct party ids, found ${JSON.stringify(parties)}`);
  }
  const lastDay = daysBetween(start, end);
  if (lastDay < 0) throw new RangeError(`end: expected a date on or after start ${start}, found ${end}`);
  const candidates = selectClaimPlaces(places, region);
  if (candidates.length === 0) throw new RangeError(`places: expected at least one non-area place inside region ${JSON.stringify(region)}, found none`);

  const random = createMulberry32(seed);
  const [west, south, east, north] = region;

  // Places: by kind, and more around the southern Tripoli front (where most reporting was).
  const placeCdf = cumulate(
    candidates.map((p) => {
      const r = distanceKm([p.lon, p.lat], TRIPOLI_CENTRE);
      return KIND_WEIGHT[p.kind] * (1 + 2 * Math.exp(-(((r - 20) / 25) ** 2)));
    }),
  );
  // Days: more reporting during the two offensives.
  const offensives = [
    [daysBetween(start, '2019-04-04'), daysBetween(start, '2019-05-31'), 2.5],
    [daysBetween(start, '2020-03-25'), daysBetween(start, '2020-06-05'), 2],
  ] as const;
  const dayCdf = cumulate(
    Array.from({ length: lastDay + 1 }, (_, d) => offensives.reduce((w, [from, to, factor]) => (d >= from && d <= to ? w * factor : w), 1)),
  );
  const frontByDay = Array.from({ length: lastDay + 1 }, (_, d) => frontRadiusKm(start, d));
  const pFirstByPlaceDay = new Map<number, number>();
  const extraParties = parties.length - 2;

  const rows: Array<{ lon: number; lat: number; party: number; day: number; place: number; extent: number }> = [];
  for (let i = 0; i < count; i++) {
    const placeIndex = searchCumulative(placeCdf, random() * (placeCdf[placeCdf.length - 1] as number));
    const place = candidates[placeIndex] as Place;
    const day = searchCumulative(dayCdf, random() * (dayCdf[dayCdf.length - 1] as number));

    // A point uniformly inside the place's precision disc (sqrt: uniform by area), in the region.
    let lon = place.lon;
    let lat = place.lat;
    for (let attempt = 0; attempt < 20; attempt++) {
      const r = place.precisionKm * Math.sqrt(random());
      const theta = 2 * Math.PI * random();
      const candidateLat = round5(place.lat + (r * Math.cos(theta)) / KM_PER_DEGREE);
      const candidateLon = round5(place.lon + (r * Math.sin(theta)) / (KM_PER_DEGREE * Math.cos((place.lat * Math.PI) / 180)));
      // The flat-earth offset is a few metres off at 100 km: keep only points truly within reach.
      const inReach = distanceKm([candidateLon, candidateLat], [place.lon, place.lat]) <= place.precisionKm;
      if (inReach && candidateLon >= west && candidateLon <= east && candidateLat >= south && candidateLat <= north) {
        lon = candidateLon;
        lat = candidateLat;
        break;
      }
    }

    const key = placeIndex * 100_000 + day;
    let pFirst = pFirstByPlaceDay.get(key);
    if (pFirst === undefined) {
      pFirst = firstPartyProbability(place, frontByDay[day] as number);
      pFirstByPlaceDay.set(key, pFirst);
    }
    let party: number;
    const u = random();
    if (extraParties > 0 && u < THIRD_PARTY_SHARE) party = 2 + Math.floor((u / THIRD_PARTY_SHARE) * extraParties);
    else party = random() < pFirst ? 0 : 1;

    // Near the front (p near ½) claims are more often partial.
    const q = 1 - Math.abs(2 * pFirst - 1);
    const e = random();
    const extent = e < 0.6 - 0.4 * q ? 0 : e < 0.8 - 0.4 * q ? 1 : e < 0.9 - 0.2 * q ? 2 : 3;
    rows.push({ lon, lat, party, day, place: placeIndex, extent });
  }
  // Stable: claims of the same day keep their generation order.
  rows.sort((a, b) => a.day - b.day);

  return {
    version: SYNTHETIC_CLAIMS_VERSION,
    synthetic: true,
    note: 'SYNTHETIC claims generated for a scale demo and benchmark; not reporting, not a historical record.',
    seed,
    start,
    end,
    count,
    region: [west, south, east, north],
    parties: [...parties],
    party_labels: {},
    extents: [...SYNTHETIC_EXTENTS],
    places: candidates.map((p) => p.id),
    lon: rows.map((r) => r.lon),
    lat: rows.map((r) => r.lat),
    party: rows.map((r) => r.party),
    day: rows.map((r) => r.day),
    place: rows.map((r) => r.place),
    extent: rows.map((r) => r.extent),
  };
}

/** Options of {@link buildSyntheticClaims}. */
export interface BuildSyntheticClaimsOptions extends SyntheticClaimsOptions {
  /**
   * The parties (`content/parties.yaml`): their labels go into the file for the page's legend.
   * Parties not among `parties` are ignored. @defaultValue `[]` (the page shows ids)
   */
  labels?: readonly Party[];
}

/**
 * The file `data/synthetic-claims.json`: {@link generateSyntheticClaims} over the gazetteer's
 * curated places and region, as compact JSON (no spaces, one trailing newline, stable key order).
 * About 1.4 MB for the default 50,000 claims. Places of the generated OpenStreetMap layer
 * (`layer: 'osm'`) are left out, so the archive's claims and numbers do not move when the import
 * runs again.
 */
export function buildSyntheticClaims(gazetteer: Gazetteer, options: BuildSyntheticClaimsOptions = {}): string {
  const { labels = [], ...generate } = options;
  const curated = gazetteer.places.filter((p) => p.layer !== 'osm');
  const columns = generateSyntheticClaims(curated, { region: gazetteer.region, ...generate });
  for (const party of labels) {
    if (columns.parties.includes(party.id)) columns.party_labels[party.id] = { ar: party.label.ar, en: party.label.en };
  }
  return `${JSON.stringify(columns)}\n`;
}

/** Properties of a claim in {@link toGeoJSON}'s output. */
export interface SyntheticClaimProperties {
  /** Party id. */
  party: string;
  /** ISO date of the claim. */
  date: string;
  /** Gazetteer id. */
  place: string;
  extent: string;
}

/**
 * The claims as a GeoJSON FeatureCollection of Points, in column order, optionally only those
 * for which `filter(i)` is true. For consumers that want GeoJSON (the benchmark's bare pages);
 * the page itself filters the columns.
 */
export function toGeoJSON(columns: SyntheticClaimColumns, filter?: (index: number) => boolean): FeatureCollection<Point, SyntheticClaimProperties> {
  const dates = Array.from({ length: daysBetween(columns.start, columns.end) + 1 }, (_, d) => addDays(columns.start, d));
  const features: FeatureCollection<Point, SyntheticClaimProperties>['features'] = [];
  for (let i = 0; i < columns.count; i++) {
    if (filter && !filter(i)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [columns.lon[i] as number, columns.lat[i] as number] },
      properties: {
        party: columns.parties[columns.party[i] as number] as string,
        date: dates[columns.day[i] as number] as string,
        place: columns.places[columns.place[i] as number] as string,
        extent: columns.extents[columns.extent[i] as number] as string,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The claims in the format of the site-wide claims file (`geo/claims.geojson`), so the real map's
 * "as of" rule (`computeControlAsOf`) can run on them at scale: claim `i` becomes the article
 * `synthetic-<i>` of the outlet "SYNTHETIC", with no evidence (nobody wrote these). For tests and
 * benchmarks; the archive page itself reads the columns.
 */
export function toClaimFeatures(columns: SyntheticClaimColumns): ClaimFeature[] {
  const dates = Array.from({ length: daysBetween(columns.start, columns.end) + 1 }, (_, d) => addDays(columns.start, d));
  const outlet = { ar: 'SYNTHETIC', en: 'SYNTHETIC' };
  const width = String(columns.count).length;
  return Array.from({ length: columns.count }, (_, i): ClaimFeature => {
    const place = columns.places[columns.place[i] as number] as string;
    const date = dates[columns.day[i] as number] as string;
    const article = `synthetic-${String(i).padStart(width, '0')}`;
    return {
      type: 'Feature',
      id: `${article}/${place}`,
      geometry: { type: 'Point', coordinates: [columns.lon[i] as number, columns.lat[i] as number] },
      properties: {
        place,
        name_ar: place,
        name_en: place,
        as_of: date,
        status: 'control',
        party: columns.parties[columns.party[i] as number] as string,
        parties: [],
        extent: columns.extents[columns.extent[i] as number] as Extent,
        change: 'held',
        note: null,
        article,
        article_date: date,
        outlet,
        evidence: [],
      },
    };
  });
}
