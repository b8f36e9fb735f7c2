import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/geocode.ts';
import { ROOT, projectGazetteer } from '../helpers/project.ts';

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
    // Two imported places whose Arabic name is theirs alone and needs no trigger word: one with
    // an English name, one without (its name_en falls back to the Arabic). Taken from the layer,
    // since curators may take any given place over.
    const places = projectGazetteer().places;
    const uses = new Map<string, number>();
    for (const p of places) for (const n of p.ar) uses.set(n, (uses.get(n) ?? 0) + 1);
    const pick = (withEnglish: boolean) =>
      places.find((p) => p.layer === 'osm' && !p.needsTrigger && p.ar.length === 1 && p.ar[0]!.includes(' ') && uses.get(p.ar[0]!) === 1 && (p.en.length > 0) === withEnglish)!;
    const [named, arabicOnly] = [pick(true), pick(false)];
    const dir = mkdtempSync(join(tmpdir(), 'cm-geocode-'));
    try {
      const file = join(dir, 'note.txt');
      // A village of the generated layer counts with evidence that it is a place here: a trigger word.
      writeFileSync(file, `وصلت التعزيزات إلى منطقة ${named.ar[0]} ثم إلى منطقة ${arabicOnly.ar[0]} صباح اليوم.\n`);
      const full = check(geocode([file]).out) as FeatureCollection;
      expect(full.features.map((f) => [f.properties?.id, f.properties?.source, f.properties?.name_en]).sort()).toEqual(
        [[named.id, named.source, named.en[0]], [arabicOnly.id, arabicOnly.source, arabicOnly.ar[0]]].sort(),
      );
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
