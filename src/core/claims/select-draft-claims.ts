import type { Extent } from '../types.ts';
import type { ClaimChange } from './claim-vocabulary.ts';
import type { SuggestedClaim } from './types.ts';

/** One claim per place, as a draft claims.yaml holds it, with what it was chosen from. */
export interface DraftClaim {
  place: string;
  status: 'control' | 'contested';
  party?: string;
  parties?: string[];
  extent: Extent;
  change: ClaimChange;
  attributedTo?: string;
  /** The quotes of every suggestion that agrees with the chosen party, in text order (at most 3). */
  evidence: Array<{ paragraph: string; quote: string }>;
  /** The highest confidence among them. */
  confidence: number;
  /** The rules that fired, and how the chosen suggestion was read. */
  rules: string[];
  why: string[];
  /** Suggestions for this place that name another party: the reviewer decides. */
  alternatives: SuggestedClaim[];
}

/** Evidence quotes kept per draft claim. */
const MAX_EVIDENCE = 3;

/**
 * Chooses one claim per place from the suggestions, because a claims file has one claim per
 * place: the party whose suggestions weigh most (summed confidence; on a tie, the party of the
 * later statement, since reporting tells a place's latest state last), with the change, extent
 * and attribution of its most confident suggestion and the quotes of all of them. A party that
 * only withdrew from a place loses it to a party the text says took, entered or holds it.
 * Suggestions for other parties are kept as alternatives for the reviewer. Places in order of
 * first mention.
 */
export function selectDraftClaims(suggestions: readonly SuggestedClaim[]): DraftClaim[] {
  const byPlace = new Map<string, SuggestedClaim[]>();
  for (const s of suggestions) {
    const list = byPlace.get(s.place) ?? [];
    list.push(s);
    byPlace.set(s.place, list);
  }
  const keyOf = (s: SuggestedClaim): string => (s.status === 'contested' ? `contested:${(s.parties ?? []).join('+')}` : `party:${s.party}`);
  const drafts: DraftClaim[] = [];
  for (const [place, list] of byPlace) {
    const weight = new Map<string, { total: number; last: number }>();
    const holders = new Set(list.filter((s) => s.change !== 'withdrawn').map(keyOf));
    list.forEach((s, i) => {
      if (s.change === 'withdrawn' && holders.size > 0 && !holders.has(keyOf(s))) return;
      const w = weight.get(keyOf(s)) ?? { total: 0, last: -1 };
      weight.set(keyOf(s), { total: w.total + s.confidence, last: i });
    });
    const [winner] = [...weight].sort((a, b) => b[1].total - a[1].total || b[1].last - a[1].last);
    const chosen = list.filter((s) => keyOf(s) === (winner as [string, unknown])[0]);
    const best = [...chosen].sort((a, b) => b.confidence - a.confidence)[0] as SuggestedClaim;
    const evidence: DraftClaim['evidence'] = [];
    for (const s of chosen) {
      if (evidence.length >= MAX_EVIDENCE) break;
      if (!evidence.some((e) => e.paragraph === s.evidence.paragraph && e.quote === s.evidence.quote)) evidence.push({ paragraph: s.evidence.paragraph, quote: s.evidence.quote });
    }
    drafts.push({
      place,
      status: best.status,
      ...(best.party !== undefined ? { party: best.party } : {}),
      ...(best.parties !== undefined ? { parties: [...best.parties] } : {}),
      extent: best.extent,
      change: best.change,
      ...(best.attributedTo !== undefined ? { attributedTo: best.attributedTo } : {}),
      evidence,
      confidence: best.confidence,
      rules: [...new Set(chosen.map((s) => s.rule))],
      why: best.why,
      alternatives: list.filter((s) => keyOf(s) !== keyOf(best)),
    });
  }
  return drafts;
}
