/**
 * JSON Schemas (draft-07) of the files people edit: the gazetteer, parties, article front matter
 * and claims. They check shape; cross-file rules (ids that must exist, verbatim quotes) are
 * checked by the loaders.
 */

const KEBAB_ID = '^[a-z0-9]+(-[a-z0-9]+)*$';
const ISO_DATE = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';
const nonEmptyString = { type: 'string', minLength: 1 } as const;
const names = { type: 'array', minItems: 1, items: nonEmptyString } as const;
const bilingual = {
  type: 'object',
  required: ['ar', 'en'],
  additionalProperties: false,
  properties: { ar: nonEmptyString, en: nonEmptyString },
} as const;

/** Place kinds, in the order of the gazetteer's documentation. */
export const PLACE_KINDS = [
  'capital', 'city', 'town', 'village', 'hamlet', 'neighbourhood', 'suburb', 'airport', 'military-base',
  'camp', 'road-area', 'axis', 'landmark', 'district', 'region', 'country',
] as const;

/**
 * Coordinate source ids a reader can check: OpenStreetMap, GeoNames, OurAirports, Wikidata, a
 * Wikipedia article (`wikipedia:en:Martyrs'_Square,_Tripoli`), Wikimapia, or the address of a
 * page that states the position (`url:https://…`). One form says there is nothing to check:
 * `manual:<article id>`, a point set by hand on the authoring page's map for that article (its
 * `note` says so; geo/README.md, "Adding a place").
 */
export const SOURCE_PATTERN = "^(osm:(node|way|relation)/\\d+|geonames:\\d+|ourairports:[A-Z0-9]+|wikidata:Q\\d+|wikipedia:[a-z]{2,3}:[^\\s]+|wikimapia:\\d+|url:https?://[^\\s]+|manual:[a-z0-9]+(-[a-z0-9]+)*)$";

/** OCHA p-code: country, then one or more numbers (`LY-30-10762`). */
const PCODE = '^[A-Z]{2}(-[0-9]+)+$';

/**
 * The keys of one gazetteer entry. `names` is the schema of `ar` and `en`: the curated file
 * needs at least one name in each, the generated layer may leave one language empty.
 */
function placeProperties(nameList: object) {
  return {
    id: { type: 'string', pattern: KEBAB_ID },
    ar: nameList,
    en: nameList,
    lat: { type: 'number', minimum: -90, maximum: 90 },
    lon: { type: 'number', minimum: -180, maximum: 180 },
    kind: { enum: PLACE_KINDS },
    admin: { type: ['string', 'null'] },
    precision_km: { type: 'number', exclusiveMinimum: 0, maximum: 2000 },
    precision_code: { enum: [1, 2, 3] },
    source: { type: 'string', pattern: SOURCE_PATTERN },
    extent_km: { type: 'number', exclusiveMinimum: 0 },
    needs_trigger: { type: 'boolean' },
    note: { type: 'string' },
    population: { type: 'integer', minimum: 0 },
    geonames: { type: 'integer', minimum: 1 },
    pcode: { type: 'string', pattern: PCODE },
  } as const;
}

const PLACE_REQUIRED = ['id', 'ar', 'en', 'lat', 'lon', 'kind', 'admin', 'precision_km', 'precision_code', 'source'] as const;

/** `geo/gazetteer.yaml`, the curated gazetteer: the map's region and the places. */
export const gazetteerSchema = {
  type: 'object',
  required: ['region', 'places'],
  additionalProperties: false,
  properties: {
    region: {
      type: 'array',
      minItems: 4,
      maxItems: 4,
      items: { type: 'number', minimum: -180, maximum: 180 },
    },
    places: {
      type: 'array',
      minItems: 1,
      items: { type: 'object', required: PLACE_REQUIRED, additionalProperties: false, properties: placeProperties(names) },
    },
  },
} as const;

/**
 * A generated gazetteer layer (`geo/gazetteer.osm.yaml`): places only (the region is the curated
 * file's), in the same entry format; `ar` or `en` may be empty when the source has no name in
 * that script (the loader still requires one name at least).
 */
export const gazetteerLayerSchema = {
  type: 'object',
  required: ['places'],
  additionalProperties: false,
  properties: {
    places: {
      type: 'array',
      items: { type: 'object', required: PLACE_REQUIRED, additionalProperties: false, properties: placeProperties({ type: 'array', items: nonEmptyString }) },
    },
  },
} as const;

/**
 * An article's `gazetteer-addition.yaml`: places the article needs that the gazetteer lacks, in
 * the gazetteer's own format, merged into it by the pipeline.
 */
export const gazetteerAdditionSchema = {
  type: 'object',
  required: ['places'],
  additionalProperties: false,
  properties: { places: gazetteerSchema.properties.places },
} as const;

/** Names by language, for the claim suggester: `{ ar: [...], en: [...] }`, either list optional. */
const aliasLists = {
  type: 'object',
  additionalProperties: false,
  properties: { ar: { type: 'array', items: nonEmptyString }, en: { type: 'array', items: nonEmptyString } },
} as const;

/** `content/parties.yaml`. */
export const partiesSchema = {
  type: 'object',
  required: ['parties'],
  additionalProperties: false,
  properties: {
    parties: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['id', 'name', 'label'],
        additionalProperties: false,
        properties: { id: { type: 'string', pattern: KEBAB_ID }, name: bilingual, label: bilingual, aliases: aliasLists, outside_aliases: aliasLists, people: aliasLists },
      },
    },
    /** Names each side uses for its own forces ("the Libyan Army"): resolved from context. */
    shared_aliases: aliasLists,
  },
} as const;

/** Front matter of an article's original text. */
export const originalFrontMatterSchema = {
  type: 'object',
  required: ['title', 'date', 'outlet', 'language'],
  additionalProperties: false,
  properties: {
    title: nonEmptyString,
    date: { type: 'string', pattern: ISO_DATE },
    outlet: bilingual,
    language: { enum: ['ar', 'en'] },
    url: { type: 'string', pattern: '^https?://' },
  },
} as const;

/** Front matter of a translation. */
export const translationFrontMatterSchema = {
  type: 'object',
  required: ['title', 'language', 'translation_of', 'translator'],
  additionalProperties: false,
  properties: {
    title: nonEmptyString,
    language: { enum: ['ar', 'en'] },
    translation_of: { enum: ['ar', 'en'] },
    translator: nonEmptyString,
  },
} as const;

/** An article's `claims.yaml`. */
export const claimsSchema = {
  type: 'object',
  required: ['claims'],
  additionalProperties: false,
  properties: {
    /**
     * `draft`: suggested claims nobody has checked yet (written by `npm run draft-claims`), which
     * `npm run geo` refuses; `reviewed` (or no status): checked by a person.
     */
    status: { enum: ['draft', 'reviewed'] },
    as_of: { type: 'string', pattern: ISO_DATE },
    claims: {
      type: 'array',
      items: {
        type: 'object',
        required: ['place', 'extent', 'change', 'evidence'],
        additionalProperties: false,
        properties: {
          place: { type: 'string', pattern: KEBAB_ID },
          status: { enum: ['control', 'contested'] },
          party: { type: 'string', pattern: KEBAB_ID },
          parties: { type: 'array', minItems: 2, items: { type: 'string', pattern: KEBAB_ID } },
          extent: { enum: ['all', 'most', 'half', 'part'] },
          change: { type: 'string', pattern: KEBAB_ID },
          as_of: { type: 'string', pattern: ISO_DATE },
          /** Who says so, when the text attributes the claim ("according to the LNA"). */
          attributed_to: nonEmptyString,
          note: { type: 'string' },
          evidence: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['paragraph', 'quote'],
              additionalProperties: false,
              properties: { paragraph: nonEmptyString, quote: nonEmptyString },
            },
          },
        },
      },
    },
  },
} as const;

/** `content/site.yaml`. */
export const siteSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    default_article: { type: 'string', pattern: KEBAB_ID },
    /** Optional online MapLibre style; the embedded basemap is the fallback. */
    basemap_style_url: { type: 'string', pattern: '^https?://' },
    /** Host origins allowed to talk to the embedded map; without it any host may. */
    embed_origins: { type: 'array', items: { type: 'string', pattern: '^https?://[^/]+$' } },
    /** Public URL of the built site, for oEmbed (absolute embed URLs). */
    site_url: { type: 'string', pattern: '^https?://.*/$' },
    /** The map's reference point (rings, distances): a gazetteer place and how to name it. */
    centre: {
      type: 'object',
      required: ['place'],
      additionalProperties: false,
      properties: { place: { type: 'string', pattern: KEBAB_ID }, name: bilingual, label: bilingual },
    },
  },
} as const;
