import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../../src/core/gazetteer/load-gazetteer.ts';
import type { Gazetteer } from '../../../src/core/types.ts';

/** Absolute path of the project root. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Reads a project file as UTF-8. */
export function readProjectFile(path: string): string {
  return readFileSync(new URL(path, `file://${ROOT}`), 'utf8');
}

/** The project's gazetteer, loaded and checked. */
export function projectGazetteer(): Gazetteer {
  return loadGazetteer({ path: 'geo/gazetteer.yaml', text: readProjectFile('geo/gazetteer.yaml') });
}
