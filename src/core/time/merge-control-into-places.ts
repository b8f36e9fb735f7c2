import type { Feature, Point } from 'geojson';
import type { CollectionMetadata, PlaceProperties, PlacesCollection } from '../geojson/build-places-collection.ts';
import type { ControlIndex } from './create-control-index.ts';
import type { ClaimFeature, ControlCollection, ControlProperties } from './types.ts';

/** What the page knows of a place from the claims file: enough to draw, list and zone it. */
export type PlaceDetails = Pick<PlaceProperties, 'kind' | 'in_region' | 'precision_km' | 'precision_code' | 'source'>;

/**
 * Each claimed place's details, by id, from the claims file (the first claim that carries them).
 * A claims file written before the details were added gives an in-region town known to 1 km: the
 * place is still drawn, and the card says no more than the file does.
 */
export function listPlaceDetails(index: Pick<ControlIndex, 'claims'>): Map<string, PlaceDetails> {
  const details = new Map<string, PlaceDetails>();
  for (const claim of index.claims as readonly ClaimFeature[]) {
    const p = claim.properties;
    if (details.has(p.place)) continue;
    details.set(p.place, {
      kind: p.kind ?? 'town',
      in_region: p.in_region ?? true,
      precision_km: p.precision_km ?? 1,
      precision_code: p.precision_code ?? 1,
      source: p.source ?? '',
    });
  }
  return details;
}

/** Inputs of {@link mergeControlIntoPlaces}. */
export interface MergeControlInput {
  /** Control as of the date shown ({@link computeControlAsOf}). */
  control: ControlCollection;
  /** The open article's places, or null for the site-wide view (the zones of a date). */
  places: PlacesCollection | null;
  /** Details of the places the article does not name ({@link listPlaceDetails}). */
  details: ReadonlyMap<string, PlaceDetails>;
  /** The collection's metadata when `places` is null. @defaultValue an untitled view of every article */
  metadata?: Omit<CollectionMetadata, 'as_of'>;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The map as of a date, for an open article: its places, with the status the rule gives them on
 * that date (control, contested, disputed between sources, or none when nothing is reported yet),
 * plus every other place some article reports on or before that date. The article's places keep
 * their mentions and evidence, so the text stays linked to the map; the others have none (the
 * page lists them apart, so every place drawn is still reachable by keyboard).
 *
 * Why the status comes from every article and not only the open one: the map says who held what
 * on the date shown, and an older article's own claim may since have been overridden.
 *
 * Features are sorted by id, like an article's places file. Pure: runs at build time (the static
 * map of an article on a site with a timeline) and in the page on every move of the date.
 */
export function mergeControlIntoPlaces(input: MergeControlInput): PlacesCollection {
  const { control, places, details } = input;
  const byId = new Map(control.features.map((f) => [f.properties.id, f]));
  const features: Array<Feature<Point, PlaceProperties>> = [];
  for (const f of places?.features ?? []) {
    const c = byId.get(f.properties.id);
    byId.delete(f.properties.id);
    features.push({ ...f, properties: c ? { ...f.properties, ...statusOf(c.properties) } : { ...f.properties, ...NO_STATUS } });
  }
  for (const c of byId.values()) {
    const d = details.get(c.properties.id) ?? { kind: 'town', in_region: true, precision_km: 1, precision_code: 1, source: '' };
    const properties: PlaceProperties = {
      id: c.properties.id,
      name_ar: c.properties.name_ar,
      name_en: c.properties.name_en,
      kind: d.kind,
      admin: null,
      in_region: d.in_region,
      ...statusOf(c.properties),
      precision_km: d.precision_km,
      precision_code: d.precision_code,
      source: d.source,
      evidence: [],
      mentions: [],
      resolution: null,
    };
    features.push({ type: 'Feature', id: properties.id, geometry: { type: 'Point', coordinates: [...c.geometry.coordinates] }, properties });
  }
  features.sort((a, b) => compare(a.properties.id, b.properties.id));
  const metadata = places?.metadata ?? input.metadata ?? { article: '', title: '', outlet: '', date: control.metadata.as_of, language: 'ar' as const };
  return { type: 'FeatureCollection', metadata: { ...metadata, as_of: control.metadata.as_of }, features };
}

type StatusFields = Pick<PlaceProperties, 'status' | 'party' | 'parties' | 'extent' | 'change' | 'as_of' | 'note' | 'stale' | 'days_since' | 'since'>;

/** A place nothing reports on or before the date: named by the article, without a status yet. */
const NO_STATUS: StatusFields = { status: 'none', party: null, parties: [], extent: null, change: null, as_of: null, note: null, stale: false, days_since: null, since: null };

function statusOf(c: ControlProperties): StatusFields {
  const notes = new Set(c.claims.map((claim) => claim.note));
  return {
    status: c.status,
    party: c.party,
    parties: [...c.parties],
    extent: c.extent,
    change: c.change,
    as_of: c.as_of,
    // A note belongs to one claim: kept only when every deciding claim says the same.
    note: notes.size === 1 ? (c.claims[0]?.note ?? null) : null,
    stale: c.stale,
    days_since: c.days_since,
    since: c.since,
  };
}
