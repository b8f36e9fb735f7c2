import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/core/segment-text.ts';

describe('segmentText', () => {
  it('segmentText(text, [], []) is the whole text as one plain run', () => {
    expect(segmentText('abc', [], [])).toEqual([{ text: 'abc', start: 0, end: 3, mention: null, mentionIndex: -1, evidence: [] }]);
  });
  it('cuts at mentions and at overlapping evidence quotes, keeping every character once', () => {
    const text = 'Haftar holds Qasr and half of Wadi today';
    const mentions = [{ start: 13, end: 17, place: 'qasr' }, { start: 30, end: 34, place: 'wadi' }];
    const evidence = [{ start: 0, end: 17, place: 'qasr' }, { start: 0, end: 34, place: 'wadi' }];
    const segments = segmentText(text, mentions, evidence);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.map((s) => [s.text, s.mention, s.evidence.join('+')])).toEqual([
      ['Haftar holds ', null, 'qasr+wadi'],
      ['Qasr', 'qasr', 'qasr+wadi'],
      [' and half of ', null, 'wadi'],
      ['Wadi', 'wadi', 'wadi'],
      [' today', null, ''],
    ]);
  });
  it('keeps a mention cut by an evidence boundary as one mention index', () => {
    const segments = segmentText('in Ain Zara now', [{ start: 3, end: 11, place: 'ain-zara' }], [{ start: 0, end: 6, place: 'x' }]);
    const mention = segments.filter((s) => s.mention === 'ain-zara');
    expect(mention.map((s) => s.text)).toEqual(['Ain', ' Zara']);
    expect(new Set(mention.map((s) => s.mentionIndex)).size).toBe(1);
  });
  it('clamps ranges that run past the text', () => {
    expect(segmentText('ab', [{ start: 1, end: 9, place: 'p' }], []).map((s) => s.text)).toEqual(['a', 'b']);
  });
});
