import { describe, expect, it } from 'vitest';
import { makePlaceId } from '../../../../src/core/gazetteer/make-place-id.ts';
import { measureNameSimilarity } from '../../../../src/core/gazetteer/measure-name-similarity.ts';
import { listNameKeys, stripArticle } from '../../../../src/core/gazetteer/name-keys.ts';
import { readCommonWords } from '../../../../src/core/gazetteer/read-common-words.ts';
import { romaniseArabic } from '../../../../src/core/gazetteer/romanise-arabic.ts';
import { splitOsmName } from '../../../../src/core/gazetteer/split-osm-name.ts';

const texts = (value: string): string[] => splitOsmName(value).map((n) => `${n.arabic ? 'ar' : 'latin'}:${n.text}`);

describe('splitOsmName', () => {
  it('splitOsmName("a;b") reads each value of a multi-valued tag', () => {
    expect(texts('Al Katrun;Gatrone;Al Gatrun')).toEqual(['latin:Al Katrun', 'latin:Gatrone', 'latin:Al Gatrun']);
  });
  it('splits a value written in both scripts into two names', () => {
    expect(texts('Kambot كمبوت')).toEqual(['ar:كمبوت', 'latin:Kambot']);
    expect(texts('Tamlushayit (تملوشايت)')).toEqual(['ar:تملوشايت', 'latin:Tamlushayit']);
  });
  it('keeps the name before a locator after a dash, slash or parenthesis, and Latin hyphenated names whole', () => {
    expect(texts('الخضراء-ترهونة')).toEqual(['ar:الخضراء']);
    expect(texts('Khadra - Tarhuna')).toEqual(['latin:Khadra']);
    expect(texts('توكرة (العاقورية)')).toEqual(['ar:توكرة']);
    expect(texts('Al-Gurayfah')).toEqual(['latin:Al-Gurayfah']);
  });
  it('gives the bare name first when a generic word begins or ends it', () => {
    expect(texts('قرية اشميخ')).toEqual(['ar:اشميخ', 'ar:قرية اشميخ']);
    expect(texts('Shumaykh Town')).toEqual(['latin:Shumaykh', 'latin:Shumaykh Town']);
    expect(texts('Qaryat Bin Tallis')).toEqual(['latin:Bin Tallis', 'latin:Qaryat Bin Tallis']);
    expect(texts('حي')).toEqual(['ar:حي']);
  });
  it('drops bidi marks, a trailing ayn mark, and names of fewer than two letters', () => {
    expect(texts('الناصرية\u200e')).toEqual(['ar:الناصرية']);
    expect(texts('Al Fuqaha`')).toEqual(['latin:Al Fuqaha']);
    expect(texts('ب;x')).toEqual([]);
  });
});

describe('ids', () => {
  it('makePlaceId(name) folds accents and apostrophes into a kebab-case id', () => {
    expect(makePlaceId("Bi'r al Ashhab")).toBe('bir-al-ashhab');
    expect(makePlaceId('Zaouïa — centre')).toBe('zaouia-centre');
    expect(makePlaceId('طرابلس')).toBe('');
  });
  it('romaniseArabic(name) writes the article as al- and each letter by the table', () => {
    expect(romaniseArabic('المشاشطة')).toBe('al-mshashta');
    expect(romaniseArabic('سوق الخميس')).toBe('swq al-khmys');
    expect(makePlaceId(romaniseArabic('غوط الشعال'))).toBe('ghwt-al-shal');
  });
});

describe('name comparison', () => {
  it('stripArticle and listNameKeys compare names with and without the article, per script', () => {
    expect(stripArticle('الزاوية')).toBe('زاويه');
    expect(stripArticle('Az Zawiyah')).toBe('zawiyah');
    expect(stripArticle('al-Hira')).toBe('hira');
    expect(stripArticle('As Sur')).toBe('as sur');
    expect(listNameKeys('الزهراء')).toEqual(['الزهراء', 'زهراء']);
    expect(listNameKeys('Tripoli')).toEqual(['tripoli']);
  });
  it('measureNameSimilarity(a, b) is 1 minus the edit distance over the longer length, without article and spaces', () => {
    expect(measureNameSimilarity('Tobruch', 'Tobruk')).toBeCloseTo(5 / 7);
    expect(measureNameSimilarity('Al Zawiyah', 'zawiyah')).toBe(1);
    expect(measureNameSimilarity('Castelverde', 'Qasr al Qarabulli')).toBeLessThan(0.5);
  });
  it('readCommonWords(text) keeps each word normalised and without the article', () => {
    expect([...readCommonWords('الساحل\n\nVillage\nأنا\n')]).toEqual(['ساحل', 'village', 'انا']);
  });
});
