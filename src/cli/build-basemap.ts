/**
 * Builds the offline basemap, `geo/basemap.geojson`, from the Natural Earth 1:10m data that the
 * `world-atlas` package ships as TopoJSON.
 *
 * The page must work without any tile server, so the few shapes it needs (land, coastline,
 * international borders and one label point per country) are cut out for the region, simplified
 * and committed. The output is deterministic so that `--check` and the unit test can tell a stale
 * file from a fresh one byte for byte.
 *
 * Usage: `npx tsx src/cli/build-basemap.ts [--check]`
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { area, bboxClip, booleanPointInPolygon, centerOfMass, pointOnFeature, simplify } from '@turf/turf';
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { PROCESS_IO, parseCliArgs, type CliIo } from './parse-cli-args.ts';
import { writeFileAtomic } from './write-atomic.ts';

/** A bounding box in degrees (WGS84): `[west, south, east, north]`. */
export type BBox = [west: number, south: number, east: number, north: number];

/** What a basemap feature is drawn as; the style filters on it. */
export type BasemapLayer = 'land' | 'coastline' | 'border' | 'country-label';

/** Properties every basemap feature carries. */
export interface BasemapProperties {
  /** Which style layer draws the feature. */
  layer: BasemapLayer;
  /** Provenance, e.g. `Natural Earth 1:10m via world-atlas 2.0.2`. */
  source: string;
  /** English country name (only on `country-label`). */
  name_en?: string;
  /** Arabic country name (only on `country-label`). */
  name_ar?: string;
  /** ISO 3166-1 numeric code, as a zero-padded string (only on `country-label`). */
  iso_n3?: string;
}

/** A basemap feature: land and coastline pieces, borders and country label points. */
export type BasemapFeature = Feature<Polygon | LineString | Point, BasemapProperties>;

/** The contents of `geo/basemap.geojson`. */
export interface Basemap extends FeatureCollection<Polygon | LineString | Point, BasemapProperties> {
  /** The region the basemap covers, degrees `[west, south, east, north]`. */
  bbox: BBox;
}

/** Options of {@link buildBasemap}. */
export interface BuildBasemapOptions {
  /**
   * Region to cut out, degrees `[west, south, east, north]`.
   * @defaultValue `[9.5, 30.0, 17.0, 34.0]` (north-west Libya and southern Tunisia)
   */
  bbox: BBox;
  /**
   * Douglas–Peucker tolerance, degrees. 0.002° is about 200 m, three pixels at zoom 10 around
   * Tripoli, and below the 0.0036° grid world-atlas quantises the 1:10m data to, so almost no
   * visible vertex is lost.
   * @defaultValue `0.002`
   */
  tolerance: number;
  /**
   * Decimals kept in coordinates. 5 decimals is about 1 m, far finer than the source.
   * @defaultValue `5`
   */
  precision: number;
  /**
   * Margin, degrees, of the larger box shapes are cut to before simplifying, so that
   * simplification never sees the final box edges and land and coastline stay in step.
   * @defaultValue `0.5`
   */
  margin: number;
  /**
   * Smallest part of a country inside the box that gets a label, km². A sliver at the box edge
   * (Algeria has 9 km² inside the default box) would only put a cut-off name on the frame.
   * @defaultValue `1000`
   */
  minLabelArea: number;
  /**
   * Provenance written on every feature.
   * @defaultValue `'Natural Earth 1:10m via world-atlas 2.0.2'`
   */
  source: string;
  /**
   * Country names by ISO 3166-1 numeric code. A country inside the box that is missing here is
   * an error, so that a wider box cannot silently lose its labels.
   * @defaultValue {@link COUNTRY_NAMES}
   */
  names: Readonly<Record<string, { en: string; ar: string }>>;
}

/**
 * English and Arabic names of the countries in and around the region, keyed by the ISO 3166-1
 * numeric code world-atlas uses as feature id.
 */
export const COUNTRY_NAMES: Readonly<Record<string, { en: string; ar: string }>> = {
  '012': { en: 'Algeria', ar: 'الجزائر' },
  '148': { en: 'Chad', ar: 'تشاد' },
  '434': { en: 'Libya', ar: 'ليبيا' },
  '470': { en: 'Malta', ar: 'مالطا' },
  '562': { en: 'Niger', ar: 'النيجر' },
  '788': { en: 'Tunisia', ar: 'تونس' },
  '818': { en: 'Egypt', ar: 'مصر' },
};

/** Defaults of {@link BuildBasemapOptions}. */
export const DEFAULT_BASEMAP_OPTIONS: Readonly<BuildBasemapOptions> = {
  bbox: [9.5, 30.0, 17.0, 34.0],
  tolerance: 0.002,
  precision: 5,
  margin: 0.5,
  minLabelArea: 1000,
  source: 'Natural Earth 1:10m via world-atlas 2.0.2',
  names: COUNTRY_NAMES,
};

/** Draw order of the layers, also the first sort key of the output. */
const LAYER_ORDER: readonly BasemapLayer[] = ['land', 'coastline', 'border', 'country-label'];

/**
 * Builds the basemap for a region from world-atlas TopoJSON. Pure: no I/O, same input gives the
 * same output, features sorted.
 *
 * @param topoCountries - `world-atlas/countries-10m.json`, with `objects.countries`
 * @param topoLand - `world-atlas/land-10m.json`, with `objects.land`
 * @param options - see {@link BuildBasemapOptions}; merged over {@link DEFAULT_BASEMAP_OPTIONS}
 * @returns a FeatureCollection of Polygon (`land`), LineString (`coastline`, `border`) and Point
 *   (`country-label`) features, coordinates in degrees rounded to `precision` decimals
 */
export function buildBasemap(
  topoCountries: Topology,
  topoLand: Topology,
  options: Partial<BuildBasemapOptions> = {},
): Basemap {
  const opts: BuildBasemapOptions = { ...DEFAULT_BASEMAP_OPTIONS, ...options };
  const { bbox, tolerance, precision, margin, source } = opts;
  const outer: BBox = [bbox[0] - margin, bbox[1] - margin, bbox[2] + margin, bbox[3] + margin];
  const features: BasemapFeature[] = [];

  // Land and coastline come from the same simplified rings, so the fill and its outline agree.
  const landObject = requireObject(topoLand, 'land');
  for (const rings of polygonsOf(feature(topoLand, landObject))) {
    if (!ringIntersects(rings[0], outer)) continue;
    const cut = clipRings(rings, outer);
    if (!cut) continue;
    const simple = simplify(polygonOf(cut), { tolerance, highQuality: true }).geometry.coordinates;

    const land = clipRings(simple, bbox);
    const landRings = land && roundRings(land, precision);
    if (landRings) features.push(makeFeature({ type: 'Polygon', coordinates: landRings }, 'land', source));

    // The coastline is the ring itself, clipped as a line: clipping the land polygon instead
    // would also draw the artificial edges of the box.
    for (const ring of simple) {
      for (const line of clipLine(startOutside(ring, bbox), bbox)) {
        const rounded = roundLine(line, precision);
        if (rounded) features.push(makeFeature({ type: 'LineString', coordinates: rounded }, 'coastline', source));
      }
    }
  }

  // Arcs shared by two different countries; coast arcs belong to one country only.
  const countriesObject = requireObject(topoCountries, 'countries');
  const borders = mesh(topoCountries, countriesObject, (a, b) => a !== b);
  for (const line of borders.coordinates) {
    if (!ringIntersects(line, outer)) continue;
    for (const cut of clipLine(line, outer)) {
      const simple = simplify(lineOf(cut), { tolerance, highQuality: true }).geometry.coordinates;
      for (const piece of clipLine(simple, bbox)) {
        const rounded = roundLine(piece, precision);
        if (rounded) features.push(makeFeature({ type: 'LineString', coordinates: rounded }, 'border', source));
      }
    }
  }

  const countries = feature(topoCountries, countriesObject);
  for (const country of countries.features) {
    const parts = polygonsOf(country)
      .filter((rings) => ringIntersects(rings[0], bbox))
      .map((rings) => clipRings(rings, bbox))
      .filter((rings): rings is Position[][] => rings !== null);
    if (parts.length === 0) continue;
    const shape: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: parts },
    };
    // turf's area is in m².
    if (area(shape) / 1e6 < opts.minLabelArea) continue;

    const id = String(country.id ?? '');
    const names = opts.names[id];
    if (!names) {
      const name = String(country.properties?.name ?? 'unnamed');
      throw new Error(
        `country ${name} (id ${id}) lies in the bbox but has no entry in the names table; ` +
          'add its English and Arabic names to COUNTRY_NAMES',
      );
    }
    const point = labelPoint(shape);
    const coordinates = point.map((value) => round(value, precision));
    features.push({
      type: 'Feature',
      properties: { layer: 'country-label', source, name_en: names.en, name_ar: names.ar, iso_n3: id },
      geometry: { type: 'Point', coordinates },
    });
  }

  features.sort(compareFeatures);
  return { type: 'FeatureCollection', bbox: [...bbox], features };
}

/**
 * Serialises a basemap to the committed text: one feature per line, property keys sorted, a
 * trailing newline. Stable key order makes the bytes depend on the data only.
 *
 * @param basemap - the output of {@link buildBasemap}
 * @returns the file contents, UTF-8 text
 */
export function serializeBasemap(basemap: Basemap): string {
  const lines = basemap.features.map((f) => {
    const properties = Object.fromEntries(
      Object.entries(f.properties).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
    const geometry = { type: f.geometry.type, coordinates: f.geometry.coordinates };
    return JSON.stringify({ type: 'Feature', properties, geometry });
  });
  return (
    `{"type":"FeatureCollection","bbox":${JSON.stringify(basemap.bbox)},"features":[\n` +
    `${lines.join(',\n')}\n]}\n`
  );
}

/**
 * Reads and checks a TopoJSON file.
 *
 * @param path - file to read
 * @param objectName - the object the file must hold, e.g. `countries`
 * @returns the parsed topology
 * @throws Error naming the file and what was wrong: missing, not JSON, or not a topology with
 *   that object
 */
export function readTopology(path: string, objectName: string): Topology {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      `${path}: cannot read the file (${code ?? String(error)}). ` +
        'It comes from the world-atlas package: run npm install.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path}: expected TopoJSON, found invalid JSON (${(error as Error).message})`);
  }
  const topology = data as Partial<Topology> | null;
  if (topology?.type !== 'Topology' || !Array.isArray(topology.arcs) || typeof topology.objects !== 'object') {
    throw new Error(`${path}: expected a TopoJSON Topology with "arcs" and "objects", found something else`);
  }
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new Error(
      `${path}: expected objects.${objectName} to be a GeometryCollection, found ${object ? object.type : 'nothing'}`,
    );
  }
  return data as Topology;
}

/** world-atlas gives each country a `name`; land has no properties. */
type AtlasProperties = { name?: string };

function requireObject(topology: Topology, name: string): GeometryCollection<AtlasProperties> {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') {
    throw new Error(`expected objects.${name} to be a GeometryCollection, found ${object ? object.type : 'nothing'}`);
  }
  return object as GeometryCollection<AtlasProperties>;
}

/** The polygons (as ring lists) of a Feature or FeatureCollection, in input order. */
function polygonsOf(input: Feature | FeatureCollection): Position[][][] {
  const features = input.type === 'FeatureCollection' ? input.features : [input];
  const out: Position[][][] = [];
  for (const f of features) {
    const g = f.geometry;
    if (g?.type === 'Polygon') out.push(g.coordinates);
    else if (g?.type === 'MultiPolygon') out.push(...(g as MultiPolygon).coordinates);
  }
  return out;
}

function polygonOf(rings: Position[][]): Feature<Polygon> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
}

function lineOf(coordinates: Position[]): Feature<LineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

/** Cheap rejection by bounding box, so the world's other shapes are never clipped. */
function ringIntersects(ring: Position[] | undefined, box: BBox): boolean {
  if (!ring || ring.length === 0) return false;
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x = 0, y = 0] of ring) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  return w <= box[2] && e >= box[0] && s <= box[3] && n >= box[1];
}

/**
 * Clips a polygon ring by ring. Holes outside the box are dropped; a polygon whose outer ring
 * falls outside is dropped whole (bboxClip alone would promote a surviving hole to outer ring).
 */
function clipRings(rings: Position[][], box: BBox): Position[][] | null {
  const out: Position[][] = [];
  for (const [index, ring] of rings.entries()) {
    const clipped = ringIntersects(ring, box) ? clipRing(ring, box) : null;
    if (index === 0 && !clipped) return null;
    if (clipped) out.push(clipped);
  }
  return out;
}

function clipRing(ring: Position[], box: BBox): Position[] | null {
  const clipped = bboxClip(polygonOf([ring]), box).geometry;
  const result = clipped.type === 'Polygon' ? clipped.coordinates[0] : undefined;
  return result && result.length >= 4 && ringArea(result) !== 0 ? result : null;
}

function clipLine(line: Position[], box: BBox): Position[][] {
  const clipped = bboxClip(lineOf(line), box).geometry;
  if (clipped.type === 'LineString') return clipped.coordinates.length >= 2 ? [clipped.coordinates] : [];
  if (clipped.type === 'MultiLineString') return clipped.coordinates.filter((l) => l.length >= 2);
  return [];
}

/**
 * Rotates a closed ring to start at a vertex outside the box, so that clipping it as a line does
 * not split one stretch of coast in two at the ring's arbitrary start.
 */
function startOutside(ring: Position[], box: BBox): Position[] {
  const open = ring.slice(0, -1);
  const start = open.findIndex(([x = 0, y = 0]) => x < box[0] || x > box[2] || y < box[1] || y > box[3]);
  if (start <= 0) return ring;
  const rotated = [...open.slice(start), ...open.slice(0, start)];
  return [...rotated, rotated[0] as Position];
}

function round(value: number, precision: number): number {
  const factor = 10 ** precision;
  // `+ 0` turns -0 into 0 so that the JSON never holds "-0".
  return Math.round(value * factor) / factor + 0;
}

/** Rounds positions and drops the repeats rounding creates. */
function roundPositions(positions: Position[], precision: number): Position[] {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of positions) {
    const p = [round(x, precision), round(y, precision)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundLine(line: Position[], precision: number): Position[] | null {
  const rounded = roundPositions(line, precision);
  return rounded.length >= 2 ? rounded : null;
}

/**
 * Rounds rings and winds them as RFC 7946 asks (outer counter-clockwise, holes clockwise);
 * returns null when rounding collapses the outer ring.
 */
function roundRings(rings: Position[][], precision: number): Position[][] | null {
  const out: Position[][] = [];
  for (const [index, ring] of rings.entries()) {
    const rounded = roundPositions(ring, precision);
    const area = ringArea(rounded);
    if (rounded.length < 4 || area === 0) {
      if (index === 0) return null;
      continue;
    }
    const wantCounterClockwise = index === 0;
    out.push(area > 0 === wantCounterClockwise ? rounded : rounded.reverse());
  }
  return out;
}

/** Signed shoelace area in square degrees: positive when counter-clockwise. */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i - 1] as Position;
    const [x1 = 0, y1 = 0] = ring[i] as Position;
    sum += x0 * y1 - x1 * y0;
  }
  return sum / 2;
}

/** A label point inside the country's part of the box: its centre of mass when that is inside. */
function labelPoint(shape: Feature<MultiPolygon>): Position {
  const centre = centerOfMass(shape);
  if (booleanPointInPolygon(centre, shape)) return centre.geometry.coordinates;
  return pointOnFeature(shape).geometry.coordinates;
}

function makeFeature(
  geometry: Polygon | LineString,
  layer: BasemapLayer,
  source: string,
): BasemapFeature {
  return { type: 'Feature', properties: { layer, source }, geometry };
}

/** Layer order first, then the serialised feature: any total order works, this one is stable. */
function compareFeatures(a: BasemapFeature, b: BasemapFeature): number {
  const byLayer = LAYER_ORDER.indexOf(a.properties.layer) - LAYER_ORDER.indexOf(b.properties.layer);
  if (byLayer !== 0) return byLayer;
  const ka = JSON.stringify([a.properties.name_en ?? '', a.geometry]);
  const kb = JSON.stringify([b.properties.name_en ?? '', b.geometry]);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Runs the command line: build, then write or (with `--check`) compare. */
export function main(argv: readonly string[], root = resolve(dirname(fileURLToPath(import.meta.url)), '../..'), io: CliIo = PROCESS_IO): number {
  const args = parseCliArgs(argv, {
    command: 'npm run geo:basemap --',
    usage: ['[--check]'],
    description: `Builds geo/basemap.geojson (land, coastline, borders and country labels for the region) from
Natural Earth 1:10m, as the world-atlas package ships it.

  --check   write nothing; exit 1 if geo/basemap.geojson is stale
  --help    print this and exit`,
    options: { check: { type: 'boolean' } },
  }, io);
  if ('exitCode' in args) return args.exitCode;
  const countriesPath = resolve(root, 'node_modules/world-atlas/countries-10m.json');
  const landPath = resolve(root, 'node_modules/world-atlas/land-10m.json');
  const outPath = resolve(root, 'geo/basemap.geojson');
  const shown = (path: string) => relative(process.cwd(), path) || path;

  const basemap = buildBasemap(readTopology(countriesPath, 'countries'), readTopology(landPath, 'land'));
  const text = serializeBasemap(basemap);

  if (args.values.check) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      // A missing file is simply stale.
    }
    if (current !== text) {
      io.err(`${shown(outPath)} is stale: run npm run geo:basemap`);
      return 1;
    }
    io.out(`${shown(outPath)} is up to date`);
    return 0;
  }

  writeFileAtomic(outPath, text);
  const counts = LAYER_ORDER.map(
    (layer) => `${basemap.features.filter((f) => f.properties.layer === layer).length} ${layer}`,
  ).join(', ');
  io.out(`wrote ${shown(outPath)}: ${Buffer.byteLength(text)} bytes, ${counts}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.error(`build-basemap: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
