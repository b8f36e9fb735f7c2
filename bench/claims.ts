/**
 * `npm run bench:claims [-- --explain]`: how well the claim suggester recovers the control claims
 * of real reporting. Prints recall and precision of (place, party) pairs (a claim counts when its
 * place and party are right) on the development set, overall and per language; then the holdout
 * set as aggregate numbers only (its texts are never looked at one by one, so fixes cannot be
 * fitted to them); then the seed against its reviewed claims.yaml. `--explain` lists each dev
 * text's missed and extra pairs. CM_NO_HOLDOUT=1 skips the holdout set (while tuning). Scoring:
 * tests/unit/helpers/score-claims.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCliArgs } from '../src/cli/parse-cli-args.ts';
import { readGazetteer } from '../src/cli/read-gazetteer.ts';
import { compileClaimReader, suggestClaimsInText } from '../src/core/claims/index.ts';
import { loadClaims } from '../src/core/claims/load-claims.ts';
import { loadArticle } from '../src/core/content/load-article.ts';
import { loadPartiesFile } from '../src/core/content/load-parties.ts';
import { createGeoparser } from '../src/core/geoparser/index.ts';
import { loadReportingManifests, readManifestBlocks, scoreAgainstClaims, scoreClaimSuggestions, type ClaimScore } from '../tests/unit/helpers/score-claims.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const read = (path: string): { path: string; text: string } => ({ path, text: readFileSync(`${root}${path}`, 'utf8') });

const args = parseCliArgs(process.argv.slice(2), {
  command: 'npm run bench:claims --',
  usage: ['[--explain]'],
  description: `Scores the suggested control claims against the gold claims of the real-reporting set:
development set (overall, Arabic, English), holdout set (aggregates only) and the seed article.

  --explain   list each development text's missed and extra (place, party) pairs
  --help      print this and exit`,
  options: { explain: { type: 'boolean' } },
});
if ('exitCode' in args) process.exit(args.exitCode);

const gazetteer = readGazetteer(root);
const parser = createGeoparser(gazetteer.places);
const { parties, sharedAliases } = loadPartiesFile(read('content/parties.yaml'));
const reader = compileClaimReader(parties, { sharedAliases });
const known = new Set(gazetteer.places.map((p) => p.id));

const pct = (x: number): string => x.toFixed(2);
const row = (name: string, s: ClaimScore): string =>
  `${name.padEnd(16)} ${String(s.texts).padStart(5)} ${String(s.gold).padStart(6)} ${String(s.found).padStart(6)} ${String(s.suggested).padStart(10)} ${String(s.correct).padStart(8)} ${pct(s.recall).padStart(7)} ${pct(s.precision).padStart(10)} ${`${s.reachableFound}/${s.reachable}`.padStart(10)} ${pct(s.reachable ? s.reachableFound / s.reachable : 1).padStart(8)}`;
const header = `${'set'.padEnd(16)} ${'texts'.padStart(5)} ${'gold'.padStart(6)} ${'found'.padStart(6)} ${'suggested'.padStart(10)} ${'correct'.padStart(8)} ${'recall'.padStart(7)} ${'precision'.padStart(10)} ${'reachable'.padStart(10)} ${'recall*'.padStart(8)}`;

function score(dir: string): ReturnType<typeof scoreClaimSuggestions> | null {
  if (!existsSync(`${root}${dir}`)) return null;
  const manifests = loadReportingManifests(`${root}${dir}`);
  return scoreClaimSuggestions(manifests, (m) => suggestClaimsInText({ blocks: readManifestBlocks(m), parser, gazetteer, reader }).suggestions, gazetteer);
}

console.log('Suggested control claims: (place, party) pairs per text, micro-averaged.');
console.log('reachable = gold pairs whose place the gazetteer has; recall* = recall on those.\n');
console.log(header);
const dev = score('tests/fixtures/reporting/dev');
if (dev) {
  console.log(row('dev', dev.overall));
  console.log(row('dev ar', dev.byLanguage.ar));
  console.log(row('dev en', dev.byLanguage.en));
}
const holdout = process.env.CM_NO_HOLDOUT === '1' ? null : score('tests/fixtures/reporting/holdout');
if (holdout) {
  console.log(row('holdout', holdout.overall));
  console.log(row('holdout ar', holdout.byLanguage.ar));
  console.log(row('holdout en', holdout.byLanguage.en));
}

const folder = 'content/haftar-macron-2019-05-13';
const article = loadArticle('haftar-macron-2019-05-13', [read(`${folder}/ar.md`), read(`${folder}/en.md`)]);
const found = suggestClaimsInText({ blocks: article.texts[0]!.blocks, parser, gazetteer, reader });
const claims = loadClaims(read(`${folder}/claims.yaml`), {
  article,
  placeIds: known,
  partyIds: new Set(parties.map((p) => p.id)),
  mentionedPlaceIds: new Set(found.mentions.map((m) => m.place)),
});
const seed = scoreAgainstClaims(claims, found.suggestions);
console.log(`\nseed (${folder}, against its claims.yaml): ${seed.found}/${seed.gold} claims found, ${seed.suggested} suggested; recall ${pct(seed.recall)}, precision ${pct(seed.precision)}`);
if (seed.misses.length) console.log(`  missed: ${seed.misses.join(', ')}`);
if (seed.extras.length) console.log(`  extra: ${seed.extras.join(', ')}`);

if (args.values.explain === true && dev) {
  console.log('\nDevelopment set, by text (- missed, + extra; ~ place not in the gazetteer):');
  const byText = new Map<string, string[]>();
  for (const m of dev.overall.misses) byText.set(m.text, [...(byText.get(m.text) ?? []), `${known.has(m.place) ? '-' : '~'}${m.place}/${m.party}`]);
  for (const e of dev.overall.extras) byText.set(e.text, [...(byText.get(e.text) ?? []), `+${e.place}/${e.party}`]);
  for (const [text, list] of [...byText].sort()) console.log(`  ${text}: ${list.join(' ')}`);
}
