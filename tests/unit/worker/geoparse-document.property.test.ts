import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPlainText } from '../../../src/core/content/split-plain-text.ts';
import { createGeoparser, geoparseText } from '../../../src/core/geoparser/index.ts';
import { normaliseName } from '../../../src/core/text/normalise.ts';
import { geoparseDocument, type DocumentBatch } from '../../../src/worker/geoparse-document.ts';
import { splitParagraphs } from '../../../src/worker/split-paragraphs.ts';
import { projectGazetteer } from '../helpers/project.ts';

// Same seed policy as the other property tests: fixed, so every run tries the same inputs
// (FC_SEED and FC_RUNS to explore).
const FC = { seed: Number(process.env.FC_SEED ?? 42), numRuns: Number(process.env.FC_RUNS ?? 200) };

// The worker's pure parts, in Node: they need no browser, and the property tests here check them
// against the functions `npm run geocode` uses.
describe('splitParagraphs and geoparseDocument (Node, property-based)', () => {
  const pieces = ['طرابلس', 'غريان', 'قال', 'Tripoli', 'x', ' ', '  ', '\t', '\n', '\r\n', '\n\n', '\n \n', '\r\n\r\n', '\n\n\n', '\ufeff', '\u00a0', '---\n', 'title: x\n', '، ', 'حي', 'منطقة '];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));

  it('splitParagraphs gives the ids and texts of splitPlainText, as spans of the original', () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = splitParagraphs(t);
        expect(spans.map((p) => ({ id: p.id, text: t.slice(p.start, p.end).replace(/\s*\r?\n\s*/g, ' ') }))).toEqual(splitPlainText(t).map((b) => ({ id: b.id, text: b.text })));
      }),
      FC,
    );
  });

  it('geoparseDocument finds, paragraph by paragraph, what geoparseText finds in splitPlainText paragraphs, in batches', () => {
    const parser = createGeoparser(projectGazetteer().places);
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 200 }), (t, chunkSize) => {
        const batches: DocumentBatch[] = [];
        const all = geoparseDocument(parser, t, { chunkSize, onBatch: (b) => batches.push(b) });
        const describeMatch = (m: { paragraph: string; text: string; candidates: string[] }): string => `${m.paragraph} ${normaliseName(m.text)} ${m.candidates.join('|')}`;
        const expected = splitPlainText(t).flatMap((b) => geoparseText(parser, b.text, b.id).matches.map(describeMatch));
        expect(all.matches.map(describeMatch)).toEqual(expected);
        // Offsets are relative to the paragraph span.
        const starts = new Map(all.paragraphs.map((p) => [p.id, p.start]));
        for (const m of all.matches) expect(t.slice((starts.get(m.paragraph) as number) + m.start, (starts.get(m.paragraph) as number) + m.end)).toBe(m.text);
        // The batches add up to the result, and the last one says it is the last.
        expect(batches.flatMap((b) => b.matches)).toEqual(all.matches);
        expect(batches.flatMap((b) => b.paragraphs)).toEqual(all.paragraphs);
        expect(batches.at(-1)?.done).toBe(t.length);
        expect(batches.every((b, i) => b.total === t.length && (i === 0 || b.done >= (batches[i - 1] as DocumentBatch).done))).toBe(true);
      }),
      FC,
    );
  });
});
