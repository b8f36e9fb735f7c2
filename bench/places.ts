/**
 * `npm run bench:places`: how well the geoparser finds places in real reporting. Scores the
 * development set (tests/fixtures/reporting/dev), the negative snippets, and, with `--holdout`,
 * the held-out set (aggregate figures only), for the code as it is ("now") and for the code and
 * gazetteer of an earlier commit ("before", default: the commit this work started from), which is
 * read with `git archive` into node_modules/.cache and run in the same process.
 * Prints numbers; asserts nothing. The method is in tests/unit/helpers/reporting/score-places.ts
 * and README.md ("How well it finds places").
 *
 * Options: `--before <git ref>` (`none` to skip), `--holdout`, `--texts` (one line per dev text,
 * with what was missed and what was wrong), `--gazetteer <path>`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Gazetteer, GeoparseWarning, Match, Place } from '../src/core/types.ts';
import { loadNegativeSets, loadTextSet, type TextManifest } from '../tests/unit/helpers/reporting/load-manifests.ts';
import { createProjectEngine } from '../tests/unit/helpers/reporting/project-engine.ts';
import { addCounts, ratio, scoreNegatives, scoreText, type Counts, type PlaceEngine, type TextScore } from '../tests/unit/helpers/reporting/score-places.ts';
import { loadProjectGazetteer } from '../tests/unit/helpers/reporting/load-project-gazetteer.ts';
import { ROOT } from '../tests/unit/helpers/project.ts';
import { englishProse, loadVariantPairs, measurePairs, measureProse } from './lib/latin-key-check.ts';


/** The main commit this session's matching work started from: the "before" of the table. */
export const DEFAULT_BEFORE_REF = 'ee40100';

const pct = (n: number, d: number): string => `${(100 * ratio(n, d)).toFixed(1)}%`;

/** One row per language and overall, place and mention level. */
function formatRows(label: string, scores: readonly TextScore[]): string[][] {
  const rows: string[][] = [];
  for (const lang of ['ar', 'en', 'all'] as const) {
    const list = scores.filter((s) => lang === 'all' || s.language === lang);
    if (list.length === 0) continue;
    const c: Counts = addCounts(list.map((s) => s.counts));
    rows.push([
      label,
      lang,
      String(c.texts),
      `${pct(c.found, c.gold)} (${c.found}/${c.gold})`,
      pct(c.found, c.goldWithEntry),
      `${pct(c.right, c.predicted)} (${c.right}/${c.predicted})`,
      `${pct(c.foundMentions, c.goldMentions)} (${c.foundMentions}/${c.goldMentions})`,
      `${pct(c.rightMentions, c.predictedMentions)} (${c.rightMentions}/${c.predictedMentions})`,
      `${pct(c.usefulWarnings, c.warnings)} (${c.usefulWarnings}/${c.warnings}, ${c.wholeWarnings} whole)`,
    ]);
  }
  return rows;
}

function formatTable(rows: readonly string[][]): string[] {
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ').trimEnd());
}

const HEADER = ['engine', 'lang', 'texts', 'place recall', 'of those in gazetteer', 'place precision', 'mention recall', 'mention precision', 'warnings useful'];

/**
 * Builds the engine of an earlier commit: its src/ and geo/ are extracted with `git archive`
 * under node_modules/.cache (so its imports resolve to this install) and imported.
 */
async function loadEngineAt(ref: string): Promise<PlaceEngine> {
  const sha = execFileSync('git', ['rev-parse', '--short=12', `${ref}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
  const dir = join(ROOT, 'test-results/places-before', sha);
  if (!existsSync(join(dir, 'src'))) {
    mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', '--format=tar', sha, 'src', 'geo/gazetteer.yaml'], { cwd: ROOT, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
  }
  const url = (p: string): string => pathToFileURL(join(dir, p)).href;
  const { loadGazetteer } = (await import(url('src/core/gazetteer/load-gazetteer.ts'))) as { loadGazetteer: (f: { path: string; text: string }) => Gazetteer };
  const geoparser = (await import(url('src/core/geoparser/index.ts'))) as {
    createGeoparser: (places: Place[]) => unknown;
    geoparseText: (parser: unknown, text: string, paragraph: string) => { matches: Match[]; warnings: GeoparseWarning[] };
  };
  const { resolveMatches } = (await import(url('src/core/resolve/resolve-matches.ts'))) as {
    resolveMatches: (matches: Match[], g: Gazetteer) => { resolved: Array<{ match: Match; placeId: string }> };
  };
  const gazetteer = loadGazetteer({ path: 'geo/gazetteer.yaml', text: readFileSync(join(dir, 'geo/gazetteer.yaml'), 'utf8') });
  const parser = geoparser.createGeoparser(gazetteer.places);
  return {
    label: `before (${sha.slice(0, 7)})`,
    gazetteer,
    locate(paragraphs) {
      const matches: Match[] = [];
      const warnings: GeoparseWarning[] = [];
      for (const p of paragraphs) {
        const r = geoparser.geoparseText(parser, p.text, p.id);
        matches.push(...r.matches);
        warnings.push(...r.warnings);
      }
      const { resolved } = resolveMatches(matches, gazetteer);
      return { mentions: resolved.map(({ match, placeId }) => ({ paragraph: match.paragraph, start: match.start, end: match.end, text: match.text, placeId })), warnings };
    },
  };
}

/** Runs the benchmark and prints its tables. */
export async function runPlacesBench(argv: readonly string[], print: (line: string) => void = (l) => console.log(l)): Promise<void> {
  const { values } = parseArgs({
    args: [...argv],
    options: { before: { type: "string", default: DEFAULT_BEFORE_REF }, osm: { type: "boolean", default: false }, holdout: { type: 'boolean', default: false }, texts: { type: 'boolean', default: false }, gazetteer: { type: 'string' } },
  });
  const engines: PlaceEngine[] = [];
  if (values.before !== 'none') engines.push(await loadEngineAt(values.before as string));
  const gazetteer = loadProjectGazetteer(values.gazetteer ? resolve(values.gazetteer) : undefined, { simulateOsm: values.osm as boolean });
  engines.push(createProjectEngine(gazetteer));

  const dev: TextManifest[] = loadTextSet('dev');
  print(`Development set: ${dev.length} texts (${dev.filter((t) => t.language === 'ar').length} Arabic, ${dev.filter((t) => t.language === 'en').length} English), ${dev.reduce((n, t) => n + t.snippets.length, 0)} snippets; gazetteer now: ${gazetteer.places.length} entries`);
  const rows: string[][] = [HEADER];
  const nowScores: TextScore[] = [];
  for (const engine of engines) {
    const scores = dev.map((t) => scoreText(t, engine));
    rows.push(...formatRows(engine.label, scores));
    if (engine === engines[engines.length - 1]) nowScores.push(...scores);
  }
  for (const line of formatTable(rows)) print(line);
  if (values.texts) {
    print('');
    for (const s of nowScores) {
      print(`${s.id} [${s.language}]: places ${s.counts.found}/${s.counts.gold}, right ${s.counts.right}/${s.counts.predicted}`);
      for (const m of s.missed) print(`  missed ${m.id}: ${m.why}`);
      for (const w of s.wrong) print(`  wrong ${w.id}: "${w.text}"`);
      for (const w of s.warnings) print(`  warning ${w.useful ? 'useful' : 'not useful'}: "${w.text}" ${w.reason}`);
    }
  }

  if (values.holdout) {
    print('');
    const holdout = loadTextSet('holdout');
    print(`Held-out set: ${holdout.length} texts (aggregate only)`);
    const hrows: string[][] = [HEADER];
    for (const engine of engines) hrows.push(...formatRows(engine.label, holdout.map((t) => scoreText(t, engine))));
    for (const line of formatTable(hrows)) print(line);
  }

  print('');
  const negatives = loadNegativeSets();
  if (negatives.length === 0) print('Negative snippets: none yet (tests/fixtures/reporting/negative/)');
  for (const set of negatives) {
    for (const engine of engines) {
      const score = scoreNegatives(set, engine);
      print(`Negatives ${set.language} (${score.snippets} snippets), ${engine.label}: ${score.falseHits.length} false hit(s)` + (score.falseHits.length ? `: ${score.falseHits.map((h) => `${h.placeId} "${h.text}"`).join(', ')}` : ''));
    }
  }

  print('');
  const pairs = measurePairs(loadVariantPairs());
  print(`Latin key: ${pairs.equal}/${pairs.total} variant pairs have equal keys (${pct(pairs.equal, pairs.total)}; ${[...pairs.bySource].map(([k, [e, t]]) => `${k} ${e}/${t}`).join(', ')})`);
  const now = engines[engines.length - 1] as PlaceEngine;
  const english = loadNegativeSets().filter((n) => n.language === 'en').map((n) => ({ label: 'negative snippets (en)', paragraphs: n.snippets.map((x) => x.text) }));
  for (const r of measureProse(now, [...english, ...englishProse()])) {
    print(`  ${r.label} (${(r.bytes / 1000).toFixed(0)} kB): ${r.keyOnly.length} name(s) matched by key only, before evidence${r.keyOnly.length ? ` [${[...new Set(r.keyOnly)].slice(0, 8).join(', ')}${r.keyOnly.length > 8 ? ', …' : ''}]` : ''}; ${r.falseHits.length} false hit(s) kept${r.falseHits.length ? ` [${[...new Set(r.falseHits)].join(', ')}]` : ''}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runPlacesBench(process.argv.slice(2));
}
