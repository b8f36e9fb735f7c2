/**
 * Writes tests/fixtures/latin-key/pairs.yaml: pairs of Latin spellings of the same place, each
 * with its source, to measure the Latin folding key (`npm run bench:places`, and a unit test).
 * Sources: the OpenStreetMap reference extract (name:en against every other Latin-script name tag
 * of the same node), the gazetteer (each entry's first English name against its variants), and
 * the development set (the English name the annotator gave against the form the text writes).
 *
 *   npx tsx bench/lib/collect-latin-pairs.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { normaliseName } from '../../src/core/text/normalise.ts';
import { ROOT } from '../../tests/unit/helpers/project.ts';
import { loadTextSet } from '../../tests/unit/helpers/reporting/load-manifests.ts';
import { OSM_REFERENCE } from '../../tests/unit/helpers/reporting/load-project-gazetteer.ts';
import { projectGazetteer } from '../../tests/unit/helpers/project.ts';

interface Pair {
  a: string;
  b: string;
  source: string;
}

/** Latin script only: letters a–z once accents are stripped, apostrophes, hyphens, spaces. */
const LATIN = /^[\p{Script=Latin}\p{M}\s'’ʼ`´\-.]+$/u;

const pairs: Pair[] = [];
const seen = new Set<string>();
function add(a: string, b: string, source: string): void {
  if (!LATIN.test(a) || !LATIN.test(b)) return;
  if (normaliseName(a) === normaliseName(b)) return;
  const key = [normaliseName(a), normaliseName(b)].sort().join('|');
  if (seen.has(key)) return;
  seen.add(key);
  pairs.push({ a, b, source });
}

const osm = JSON.parse(readFileSync(OSM_REFERENCE, 'utf8')) as { elements: Array<{ id: number; tags: Record<string, string> }> };
for (const node of osm.elements) {
  const en = node.tags['name:en'];
  if (!en) continue;
  for (const [tag, value] of Object.entries(node.tags).sort()) {
    // Transliterations, not declined forms (Lithuanian Gatas) or other alphabets' letters (Kabyle Ɣat).
    if (!/^(name|name:(fr|de|it|es|pt|nl|ca)|int_name|alt_name|old_name)$/.test(tag)) continue;
    for (const v of value.split(';')) add(en, v.trim(), `osm:node/${node.id} name:en / ${tag}`);
  }
}
for (const place of projectGazetteer().places) {
  const [first, ...rest] = place.en;
  for (const v of rest) add(first as string, v, `gazetteer:${place.id}`);
}
for (const text of loadTextSet('dev').filter((t) => t.language === 'en')) {
  for (const s of text.snippets) {
    for (const m of s.mentions) {
      const gold = text.places.find((p) => p.id === m.place);
      if (gold?.en) add(gold.en.replace(/\s*\(.*\)$/, ''), m.text, `dev:${text.id}`);
    }
  }
}

const header = `# Pairs of Latin spellings of one place, with their source, for measuring the Latin folding key
# (src/core/text/latin-key.ts). Written by bench/lib/collect-latin-pairs.ts from the OpenStreetMap
# reference extract (© OpenStreetMap contributors, ODbL), the gazetteer and the development set;
# pairs that normalise alike (case, accents) are left out. ${pairs.length} pairs.\n`;
writeFileSync(join(ROOT, 'tests/fixtures/latin-key/pairs.yaml'), header + stringify({ pairs }, { lineWidth: 0 }));
console.log(`${pairs.length} pairs`);
