import { geoparseText, type Geoparser } from '../core/geoparser/index.ts';
import type { GeoparseWarning, Match } from '../core/types.ts';
import { splitParagraphs, type ParagraphSpan } from './split-paragraphs.ts';

/**
 * Part of a document's result: the paragraphs geoparsed since the previous batch, and what was
 * found in them. A document's whole result is its batches concatenated in order.
 */
export interface DocumentBatch {
  paragraphs: ParagraphSpan[];
  /** Offsets relative to the match's paragraph (`paragraphs[i].start` + `start` in the text). */
  matches: Match[];
  /** Offsets relative to the warning's paragraph, like matches. */
  warnings: GeoparseWarning[];
  /** UTF-16 code units of the text geoparsed so far (the end of the batch's last paragraph). */
  done: number;
  /** UTF-16 code units of the whole text. */
  total: number;
}

/** Options of {@link geoparseDocument}. */
export interface GeoparseDocumentOptions {
  /**
   * Code units of text per batch: a batch is handed to `onBatch` once its paragraphs add up to at
   * least this many (a paragraph is never split, so one long paragraph makes one long batch).
   * @defaultValue `65536` (about 120 kB of Arabic in UTF-8)
   */
  chunkSize?: number;
  /** Receives each batch as soon as it is complete; the last one has `done === total`. */
  onBatch?: (batch: DocumentBatch) => void;
}

const DEFAULTS = { chunkSize: 65_536 };

/**
 * Geoparses a whole plain text paragraph by paragraph (split at blank lines like
 * `splitPlainText`, ids `p1`, `p2`…), handing out the result in batches so a caller can report
 * progress and pass it on piecemeal. Pure: the Web Worker and a main-thread caller share it.
 *
 * @returns every batch concatenated: all paragraphs, matches and warnings in text order.
 */
export function geoparseDocument(parser: Geoparser, text: string, options: GeoparseDocumentOptions = {}): Omit<DocumentBatch, 'done' | 'total'> {
  const { chunkSize, onBatch } = { ...DEFAULTS, ...options };
  const all: Omit<DocumentBatch, 'done' | 'total'> = { paragraphs: [], matches: [], warnings: [] };
  let batch: DocumentBatch = { paragraphs: [], matches: [], warnings: [], done: 0, total: text.length };
  let batchStart = 0;
  const paragraphs = splitParagraphs(text);
  for (const [i, paragraph] of paragraphs.entries()) {
    const { matches, warnings } = geoparseText(parser, text.slice(paragraph.start, paragraph.end), paragraph.id);
    batch.paragraphs.push(paragraph);
    for (const m of matches) batch.matches.push(m);
    for (const w of warnings) batch.warnings.push(w);
    const last = i === paragraphs.length - 1;
    if (last || paragraph.end - batchStart >= chunkSize) {
      batch.done = last ? text.length : paragraph.end;
      flush(batch);
      batchStart = paragraph.end;
      batch = { paragraphs: [], matches: [], warnings: [], done: 0, total: text.length };
    }
  }
  if (paragraphs.length === 0) flush({ ...batch, done: text.length });
  return all;

  function flush(b: DocumentBatch): void {
    for (const p of b.paragraphs) all.paragraphs.push(p);
    for (const m of b.matches) all.matches.push(m);
    for (const w of b.warnings) all.warnings.push(w);
    onBatch?.(b);
  }
}
