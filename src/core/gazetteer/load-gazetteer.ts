import { ValidationError, type Issue } from '../errors.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { gazetteerLayerSchema, gazetteerSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import type { Gazetteer, Place, PlaceKind, PlaceLayer, PrecisionCode } from '../types.ts';
import { parseYaml, type ParsedYaml, type SourceFile } from '../yaml/parse-yaml.ts';
import { readGazetteerLayer } from './read-gazetteer-layer.ts';

/** A place as the gazetteer files write it (snake_case, before `Place`). */
export interface RawPlace {
  id: string;
  ar: string[];
  en: string[];
  lat: number;
  lon: number;
  kind: PlaceKind;
  admin: string | null;
  precision_km: number;
  precision_code: PrecisionCode;
  source: string;
  extent_km?: number;
  needs_trigger?: boolean;
  note?: string;
  population?: number;
  geonames?: number;
  pcode?: string;
}

/** A generated layer to load after the curated file: its file and the layer its places are tagged with. */
export interface GazetteerLayerFile {
  file: SourceFile;
  layer: Exclude<PlaceLayer, 'curated'>;
}

/** One entry as read, with where it came from, for cross-file checks and error messages. */
interface Entry {
  raw: RawPlace;
  index: number;
  file: string;
  parsed: ParsedYaml;
  layer: PlaceLayer;
}

/** Kinds that are areas: they need `extent_km`, and only they may be another place's `admin`. */
export const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['district', 'region', 'country']);

/**
 * Loads and checks the curated gazetteer (`geo/gazetteer.yaml`) alone. Same as
 * {@link loadGazetteerLayers} with no generated layer.
 */
export function loadGazetteer(file: SourceFile): Gazetteer {
  return loadGazetteerLayers(file, []);
}

/**
 * Loads the curated gazetteer and the generated layers (`geo/gazetteer.osm.yaml`) into one
 * gazetteer, curated places first, and checks them together: each file's shape (JSON Schema),
 * ids unique across all files, admin parents that exist (in any file) and are areas with an
 * `extent_km`, every place lying within its parent's extent (a swapped latitude/longitude or a
 * typo lands hundreds of km away), and at least one name per place. Every problem names its file
 * and line; all of them are reported at once.
 *
 * @param curated - `geo/gazetteer.yaml`: the region and the hand-written places
 * @param layers - generated layers, in order; their places get `layer` set to the layer's name
 */
export function loadGazetteerLayers(curated: SourceFile, layers: readonly GazetteerLayerFile[]): Gazetteer {
  const issues: Issue[] = [];
  const entries: Entry[] = [];
  let region: [number, number, number, number] | null = null;

  const read = (file: SourceFile, layer: PlaceLayer): void => {
    let parsed: ParsedYaml;
    try {
      // A generated layer as the import writes it is read without the YAML library (fast path).
      parsed = (layer === 'curated' ? null : readGazetteerLayer(file)) ?? parseYaml(file);
    } catch (error) {
      if (error instanceof ValidationError) {
        issues.push(...error.issues);
        return;
      }
      throw error;
    }
    const schemaIssues = validateSchema(layer === 'curated' ? gazetteerSchema : gazetteerLayerSchema, parsed, file.path);
    if (schemaIssues.length > 0) {
      issues.push(...schemaIssues);
      return;
    }
    const data = parsed.data as { region?: [number, number, number, number]; places: RawPlace[] };
    if (data.region) {
      region = data.region;
      const [west, south, east, north] = data.region;
      if (!(west < east && south < north && south >= -90 && north <= 90)) {
        issues.push({ file: file.path, line: parsed.lineOf(['region']), field: 'region', message: 'not a bounding box', expected: '[west, south, east, north] with west < east and south < north', found: JSON.stringify(data.region) });
      }
    }
    data.places.forEach((raw, index) => entries.push({ raw, index, file: file.path, parsed, layer }));
  };
  read(curated, 'curated');
  for (const { file, layer } of layers) read(file, layer);
  if (issues.length > 0) throw new ValidationError(issues);

  const lineOf = (e: Entry, field?: string): number | undefined => e.parsed.lineOf(field ? ['places', e.index, field] : ['places', e.index]);
  const byId = new Map<string, Entry>();
  for (const e of entries) {
    const first = byId.get(e.raw.id);
    if (first) {
      const where = first.file === e.file ? `line ${lineOf(first, 'id')}` : `${first.file}:${lineOf(first, 'id')}`;
      issues.push({ file: e.file, line: lineOf(e, 'id'), field: `places[${e.index}].id`, message: `duplicate id "${e.raw.id}" (first on ${where})` });
    } else {
      byId.set(e.raw.id, e);
    }
  }

  for (const e of entries) {
    const { raw } = e;
    const at = (field: string): { file: string; line: number | undefined; field: string } => ({ file: e.file, line: lineOf(e, field), field: `places[${e.index}].${field}` });
    if (raw.ar.length === 0 && raw.en.length === 0) {
      issues.push({ ...at('ar'), message: 'a place needs a name', expected: 'at least one Arabic or English name', found: 'ar: [], en: []' });
    }
    if (AREA_KINDS.has(raw.kind) && raw.extent_km === undefined) {
      issues.push({ ...at('kind'), message: `a ${raw.kind} needs extent_km, the radius its places must lie within`, expected: 'extent_km: <km>' });
    }
    if (raw.admin === null) {
      if (raw.kind !== 'country') issues.push({ ...at('admin'), message: 'only a country has no admin parent', expected: 'the id of a district, region or country', found: 'null' });
      continue;
    }
    const parent = byId.get(raw.admin)?.raw;
    if (!parent) {
      issues.push({ ...at('admin'), message: 'unknown admin parent', expected: 'the id of a gazetteer entry', found: JSON.stringify(raw.admin) });
      continue;
    }
    if (!AREA_KINDS.has(parent.kind) || parent.extent_km === undefined) {
      issues.push({ ...at('admin'), message: `admin parent "${parent.id}" is a ${parent.kind}`, expected: 'a district, region or country with extent_km' });
      continue;
    }
    const km = distanceKm([raw.lon, raw.lat], [parent.lon, parent.lat]);
    if (km > parent.extent_km) {
      issues.push({
        ...at('lat'),
        message: `coordinates lie ${Math.round(km)} km from admin parent "${parent.id}", outside its extent`,
        expected: `within ${parent.extent_km} km of ${parent.lat}, ${parent.lon}`,
        found: `${raw.lat}, ${raw.lon}`,
      });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);

  const places: Place[] = entries.map(({ raw, layer }) => toPlace(raw, layer));
  // The schema requires the region in the curated file, which was read without issues.
  return { places, region: region as unknown as [number, number, number, number] };
}

/** A file's place as the pipeline uses it; `layer` for places read from the gazetteer's layers. */
export function toPlace(raw: RawPlace, layer?: PlaceLayer): Place {
  return {
    id: raw.id,
    ar: raw.ar,
    en: raw.en,
    lon: raw.lon,
    lat: raw.lat,
    kind: raw.kind,
    admin: raw.admin,
    precisionKm: raw.precision_km,
    precisionCode: raw.precision_code,
    source: raw.source,
    ...(raw.extent_km !== undefined ? { extentKm: raw.extent_km } : {}),
    ...(raw.needs_trigger ? { needsTrigger: true } : {}),
    ...(raw.note !== undefined ? { note: raw.note } : {}),
    ...(layer !== undefined ? { layer } : {}),
    ...(raw.population !== undefined ? { population: raw.population } : {}),
    ...(raw.geonames !== undefined ? { geonames: raw.geonames } : {}),
    ...(raw.pcode !== undefined ? { pcode: raw.pcode } : {}),
  };
}
