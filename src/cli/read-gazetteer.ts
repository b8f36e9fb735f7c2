import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ValidationError } from '../core/errors.ts';
import { loadGazetteerLayers } from '../core/gazetteer/load-gazetteer.ts';
import type { Gazetteer } from '../core/types.ts';

/** The gazetteer's files, relative to the project root. */
export const GAZETTEER_FILES = {
  /** Written by hand, entry by entry. */
  curated: 'geo/gazetteer.yaml',
  /** Generated from OpenStreetMap by `npm run gazetteer:import`. */
  osm: 'geo/gazetteer.osm.yaml',
} as const;

/** Which files {@link readGazetteer} reads. */
export interface GazetteerFiles {
  /** @defaultValue {@link GAZETTEER_FILES}.curated */
  curated?: string;
  /** The generated layer, or null for the curated file alone. @defaultValue {@link GAZETTEER_FILES}.osm */
  osm?: string | null;
}

/**
 * Reads the project's gazetteer, the curated file and the generated OpenStreetMap layer, and
 * loads them as one (`loadGazetteerLayers`): what the pipeline, `npm run geocode`, the benchmarks
 * and the tests all use.
 *
 * @param root - the project root; paths are relative to it
 * @throws ValidationError naming a missing file, or every problem in the files
 */
export function readGazetteer(root: string, files: GazetteerFiles = {}): Gazetteer {
  const curated = files.curated ?? GAZETTEER_FILES.curated;
  const osm = files.osm === undefined ? GAZETTEER_FILES.osm : files.osm;
  const read = (path: string): { path: string; text: string } => {
    if (!existsSync(resolve(root, path))) throw new ValidationError([{ file: path, message: 'file not found' }]);
    return { path, text: readFileSync(resolve(root, path), 'utf8') };
  };
  return loadGazetteerLayers(read(curated), osm === null ? [] : [{ file: read(osm), layer: 'osm' }]);
}
