/**
 * Measures the Latin folding key: the share of variant pairs (tests/fixtures/latin-key/pairs.yaml)
 * whose keys are equal, and the hits it brings on English text that names no Libyan place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseArticleMarkdown } from '../../src/core/content/parse-article-markdown.ts';
import { createGeoparser, geoparseText } from '../../src/core/geoparser/index.ts';
import { latinKey } from '../../src/core/text/latin-key.ts';
import { normaliseName } from '../../src/core/text/normalise.ts';
import type { Gazetteer } from '../../src/core/types.ts';
import { ROOT } from '../../tests/unit/helpers/project.ts';
import type { PlaceEngine } from '../../tests/unit/helpers/reporting/score-places.ts';
import { isLibyan } from '../../tests/unit/helpers/reporting/score-places.ts';

/** A pair of spellings of one place and where it comes from. */
export interface VariantPair {
  a: string;
  b: string;
  source: string;
}

/** Reads the committed variant pairs. */
export function loadVariantPairs(): VariantPair[] {
  return (parse(readFileSync(join(ROOT, 'tests/fixtures/latin-key/pairs.yaml'), 'utf8')) as { pairs: VariantPair[] }).pairs;
}

/** Equal keys, overall and by source kind (`osm`, `gazetteer`, `dev`). */
export function measurePairs(pairs: readonly VariantPair[]): { equal: number; total: number; bySource: Map<string, [number, number]> } {
  const bySource = new Map<string, [number, number]>();
  let equal = 0;
  for (const p of pairs) {
    const kind = p.source.split(':')[0] as string;
    const counts = bySource.get(kind) ?? [0, 0];
    counts[1]++;
    if (latinKey(p.a) === latinKey(p.b)) {
      equal++;
      counts[0]++;
    }
    bySource.set(kind, counts);
  }
  return { equal, total: pairs.length, bySource };
}

/** English prose naming no Libyan place, by name: the negative snippets are added by the caller. */
export function englishProse(): Array<{ label: string; paragraphs: string[] }> {
  const out: Array<{ label: string; paragraphs: string[] }> = [];
  // The seed's English translation: its places are the 13 the seed names; any other is a false hit.
  const seed = parseArticleMarkdown({ path: 'content/haftar-macron-2019-05-13/en.md', text: readFileSync(join(ROOT, 'content/haftar-macron-2019-05-13/en.md'), 'utf8') });
  out.push({ label: 'seed translation', paragraphs: seed.blocks.map((b) => b.text) });
  // README files of the installed packages: English prose (and code) that names no Libyan place.
  const readmes: string[] = [];
  const modules = join(ROOT, 'node_modules');
  if (existsSync(modules)) {
    for (const d of readdirSync(modules).sort()) {
      const f = join(modules, d, 'README.md');
      if (existsSync(f)) readmes.push(...readFileSync(f, 'utf8').split(/\n\s*\n/));
    }
  }
  out.push({ label: 'package READMEs', paragraphs: readmes });
  return out;
}

const SEED_PLACES = new Set(['tripoli', 'qasr-bin-ghashir', 'wadi-al-rabi', 'ain-zara', 'swani', 'az-zahra', 'al-hira', 'suq-al-khamis', 'gharyan', 'tarhuna', 'paris', 'cairo', 'washington']);

/**
 * On English prose: the names matched by key in a spelling the gazetteer does not list, before
 * evidence (what the key alone would add), and the places finally kept that are false hits
 * (a Libyan place, or in the seed a place it does not name).
 */
export function measureProse(engine: PlaceEngine, prose: ReadonlyArray<{ label: string; paragraphs: readonly string[] }>): Array<{ label: string; bytes: number; keyOnly: string[]; falseHits: string[] }> {
  const gazetteer: Gazetteer = engine.gazetteer;
  const parser = createGeoparser(gazetteer.places);
  const places = new Map(gazetteer.places.map((p) => [p.id, p]));
  const listed = (text: string, ids: readonly string[]): boolean => {
    const n = normaliseName(text).replace(/^(?:al|el) /, '');
    return ids.some((id) => (places.get(id)?.en ?? []).some((e) => [normaliseName(e), normaliseName(e).replace(/^[a-z]+ /, '')].includes(n)));
  };
  return prose.map(({ label, paragraphs }) => {
    const keyOnly: string[] = [];
    const falseHits: string[] = [];
    let bytes = 0;
    for (const text of paragraphs) {
      bytes += Buffer.byteLength(text, 'utf8');
      const r = geoparseText(parser, text, 'p1');
      for (const m of [...r.matches, ...r.pending]) if (!listed(m.text, m.candidates)) keyOnly.push(`${m.text} (${m.candidates.join('|')})`);
      for (const m of engine.locate([{ id: 'p1', text }]).mentions) {
        const p = places.get(m.placeId);
        const wrong = label === 'seed translation' ? !SEED_PLACES.has(m.placeId) : p !== undefined && isLibyan(p, gazetteer);
        if (wrong) falseHits.push(`${m.text} (${m.placeId})`);
      }
    }
    return { label, bytes, keyOnly, falseHits };
  });
}
