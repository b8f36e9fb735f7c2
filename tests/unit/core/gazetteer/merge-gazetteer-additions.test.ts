import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, formatIssue } from '../../../../src/core/errors.ts';
import { loadGazetteer } from '../../../../src/core/gazetteer/load-gazetteer.ts';
import { mergeGazetteerAdditions } from '../../../../src/core/gazetteer/merge-gazetteer-additions.ts';
import { ROOT } from '../../helpers/project.ts';

const base = loadGazetteer({ path: 'geo/gazetteer.yaml', text: readFileSync(join(ROOT, 'geo/gazetteer.yaml'), 'utf8') });
const FILE = 'content/draft/gazetteer-addition.yaml';
const entry = (overrides: string = ''): string => `places:
  - id: south-tripoli-front
    ar: [جنوب طرابلس]
    en: [southern Tripoli]
    lat: 32.78
    lon: 13.2
    kind: neighbourhood
    admin: tripoli-district
    precision_km: 8
    precision_code: 2
    source: manual:draft
    note: Point set by hand on the authoring page's map.
${overrides}`;

function problems(files: Array<{ path: string; text: string }>): string[] {
  try {
    mergeGazetteerAdditions(base, files);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(formatIssue);
    throw error;
  }
  return [];
}

describe('mergeGazetteerAdditions', () => {
  it('mergeGazetteerAdditions(base, [addition]) appends the places, a manual: source accepted', () => {
    const merged = mergeGazetteerAdditions(base, [{ path: FILE, text: entry() }]);
    expect(merged.places).toHaveLength(base.places.length + 1);
    expect(merged.places.at(-1)).toMatchObject({ id: 'south-tripoli-front', precisionKm: 8, precisionCode: 2, source: 'manual:draft', admin: 'tripoli-district' });
    expect(merged.region).toEqual(base.region);
  });
  it('mergeGazetteerAdditions(base, []) is the base itself', () => {
    expect(mergeGazetteerAdditions(base, [])).toBe(base);
  });
  it('refuses an id the gazetteer has, naming the file and line', () => {
    expect(problems([{ path: FILE, text: entry().replace('south-tripoli-front', 'gharyan') }])).toEqual([
      `${FILE}:2: places[0].id: duplicate id "gharyan" (already in geo/gazetteer.yaml) (expected an id no other gazetteer entry has)`,
    ]);
  });
  it('refuses an id two additions share, naming where the first one is', () => {
    expect(problems([{ path: FILE, text: entry() }, { path: 'content/other/gazetteer-addition.yaml', text: entry() }])).toEqual([
      `content/other/gazetteer-addition.yaml:2: places[0].id: duplicate id "south-tripoli-front" (already in ${FILE}:2) (expected an id no other gazetteer entry has)`,
    ]);
  });
  it('refuses an unknown admin parent, a point outside its parent, and a bad source', () => {
    const bad = entry().replace('admin: tripoli-district', 'admin: nowhere').replace('source: manual:draft', 'source: clicked');
    expect(problems([{ path: FILE, text: bad }])).toEqual([
      `${FILE}:11: places[0].source: wrong format (expected a string matching ^(osm:(node|way|relation)/\\d+|geonames:\\d+|ourairports:[A-Z0-9]+|wikidata:Q\\d+|wikipedia:[a-z]{2,3}:[^\\s]+|wikimapia:\\d+|url:https?://[^\\s]+|manual:[a-z0-9]+(-[a-z0-9]+)*)$, found "clicked")`,
    ]);
    expect(problems([{ path: FILE, text: entry().replace('admin: tripoli-district', 'admin: nowhere') }])).toEqual([
      `${FILE}:8: places[0].admin: unknown admin parent (expected the id of a gazetteer entry, found "nowhere")`,
    ]);
    const far = problems([{ path: FILE, text: entry().replace('lat: 32.78', 'lat: 25.78') }]);
    expect(far).toHaveLength(1);
    expect(far[0]).toMatch(/^content\/draft\/gazetteer-addition\.yaml:5: places\[0\]\.lat: coordinates lie \d+ km from admin parent "tripoli-district", outside its extent/);
  });
  it('refuses malformed YAML with its line', () => {
    expect(problems([{ path: FILE, text: 'places:\n  - id: [\n' }])[0]).toMatch(/^content\/draft\/gazetteer-addition\.yaml:\d+: malformed YAML/);
  });
});
