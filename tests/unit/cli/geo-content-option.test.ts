import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli/geo.ts';
import { ROOT } from '../helpers/project.ts';

// `npm run geo -- --content DIR --out DIR`: an exported article tried out in a folder of its own,
// with the places its gazetteer-addition.yaml brings.
let dir: string;
let errors: string[];

const ADDITION = `places:
  - id: south-tripoli-front
    ar: [جنوب طرابلس]
    en: [southern Tripoli]
    lat: 32.78
    lon: 13.2
    kind: neighbourhood
    admin: tripoli-district
    precision_km: 8
    precision_code: 2
    source: manual:haftar-macron-2019-05-13
    note: Point set by hand on the authoring page's map.
`;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-geo-content-'));
  mkdirSync(join(dir, 'content'));
  cpSync(join(ROOT, 'content/parties.yaml'), join(dir, 'content/parties.yaml'));
  cpSync(join(ROOT, 'content/haftar-macron-2019-05-13'), join(dir, 'content/haftar-macron-2019-05-13'), { recursive: true });
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((s: string) => void errors.push(s));
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run geo -- --content DIR --out DIR', () => {
  it('reads the article folder\'s gazetteer-addition.yaml: its place is found in the text and written to DIR', () => {
    writeFileSync(join(dir, 'content/haftar-macron-2019-05-13/gazetteer-addition.yaml'), ADDITION);
    expect(main(['--content', join(dir, 'content'), '--out', join(dir, 'geo')], ROOT)).toBe(0);
    expect(errors).toEqual([]);
    const places = JSON.parse(readFileSync(join(dir, 'geo/haftar-macron-2019-05-13.geojson'), 'utf8')) as { features: Array<{ id: string; properties: { source: string; mentions: Array<{ paragraph: string; text: string }> } }> };
    const added = places.features.find((f) => f.id === 'south-tripoli-front');
    expect(added?.properties.source).toBe('manual:haftar-macron-2019-05-13');
    expect(added?.properties.mentions.map((m) => `${m.paragraph}:${m.text}`)).toContain('p3:جنوب طرابلس');
    expect(existsSync(join(dir, 'geo/claims.geojson'))).toBe(true);
  }, 30_000);
  it('refuses an addition whose id the gazetteer has, with its file and line, and writes nothing', () => {
    writeFileSync(join(dir, 'content/haftar-macron-2019-05-13/gazetteer-addition.yaml'), ADDITION.replace('south-tripoli-front', 'tarhuna'));
    expect(main(['--content', join(dir, 'content'), '--out', join(dir, 'geo')], ROOT)).toBe(1);
    expect(errors[0]).toMatch(/content\/haftar-macron-2019-05-13\/gazetteer-addition\.yaml:2: places\[0\]\.id: duplicate id "tarhuna" \(already in geo\/gazetteer\.yaml\)/);
    expect(existsSync(join(dir, 'geo'))).toBe(false);
  });
});
