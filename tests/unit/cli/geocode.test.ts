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

describe('npm run geocode', () => {
  it('geocodes an article file and prints a valid FeatureCollection with mentions', () => {
    const { code, out, err } = geocode(['content/haftar-macron-2019-05-13/ar.md']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const fc = check(out) as FeatureCollection;
    const ids = fc.features.map((f) => f.properties?.id);
    expect(ids).toContain('ain-zara');
    expect(ids).toContain('gharyan');
    const ainZara = fc.features.find((f) => f.properties?.id === 'ain-zara')!;
    expect(ainZara.properties!.mentions).toEqual([{ paragraph: 'p4', start: expect.any(Number), end: expect.any(Number), text: 'عين زاره' }]);
  });
  it('geocodes a plain text file, numbering its paragraphs, and warns about unknown names on stderr', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-geocode-'));
    try {
      const file = join(dir, 'note.txt');
      writeFileSync(file, 'اشتباكات في محيط ترهونة.\n\nتقدمت القوات في منطقة الفلانية وفي حي عين زارة.\n');
      const { code, out, err } = geocode([file]);
      expect(code).toBe(0);
      const fc = check(out) as FeatureCollection;
      expect(fc.features.map((f) => [f.properties?.id, f.properties?.mentions[0].paragraph])).toEqual([['ain-zara', 'p2'], ['tarhuna', 'p1']]);
      expect(err).toHaveLength(1);
      expect(err[0]).toMatch(/note\.txt: warning: p2 \[\d+-\d+\] "الفلانية": follows "منطقة" but is not in the gazetteer$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('uses the generated OpenStreetMap layer too, unless --curated-only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cm-geocode-'));
    try {
      const file = join(dir, 'note.txt');
      writeFileSync(file, 'وصلت التعزيزات إلى سرت ثم إلى الحويجات.\n');
      const full = check(geocode([file]).out) as FeatureCollection;
      expect(full.features.map((f) => [f.properties?.id, f.properties?.source, f.properties?.name_en])).toEqual([
        ['al-hwyjat', 'osm:node/11376131386', 'الحويجات'],
        ['sirte', 'osm:node/299616414', 'Sirte'],
      ]);
      expect((check(geocode([file, '--curated-only']).out) as FeatureCollection).features).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('prints usage without a file and names a missing file', () => {
    expect(geocode([]).code).toBe(2);
    const missing = geocode(['nope.md']);
    expect(missing.code).toBe(1);
    expect(missing.err).toEqual(['nope.md: file not found']);
  });
});
