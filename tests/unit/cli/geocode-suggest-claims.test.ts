import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/geocode.ts';
import { ROOT } from '../helpers/project.ts';

function geocode(args: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = main(args, ROOT, { out: (s) => void (out += s), err: (s) => void err.push(s) });
  return { code, out, err };
}

describe('npm run geocode -- --suggest-claims', () => {
  it('adds a suggested_claims array to each place the seed makes a statement about, and to no other', () => {
    const { code, out } = geocode(['--suggest-claims', 'content/haftar-macron-2019-05-13/ar.md']);
    expect(code).toBe(0);
    const fc = check(out) as FeatureCollection;
    const claimed = fc.features.filter((f) => f.properties?.suggested_claims).map((f) => f.properties?.id);
    expect(claimed).toEqual(['ain-zara', 'al-hira', 'az-zahra', 'gharyan', 'qasr-bin-ghashir', 'suq-al-khamis', 'swani', 'tarhuna', 'tripoli', 'wadi-al-rabi']);
    const wadi = fc.features.find((f) => f.properties?.id === 'wadi-al-rabi')!;
    expect(wadi.properties!.suggested_claims).toEqual([
      {
        status: 'control',
        party: 'lna',
        extent: 'half',
        change: 'held',
        evidence: { paragraph: 'p4', quote: 'ويسيطر حفتر على أحياء قصر بن غشير ونصف وادي الربيع', start: 0, end: 50 },
        confidence: expect.any(Number),
        rule: 'ar.held',
        why: expect.arrayContaining(['extent "ونصف" → half']),
      },
    ]);
    // Without the option the output is the plain geocode.
    const plain = check(geocode(['content/haftar-macron-2019-05-13/ar.md']).out) as FeatureCollection;
    expect(plain.features.some((f) => f.properties?.suggested_claims)).toBe(false);
  });
  it('reads a plain English text, with the attribution', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-geocode-claims-'));
    try {
      const file = join(dir, 'note.txt');
      writeFileSync(file, 'Intro without places.\n\nGNA forces retook Gharyan on Wednesday, according to the LNA.\n');
      const fc = check(geocode(['--suggest-claims', file]).out) as FeatureCollection;
      const gharyan = fc.features.find((f) => f.properties?.id === 'gharyan')!;
      expect(gharyan.properties!.suggested_claims).toMatchObject([{ party: 'gna', change: 'retaken', attributed_to: 'the LNA', evidence: { paragraph: 'p2', quote: 'GNA forces retook Gharyan' } }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('names a missing parties file', () => {
    const { code, err } = geocode(['--suggest-claims', '--parties', 'content/nope.yaml', 'content/haftar-macron-2019-05-13/ar.md']);
    expect(code).toBe(1);
    expect(err).toEqual(['content/nope.yaml: file not found (expected the parties and their aliases, e.g. content/parties.yaml)']);
  });
});
