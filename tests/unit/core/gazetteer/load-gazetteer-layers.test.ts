import { describe, expect, it } from 'vitest';
import { ValidationError, formatIssue } from '../../../../src/core/errors.ts';
import { loadGazetteer, loadGazetteerLayers } from '../../../../src/core/gazetteer/load-gazetteer.ts';
import { placeName } from '../../../../src/core/gazetteer/place-name.ts';
import { readGazetteerLayer } from '../../../../src/core/gazetteer/read-gazetteer-layer.ts';
import { parseYaml } from '../../../../src/core/yaml/parse-yaml.ts';
import { readProjectFile } from '../../helpers/project.ts';

const CURATED = `region: [9.5, 30.0, 17.0, 34.0]
places:
  - id: libya
    ar: [ليبيا]
    en: [Libya]
    lat: 28.0
    lon: 17.0
    kind: country
    admin: null
    precision_km: 250
    precision_code: 3
    source: geonames:2215636
    extent_km: 1200
  - id: gharyan
    ar: [غريان]
    en: [Gharyan]
    lat: 32.17222
    lon: 13.02028
    kind: city
    admin: libya
    precision_km: 2
    precision_code: 1
    source: geonames:2217362
    pcode: LY-18-10101
`;
const LAYER = `# generated
places:
  - id: al-mshashta
    ar: [المشاشطة]
    en: []
    lat: 32.50511
    lon: 12.85031
    kind: town
    admin: libya
    precision_km: 2
    precision_code: 1
    source: osm:node/1565509417
    population: 1200
  - id: al-alawinah
    ar: []
    en: [Al Alawinah]
    lat: 32.61
    lon: 13.22
    kind: village
    admin: libya
    precision_km: 1.5
    precision_code: 1
    source: osm:node/1565508940
    needs_trigger: true
    geonames: 2219999
`;

function load(curated: string, layer: string): string[] {
  try {
    loadGazetteerLayers({ path: 'geo/gazetteer.yaml', text: curated }, [{ file: { path: 'geo/gazetteer.osm.yaml', text: layer }, layer: 'osm' }]);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
}

describe('loadGazetteerLayers', () => {
  it('loads the curated file and a generated layer as one gazetteer, curated first, each place tagged with its layer', () => {
    const g = loadGazetteerLayers({ path: 'geo/gazetteer.yaml', text: CURATED }, [{ file: { path: 'geo/gazetteer.osm.yaml', text: LAYER }, layer: 'osm' }]);
    expect(g.region).toEqual([9.5, 30, 17, 34]);
    expect(g.places.map((p) => [p.id, p.layer])).toEqual([['libya', 'curated'], ['gharyan', 'curated'], ['al-mshashta', 'osm'], ['al-alawinah', 'osm']]);
    expect(g.places[1]).toMatchObject({ pcode: 'LY-18-10101' });
    expect(g.places[2]).toMatchObject({ ar: ['المشاشطة'], en: [], population: 1200 });
    expect(g.places[3]).toMatchObject({ needsTrigger: true, geonames: 2219999 });
  });
  it('loadGazetteer(file) loads the curated file alone', () => {
    expect(loadGazetteer({ path: 'geo/gazetteer.yaml', text: CURATED }).places.map((p) => p.layer)).toEqual(['curated', 'curated']);
  });
  it('refuses an id used in both files, naming both', () => {
    expect(load(CURATED, LAYER.replace('id: al-alawinah', 'id: gharyan'))).toEqual(['geo/gazetteer.osm.yaml:14: places[1].id: duplicate id "gharyan" (first on geo/gazetteer.yaml:14)']);
  });
  it('checks the generated layer like the curated file, naming the layer and its line', () => {
    expect(load(CURATED, LAYER.replace('admin: libya\n    precision_km: 1.5', 'admin: tripoli\n    precision_km: 1.5'))).toEqual([
      'geo/gazetteer.osm.yaml:20: places[1].admin: unknown admin parent (expected the id of a gazetteer entry, found "tripoli")',
    ]);
    expect(load(CURATED, LAYER.replace('lat: 32.61', 'lat: 13.22').replace('lon: 13.22', 'lon: 32.61'))).toEqual([
      'geo/gazetteer.osm.yaml:17: places[1].lat: coordinates lie 2306 km from admin parent "libya", outside its extent (expected within 1200 km of 28, 17, found 13.22, 32.61)',
    ]);
    expect(load(CURATED, LAYER.replace('kind: town', 'kind: metropolis'))).toEqual([
      'geo/gazetteer.osm.yaml:8: places[0].kind: not an allowed value (expected one of "capital", "city", "town", "village", "hamlet", "neighbourhood", "suburb", "airport", "military-base", "camp", "road-area", "axis", "landmark", "district", "region", "country", found "metropolis")',
    ]);
  });
  it('lets a generated place leave one language empty, but not both', () => {
    expect(load(CURATED, LAYER.replace('ar: [المشاشطة]', 'ar: []'))).toEqual([
      'geo/gazetteer.osm.yaml:4: places[0].ar: a place needs a name (expected at least one Arabic or English name, found ar: [], en: [])',
    ]);
  });
  it('still wants both languages in the curated file, and the region there only', () => {
    expect(load(CURATED.replace('en: [Gharyan]', 'en: []'), LAYER)).toEqual(['geo/gazetteer.yaml:16: places[1].en: must NOT have fewer than 1 items (found [])']);
    expect(load(CURATED, `region: [9.5, 30.0, 17.0, 34.0]\n${LAYER}`)).toEqual(['geo/gazetteer.osm.yaml:1: region: unknown field']);
  });
});

describe('placeName', () => {
  it('placeName(place, lang) is the first name in that language, else the first in the other', () => {
    expect(placeName({ ar: ['غريان'], en: ['Gharyan'] }, 'en')).toBe('Gharyan');
    expect(placeName({ ar: ['المشاشطة'], en: [] }, 'en')).toBe('المشاشطة');
    expect(placeName({ ar: [], en: ['Al Alawinah'] }, 'ar')).toBe('Al Alawinah');
  });
});

describe('readGazetteerLayer', () => {
  const committed = { path: 'geo/gazetteer.osm.yaml', text: readProjectFile('geo/gazetteer.osm.yaml') };

  it('reads the committed generated layer exactly as the YAML library does, lines included', () => {
    const fast = readGazetteerLayer(committed);
    const slow = parseYaml(committed);
    expect(fast).not.toBeNull();
    expect(fast!.data).toEqual(slow.data);
    const places = (slow.data as { places: Array<Record<string, unknown>> }).places;
    for (const i of [0, 1, Math.floor(places.length / 2), places.length - 1]) {
      for (const key of Object.keys(places[i]!)) expect(fast!.lineOf(['places', i, key]), `places[${i}].${key}`).toBe(slow.lineOf(['places', i, key]));
    }
    expect(fast!.lineOf(['places'])).toBe(slow.lineOf(['places']));
  });
  it('reads every kind of value the import writes: quoted names, empty lists, numbers, booleans', () => {
    const text = '# c\nplaces:\n  - id: a\n    ar: []\n    en: ["Zawiya, west", Bi\'r al Ghanam, "null"]\n    lat: -32.5\n    needs_trigger: true\n    pcode: LY-30-10762\n    source: osm:node/1\n';
    const fast = readGazetteerLayer({ path: 'x.yaml', text });
    expect(fast!.data).toEqual(parseYaml({ path: 'x.yaml', text }).data);
  });
  it('gives null for anything else, so the YAML library reads it: block lists, other keys, a plain word YAML reads otherwise', () => {
    for (const text of ['places:\n  - id: a\n    ar:\n      - x\n', 'region: [1, 2, 3, 4]\nplaces: []\n', 'places:\n  - id: a\n    en: [yes]\n', 'places:\n  - id: a\n    id: b\n']) {
      expect(readGazetteerLayer({ path: 'x.yaml', text }), text).toBeNull();
    }
  });
  it('a hand-edited layer still loads, through the YAML library', () => {
    const g = loadGazetteerLayers({ path: 'geo/gazetteer.yaml', text: CURATED }, [{ file: { path: 'geo/gazetteer.osm.yaml', text: LAYER.replace('ar: [المشاشطة]', 'ar:\n      - المشاشطة') }, layer: 'osm' }]);
    expect(g.places[2]).toMatchObject({ ar: ['المشاشطة'], layer: 'osm' });
  });
});
