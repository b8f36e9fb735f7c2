import { roundCoordinate } from '../geojson/round-coordinate.ts';
import { isInRegion } from '../resolve/resolve-matches.ts';
import type { Article, Claim, Gazetteer } from '../types.ts';
import type { ClaimFeature, ClaimProperties, ClaimsCollection } from './types.ts';

/** Inputs of {@link buildClaimsCollection}. */
export interface ClaimsCollectionInput {
  /** Every article of the site, with its checked claims (claims on unknown places are skipped). */
  articles: ReadonlyArray<{ article: Article; claims: readonly Claim[] }>;
  gazetteer: Gazetteer;
}

/** The sentence in the file's `metadata.description`. */
export const CLAIMS_DESCRIPTION =
  'Every control claim of every article, one Point per claim and article, dated by as_of and backed by verbatim quotes. ' +
  'Control as of a date is derived from these by one rule (README, "Control over time").';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the site-wide claims file: one Point per claim of every article, at the place's
 * gazetteer coordinates (6 decimals), with the claim, its article, outlet and evidence quotes
 * (with offsets into the original's paragraph). A claim with several quotes is one feature with
 * an `evidence` array. Features are sorted by `as_of`, then place id, then article id (code-unit
 * order, independent of locale), keys come in a fixed order, so the file is deterministic.
 */
export function buildClaimsCollection(input: ClaimsCollectionInput): ClaimsCollection {
  const places = new Map(input.gazetteer.places.map((p) => [p.id, p]));
  const features: ClaimFeature[] = [];
  for (const { article, claims } of input.articles) {
    const blocks = new Map((article.texts[0]?.blocks ?? []).map((b) => [b.id, b.text]));
    for (const claim of claims) {
      const place = places.get(claim.place);
      if (!place) continue;
      const properties: ClaimProperties = {
        place: place.id,
        name_ar: place.ar[0] as string,
        name_en: place.en[0] as string,
        // What the page needs to draw and zone a place the open article does not name.
        kind: place.kind,
        in_region: isInRegion(place, input.gazetteer.region),
        precision_km: place.precisionKm,
        precision_code: place.precisionCode,
        source: place.source,
        as_of: claim.asOf,
        status: claim.status,
        party: claim.status === 'control' ? (claim.party ?? null) : null,
        parties: claim.status === 'contested' ? [...(claim.parties ?? [])] : [],
        extent: claim.extent,
        change: claim.change,
        note: claim.note ?? null,
        article: article.id,
        article_date: article.date,
        outlet: { ar: article.outlet.ar, en: article.outlet.en },
        evidence: claim.evidence.map((e) => {
          const start = (blocks.get(e.paragraph) ?? '').indexOf(e.quote);
          return { paragraph: e.paragraph, quote: e.quote, start, end: start + e.quote.length };
        }),
      };
      features.push({
        type: 'Feature',
        id: `${article.id}/${place.id}`,
        geometry: { type: 'Point', coordinates: [roundCoordinate(place.lon), roundCoordinate(place.lat)] },
        properties,
      });
    }
  }
  features.sort((a, b) => compare(a.properties.as_of, b.properties.as_of) || compare(a.properties.place, b.properties.place) || compare(a.properties.article, b.properties.article));
  return {
    type: 'FeatureCollection',
    metadata: {
      description: CLAIMS_DESCRIPTION,
      articles: input.articles.length,
      claims: features.length,
      places: new Set(features.map((f) => f.properties.place)).size,
      first_as_of: features[0]?.properties.as_of ?? null,
      last_as_of: features.at(-1)?.properties.as_of ?? null,
    },
    features,
  };
}
