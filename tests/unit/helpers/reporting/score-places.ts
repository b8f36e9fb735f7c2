/**
 * Scores a place engine (geoparser + resolver) on the real-reporting manifests.
 *
 * Method (also in README.md, "How well it finds places"):
 * - Each text's snippets are the paragraphs (`s1`, `s2`…) of one document, geoparsed and resolved
 *   together, so resolution and the evidence rules have the text's context.
 * - Gold places are mapped to gazetteer entries by id, else by the entry whose `source` is
 *   `osm:node/<osm>`; a gold place that maps to no entry cannot be found ("no entry at all").
 * - Place level, per text: recall counts the gold places that are Libyan and not countries (the
 *   map draws no country; a non-Libyan city such as Paris may be predicted but is not needed);
 *   precision counts the distinct predicted places that are gold places of the text (Libyan or
 *   not). Totals add counts over texts (micro-average).
 * - Mention level, per snippet: a predicted mention is right when its span overlaps an
 *   occurrence, in the snippet, of the written form of a gold mention of the same place. Recall:
 *   each listed gold mention of a Libyan non-country place is found when a predicted mention of
 *   its place overlaps one of its form's occurrences (a form listed n times needs n such
 *   occurrences found).
 * - Warnings: a warning is useful when its span overlaps an occurrence of a gold mention that no
 *   predicted mention covers (a missing place the reader should add); it is whole when it spells
 *   that mention entirely (clitics و ف ب ل ك aside).
 * - Negatives: every predicted place in Libya (its admin chain reaches `libya`) is a false hit.
 */
import { normaliseName } from '../../../../src/core/text/normalise.ts';
import type { Gazetteer, GeoparseWarning, Mention, Place } from '../../../../src/core/types.ts';
import type { GoldPlace, NegativeSet, TextManifest } from './load-manifests.ts';

/** A paragraph handed to an engine. */
export interface EngineParagraph {
  id: string;
  text: string;
}

/** A mention resolved to one place. */
export type PlacedMention = Mention & { placeId: string };

/** What an engine makes of a document: resolved mentions and warnings, offsets into their paragraph. */
export interface EngineResult {
  mentions: PlacedMention[];
  warnings: GeoparseWarning[];
}

/** A geoparser and resolver under test, and the gazetteer it uses. */
export interface PlaceEngine {
  label: string;
  gazetteer: Gazetteer;
  locate: (paragraphs: readonly EngineParagraph[]) => EngineResult;
}

/** Counts for a set of texts (or one text); ratios are derived from them. */
export interface Counts {
  texts: number;
  /** Place level: gold places to find, found, predicted, predicted right. */
  gold: number;
  found: number;
  /** Gold places to find that have a gazetteer entry (what matching alone can reach). */
  goldWithEntry: number;
  predicted: number;
  right: number;
  /** Mention level. */
  goldMentions: number;
  foundMentions: number;
  predictedMentions: number;
  rightMentions: number;
  /** Warnings: all, useful, whole. */
  warnings: number;
  usefulWarnings: number;
  wholeWarnings: number;
}

/** One text's score, with what went wrong. */
export interface TextScore {
  id: string;
  language: 'ar' | 'en';
  counts: Counts;
  /** Gold place ids not found, with why: `no entry`, or `not found`. */
  missed: Array<{ id: string; why: string }>;
  /** Predicted place ids that are not gold places of the text, with the form that matched. */
  wrong: Array<{ id: string; text: string }>;
  /** Warnings, marked useful or not. */
  warnings: Array<{ text: string; reason: string; useful: boolean }>;
}

/** Score on negative snippets: every predicted Libyan place is a false hit. */
export interface NegativeScore {
  language: 'ar' | 'en';
  snippets: number;
  falseHits: Array<{ snippet: number; placeId: string; text: string }>;
}

/** Counts with nothing in them. */
export function emptyCounts(): Counts {
  return { texts: 0, gold: 0, found: 0, goldWithEntry: 0, predicted: 0, right: 0, goldMentions: 0, foundMentions: 0, predictedMentions: 0, rightMentions: 0, warnings: 0, usefulWarnings: 0, wholeWarnings: 0 };
}

/** Adds counts up. */
export function addCounts(list: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const c of list) for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += c[k];
  return total;
}

/** Ratio, or 1 when there is nothing to count (no gold: nothing missed; no prediction: nothing wrong). */
export function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Maps a gold place to a gazetteer entry: by id, else by its OSM node as the entry's source. */
export function mapGold(gold: GoldPlace, gazetteer: Gazetteer): Place | undefined {
  const byId = gazetteer.places.find((p) => p.id === gold.id);
  if (byId) return byId;
  if (gold.osm !== undefined) return gazetteer.places.find((p) => p.source === `osm:node/${gold.osm}`);
  return undefined;
}

/** True when the place lies in Libya: its chain of admin parents reaches the country `libya`. */
export function isLibyan(place: Place, gazetteer: Gazetteer): boolean {
  const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
  let p: Place | undefined = place;
  for (let i = 0; p && i < 10; i++) {
    if (p.id === 'libya') return true;
    p = p.admin ? byId.get(p.admin) : undefined;
  }
  return false;
}

function occurrences(text: string, form: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) spans.push([i, i + form.length]);
  return spans;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean => a[0] < b[1] && b[0] < a[1];
const CLITICS = /^(?:[وف]?[بلك]?)/;
const bare = (s: string): string => normaliseName(s).replace(CLITICS, '');

/** Scores one text. */
export function scoreText(manifest: TextManifest, engine: PlaceEngine): TextScore {
  const { gazetteer } = engine;
  const paragraphs = manifest.snippets.map((s, i) => ({ id: `s${i + 1}`, text: s.text }));
  const result = engine.locate(paragraphs);

  const goldEntry = new Map(manifest.places.map((g) => [g.id, mapGold(g, gazetteer)]));
  const isCountry = (g: GoldPlace): boolean => (goldEntry.get(g.id)?.kind ?? g.kind) === 'country';
  const counted = manifest.places.filter((g) => g.libyan && !isCountry(g));
  const goldIds = new Set([...goldEntry.values()].filter((p): p is Place => p !== undefined).map((p) => p.id));

  // Place level.
  const predictedIds = [...new Set(result.mentions.map((m) => m.placeId))].sort();
  const missed: TextScore['missed'] = [];
  for (const g of counted) {
    const entry = goldEntry.get(g.id);
    if (!entry) missed.push({ id: g.id, why: g.osm !== undefined ? `no entry (osm:node/${g.osm})` : 'no entry' });
    else if (!predictedIds.includes(entry.id)) missed.push({ id: g.id, why: 'not found' });
  }
  const wrong = predictedIds.filter((id) => !goldIds.has(id)).map((id) => ({ id, text: result.mentions.filter((m) => m.placeId === id).map((m) => m.text).join(' | ') }));

  // Mention level, snippet by snippet.
  const goldPlaceOf = (goldId: string): string | undefined => goldEntry.get(goldId)?.id;
  let goldMentions = 0;
  let foundMentions = 0;
  let predictedMentions = 0;
  let rightMentions = 0;
  let wholeCount = 0;
  const warnings: TextScore['warnings'] = [];
  manifest.snippets.forEach((snippet, i) => {
    const id = `s${i + 1}`;
    const predicted = result.mentions.filter((m) => m.paragraph === id);
    const countedIds = new Set(counted.map((g) => g.id));
    // Distinct (place, form) pairs with how many times they are listed.
    const forms = new Map<string, { place: string; text: string; listed: number }>();
    for (const m of snippet.mentions) {
      const key = `${m.place}\u0000${m.text}`;
      const f = forms.get(key) ?? { place: m.place, text: m.text, listed: 0 };
      f.listed++;
      forms.set(key, f);
    }
    const covered: Array<[number, number]> = [];
    const missing: Array<{ span: [number, number]; text: string }> = [];
    for (const f of forms.values()) {
      const entryId = goldPlaceOf(f.place);
      const spans = occurrences(snippet.text, f.text);
      const hit = spans.filter((span) => predicted.some((p) => p.placeId === entryId && entryId !== undefined && overlaps(span, [p.start, p.end])));
      covered.push(...hit);
      if (countedIds.has(f.place)) {
        goldMentions += f.listed;
        foundMentions += Math.min(f.listed, hit.length);
        for (const span of spans) if (!hit.includes(span)) missing.push({ span, text: f.text });
      }
    }
    for (const p of predicted) {
      predictedMentions++;
      const right = [...forms.values()].some((f) => goldPlaceOf(f.place) === p.placeId && occurrences(snippet.text, f.text).some((span) => overlaps(span, [p.start, p.end])));
      if (right) rightMentions++;
    }
    for (const w of result.warnings.filter((x) => x.paragraph === id)) {
      const hit = missing.find((m) => overlaps(m.span, [w.start, w.end]) && !covered.some((c) => overlaps(c, [w.start, w.end])));
      warnings.push({ text: w.text, reason: w.reason, useful: hit !== undefined });
      if (hit && bare(w.text) === bare(hit.text)) wholeCount++;
    }
  });
  return {
    id: manifest.id,
    language: manifest.language,
    counts: {
      texts: 1,
      gold: counted.length,
      found: counted.length - missed.length,
      goldWithEntry: counted.filter((g) => goldEntry.get(g.id) !== undefined).length,
      predicted: predictedIds.length,
      right: predictedIds.length - wrong.length,
      goldMentions,
      foundMentions,
      predictedMentions,
      rightMentions,
      warnings: warnings.length,
      usefulWarnings: warnings.filter((w) => w.useful).length,
      wholeWarnings: wholeCount,
    },
    missed,
    wrong,
    warnings,
  };
}

/** Scores the negative snippets of one language, each snippet a document of its own. */
export function scoreNegatives(set: NegativeSet, engine: PlaceEngine): NegativeScore {
  const byId = new Map(engine.gazetteer.places.map((p) => [p.id, p]));
  const falseHits: NegativeScore['falseHits'] = [];
  set.snippets.forEach((s, i) => {
    const { mentions } = engine.locate([{ id: 's1', text: s.text }]);
    for (const m of mentions) {
      const place = byId.get(m.placeId);
      if (place && isLibyan(place, engine.gazetteer)) falseHits.push({ snippet: i, placeId: m.placeId, text: m.text });
    }
  });
  return { language: set.language, snippets: set.snippets.length, falseHits };
}
