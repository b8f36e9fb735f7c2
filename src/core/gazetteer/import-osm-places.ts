import { ValidationError, type Issue } from '../errors.ts';
import { distanceKm } from '../geo/distance-km.ts';
import { roundCoordinate } from '../geojson/round-coordinate.ts';
import { normaliseName } from '../text/normalise.ts';
import type { Gazetteer, Place, PlaceKind } from '../types.ts';
import { parseYaml, type SourceFile } from '../yaml/parse-yaml.ts';
import { makePlaceId } from './make-place-id.ts';
import { measureNameSimilarity } from './measure-name-similarity.ts';
import { isArabicName, listNameKeys, stripArticle } from './name-keys.ts';
import { romaniseArabic } from './romanise-arabic.ts';
import { splitOsmName } from './split-osm-name.ts';

/** The OSM `place` values the import takes, which are also our kinds of the same name. */
export const OSM_KINDS = ['city', 'town', 'village', 'hamlet'] as const;
/** A settlement kind of the import. */
export type OsmKind = (typeof OSM_KINDS)[number];

/**
 * How far an imported point may be from the place's real centre, in km, by kind. An OSM place
 * node marks a settlement's centre (its square, main mosque or crossroads); the settlement reaches
 * out around it by about this much. See geo/README.md, "Precision by kind".
 */
export const PRECISION_KM_BY_KIND: Readonly<Record<OsmKind, number>> = { city: 3, town: 2, village: 1.5, hamlet: 1 };

/** Settings of {@link importOsmPlaces}; see {@link IMPORT_DEFAULTS}. */
export interface ImportOsmOptions {
  /**
   * Frequent words of each script, normalised and without the article (see `stripArticle`): an
   * imported place one of whose one-word names is among them gets `needs_trigger`.
   */
  commonWords: { ar: ReadonlySet<string>; en: ReadonlySet<string> };
  /** Precision by kind, km. @defaultValue {@link PRECISION_KM_BY_KIND} */
  precisionKm?: Readonly<Record<OsmKind, number>>;
  /**
   * An OSM node and a curated entry sharing a name are one place when they lie within this many
   * km of each other, or within the sum of their precisions if that is larger. @defaultValue 3
   */
  mergeKm?: number;
  /** A kept node this close (km) to a curated place whose names it does not share is reported. @defaultValue 1 */
  nearKm?: number;
  /**
   * Least {@link measureNameSimilarity} between a French, Italian, German or Spanish name and one
   * of the place's English names (or its romanised Arabic name) for it to count as a
   * transliteration of the same name rather than another word. @defaultValue 0.5
   */
  minSimilarity?: number;
  /** Names of at most this many letters, without the article, need a trigger (except cities'). @defaultValue 3 */
  shortNameLetters?: number;
  /**
   * Id of the curated country the extract covers: the admin parent of a node that lies in none of
   * the curated districts. @defaultValue 'libya'
   */
  country?: string;
}

/** Defaults of {@link ImportOsmOptions}. */
export const IMPORT_DEFAULTS = { mergeKm: 3, nearKm: 1, minSimilarity: 0.5, shortNameLetters: 3, country: 'libya' } as const;

/** One entry of the generated layer, with the YAML's keys, in the order they are written. */
export interface LayerEntry {
  id: string;
  ar: string[];
  en: string[];
  lat: number;
  lon: number;
  kind: OsmKind;
  admin: string;
  precision_km: number;
  precision_code: 1;
  source: string;
  needs_trigger?: true;
  population?: number;
  geonames?: number;
  pcode?: string;
}

/** A node left out of the layer because a curated entry describes the same place. */
export interface ImportMerge {
  node: number;
  /** Id of the curated entry that wins. */
  curated: string;
  km: number;
  /** `source`: the curated entry's source is this node; `name`: close and a shared name. */
  by: 'source' | 'name';
  /** The shared name (normalised), or null when merged by source with no name in common. */
  shared: string | null;
  /** The node's names the curated entry lacks (compared normalised), for a curator to copy. */
  newNames: { ar: string[]; en: string[] };
}

/** Something a curator should look at; never an error. */
export type ImportConflict =
  /** A curated entry's `source` node lies farther from the curated point than its precision_km. */
  | { type: 'source-far'; curated: string; node: number; km: number; precisionKm: number }
  /** A curated entry's `source` node shares none of its names. */
  | { type: 'source-names-differ'; curated: string; node: number; names: string[] }
  /** A kept node lies within `nearKm` of a curated place and shares no name with it. */
  | { type: 'near-other-name'; id: string; node: number; curated: string; km: number }
  /** Places that share a name (normalised, without the article): kept, the resolver decides. */
  | { type: 'shared-name'; name: string; places: Array<{ id: string; layer: 'curated' | 'osm'; kind: PlaceKind }>; maxKm: number };

/** Why a kept place needs a trigger word. */
export interface TriggerReason {
  id: string;
  kind: OsmKind;
  /** The names that set it, each with its rule (see geo/README.md, "Names that need a trigger word"). */
  names: Array<{ name: string; rule: 'short' | 'nisba' | 'common-word' | 'curated-namesake' }>;
}

/** Everything the import did, for its report. */
export interface ImportReport {
  /** Nodes in the extract. */
  nodes: number;
  /** Per kind: nodes, entries written, nodes merged into curated entries, entries with needs_trigger. */
  byKind: Record<OsmKind, { nodes: number; imported: number; merged: number; needsTrigger: number }>;
  /** Nodes without any name, or of a kind the import does not take, or outside every admin area. */
  skipped: Array<{ node: number; reason: string }>;
  merges: ImportMerge[];
  conflicts: ImportConflict[];
  needsTrigger: TriggerReason[];
  /** Foreign-language names left out as other words rather than transliterations. */
  rejectedNames: Array<{ node: number; tag: string; name: string; similarity: number }>;
  /** Curated entries whose `source` is an OSM node that is not in the extract. */
  sourcesNotInExtract: Array<{ curated: string; node: number }>;
}

/** What {@link importOsmPlaces} returns. */
export interface ImportResult {
  /** The layer's entries, sorted by id. */
  entries: LayerEntry[];
  /** The extract's `osm3s.timestamp_osm_base` (when the OSM data was read), or null. */
  osmBase: string | null;
  report: ImportReport;
}

interface OsmNode {
  id: number;
  lat: number;
  lon: number;
  tags: Record<string, string>;
}

/** Tags read for Arabic names, and for trusted Latin ones (a Latin value in a local tag is the local name). */
const LOCAL_NAME_TAGS = [
  'name:ar', 'name', 'alt_name:ar', 'alt_name', 'short_name:ar', 'official_name:ar', 'official_name', 'long_name:ar', 'long_name',
  'old_name:ar', 'name:ar1', 'loc_name', 'nat_name', 'alt_name:1', 'alt_name_1', 'alt_name:2', 'alt_name_2', 'alt_name2', 'alt_name_3',
  'alt_name3', 'alt_name_4',
];
/** English tags, trusted: their Latin names come first. */
const ENGLISH_NAME_TAGS = ['name:en', 'int_name', 'alt_name:en'];
/**
 * Latin names kept only when they are a transliteration of an English one: the languages that
 * wrote Libyan names in Latin letters (French, Italian, German, Spanish) and old names.
 */
const FOREIGN_NAME_TAGS = ['name:fr', 'name:it', 'name:de', 'name:es', 'alt_name:fr', 'alt_name:it', 'alt_name:de', 'alt_name:es', 'short_name:it', 'old_name', 'old_name:it'];

const AREA_KINDS: ReadonlySet<PlaceKind> = new Set(['district', 'region']);
/** Curated kinds an OSM settlement node may merge into by name. */
const SETTLEMENT_KINDS: ReadonlySet<PlaceKind> = new Set(['capital', 'city', 'town', 'village', 'hamlet', 'suburb', 'neighbourhood']);

/**
 * Turns an OpenStreetMap extract of Libyan place nodes (Overpass API JSON) into the entries of
 * the generated gazetteer layer, merged with the curated gazetteer: a node a curated entry already
 * describes (its `source`, or close by with a name in common) is left out and reported with the
 * names it would add; every other node becomes an entry with its Arabic and English names, a
 * point, a precision by kind, the admin area it lies in and `needs_trigger` where a name is short
 * or a common word. Pure and deterministic: the same extract and gazetteer give the same result.
 *
 * @param file - the extract's path (for error messages) and JSON text
 * @param curated - the curated gazetteer, loaded and checked
 * @throws ValidationError when the extract is malformed, naming the element and line
 */
export function importOsmPlaces(file: SourceFile, curated: Gazetteer, options: ImportOsmOptions): ImportResult {
  const o = { ...IMPORT_DEFAULTS, precisionKm: PRECISION_KM_BY_KIND, ...options };
  const { nodes, osmBase } = readExtract(file);
  const report: ImportReport = {
    nodes: nodes.length,
    byKind: Object.fromEntries(OSM_KINDS.map((k) => [k, { nodes: 0, imported: 0, merged: 0, needsTrigger: 0 }])) as ImportReport['byKind'],
    skipped: [],
    merges: [],
    conflicts: [],
    needsTrigger: [],
    rejectedNames: [],
    sourcesNotInExtract: [],
  };
  const matchable = curated.places.filter((p) => p.kind !== 'country');
  const mergeable = matchable.filter((p) => !AREA_KINDS.has(p.kind));
  // A settlement node is the same place only as a settlement: Benina village is not Benina airport.
  const settlements = mergeable.filter((p) => SETTLEMENT_KINDS.has(p.kind));
  // A curated entry is its source node only when its point is the place itself (precision code
  // 1): an air base placed at its village's point (code 2) is near the village, not the village.
  const bySource = new Map<number, Place>();
  for (const p of mergeable) {
    const node = /^osm:node\/(\d+)$/.exec(p.source)?.[1];
    if (node !== undefined && p.precisionCode === 1 && !bySource.has(Number(node))) bySource.set(Number(node), p);
  }
  const areas = curated.places.filter((p) => AREA_KINDS.has(p.kind) && p.extentKm !== undefined);
  const countries = curated.places.filter((p) => p.kind === 'country' && p.extentKm !== undefined && p.id === o.country);

  const seenSources = new Set<number>();
  const kept: Array<{ node: OsmNode; kind: OsmKind; ar: string[]; en: string[]; admin: string }> = [];
  for (const node of nodes) {
    const kind = node.tags.place as OsmKind;
    const sourced = bySource.get(node.id);
    if (sourced) seenSources.add(node.id);
    if (!(OSM_KINDS as readonly string[]).includes(kind)) {
      report.skipped.push({ node: node.id, reason: `place=${node.tags.place} is not one of ${OSM_KINDS.join(', ')}` });
      continue;
    }
    report.byKind[kind].nodes++;
    const names = readNames(node, o.minSimilarity, report);
    const point: [number, number] = [node.lon, node.lat];

    const merge = sourced ? { place: sourced, by: 'source' as const } : findSamePlace(point, names, settlements, o.precisionKm[kind], o.mergeKm);
    if (merge) {
      const shared = findSharedKey([...names.ar, ...names.en], [...merge.place.ar, ...merge.place.en]);
      const has = new Set([...merge.place.ar, ...merge.place.en].map(normaliseName));
      report.merges.push({
        node: node.id,
        curated: merge.place.id,
        km: distanceKm(point, [merge.place.lon, merge.place.lat]),
        by: merge.by,
        shared,
        newNames: { ar: names.ar.filter((n) => !has.has(normaliseName(n))), en: names.en.filter((n) => !has.has(normaliseName(n))) },
      });
      report.byKind[kind].merged++;
      if (merge.by === 'source') {
        const km = distanceKm(point, [merge.place.lon, merge.place.lat]);
        if (km > merge.place.precisionKm) report.conflicts.push({ type: 'source-far', curated: merge.place.id, node: node.id, km, precisionKm: merge.place.precisionKm });
        if (shared === null && names.ar.length + names.en.length > 0) report.conflicts.push({ type: 'source-names-differ', curated: merge.place.id, node: node.id, names: [...names.ar, ...names.en] });
      }
      continue;
    }
    if (names.ar.length === 0 && names.en.length === 0) {
      report.skipped.push({ node: node.id, reason: `a ${kind} without any name` });
      continue;
    }
    const admin = chooseAdmin(node, areas, countries);
    if (!admin) {
      report.skipped.push({ node: node.id, reason: `outside the extent of the curated districts and of the country "${o.country}"` });
      continue;
    }
    kept.push({ node, kind, ...names, admin });
  }
  for (const [node, place] of bySource) if (!seenSources.has(node)) report.sourcesNotInExtract.push({ curated: place.id, node });

  const curatedNames = new Set(matchable.flatMap((p) => [...p.ar, ...p.en].map(stripArticle)));
  const ids = assignIds(kept.map((k) => ({ node: k.node.id, ar: k.ar, en: k.en })), new Set(curated.places.map((p) => p.id)));
  const entries: LayerEntry[] = kept.map((k) => {
    const reasons = findTriggerNames([...k.ar, ...k.en], k.kind, o.commonWords, o.shortNameLetters, curatedNames);
    const id = ids.get(k.node.id) as string;
    if (reasons.length > 0) {
      report.needsTrigger.push({ id, kind: k.kind, names: reasons });
      report.byKind[k.kind].needsTrigger++;
    }
    report.byKind[k.kind].imported++;
    const population = readInteger(k.node.tags.population);
    const geonames = readInteger(k.node.tags['geonames:id']);
    const pcode = k.node.tags.pcode;
    return {
      id,
      ar: k.ar,
      en: k.en,
      lat: roundCoordinate(k.node.lat),
      lon: roundCoordinate(k.node.lon),
      kind: k.kind,
      admin: k.admin,
      precision_km: o.precisionKm[k.kind],
      precision_code: 1,
      source: `osm:node/${k.node.id}`,
      ...(reasons.length > 0 ? { needs_trigger: true as const } : {}),
      ...(population !== undefined ? { population } : {}),
      ...(geonames !== undefined && geonames > 0 ? { geonames } : {}),
      ...(pcode !== undefined && /^[A-Z]{2}(-[0-9]+)+$/.test(pcode) ? { pcode } : {}),
    };
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  report.needsTrigger.sort((a, b) => (a.id < b.id ? -1 : 1));

  report.conflicts.push(...findNearOtherNames(entries, mergeable, o.nearKm), ...findSharedNames(entries, matchable));
  return { entries, osmBase, report };
}

/** Reads and checks the extract's shape; every malformed element is reported with its line. */
function readExtract(file: SourceFile): { nodes: OsmNode[]; osmBase: string | null } {
  const parsed = parseYaml(file);
  const data = parsed.data as { elements?: unknown; osm3s?: { timestamp_osm_base?: unknown } } | null;
  const issues: Issue[] = [];
  if (!data || typeof data !== 'object' || !Array.isArray(data.elements)) {
    throw new ValidationError([{ file: file.path, line: parsed.lineOf(['elements']), field: 'elements', message: 'not an Overpass API extract', expected: 'an object with an "elements" array', found: data === null ? 'null' : Array.isArray(data) ? 'an array' : typeof data }]);
  }
  const nodes: OsmNode[] = [];
  const seen = new Map<number, number>();
  data.elements.forEach((element: unknown, i: number) => {
    const e = element as Partial<OsmNode> & { type?: unknown };
    const at = (field: string, message: string, expected: string, found: unknown): void => {
      issues.push({ file: file.path, line: parsed.lineOf(['elements', i, field]), field: `elements[${i}].${field}`, message, expected, found: JSON.stringify(found) ?? 'nothing' });
    };
    if (!e || typeof e !== 'object') return void at('type', 'not an element', 'an object', e);
    if (e.type !== 'node') return void at('type', 'not a node', '"node" (the import reads place nodes)', e.type);
    if (!Number.isSafeInteger(e.id) || (e.id as number) <= 0) return void at('id', 'not an OSM id', 'a positive integer', e.id);
    if (typeof e.lat !== 'number' || e.lat < -90 || e.lat > 90) return void at('lat', 'not a latitude', 'a number from -90 to 90', e.lat);
    if (typeof e.lon !== 'number' || e.lon < -180 || e.lon > 180) return void at('lon', 'not a longitude', 'a number from -180 to 180', e.lon);
    const tags = e.tags as unknown;
    if (!tags || typeof tags !== 'object' || Array.isArray(tags) || !Object.values(tags).every((v) => typeof v === 'string')) return void at('tags', 'not OSM tags', 'an object of string values', tags);
    if (typeof (tags as Record<string, string>).place !== 'string') return void at('tags', 'a node without a place tag', 'tags.place', tags);
    const first = seen.get(e.id as number);
    if (first !== undefined) return void at('id', `node ${e.id} appears twice (first as elements[${first}])`, 'each node once', e.id);
    seen.set(e.id as number, i);
    nodes.push({ id: e.id as number, lat: e.lat, lon: e.lon, tags: tags as Record<string, string> });
  });
  if (issues.length > 0) throw new ValidationError(issues);
  const base = data.osm3s?.timestamp_osm_base;
  return { nodes: nodes.sort((a, b) => a.id - b.id), osmBase: typeof base === 'string' ? base : null };
}

/**
 * A node's names: Arabic ones from the local tags (`name:ar` first), then from the English tags;
 * Latin ones from the English tags (`name:en` first), then the local tags, then French, Italian, German and Spanish names that are transliterations of one of
 * those (or of the romanised Arabic name when there is none), and the other spellings of أبو in
 * an Arabic name (ابوزيان, أبو زيان, بو زيان, بوزيان). Deduplicated after normalisation.
 */
function readNames(node: OsmNode, minSimilarity: number, report: ImportReport): { ar: string[]; en: string[] } {
  const ar: string[] = [];
  const en: string[] = [];
  const add = (list: string[], name: string): void => {
    const key = normaliseName(name);
    if (key && !list.some((n) => normaliseName(n) === key)) list.push(name);
  };
  const read = (tag: string): ReturnType<typeof splitOsmName> => (node.tags[tag] === undefined ? [] : splitOsmName(node.tags[tag] as string));
  const localLatin: string[] = [];
  for (const tag of LOCAL_NAME_TAGS) for (const n of read(tag)) add(n.arabic ? ar : localLatin, n.text);
  for (const tag of ENGLISH_NAME_TAGS) for (const n of read(tag)) add(n.arabic ? ar : en, n.text);
  for (const name of localLatin) add(en, name);
  for (const name of [...ar]) for (const variant of listAbuSpellings(name)) add(ar, variant);
  const references = en.length > 0 ? [...en] : ar.slice(0, 1).map(romaniseArabic);
  for (const tag of FOREIGN_NAME_TAGS) {
    for (const n of read(tag)) {
      if (n.arabic) continue;
      const similarity = Math.max(0, ...references.map((r) => measureNameSimilarity(n.text, r)));
      if (similarity >= minSimilarity) add(en, n.text);
      else if (!en.some((m) => normaliseName(m) === normaliseName(n.text))) report.rejectedNames.push({ node: node.id, tag, name: n.text, similarity });
    }
  }
  return { ar, en };
}

/**
 * The other ways news writes أبو in a name: joined or apart, and as Libyan بو ("أبو زيان",
 * "ابوزيان", "بو زيان", "بوزيان"; "أبو سليم" and "بوسليم"), since the geoparser matches words,
 * not letters across a space, and does not equate أبو with بو. Read from a word أبو/ابو (joined
 * to at least three letters, or followed by a word) or a word بو followed by a word; a joined
 * بوX is not read, as it may be another word (بوابة "gate").
 */
function listAbuSpellings(name: string): string[] {
  const words = name.split(' ');
  const out: string[] = [];
  words.forEach((word, i) => {
    const joined = /^[أا]بو(\p{L}{3,})$/u.exec(word)?.[1];
    const apart = /^([أا]?بو)$/.test(word) && i + 1 < words.length ? words[i + 1] : undefined;
    const rest = joined ?? apart;
    if (rest === undefined) return;
    const after = words.slice(i + (joined ? 1 : 2));
    for (const form of [`أبو ${rest}`, `ابو${rest}`, `بو ${rest}`, `بو${rest}`]) out.push([...words.slice(0, i), form, ...after].join(' '));
  });
  return out;
}

/** The first normalised key (with or without the article) two lists of names share, or null. */
function findSharedKey(a: readonly string[], b: readonly string[]): string | null {
  const keys = new Set(b.flatMap(listNameKeys));
  for (const name of a) for (const key of listNameKeys(name)) if (keys.has(key)) return key;
  return null;
}

/** The nearest curated place within merge distance that shares a name with the node. */
function findSamePlace(point: [number, number], names: { ar: string[]; en: string[] }, places: readonly Place[], precisionKm: number, mergeKm: number): { place: Place; by: 'name' } | null {
  const all = [...names.ar, ...names.en];
  let best: { place: Place; km: number } | null = null;
  for (const place of places) {
    const km = distanceKm(point, [place.lon, place.lat]);
    if (km > Math.max(mergeKm, place.precisionKm + precisionKm)) continue;
    if (findSharedKey(all, [...place.ar, ...place.en]) === null) continue;
    if (!best || km < best.km || (km === best.km && place.id < best.place.id)) best = { place, km };
  }
  return best ? { place: best.place, by: 'name' } : null;
}

/**
 * OCHA's codes of Libya's districts (sha'biyat) for the districts the curated gazetteer has, as
 * their entries' notes record them ("OCHA shabya code 30"). OSM nodes carry the code in
 * `shabya_cd` and as the middle number of their OCHA p-code (`LY-30-10762`).
 */
export const OCHA_DISTRICTS: Readonly<Record<string, string>> = {
  '18': 'jabal-al-gharbi',
  '19': 'jafara',
  '22': 'murqub',
  '24': 'misrata-district',
  '26': 'nuqat-al-khams',
  '27': 'nalut-district',
  '30': 'tripoli-district',
  '32': 'zawiya-district',
};

/**
 * The admin parent of a node. With an OCHA district code (`shabya_cd`, or the p-code's middle
 * number): the curated district of that code if its extent contains the point, else the country
 * (the node lies in a district the curated gazetteer does not have). Without one: the curated
 * district or region nearest to the point among those whose extent contains it, else the
 * country. Null when the country's extent does not contain the point either (or the curated
 * gazetteer has no such country).
 */
function chooseAdmin(node: OsmNode, areas: readonly Place[], country: readonly Place[]): string | null {
  const point: [number, number] = [node.lon, node.lat];
  const nearest = (list: readonly Place[]): string | null => {
    let best: { id: string; km: number } | null = null;
    for (const area of list) {
      const km = distanceKm(point, [area.lon, area.lat]);
      if (km <= (area.extentKm as number) && (!best || km < best.km || (km === best.km && area.id < best.id))) best = { id: area.id, km };
    }
    return best?.id ?? null;
  };
  const code = node.tags.shabya_cd ?? /^[A-Z]{2}-(\d+)-/.exec(node.tags.pcode ?? '')?.[1];
  if (code !== undefined) {
    const district = areas.find((a) => a.id === OCHA_DISTRICTS[code]);
    return (district ? nearest([district]) : null) ?? nearest(country);
  }
  return nearest(areas) ?? nearest(country);
}

/**
 * Ids for the kept nodes: the kebab-case of the first English name, else of the romanised Arabic
 * name, else `osm-<node>`. Curated ids are taken; among nodes with the same id, the one with the
 * smallest node id keeps it and the others get `-<node id>` appended.
 */
function assignIds(nodes: ReadonlyArray<{ node: number; ar: string[]; en: string[] }>, reserved: ReadonlySet<string>): Map<number, string> {
  const groups = new Map<string, number[]>();
  for (const n of nodes) {
    const base = makePlaceId(n.en[0] ?? '') || makePlaceId(romaniseArabic(n.ar[0] ?? '')) || `osm-${n.node}`;
    groups.set(base, [...(groups.get(base) ?? []), n.node]);
  }
  const ids = new Map<number, string>();
  for (const [base, members] of groups) {
    members.sort((a, b) => a - b).forEach((node, i) => ids.set(node, i === 0 && !reserved.has(base) ? base : `${base}-${node}`));
  }
  return ids;
}

/**
 * The names that make a place need a trigger word, with their rule:
 * - `short`: at most `shortLetters` letters without the article (السدر, بدر, درج), except for
 *   cities, which news names bare (سرت, غات);
 * - `nisba`: one Arabic word with the article ending in ي, the form of an adjective of origin
 *   and of family names (العربي "the Arab", التركي "the Turkish", الساعدي), except for cities;
 * - `common-word`: one word, without the article, among the frequent words of its script;
 * - `curated-namesake`: the name (without the article) of a curated place the node was not
 *   merged with, so it lies elsewhere: the curated place stays the bare name's only reading, and
 *   after a trigger word the resolver chooses between them.
 */
function findTriggerNames(names: readonly string[], kind: OsmKind, commonWords: ImportOsmOptions['commonWords'], shortLetters: number, curatedNames: ReadonlySet<string>): TriggerReason['names'] {
  const out: TriggerReason['names'] = [];
  for (const name of names) {
    const bare = stripArticle(name);
    const oneWord = !bare.includes(' ');
    const arabic = isArabicName(bare);
    if (kind !== 'city' && bare.replace(/ /g, '').length <= shortLetters) out.push({ name, rule: 'short' });
    else if (kind !== 'city' && arabic && oneWord && bare !== normaliseName(name) && bare.endsWith('ي')) out.push({ name, rule: 'nisba' });
    else if (oneWord && (arabic ? commonWords.ar : commonWords.en).has(bare)) out.push({ name, rule: 'common-word' });
    else if (curatedNames.has(bare)) out.push({ name, rule: 'curated-namesake' });
  }
  return out;
}

function findNearOtherNames(entries: readonly LayerEntry[], curated: readonly Place[], nearKm: number): ImportConflict[] {
  const out: ImportConflict[] = [];
  for (const e of entries) {
    for (const p of curated) {
      const km = distanceKm([e.lon, e.lat], [p.lon, p.lat]);
      if (km <= nearKm && findSharedKey([...e.ar, ...e.en], [...p.ar, ...p.en]) === null) {
        out.push({ type: 'near-other-name', id: e.id, node: Number(e.source.slice(9)), curated: p.id, km });
      }
    }
  }
  return out;
}

/** Groups of places (at least one imported) sharing a name without the article, by name. */
function findSharedNames(entries: readonly LayerEntry[], curated: readonly Place[]): ImportConflict[] {
  const byKey = new Map<string, Array<{ id: string; layer: 'curated' | 'osm'; kind: PlaceKind; point: [number, number] }>>();
  const add = (names: readonly string[], place: { id: string; layer: 'curated' | 'osm'; kind: PlaceKind; point: [number, number] }): void => {
    for (const key of new Set(names.map(stripArticle))) {
      const list = byKey.get(key) ?? [];
      if (!list.some((p) => p.id === place.id)) list.push(place);
      byKey.set(key, list);
    }
  };
  for (const p of curated) add([...p.ar, ...p.en], { id: p.id, layer: 'curated', kind: p.kind, point: [p.lon, p.lat] });
  for (const e of entries) add([...e.ar, ...e.en], { id: e.id, layer: 'osm', kind: e.kind, point: [e.lon, e.lat] });
  const out: ImportConflict[] = [];
  for (const [name, places] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (places.length < 2 || places.every((p) => p.layer === 'curated')) continue;
    let maxKm = 0;
    for (const a of places) for (const b of places) maxKm = Math.max(maxKm, distanceKm(a.point, b.point));
    out.push({ type: 'shared-name', name, places: places.map(({ id, layer, kind }) => ({ id, layer, kind })).sort((a, b) => (a.id < b.id ? -1 : 1)), maxKm });
  }
  return out;
}

function readInteger(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const digits = value.replace(/[\s,]/g, '');
  return /^\d+$/.test(digits) ? Number(digits) : undefined;
}
