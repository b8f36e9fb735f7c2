import { describe, expect, it } from 'vitest';
import { NO_SUGGESTER, createWorkerSuggester } from '../../../src/author/suggestions.ts';
import type { Block } from '../../../src/core/types.ts';

const blocks: Block[] = [
  { id: 'dateline', kind: 'dateline', text: '13 مايو 2019' },
  { id: 'p4', kind: 'paragraph', text: 'ويسيطر حفتر على أحياء قصر بن غشير' },
];

describe('createWorkerSuggester', () => {
  it('NO_SUGGESTER says it is not available and suggests nothing', async () => {
    expect(NO_SUGGESTER.available).toBe(false);
    expect(await NO_SUGGESTER.suggest({ blocks, mentions: [] })).toEqual([]);
  });
  it('sends the blocks as paragraphs p1, p2… and answers in the blocks\' ids, dropping a quote that is not verbatim', async () => {
    const sent: string[] = [];
    const quote = 'ويسيطر حفتر على أحياء قصر بن غشير';
    const client = {
      suggestClaims(text: string) {
        sent.push(text);
        return Promise.resolve({
          suggestions: [
            { place: 'qasr-bin-ghashir', status: 'control' as const, party: 'lna', extent: 'all' as const, change: 'held', evidence: { paragraph: 'p2', quote, start: 0, end: quote.length }, confidence: 0.9, rule: 'ar.held', why: ['party: حفتر → lna'] },
            { place: 'qasr-bin-ghashir', status: 'control' as const, party: 'lna', extent: 'all' as const, change: 'held', evidence: { paragraph: 'p2', quote: 'ليس في النص', start: 0, end: 11 }, confidence: 0.9, rule: 'ar.held' },
          ],
        });
      },
    };
    const suggester = createWorkerSuggester(client as unknown as Parameters<typeof createWorkerSuggester>[0]);
    expect(suggester.available).toBe(true);
    const suggestions = await suggester.suggest({ blocks, mentions: [] });
    expect(sent).toEqual(['13 مايو 2019\n\nويسيطر حفتر على أحياء قصر بن غشير']);
    expect(suggestions).toEqual([
      { key: `ar.held|qasr-bin-ghashir|p4|0|${quote.length}`, place: 'qasr-bin-ghashir', status: 'control', party: 'lna', extent: 'all', change: 'held', evidence: { paragraph: 'p4', quote, start: 0, end: quote.length }, confidence: 0.9, rule: 'ar.held', why: ['party: حفتر → lna'] },
    ]);
  });
});
