import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, formatIssue } from '../../../../src/core/errors.ts';
import { formatGazetteerLayer } from '../../../../src/core/gazetteer/format-gazetteer-layer.ts';
import { formatImportReport } from '../../../../src/core/gazetteer/format-import-report.ts';
import { importOsmPlaces, type ImportOsmOptions, type ImportResult } from '../../../../src/core/gazetteer/import-osm-places.ts';
import { loadGazetteer, loadGazetteerLayers } from '../../../../src/core/gazetteer/load-gazetteer.ts';
import { readCommonWords } from '../../../../src/core/gazetteer/read-common-words.ts';
import type { Gazetteer } from '../../../../src/core/types.ts';
import { expectGolden } from '../../helpers/golden.ts';
import { ROOT, readProjectFile } from '../../helpers/project.ts';

// Turf-style fixtures: tests/fixtures/gazetteer-import/in/<case>/{extract.json, gazetteer.yaml}
// → out/<case>.osm.yaml (the generated layer) and out/<case>.report.txt. Regenerate on purpose
// with `UPDATE=1 npm test` and review the diff.
const FIXTURES = join(ROOT, 'tests/fixtures/gazetteer-import');
const COMMON_WORDS: ImportOsmOptions['commonWords'] = {
  ar: readCommonWords(readProjectFile('geo/wordlists/frequent-words-ar.txt')),
  en: readCommonWords(readProjectFile('geo/wordlists/frequent-words-en.txt')),
};

function readCase(name: string): { extract: { path: string; text: string }; curated: Gazetteer; curatedFile: { path: string; text: string } } {
  const dir = join(FIXTURES, 'in', name);
  const curatedFile = { path: `in/${name}/gazetteer.yaml`, text: readFileSync(join(dir, 'gazetteer.yaml'), 'utf8') };
  return { extract: { path: `in/${name}/extract.json`, text: readFileSync(join(dir, 'extract.json'), 'utf8') }, curated: loadGazetteer(curatedFile), curatedFile };
}

const sample = readCase('libya-sample');
const result: ImportResult = importOsmPlaces(sample.extract, sample.curated, { commonWords: COMMON_WORDS });
const entry = (node: number) => result.entries.find((e) => e.source === `osm:node/${node}`);
const merge = (node: number) => result.report.merges.find((m) => m.node === node);

describe('importOsmPlaces on fixture extracts', () => {
  for (const name of readdirSync(join(FIXTURES, 'in')).sort()) {
    it(`importOsmPlaces(${name}) gives out/${name}.osm.yaml and out/${name}.report.txt`, () => {
      const { extract, curated } = readCase(name);
      const r = importOsmPlaces(extract, curated, { commonWords: COMMON_WORDS });
      expectGolden(formatGazetteerLayer(r.entries, { source: 'extract.json', osmBase: r.osmBase }), join(FIXTURES, 'out', `${name}.osm.yaml`));
      expectGolden(formatImportReport(r.report), join(FIXTURES, 'out', `${name}.report.txt`));
    });
  }
});

describe('importOsmPlaces', () => {
  it('writes a layer that loads with its curated file, every place tagged layer "osm"', () => {
    const layer = formatGazetteerLayer(result.entries, { source: 'extract.json', osmBase: result.osmBase });
    const gazetteer = loadGazetteerLayers(sample.curatedFile, [{ file: { path: 'out/libya-sample.osm.yaml', text: layer }, layer: 'osm' }]);
    const osm = gazetteer.places.filter((p) => p.layer === 'osm');
    expect(osm.map((p) => p.id)).toEqual(result.entries.map((e) => e.id));
    expect(gazetteer.places.slice(0, sample.curated.places.length).every((p) => p.layer === 'curated')).toBe(true);
  });

  it('is deterministic: the same extract with its elements in another order gives the same layer', () => {
    const data = JSON.parse(sample.extract.text) as { elements: unknown[] };
    const shuffled = { ...data, elements: [...data.elements].reverse() };
    const again = importOsmPlaces({ path: sample.extract.path, text: JSON.stringify(shuffled) }, sample.curated, { commonWords: COMMON_WORDS });
    expect(again.entries).toEqual(result.entries);
    expect(formatImportReport(again.report)).toBe(formatImportReport(result.report));
  });

  it('sorts entries by id, rounds coordinates to 6 decimals and sets precision by kind', () => {
    const ids = result.entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort());
    expect(entry(1565509417)).toMatchObject({ lat: 32.50511, lon: 12.85031, kind: 'town', precision_km: 2, precision_code: 1 });
    expect(entry(299616414)).toMatchObject({ kind: 'city', precision_km: 3 });
    expect(entry(7241078218)).toMatchObject({ kind: 'hamlet', precision_km: 1 });
    expect(entry(1201000002)).toMatchObject({ kind: 'village', precision_km: 1.5 });
  });

  it('leaves out a node whose curated entry names it as source, and reports the names the entry lacks', () => {
    expect(entry(1565510267)).toBeUndefined();
    expect(merge(1565510267)).toMatchObject({ curated: 'ain-zara', by: 'source', newNames: { ar: [], en: ['Ayn Zarah'] } });
  });

  it('leaves out a node close to a curated entry with a name in common, with or without the article', () => {
    expect(entry(1699640925)).toBeUndefined();
    expect(merge(1699640925)).toMatchObject({ curated: 'tripoli', by: 'name', shared: 'طرابلس', newNames: { ar: ['طرابلس الغرب'], en: ['Tripolis'] } });
  });

  it('does not take an airport placed at its town\'s node (precision code 2) for the town: the town merges with its own entry', () => {
    expect(merge(5431087789)).toMatchObject({ curated: 'misrata', by: 'name' });
  });

  it('does not merge a settlement into a curated airport, base or camp of the same name nearby', () => {
    expect(merge(1565510468)).toBeUndefined();
    expect(entry(1565510468)).toMatchObject({ id: 'benina', kind: 'town', needs_trigger: true });
  });

  it('reports a curated source node that lies farther than the entry\'s precision', () => {
    expect(result.report.conflicts).toContainEqual({ type: 'source-far', curated: 'far-source', node: 900000001, km: expect.closeTo(5.56, 1), precisionKm: 1 });
  });

  it('keeps a place that shares a curated name far away, and reports the shared name', () => {
    expect(entry(2817087901)).toMatchObject({ id: 'alzahra', admin: 'libya', needs_trigger: true });
    expect(result.report.conflicts).toContainEqual(expect.objectContaining({ type: 'shared-name', name: 'زهراء', places: [{ id: 'alzahra', layer: 'osm', kind: 'village' }, { id: 'az-zahra', layer: 'curated', kind: 'town' }] }));
  });

  it('reports a kept place within 1 km of a curated place whose names differ', () => {
    expect(result.report.conflicts).toContainEqual(expect.objectContaining({ type: 'near-other-name', id: 'bab-bin-ghashir', curated: 'ain-zara' }));
  });

  it('reads Arabic-only and Latin-only nodes with one list empty, and ids from the romanised Arabic', () => {
    expect(entry(1565509417)).toMatchObject({ id: 'al-mshashta', ar: ['المشاشطة'], en: [] });
    expect(entry(1565508940)).toMatchObject({ id: 'al-alawinah', ar: [], en: ['Al Alawinah'] });
  });

  it('skips a node without a name and a node of another kind, saying why', () => {
    expect(result.report.skipped).toEqual([
      { node: 1300000001, reason: 'place=suburb is not one of city, town, village, hamlet' },
      { node: 2283409170, reason: 'a hamlet without any name' },
    ]);
  });

  it('gives a taken id to the node with the smallest id and appends the node id to the others', () => {
    expect([entry(1565512744)?.id, entry(1565512746)?.id]).toEqual(['suq-al-jumah', 'suq-al-jumah-1565512746']);
  });

  it('splits names written in two scripts, drops a locator after a dash, strips a generic word and drops spellings that normalise alike', () => {
    expect(entry(1170225249)).toMatchObject({ ar: ['كمبوت'], en: ['Kambut', 'Kambot', 'Kambout'] });
    expect(entry(7179243412)).toMatchObject({ ar: ['الخضراء'], en: ['Khadra'] });
    expect(entry(277350253)).toMatchObject({ id: 'shumaykh', ar: ['اشميخ', 'قرية اشميخ'], en: ['Shumaykh', 'Shumaykh Town'] });
  });

  it('adds the other spellings of أبو to an Arabic name: apart, joined, and as Libyan بو', () => {
    expect(entry(1565508866)).toMatchObject({ ar: ['ابوزيان', 'أبو زيان', 'بو زيان', 'بوزيان'], en: ['Abu Zayyan'] });
  });

  it('keeps French, Italian and German transliterations and leaves out other words', () => {
    expect(entry(299616414)?.en).toEqual(['Sirte', 'Syrte', 'Surt']);
    expect(entry(375721059)?.en).toEqual(['Qasr al Qarabulli', 'Garabulli']);
    expect(result.report.rejectedNames).toContainEqual({ node: 375721059, tag: 'name:it', name: 'Castelverde', similarity: expect.closeTo(0.27, 2) });
  });

  it('marks needs_trigger by the four rules: short, nisba, common word, curated namesake; never short for a city', () => {
    const rules = new Map(result.report.needsTrigger.map((t) => [t.id, t.names.map((n) => `${n.name}:${n.rule}`)]));
    expect(rules.get('badr')).toEqual(['بدر:short']);
    expect(rules.get('al-arabi')).toEqual(['العربي:nisba']);
    expect(rules.get('al-abyad')).toEqual(['الأبيض:common-word']);
    expect(rules.get('alzahra')).toEqual(['الزهراء:curated-namesake', 'Zahra:curated-namesake']);
    expect(rules.has('sirte')).toBe(false);
    expect(entry(299616414)?.needs_trigger).toBeUndefined();
  });

  it('chooses the admin parent by OCHA district code, else the nearest containing district, else the country', () => {
    expect(entry(7241078218)?.admin).toBe('tripoli-district');
    expect(entry(1565509417)?.admin).toBe('jafara');
    expect(entry(973776800)?.admin).toBe('libya');
    expect(entry(1170225249)?.admin).toBe('libya');
  });

  it('keeps population, GeoNames id and OCHA p-code', () => {
    expect(entry(299616414)).toMatchObject({ population: 128123 });
    expect(entry(973776800)).toMatchObject({ pcode: 'LY-20-10113', en: ['Al Fuqaha', 'Al Fogaha'] });
  });

  it('refuses a malformed extract, naming the element, the line, what was expected and found', () => {
    const text = '{\n  "elements": [\n    { "type": "node", "id": 1, "lat": 32, "lon": 13, "tags": { "place": "village" } },\n    { "type": "node", "id": 2, "lat": "32.5", "lon": 13, "tags": { "place": "village" } },\n    { "type": "way", "id": 3 }\n  ]\n}\n';
    let error: unknown;
    try {
      importOsmPlaces({ path: 'bad.json', text }, sample.curated, { commonWords: COMMON_WORDS });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map(formatIssue)).toEqual([
      'bad.json:4: elements[1].lat: not a latitude (expected a number from -90 to 90, found "32.5")',
      'bad.json:5: elements[2].type: not a node (expected "node" (the import reads place nodes), found "way")',
    ]);
    expect(() => importOsmPlaces({ path: 'bad.json', text: '[]' }, sample.curated, { commonWords: COMMON_WORDS })).toThrow(/bad\.json:1: elements: not an Overpass API extract/);
  });
});
