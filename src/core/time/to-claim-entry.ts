import type { ClaimEntry, ClaimProperties } from './types.ts';

/** A claims-file feature's properties without the place (id and names), in {@link ClaimEntry}'s key order. */
export function toClaimEntry(p: ClaimProperties): ClaimEntry {
  return {
    as_of: p.as_of,
    status: p.status,
    party: p.party,
    parties: [...p.parties],
    extent: p.extent,
    change: p.change,
    note: p.note,
    article: p.article,
    article_date: p.article_date,
    outlet: { ar: p.outlet.ar, en: p.outlet.en },
    evidence: p.evidence.map((e) => ({ paragraph: e.paragraph, quote: e.quote, start: e.start, end: e.end })),
  };
}
