import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readGazetteer } from '../../../src/cli/read-gazetteer.ts';
import type { Gazetteer } from '../../../src/core/types.ts';

/** Absolute path of the project root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a project file as UTF-8. */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, `file://${ROOT}`), 'utf8');
}

/**
 * The project's gazetteer, loaded and checked: the curated file and the generated OpenStreetMap
 * layer, as the pipeline loads them; or, with `curatedOnly`, the curated file alone.
 */
export function projectGazetteer(options: { curatedOnly?: boolean } = {}): Gazetteer {
  return readGazetteer(ROOT, options.curatedOnly ? { osm: null } : {});
}
