import { ValidationError, type Issue } from '../errors.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { gazetteerAdditionSchema } from '../schema/schemas.ts';
import { validateSchema } from '../schema/validate-schema.ts';
import type { Gazetteer, Place } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';
import { AREA_KINDS, toPlace, type RawPlace } from './load-gazetteer.ts';

/** File name of an article's gazetteer addition, beside its texts (`content/<id>/…`). */
export const GAZETTEER_ADDITION_FILE = 'gazetteer-addition.yaml';


/**
 * Appends the places of gazetteer additions (`content/<article>/gazetteer-addition.yaml`, the
 * authoring page's export) to a loaded gazetteer, with the gazetteer's own checks: the format,
 * ids unique across the gazetteer and every addition (a duplicate is refused with the file and
 * line of both), admin parents that exist and are areas, and points within their parent's extent.
 *
 * @param base - the gazetteer as `loadGazetteer` returns it
 * @param files - the additions, in a stable order (article folder order)
 * @param baseFile - the gazetteer's path, for messages. @defaultValue `geo/gazetteer.yaml`
 * @throws ValidationError listing every problem of every addition
 */
export function mergeGazetteerAdditions(base: Gazetteer, files: readonly SourceFile[], baseFile = 'geo/gazetteer.yaml'): Gazetteer {
  if (files.length === 0) return base;
  const issues: Issue[] = [];
  const known = new Map<string, { place: Place | RawPlace; where: string }>(base.places.map((p) => [p.id, { place: p, where: p.layer && p.layer !== 'curated' ? `the gazetteer's ${p.layer} layer` : baseFile }]));
  const added: Array<{ raw: RawPlace; at: (field: string) => { file: string; line: number | undefined; field: string } }> = [];
  for (const file of files) {
    let parsed;
    try {
      parsed = parseYaml(file);
    } catch (error) {
      if (error instanceof ValidationError) {
        issues.push(...error.issues);
        continue;
      }
      throw error;
    }
    const schemaIssues = validateSchema(gazetteerAdditionSchema, parsed, file.path);
    if (schemaIssues.length > 0) {
      issues.push(...schemaIssues);
      continue;
    }
    const { lineOf } = parsed;
    (parsed.data as { places: RawPlace[] }).places.forEach((raw, index) => {
      const at = (field: string): { file: string; line: number | undefined; field: string } => ({ file: file.path, line: lineOf(['places', index, field]), field: `places[${index}].${field}` });
      const first = known.get(raw.id);
      if (first) {
        issues.push({ ...at('id'), message: `duplicate id "${raw.id}" (already in ${first.where})`, expected: 'an id no other gazetteer entry has' });
        return;
      }
      const line = lineOf(['places', index, 'id']);
      known.set(raw.id, { place: raw, where: line === undefined ? file.path : `${file.path}:${line}` });
      added.push({ raw, at });
    });
  }
  for (const { raw, at } of added) {
    if (AREA_KINDS.has(raw.kind) && raw.extent_km === undefined) {
      issues.push({ ...at('kind'), message: `a ${raw.kind} needs extent_km, the radius its places must lie within`, expected: 'extent_km: <km>' });
    }
    if (raw.admin === null) {
      if (raw.kind !== 'country') issues.push({ ...at('admin'), message: 'only a country has no admin parent', expected: 'the id of a district, region or country', found: 'null' });
      continue;
    }
    const parent = known.get(raw.admin)?.place;
    if (!parent) {
      issues.push({ ...at('admin'), message: 'unknown admin parent', expected: 'the id of a gazetteer entry', found: JSON.stringify(raw.admin) });
      continue;
    }
    const extent = 'extentKm' in parent ? parent.extentKm : (parent as RawPlace).extent_km;
    if (!AREA_KINDS.has(parent.kind) || extent === undefined) {
      issues.push({ ...at('admin'), message: `admin parent "${parent.id}" is a ${parent.kind}`, expected: 'a district, region or country with extent_km' });
      continue;
    }
    const km = distanceKm([raw.lon, raw.lat], [parent.lon, parent.lat]);
    if (km > extent) {
      issues.push({ ...at('lat'), message: `coordinates lie ${Math.round(km)} km from admin parent "${parent.id}", outside its extent`, expected: `within ${extent} km of ${parent.lat}, ${parent.lon}`, found: `${raw.lat}, ${raw.lon}` });
    }
  }
  if (issues.length > 0) throw new ValidationError(issues);
  return { region: base.region, places: [...base.places, ...added.map(({ raw }) => toPlace(raw))] };
}
