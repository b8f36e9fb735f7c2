import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORT_PATHS, main } from '../../../src/cli/import-gazetteer.ts';
import { ROOT } from '../helpers/project.ts';

// The command on the committed fixture (tests/fixtures/gazetteer-import/in/libya-sample), in a
// scratch project whose curated gazetteer is the fixture's: CI has no ../shared, so the real
// extract is never read here.
const CASE = join(ROOT, 'tests/fixtures/gazetteer-import/in/libya-sample');
const EXPECTED = join(ROOT, 'tests/fixtures/gazetteer-import/out');
let dir: string;
let out: string[];
let err: string[];
const io = { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s) };
const layer = (): string => join(dir, IMPORT_PATHS.layer);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cm-import-'));
  mkdirSync(join(dir, 'geo'));
  cpSync(join(CASE, 'gazetteer.yaml'), join(dir, IMPORT_PATHS.curated));
  cpSync(join(ROOT, 'geo/wordlists'), join(dir, 'geo/wordlists'), { recursive: true });
  cpSync(join(CASE, 'extract.json'), join(dir, 'extract.json'));
  out = [];
  err = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run gazetteer:import', () => {
  it('main(["--source", extract]) writes the generated layer and prints the full report', () => {
    expect(main(['--source', 'extract.json'], dir, io)).toBe(0);
    expect(readFileSync(layer(), 'utf8')).toBe(readFileSync(join(EXPECTED, 'libya-sample.osm.yaml'), 'utf8'));
    const printed = out.join('\n');
    expect(printed).toContain(readFileSync(join(EXPECTED, 'libya-sample.report.txt'), 'utf8').trimEnd());
    expect(out.at(-1)).toMatch(/^wrote geo\/gazetteer\.osm\.yaml \(\d+ bytes\)$/);
    expect(err).toEqual([]);
  });
  it('--report <file> writes the report there and prints the summary only', () => {
    expect(main(['--source', 'extract.json', '--report', 'report.txt'], dir, io)).toBe(0);
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe(readFileSync(join(EXPECTED, 'libya-sample.report.txt'), 'utf8'));
    expect(out[0]).toBe('23 OSM nodes read.');
    expect(out.join('\n')).not.toContain('## Merged');
  });
  it('--check passes on a fresh layer, fails on a stale or missing one, and writes nothing', () => {
    expect(main(['--source', 'extract.json', '--check'], dir, io)).toBe(1);
    expect(err).toEqual(['geo/gazetteer.osm.yaml: stale or missing; run "npm run gazetteer:import" and commit the result.']);
    expect(existsSync(layer())).toBe(false);
    main(['--source', 'extract.json'], dir, io);
    err = [];
    expect(main(['--source', 'extract.json', '--check'], dir, io)).toBe(0);
    expect(out.at(-1)).toBe('geo/gazetteer.osm.yaml: up to date.');
    writeFileSync(layer(), readFileSync(layer(), 'utf8').replace('precision_km: 1.5', 'precision_km: 2'));
    expect(main(['--source', 'extract.json', '--check'], dir, io)).toBe(1);
  });
  it('names a missing extract and writes nothing', () => {
    expect(main([], dir, io)).toBe(1);
    expect(err).toEqual([`${IMPORT_PATHS.source}: file not found (the OpenStreetMap extract lives in the shared reference folder beside the repository; pass --source <path>)`]);
    expect(readdirSync(join(dir, 'geo')).sort()).toEqual(['gazetteer.yaml', 'wordlists']);
  });
  it('refuses a malformed extract with every problem and keeps the previous layer', () => {
    main(['--source', 'extract.json'], dir, io);
    const before = readFileSync(layer(), 'utf8');
    writeFileSync(join(dir, 'extract.json'), readFileSync(join(dir, 'extract.json'), 'utf8').replace('"lat": 32.8924273', '"lat": 132.8924273'));
    err = [];
    expect(main(['--source', 'extract.json'], dir, io)).toBe(1);
    expect(err).toEqual(['extract.json:6: elements[0].lat: not a latitude (expected a number from -90 to 90, found 132.8924273)', 'gazetteer:import: 1 problem(s); nothing written.']);
    expect(readFileSync(layer(), 'utf8')).toBe(before);
    expect(readdirSync(join(dir, 'geo')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
