import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Article, Claim, Gazetteer, Lang, Mention, Place, Resolution } from '../types.ts';
import { isInRegion } from '../resolve/resolve-matches.ts';
import { roundCoordinate } from './round-coordinate.ts';
import { placeName } from '../gazetteer/place-name.ts';

/** A mention in one of the article's texts. */
export interface LangMention extends Mention {
  lang: Lang;
  /** Why a name that needs evidence was taken as this place (`Match.evidence`). */
  evidence?: string;
}

/** Properties of a place feature in `geo/<article>.geojson`, in their output order. */
export interface PlaceProperties {
  id: string;
  name_ar: string;
  name_en: string;
  kind: Place['kind'];
  admin: string | null;
  /** False for places outside the map's region (Paris, Cairo…), listed rather than drawn. */
  in_region: boolean;
  /**
   * `control`, `contested`, or `none` for a place the article names without a claim. In the
   * page's view as of a date (`mergeControlIntoPlaces`), also `disputed`: the sources disagree on
   * the latest date (never in an article's own file).
   */
  status: 'control' | 'contested' | 'disputed' | 'none';
  party: string | null;
  parties: string[];
  extent: Claim['extent'] | null;
  change: string | null;
  as_of: string | null;
  note: string | null;
  /** Who says so, when the claim is attributed ("the LNA spokesman"); absent otherwise. */
  attributed_to?: string;
  precision_km: number;
  precision_code: Place['precisionCode'];
  source: string;
  evidence: Array<{ paragraph: string; quote: string; start: number; end: number }>;
  /** `confirmed_by`: only for a name that needed evidence (a common word, a small village), why it counts. */
  mentions: Array<{ lang: Lang; paragraph: string; start: number; end: number; text: string; confirmed_by?: string }>;
  resolution: Resolution | null;
  /**
   * Only in a view as of a date (`mergeControlIntoPlaces`): the latest report is more than the
   * rule's `staleAfterDays` old. Absent from the article files.
   */
  stale?: boolean;
  /** Only in a view as of a date: days from the latest report to the date shown. */
  days_since?: number | null;
  /** Only in a view as of a date: first date of the unbroken run of reports naming the same holder. */
  since?: string | null;
}

/** Metadata carried as a foreign member of the collection, for people who download the file. */
export interface CollectionMetadata {
  article: string;
  title: string;
  outlet: string;
  date: string;
  language: Lang;
  /** Only in a view as of a date (`mergeControlIntoPlaces`): the date shown, ISO. */
  as_of?: string;
}

/** The places file of one article. */
export type PlacesCollection = FeatureCollection<Point, PlaceProperties> & { metadata: CollectionMetadata };

/** Inputs of {@link buildPlacesCollection}. */
export interface PlacesCollectionInput {
  article: Article;
  gazetteer: Gazetteer;
  claims: readonly Claim[];
  /** Resolved mentions by place id, every language. */
  mentions: ReadonlyMap<string, readonly LangMention[]>;
  resolutions: ReadonlyMap<string, Resolution>;
}

/**
 * Builds the article's FeatureCollection: one Point per place its original text names, with the
 * claim (or status `none`), the evidence quotes with their offsets, and every mention. Features
 * are sorted by id and coordinates rounded, so the file is deterministic.
 */
export function buildPlacesCollection(input: PlacesCollectionInput): PlacesCollection {
  const { article, gazetteer, claims, mentions, resolutions } = input;
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const claimsByPlace = new Map(claims.map((c) => [c.place, c]));
  const original = article.texts[0];
  const blockText = new Map((original?.blocks ?? []).map((b) => [b.id, b.text]));
  const blockOrder = new Map((original?.blocks ?? []).map((b, i) => [b.id, i]));
  const langOrder = new Map(article.texts.map((t, i) => [t.lang, i]));

  const ids = [...mentions.keys()].filter((id) => (mentions.get(id) ?? []).some((m) => m.lang === article.language)).sort();
  const features: Array<Feature<Point, PlaceProperties>> = ids.map((id) => {
    const place = places.get(id) as Place;
    const claim = claimsByPlace.get(id);
    const placeMentions = [...(mentions.get(id) ?? [])].sort(
      (a, b) => (langOrder.get(a.lang) ?? 0) - (langOrder.get(b.lang) ?? 0) || (blockOrder.get(a.paragraph) ?? 0) - (blockOrder.get(b.paragraph) ?? 0) || a.start - b.start,
    );
    const properties: PlaceProperties = {
      id,
      name_ar: placeName(place, 'ar'),
      name_en: placeName(place, 'en'),
      kind: place.kind,
      admin: place.admin,
      in_region: isInRegion(place, gazetteer.region),
      status: claim ? claim.status : 'none',
      party: claim?.party ?? null,
      parties: claim?.parties ?? [],
      extent: claim?.extent ?? null,
      change: claim?.change ?? null,
      as_of: claim?.asOf ?? null,
      note: claim?.note ?? null,
      ...(claim?.attributedTo !== undefined ? { attributed_to: claim.attributedTo } : {}),
      precision_km: place.precisionKm,
      precision_code: place.precisionCode,
      source: place.source,
      evidence: (claim?.evidence ?? []).map((e) => {
        const start = (blockText.get(e.paragraph) ?? '').indexOf(e.quote);
        return { paragraph: e.paragraph, quote: e.quote, start, end: start + e.quote.length };
      }),
      mentions: placeMentions.map((m) => ({ lang: m.lang, paragraph: m.paragraph, start: m.start, end: m.end, text: m.text, ...(m.evidence !== undefined ? { confirmed_by: m.evidence } : {}) })),
      resolution: resolutions.get(id) ?? null,
    };
    return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [roundCoordinate(place.lon), roundCoordinate(place.lat)] }, properties };
  });
  return {
    type: 'FeatureCollection',
    metadata: { article: article.id, title: original?.title ?? '', outlet: article.outlet.en, date: article.date, language: article.language },
    features,
  };
}
