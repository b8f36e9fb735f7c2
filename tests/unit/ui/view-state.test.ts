import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from '../../../src/ui/view-state.ts';

describe('parseHash and formatHash: the date and the paragraph', () => {
  it('parseHash reads a calendar date and a paragraph id', () => {
    expect(parseHash('#article=a-b&place=gharyan&lang=en&date=2019-06-26&paragraph=p4')).toEqual({ article: 'a-b', place: 'gharyan', lang: 'en', date: '2019-06-26', paragraph: 'p4' });
  });
  it('parseHash ignores a date that is not a calendar date, and a paragraph that is not a block id', () => {
    for (const date of ['2019-02-30', '2019-6-26', '26/06/2019', 'yesterday', '2019-06-26T00:00']) expect(parseHash(`#article=a&date=${encodeURIComponent(date)}`)).toEqual({ article: 'a' });
    for (const paragraph of ['P4', '<p4>', '4', 'p 4']) expect(parseHash(`#article=a&paragraph=${encodeURIComponent(paragraph)}`)).toEqual({ article: 'a' });
  });
  it('formatHash writes the date only when there is one (the article\'s own date is the default), after the language', () => {
    expect(formatHash({ article: 'a', place: null, lang: 'ar' })).toBe('#article=a&lang=ar');
    expect(formatHash({ article: 'a', place: null, lang: 'ar', date: null })).toBe('#article=a&lang=ar');
    expect(formatHash({ article: 'a', place: 'gharyan', lang: 'en', date: '2019-06-26' })).toBe('#article=a&place=gharyan&lang=en&date=2019-06-26');
    expect(formatHash({ article: 'a', place: 'gharyan', lang: 'en', paragraph: 'p2' })).toBe('#article=a&place=gharyan&paragraph=p2&lang=en');
  });
  it('formatHash and parseHash round-trip a dated view', () => {
    const view = { article: 'fixture-wire-2020-06-05', place: 'tarhuna', zone: null, lang: 'ar' as const, date: '2019-06-28' };
    expect(parseHash(formatHash(view))).toEqual({ article: view.article, place: view.place, lang: view.lang, date: view.date });
  });
});
