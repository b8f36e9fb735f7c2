import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteer } from '../../../../src/core/gazetteer/load-gazetteer.ts';
import type { Gazetteer, Place, PlaceKind } from '../../../../src/core/types.ts';
import { ROOT, projectGazetteer } from '../project.ts';

/**
 * The OpenStreetMap extract of 910 Libyan settlements the gazetteer's generated layer comes from:
 * `../shared/reference/` beside the clone, or the shared folder of this workplace.
 */
export const OSM_REFERENCE: string =
  [join(ROOT, '../shared/reference/osm-libya-places.json'), '/work/shared/reference/osm-libya-places.json'].find((p) => existsSync(p)) ?? join(ROOT, '../shared/reference/osm-libya-places.json');

interface OsmNode {
  id: number;
  lat: number;
  lon: number;
  tags: Record<string, string>;
}

const ARABIC = /[\u0600-\u06ff]/;

/**
 * Builds Place objects from the OSM reference extract, as the generated layer will hold them
 * (layer `osm`, kind from the `place` tag, `population` where tagged), leaving out nodes a
 * curated entry already cites as its source. Used to measure the matching rules against the
 * bigger gazetteer before its import lands.
 */
export function simulateOsmLayer(curated: Gazetteer, path: string | URL = OSM_REFERENCE): Place[] {
  const data = JSON.parse(readFileSync(path, 'utf8')) as { elements: OsmNode[] };
  const cited = new Set(curated.places.map((p) => p.source));
  const out: Place[] = [];
  for (const node of data.elements) {
    if (cited.has(`osm:node/${node.id}`)) continue;
    const t = node.tags;
    const ar = [t['name:ar'], ARABIC.test(t.name ?? '') ? t.name : undefined, t['alt_name:ar']].filter((n): n is string => !!n);
    const en = [t['name:en'], !ARABIC.test(t.name ?? '') ? t.name : undefined, t.int_name].filter((n): n is string => !!n && !ARABIC.test(n));
    if (ar.length === 0 && en.length === 0) continue;
    const population = Number(t.population);
    out.push({
      id: `osm-${node.id}`,
      ar: [...new Set(ar)],
      en: [...new Set(en)],
      lat: node.lat,
      lon: node.lon,
      kind: (t.place ?? 'village') as PlaceKind,
      admin: 'libya',
      precisionKm: 2,
      precisionCode: 1,
      source: `osm:node/${node.id}`,
      layer: 'osm',
      ...(Number.isFinite(population) && population > 0 ? { population } : {}),
    });
  }
  return out;
}

/**
 * The gazetteer the reporting benchmark and tests use: the project's (curated, plus the
 * generated layer once it exists), or the one at `path`. With `simulateOsm`, the OSM reference
 * extract is added as a simulated generated layer.
 */
export function loadProjectGazetteer(path?: string, options: { simulateOsm?: boolean } = {}): Gazetteer {
  const gazetteer = path ? loadGazetteer({ path, text: readFileSync(path, 'utf8') }) : projectGazetteer();
  if (!options.simulateOsm || gazetteer.places.some((p) => p.layer === 'osm')) return gazetteer;
  return { ...gazetteer, places: [...gazetteer.places, ...simulateOsmLayer(gazetteer)] };
}
