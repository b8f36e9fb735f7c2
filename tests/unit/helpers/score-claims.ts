/**
 * Scores suggested control claims against the gold claims of the real-reporting manifests
 * (tests/fixtures/reporting/README.md). Shared by the unit test that holds the dev-set targets
 * and by `npm run bench:claims`.
 *
 * Unit of scoring: a (place, party) pair per text, as the issue counts a claim ("a claim counts
 * when place and party are right"). A text's gold pairs are those of its gold claims; its
 * suggested pairs those of the suggestions (a contested suggestion gives one pair per party).
 * Recall = found gold pairs / gold pairs, precision = correct suggested pairs / suggested pairs,
 * summed over texts (micro-average). A gold place given with its OpenStreetMap node (`osm: N`) is
 * the gazetteer entry whose source is that node, whatever id the manifest proposed for it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { SuggestedClaim } from '../../../src/core/claims/index.ts';
import type { Gazetteer } from '../../../src/core/types.ts';

/** A gold claim of a manifest. */
export interface GoldClaim {
  place: string;
  party: string;
  change: string;
  extent: string;
  attributed_to?: string;
  note?: string;
  snippet: string;
}

/** A text of the real-reporting set, as its manifest gives it. */
export interface ReportingManifest {
  id: string;
  url: string;
  outlet: string;
  date: string;
  language: 'ar' | 'en';
  places: Array<{ id: string; libyan: boolean; new?: boolean; osm?: number }>;
  snippets: Array<{ text: string; mentions: Array<{ place: string; text: string }> }>;
  claims: GoldClaim[];
}

/** Reads every manifest of a folder (`dev`, `holdout`), sorted by id. */
export function loadReportingManifests(dir: string): ReportingManifest[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(dir, f), 'utf8'), { schema: 'core' }) as ReportingManifest);
}

/**
 * The text we have of a manifest, as paragraphs of one document: its snippets in order, then
 * each claim snippet that no snippet contains (a claim's clause can lie outside the snippets
 * around the place names).
 */
export function readManifestBlocks(manifest: ReportingManifest): Array<{ id: string; text: string }> {
  const texts = manifest.snippets.map((s) => s.text);
  for (const claim of manifest.claims ?? []) {
    if (!texts.some((t) => t.includes(claim.snippet)) && !texts.includes(claim.snippet)) texts.push(claim.snippet);
  }
  return texts.map((text, i) => ({ id: `p${i + 1}`, text }));
}

/** Pairs found or missed, for explaining the figures. */
export interface PairOutcome {
  text: string;
  place: string;
  party: string;
}

/** Recall and precision over a set of texts. */
export interface ClaimScore {
  texts: number;
  /** Gold (place, party) pairs. */
  gold: number;
  /** Gold pairs some suggestion has. */
  found: number;
  /** Suggested (place, party) pairs. */
  suggested: number;
  /** Suggested pairs that are gold. */
  correct: number;
  recall: number;
  precision: number;
  /** Gold pairs whose place the gazetteer has (the suggester can only name those). */
  reachable: number;
  reachableFound: number;
  misses: PairOutcome[];
  extras: PairOutcome[];
}

/** Scores per language and overall. */
export interface ClaimReport {
  overall: ClaimScore;
  byLanguage: Record<'ar' | 'en', ClaimScore>;
}

const pairsOf = (claims: ReadonlyArray<{ place: string; party: string }>): Set<string> => new Set(claims.map((c) => `${c.place}|${c.party}`));

/** The (place, party) pairs of suggestions: one per party of a contested suggestion. */
export function pairsOfSuggestions(suggestions: readonly SuggestedClaim[]): Set<string> {
  return new Set(suggestions.flatMap((s) => (s.party ? [`${s.place}|${s.party}`] : (s.parties ?? []).map((p) => `${s.place}|${p}`))));
}

/**
 * The gazetteer id of each gold place of a manifest: its own id, or the entry made from the
 * OpenStreetMap node it names (`osm: 1565509444` → the entry with `source: osm:node/1565509444`).
 */
export function readGoldPlaceIds(manifest: ReportingManifest, gazetteer: Gazetteer): Map<string, string> {
  const byNode = new Map(gazetteer.places.flatMap((p) => (/^osm:node\/\d+$/.test(p.source) ? [[p.source.slice('osm:node/'.length), p.id] as [string, string]] : [])));
  const known = new Set(gazetteer.places.map((p) => p.id));
  return new Map(manifest.places.map((p) => [p.id, !known.has(p.id) && p.osm !== undefined ? (byNode.get(String(p.osm)) ?? p.id) : p.id]));
}

/**
 * Scores the suggestions made for each manifest against its gold claims.
 *
 * @param suggest - the suggestions for a manifest's text
 * @param gazetteer - to name gold places by their gazetteer ids and count the pairs the suggester can reach
 */
export function scoreClaimSuggestions(manifests: readonly ReportingManifest[], suggest: (m: ReportingManifest) => readonly SuggestedClaim[], gazetteer: Gazetteer): ClaimReport {
  const knownPlaces = new Set(gazetteer.places.map((p) => p.id));
  const empty = (): ClaimScore => ({ texts: 0, gold: 0, found: 0, suggested: 0, correct: 0, recall: 0, precision: 0, reachable: 0, reachableFound: 0, misses: [], extras: [] });
  const overall = empty();
  const byLanguage = { ar: empty(), en: empty() };
  for (const manifest of manifests) {
    const ids = readGoldPlaceIds(manifest, gazetteer);
    const gold = pairsOf((manifest.claims ?? []).map((c) => ({ place: ids.get(c.place) ?? c.place, party: c.party })));
    const suggested = pairsOfSuggestions(suggest(manifest));
    for (const score of [overall, byLanguage[manifest.language]]) {
      score.texts++;
      score.gold += gold.size;
      score.suggested += suggested.size;
      for (const pair of gold) {
        const [place, party] = pair.split('|') as [string, string];
        const reachable = knownPlaces.has(place);
        if (reachable) score.reachable++;
        if (suggested.has(pair)) {
          score.found++;
          if (reachable) score.reachableFound++;
        } else {
          score.misses.push({ text: manifest.id, place, party });
        }
      }
      for (const pair of suggested) {
        const [place, party] = pair.split('|') as [string, string];
        if (gold.has(pair)) score.correct++;
        else score.extras.push({ text: manifest.id, place, party });
      }
    }
  }
  for (const score of [overall, byLanguage.ar, byLanguage.en]) {
    score.recall = score.gold === 0 ? 1 : score.found / score.gold;
    score.precision = score.suggested === 0 ? 1 : score.correct / score.suggested;
  }
  return { overall, byLanguage };
}

/** Recall and precision of suggestions against an article's reviewed claims (the seed's claims.yaml). */
export function scoreAgainstClaims(claims: ReadonlyArray<{ place: string; party?: string; parties?: string[] }>, suggestions: readonly SuggestedClaim[]): { gold: number; suggested: number; found: number; recall: number; precision: number; misses: string[]; extras: string[] } {
  const gold = new Set(claims.flatMap((c) => (c.party ? [`${c.place}|${c.party}`] : (c.parties ?? []).map((p) => `${c.place}|${p}`))));
  const suggested = pairsOfSuggestions(suggestions);
  const found = [...gold].filter((p) => suggested.has(p));
  return {
    gold: gold.size,
    suggested: suggested.size,
    found: found.length,
    recall: gold.size === 0 ? 1 : found.length / gold.size,
    precision: suggested.size === 0 ? 1 : [...suggested].filter((p) => gold.has(p)).length / suggested.size,
    misses: [...gold].filter((p) => !suggested.has(p)).sort(),
    extras: [...suggested].filter((p) => !gold.has(p)).sort(),
  };
}
