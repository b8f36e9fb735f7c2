import { describe, expect, it } from 'vitest';
import { mapEndOffset, normaliseName, normaliseText } from '../../../../src/core/text/normalise.ts';

describe('normaliseText', () => {
  it('folds alef forms أ إ آ ٱ to ا', () => {
    expect(normaliseName('أإآٱا')).toBe('ااااا');
  });
  it('folds ta marbuta to ha, so عين زارة and عين زاره are the same name', () => {
    expect(normaliseName('عين زارة')).toBe(normaliseName('عين زاره'));
  });
  it('folds alef maqsura to ya and hamza seats to their letters', () => {
    expect(normaliseName('مستشفى')).toBe('مستشفي');
    expect(normaliseName('بئر')).toBe('بير');
    expect(normaliseName('مؤتمر')).toBe('موتمر');
  });
  it('drops diacritics, tatweel and invisible bidi marks', () => {
    expect(normaliseName('طَرَابُلُسُ')).toBe('طرابلس');
    expect(normaliseName('طـرابـلس')).toBe('طرابلس');
    expect(normaliseName('\u202eطرابلس\u202c\u200f')).toBe('طرابلس');
  });
  it('drops every combining mark, so none splits a word: Arabic small high signs and extended marks', () => {
    expect(normaliseName('طر\u0610ابل\u061aس')).toBe('طرابلس');
    expect(normaliseName('طرا\u08f0بلس\u08d3')).toBe('طرابلس');
    expect(normaliseName('ca\u0301fe\u0327')).toBe('cafe');
  });
  it('lower-cases Latin, strips accents and turns punctuation runs into one space', () => {
    expect(normaliseName('  Ṣabrātah, AIN-Zara!! ')).toBe('sabratah ain zara');
  });
  it('splits the English possessive off a name', () => {
    expect(normaliseName("Tripoli's")).toBe('tripoli s');
  });
  it('expands the lam-alef ligature into two letters', () => {
    expect(normaliseName('أوﻻد')).toBe('اولاد');
  });
  it('maps every normalised code unit back to the original code unit it came from', () => {
    const original = 'لـ"العربي الجديد"، في طَرابلس';
    const { text, offsets } = normaliseText(original);
    for (let i = 0; i < text.length; i++) {
      if (text[i] === ' ') continue;
      expect(normaliseName(original.charAt(offsets[i] as number))).toBe(text[i]);
    }
  });
  it('maps the end of a span past trailing diacritics', () => {
    const original = 'في طرابلسَ اليوم';
    const { text, offsets } = normaliseText(original);
    const end = text.indexOf('طرابلس') + 'طرابلس'.length;
    expect(original.slice(offsets[text.indexOf('طرابلس')] as number, mapEndOffset(original, offsets, end))).toBe('طرابلسَ');
  });
  it('is idempotent', () => {
    const once = normaliseName('وأكد دبلوماسي ليبي رفيع لـ"العربي الجديد"، أن حفتر');
    expect(normaliseName(once)).toBe(once);
  });
});
