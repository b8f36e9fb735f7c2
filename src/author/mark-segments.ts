/** A marked span of a paragraph: what it is and where (UTF-16 offsets, end exclusive). */
export interface MarkSpan {
  start: number;
  end: number;
  /** CSS classes the span's text gets (`cm-author-mention`…). */
  classes: string[];
  /** The place the span names, if it names one. */
  place?: string;
}

/** A run of text with the classes of every span covering it. */
export interface Segment {
  text: string;
  start: number;
  classes: string[];
  place?: string;
}

/**
 * Cuts a paragraph into runs at every span's edges, each run carrying the classes of all the spans
 * over it, so that overlapping marks (a place name inside a claim's quote) both show. Spans out of
 * the text's range are clipped; the runs' texts joined are the paragraph.
 */
export function segmentText(text: string, spans: readonly MarkSpan[]): Segment[] {
  const clipped = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, text.length, ...clipped.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i] as number;
    const end = cuts[i + 1] as number;
    const over = clipped.filter((s) => s.start <= start && s.end >= end);
    const place = over.find((s) => s.place !== undefined)?.place;
    segments.push({ text: text.slice(start, end), start, classes: [...new Set(over.flatMap((s) => s.classes))].sort(), ...(place !== undefined ? { place } : {}) });
  }
  return segments;
}
