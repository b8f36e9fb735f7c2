import { describe, expect, it } from 'vitest';
import { listAdminAreasAt, slugify } from '../../../src/author/admin-areas.ts';
import { createEmptyDraft, readStoredDraft } from '../../../src/author/draft.ts';
import { segmentText } from '../../../src/author/mark-segments.ts';
import { parseDraftText } from '../../../src/author/parse-draft-text.ts';
import { editorSelection, trimEvidence } from '../../../src/author/text-selection.ts';
import { projectGazetteer } from '../helpers/project.ts';

describe('segmentText', () => {
  it('segmentText(text, overlapping spans) cuts at every edge; each run has the classes over it; the runs join back to the text', () => {
    const text = 'طرد قواته من أحياء السواني والزهراء';
    const segments = segmentText(text, [
      { start: 19, end: 26, classes: ['cm-author-mention'], place: 'swani' },
      { start: 4, end: 35, classes: ['cm-author-quote'] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.classes.join(' '), s.place ?? null])).toEqual([
      ['طرد ', '', null],
      ['قواته من أحياء ', 'cm-author-quote', null],
      ['السواني', 'cm-author-mention cm-author-quote', 'swani'],
      [' والزهراء', 'cm-author-quote', null],
    ]);
  });
  it('segmentText clips spans outside the text', () => {
    expect(segmentText('abc', [{ start: -2, end: 99, classes: ['x'] }])).toEqual([{ text: 'abc', start: 0, classes: ['x'] }]);
  });
});

describe('selections to evidence', () => {
  const plain = 'أول سطر\nمن الفقرة الأولى\n\nثم غريان هنا، وغريان هناك';
  const { blocks, mode } = parseDraftText(plain);
  it('editorSelection over a line break gives the block\'s words, a space for the break', () => {
    const from = plain.indexOf('سطر');
    expect(editorSelection(plain, from, plain.indexOf('الفقرة') + 6, blocks, mode)).toEqual({ paragraph: 'p1', quote: 'سطر من الفقرة', start: 4, end: 17 });
  });
  it('editorSelection of a word written twice in a block picks the occurrence selected', () => {
    const second = plain.lastIndexOf('غريان');
    expect(editorSelection(plain, second, second + 5, blocks, mode)).toEqual({ paragraph: 'p2', quote: 'غريان', start: 15, end: 20 });
  });
  it('editorSelection across two paragraphs, or of nothing, is null', () => {
    expect(editorSelection(plain, 2, plain.length, blocks, mode)).toBeNull();
    expect(editorSelection(plain, 5, 5, blocks, mode)).toBeNull();
  });
  it('editorSelection in ## id blocks keeps the block ids', () => {
    const text = '## dateline\n13 مايو\n\n## p4\nويسيطر حفتر على أحياء قصر بن غشير';
    const parsed = parseDraftText(text);
    const from = text.indexOf('قصر');
    expect(editorSelection(text, from, text.length, parsed.blocks, parsed.mode)).toEqual({ paragraph: 'p4', quote: 'قصر بن غشير', start: 22, end: 33 });
  });
  it('trimEvidence leaves the spaces at either end out', () => {
    expect(trimEvidence({ id: 'p1', kind: 'paragraph', text: 'في غريان اليوم' }, 2, 9)).toEqual({ paragraph: 'p1', quote: 'غريان', start: 3, end: 8 });
  });
});

describe('admin areas and ids', () => {
  it('listAdminAreasAt(a point in southern Tripoli) lists the areas it lies in, the smallest first', () => {
    const areas = listAdminAreasAt(projectGazetteer().places, [13.2, 32.78]).map((p) => p.id);
    expect(areas[0]).toBe('tripoli-district');
    expect(areas).toContain('libya');
  });
  it('slugify("Wadi Ka\'am (east)") is wadi-ka-am-east; an Arabic name alone gives nothing', () => {
    expect(slugify('Wadi Ka\'am (east)')).toBe('wadi-ka-am-east');
    expect(slugify('وادي كعام')).toBe('');
  });
});

describe('readStoredDraft', () => {
  it('readStoredDraft(a saved draft) is the draft; damaged parts are dropped, not thrown', () => {
    const draft = { ...createEmptyDraft('en'), text: 'نص', claims: [{ place: 'gharyan', evidence: [] }, 'junk'], additions: [{ id: 'x', lat: 'no' }], meta: { id: 'a', language: 'fr' } };
    expect(readStoredDraft(draft)).toMatchObject({ text: 'نص', uiLang: 'en', claims: [{ place: 'gharyan' }], additions: [], meta: { id: 'a', language: 'ar', title: '' } });
    expect(readStoredDraft(null)).toBeNull();
    expect(readStoredDraft({ version: 2, text: '' })).toBeNull();
  });
});
