/** A range of a block's text that refers to a place: a mention of it, or its evidence quote. */
export interface TextRange {
  start: number;
  end: number;
  place: string;
}

/** A run of text with the place it mentions (if any) and the places whose evidence covers it. */
export interface Segment {
  text: string;
  start: number;
  end: number;
  /** Place this run mentions, or null. */
  mention: string | null;
  /** Index of the mention the run belongs to, so adjacent runs of one mention group together. */
  mentionIndex: number;
  /** Places whose evidence quote covers this run. */
  evidence: string[];
}

/**
 * Cuts a block's text at every mention and evidence boundary, so the page can wrap mentions in
 * links and evidence in marks even where quotes overlap each other and contain mentions.
 * Mentions never overlap (the geoparser consumes each name once); ranges outside the text are
 * clamped.
 */
export function segmentText(text: string, mentions: readonly TextRange[], evidence: readonly TextRange[]): Segment[] {
  const clamp = (n: number): number => Math.max(0, Math.min(text.length, n));
  const cuts = new Set<number>([0, text.length]);
  for (const r of [...mentions, ...evidence]) {
    cuts.add(clamp(r.start));
    cuts.add(clamp(r.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (end <= start) continue;
    const mentionIndex = mentions.findIndex((m) => m.start <= start && m.end >= end);
    segments.push({
      text: text.slice(start, end),
      start,
      end,
      mention: mentionIndex >= 0 ? (mentions[mentionIndex] as TextRange).place : null,
      mentionIndex,
      evidence: [...new Set(evidence.filter((e) => e.start <= start && e.end >= end).map((e) => e.place))].sort(),
    });
  }
  return segments;
}
