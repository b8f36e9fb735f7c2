import { ValidationError, type Issue } from '../errors.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { gazetteerSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import type { Gazetteer, Place, PlaceKind, PrecisionCode } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';

interface RawPlace {
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
}

const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['district', 'region', 'country']);

/**
 * Loads and checks `geo/gazetteer.yaml`: its shape (JSON Schema), unique ids, admin parents that
 * exist and are areas with an `extent_km`, and every place lying within its parent's extent
 * (a swapped latitude/longitude or a typo lands hundreds of km away).
 */
export function loadGazetteer(file: SourceFile): Gazetteer {
  const parsed = parseYaml(file);
  const schemaIssues = validateSchema(gazetteerSchema, parsed, file.path);
  if (schemaIssues.length > 0) throw new ValidationError(schemaIssues);
  const data = parsed.data as { region: [number, number, number, number]; places: RawPlace[] };
  const issues: Issue[] = [];
  const [west, south, east, north] = data.region;
  if (!(west < east && south < north && south >= -90 && north <= 90)) {
    issues.push({ file: file.path, line: parsed.lineOf(['region']), field: 'region', message: 'not a bounding box', expected: '[west, south, east, north] with west < east and south < north', found: JSON.stringify(data.region) });
  }

  const byId = new Map<string, { raw: RawPlace; index: number }>();
  data.places.forEach((raw, index) => {
    const first = byId.get(raw.id);
    if (first) {
      issues.push({ file: file.path, line: parsed.lineOf(['places', index, 'id']), field: `places[${index}].id`, message: `duplicate id "${raw.id}" (first on line ${parsed.lineOf(['places', first.index, 'id'])})` });
    } else {
      byId.set(raw.id, { raw, index });
    }
  });

  data.places.forEach((raw, index) => {
    const at = (field: string): { file: string; line: number | undefined; field: string } => ({ file: file.path, line: parsed.lineOf(['places', index, field]), field: `places[${index}].${field}` });
    if (AREA_KINDS.has(raw.kind) && raw.extent_km === undefined) {
      issues.push({ ...at('kind'), message: `a ${raw.kind} needs extent_km, the radius its places must lie within`, expected: 'extent_km: <km>' });
    }
    if (raw.admin === null) {
      if (raw.kind !== 'country') issues.push({ ...at('admin'), message: 'only a country has no admin parent', expected: 'the id of a district, region or country', found: 'null' });
      return;
    }
    const parent = byId.get(raw.admin)?.raw;
    if (!parent) {
      issues.push({ ...at('admin'), message: 'unknown admin parent', expected: 'the id of a gazetteer entry', found: JSON.stringify(raw.admin) });
      return;
    }
    if (!AREA_KINDS.has(parent.kind) || parent.extent_km === undefined) {
      issues.push({ ...at('admin'), message: `admin parent "${parent.id}" is a ${parent.kind}`, expected: 'a district, region or country with extent_km' });
      return;
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
  });
  if (issues.length > 0) throw new ValidationError(issues);

  const places: Place[] = data.places.map((raw) => ({
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
  }));
  return { places, region: data.region };
}
