// Suggested control claims on real phrasings of the reporting, one behaviour per test, through
// the project's gazetteer, geoparser and parties (content/parties.yaml), as `npm run geocode --
// --suggest-claims` runs them. The seed's figures against its claims.yaml are in
// suggest-claims-seed.test.ts; the dev set's in tests/unit/core/claims/score-dev-set.test.ts.
import { describe, expect, it } from 'vitest';
import { compileClaimReader, DEFAULT_CLAIM_VOCABULARY, selectDraftClaims, suggestClaimsInText, type ClaimVocabulary } from '../../../../src/core/claims/index.ts';
import { loadPartiesFile } from '../../../../src/core/content/load-parties.ts';
import { createGeoparser } from '../../../../src/core/geoparser/index.ts';
import { projectGazetteer, readProjectFile } from '../../helpers/project.ts';

const gazetteer = projectGazetteer();
const parser = createGeoparser(gazetteer.places);
const partiesFile = loadPartiesFile({ path: 'content/parties.yaml', text: readProjectFile('content/parties.yaml') });
const reader = compileClaimReader(partiesFile.parties, { sharedAliases: partiesFile.sharedAliases });

/** The suggestions for paragraphs p1, p2…, as `place party extent change` strings. */
function suggest(...paragraphs: string[]): string[] {
  return read(...paragraphs).suggestions.map((s) => `${s.place} ${s.party ?? s.parties?.join('+')} ${s.extent} ${s.change}`);
}
function read(...paragraphs: string[]): ReturnType<typeof suggestClaimsInText> {
  return suggestClaimsInText({ blocks: paragraphs.map((text, i) => ({ id: `p${i + 1}`, text })), parser, gazetteer, reader });
}

describe('suggestClaims: who holds what', () => {
  it('reads a control verb with its subject after it (Arabic VSO), a list of places and the extent of each', () => {
    expect(suggest('ويسيطر حفتر على أحياء قصر بن غشير ونصف وادي الربيع، بالإضافة إلى جزء كبير من حي عين زاره، وهي أحياء تحتوي على أكبر المعسكرات')).toEqual([
      'qasr-bin-ghashir lna all held',
      'wadi-al-rabi lna half held',
      'ain-zara lna most held',
    ]);
  });
  it('gives an expelled place to the party that expelled, not to the party named after the verb', () => {
    expect(suggest('بينما تمكنت قوات الحكومة من طرد قواته من أحياء السواني والزهراء.')).toEqual(['swani gna all expelled', 'az-zahra gna all expelled']);
    expect(suggest("Government forces pushed Haftar's forces out of the outskirts of Zawiya.")).toEqual(['zawiya gna part expelled']);
  });
  it('resolves a pronoun subject to the party last acting: "كما أن سيطرتها على الهيرة" after the government expelled Haftar', () => {
    const found = suggest('ويسيطر حفتر على قصر بن غشير، بينما تمكنت قوات الحكومة من طرد قواته من السواني، كما أن سيطرتها على الهيرة وسوق الخميس مكنتها من إضعاف قوة حفتر');
    expect(found).toEqual(['qasr-bin-ghashir lna all held', 'swani gna all expelled', 'al-hira gna all held', 'suq-al-khamis gna all held']);
  });
  it('carries a subject given once over the clauses that follow it', () => {
    expect(suggest('سيطرت قوات الوفاق على مدينة غريان، وتقدمت نحو الأصابعة.')).toEqual(['gharyan gna all taken', 'al-asabia gna part advanced']);
  });
  it('reads the passive and the state: "تحت سيطرة", "held by", "captured by", "LNA-held"', () => {
    expect(suggest('وقالت مصادر إن غريان تقع حاليا تحت سيطرة قوات الوفاق.')).toEqual(['gharyan gna all held']);
    expect(suggest('Surman was captured by GNA forces on Monday.')).toEqual(['surman gna all taken']);
    expect(suggest('Fighting continued near LNA-held Tarhuna.')).toEqual(['tarhuna lna all held']);
  });
  it('names a place before the words that say it is a base: "غريان وترهونة، واللتين تمثلان بدورهما منطلق قوات حفتر"', () => {
    expect(suggest('مدينتي غريان وترهونة، واللتين تمثلان بدورهما منطلق قوات حفتر باتجاه طرابلس.')).toEqual(['gharyan lna all staging-base', 'tarhuna lna all staging-base']);
    expect(suggest("Gharyan, located some 100km from Tripoli, has been a vital base for Haftar's forces.")).toEqual(['gharyan lna all staging-base']);
  });
  it('keeps a place a party withdrew from as that party\'s, withdrawn and weak; the draft gives it to a party the text says took it', () => {
    const { suggestions } = read('انسحبت قوات حفتر من العزيزية.');
    expect(suggestions.map((s) => [s.place, s.party, s.change])).toEqual([['al-aziziya', 'lna', 'withdrawn']]);
    expect(suggestions[0]!.confidence).toBeLessThan(0.6);
    expect(suggestions[0]!.why.join(' ')).toContain('withdrew from it; who holds it now is not said here');
    const both = read('انسحبت قوات حفتر من العزيزية، ودخلت قوات الوفاق العزيزية صباح اليوم.').suggestions;
    expect(both.map((s) => `${s.place} ${s.party} ${s.change}`)).toEqual(['al-aziziya lna withdrawn', 'al-aziziya gna entered']);
    expect(selectDraftClaims(both).map((c) => [c.place, c.party, c.change, c.alternatives.length])).toEqual([['al-aziziya', 'gna', 'entered', 1]]);
  });
  it('reads a withdrawal towards a place as the withdrawing party\'s position: "انسحبت باتجاه قصر بن غشير"', () => {
    expect(suggest('قوات "الجيش الوطني الليبي" انسحبت باتجاه قصر بن غشير.')).toEqual(['qasr-bin-ghashir lna part held']);
  });
  it('reads extent words: نصف → half, جزء كبير and most of → most, أطراف and outskirts → part', () => {
    expect(suggest('سيطر الجيش الوطني الليبي على أطراف زوارة ونصف صبراتة.')).toEqual(['zuwara lna part taken', 'sabratha lna half taken']);
    expect(suggest('The LNA still holds most of Tarhuna and the outskirts of Gharyan.')).toEqual(['tarhuna lna most held', 'gharyan lna part held']);
  });
  it('does not take a reference point for the place: "السبيعة جنوبي طرابلس", "near Tripoli"', () => {
    expect(suggest('الجيش الوطني الليبي سيطر على منطقة السبيعة جنوبي طرابلس.')).toEqual(['espiaa lna all taken']);
    expect(suggest('GNA forces retook Gharyan, near Tripoli.')).toEqual(['gharyan gna all retaken']);
  });
  it('resolves a name both sides use from its context: "الجيش الليبي التابع لحفتر", its spokesman', () => {
    expect(suggest('وأعلن "الجيش الليبي" التابع لحفتر أن قواته بسطت السيطرة الكاملة على مطار طرابلس الدولي.')).toEqual(['tripoli-international-airport lna all taken']);
    expect(suggest('الناطق باسم الجيش الليبي العقيد محمد قنونو أعلن بسط سيطرتهم على كامل مدينة صرمان.')).toEqual(['surman gna all taken']);
    // Without context it is no party at all.
    expect(suggest('سيطر الجيش الليبي على صرمان.')).toEqual([]);
  });
});

describe('suggestClaims: what is not a claim', () => {
  it('sets aside negated statements, with the words that negate them: "فشل في السيطرة", "failed to take", "did not"', () => {
    const ar = read('حفتر فشل في السيطرة على طرابلس عسكرياً');
    expect(ar.suggestions).toEqual([]);
    expect(ar.rejected.map((r) => [r.place, r.reason, r.marker])).toEqual([['tripoli', 'negated', 'فشل']]);
    const en = read('Haftar failed to take Tripoli.', 'The LNA did not take Misrata.');
    expect(en.suggestions).toEqual([]);
    expect(en.rejected.map((r) => [r.place, r.reason, r.marker])).toEqual([['tripoli', 'negated', 'failed'], ['misrata', 'negated', 'not']]);
  });
  it('sets aside purposes, conditions, demands and denials', () => {
    const found = read(
      'شنت قوات حفتر هجوما للسيطرة على طرابلس.',
      'سيما وأن واشنطن لم تخف مخاوفها من إمكانية استيلاء حفتر على الحكم عسكريا حال سيطرته على طرابلس.',
      'بعد أن ضغطت عدة أطراف دولية باتجاه وقف إطلاق النار وضرورة انسحاب قواته من أحياء بجنوب طرابلس.',
      'كما نفت قوة الأمن المركزي سيطرة قوات "الجيش الوطني" على مطار طرابلس الدولي.',
      'The LNA launched an offensive to capture Tripoli.',
    );
    expect(found.suggestions).toEqual([]);
    expect(found.rejected.map((r) => r.reason)).toEqual(['purpose', 'irrealis', 'irrealis', 'denied', 'attempt']);
  });
  it('does not read the name of an operation as a statement: "معركة تحرير طرابلس"', () => {
    expect(read('تشهد معركة تحرير العاصمة الليبية طرابلس تطورات').suggestions).toEqual([]);
  });
});

describe('suggestClaims: evidence and attribution', () => {
  it('keeps who says so, in the text\'s words', () => {
    const [ar] = read('أعلنت قوات الوفاق أنها سيطرت على مدينة غريان.').suggestions;
    expect(ar).toMatchObject({ place: 'gharyan', party: 'gna', attributedTo: 'قوات الوفاق' });
    const [en] = read('GNA forces retook Gharyan on Wednesday, according to the LNA.').suggestions;
    expect(en).toMatchObject({ place: 'gharyan', party: 'gna', attributedTo: 'the LNA' });
    const [quoted] = read('"Our heroic forces have extended their control over the whole of Tarhuna," said GNA spokesman Mohammed Gununu.').suggestions;
    expect(quoted).toMatchObject({ place: 'tarhuna', party: 'gna', extent: 'all', attributedTo: 'GNA spokesman Mohammed Gununu' });
  });
  it('gives each suggestion its paragraph, exact offsets, quote, rule and confidence', () => {
    const text = 'وقال الدبلوماسي إن الحكومة في طرابلس قبلت المقترح.';
    const [s] = read('مقدمة بلا أماكن.', text).suggestions;
    expect(s).toMatchObject({ place: 'tripoli', party: 'gna', change: 'seat', rule: 'ar.seat', evidence: { paragraph: 'p2', quote: 'الحكومة في طرابلس' } });
    expect(text.slice(s!.evidence.start, s!.evidence.end)).toBe(s!.evidence.quote);
    expect(s!.confidence).toBeGreaterThan(0);
    expect(s!.confidence).toBeLessThanOrEqual(1);
  });
});

describe('compileClaimReader: the vocabulary is data', () => {
  it('reads a cue a newsroom adds to the vocabulary, and nothing of a cue it removes', () => {
    const text = 'Forces loyal to the GNA mopped up Zawiya on Monday.';
    expect(suggest(text)).toEqual([]);
    const cues = [...DEFAULT_CLAIM_VOCABULARY.cues, { id: 'en.mop-up', lang: 'en' as const, change: 'taken' as const, party: 'actor' as const, outcome: 'holds' as const, confidence: 0.7, forms: ['mopped up'] }];
    const extended: ClaimVocabulary = { ...DEFAULT_CLAIM_VOCABULARY, cues };
    const custom = compileClaimReader(partiesFile.parties, { sharedAliases: partiesFile.sharedAliases, vocabulary: extended });
    const found = suggestClaimsInText({ blocks: [{ id: 'p1', text }], parser, gazetteer, reader: custom });
    expect(found.suggestions.map((s) => [s.place, s.party, s.rule])).toEqual([['zawiya', 'gna', 'en.mop-up']]);
  });
});
