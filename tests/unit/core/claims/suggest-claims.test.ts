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
  it('keeps a place a party withdrew from as that party\'s, withdrawn and weak, unless the text says the other party took it', () => {
    const { suggestions } = read('انسحبت قوات حفتر من العزيزية.');
    expect(suggestions.map((s) => [s.place, s.party, s.change])).toEqual([['al-aziziya', 'lna', 'withdrawn']]);
    expect(suggestions[0]!.confidence).toBeLessThan(0.6);
    expect(suggestions[0]!.why.join(' ')).toContain('withdrew from it; who holds it now is not said here');
    const both = read('انسحبت قوات حفتر من العزيزية، ودخلت قوات الوفاق العزيزية صباح اليوم.').suggestions;
    // README: `withdrawn` with party X means the rival withdrew and X holds it.
    expect(both.map((s) => `${s.place} ${s.party} ${s.change}`)).toEqual(['al-aziziya gna withdrawn', 'al-aziziya gna entered']);
    expect(both[0]!.why.at(-1)).toContain('so gna holds it after lna left');
    expect(selectDraftClaims(both).map((c) => [c.place, c.party, c.change, c.alternatives.length])).toEqual([['al-aziziya', 'gna', 'entered', 0]]);
    // The leaver's position in the sentence that says it left is where it was.
    expect(suggest('LNA forces stationed at Watiya left the airbase on Monday. GNA forces took over Watiya airbase.')).toEqual([
      'al-watiya-air-base gna all withdrawn',
      'al-watiya-air-base gna all taken',
    ]);
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

describe('suggestClaims: who acted, in the phrasings of the reporting', () => {
  it('reads the party after "of" in an English verbal noun, over a party named before it', () => {
    expect(suggest('The withdrawal of LNA forces from Tarhuna began on Friday.')).toEqual(['tarhuna lna all withdrawn']);
    expect(suggest("GNA forces said the withdrawal of Haftar's forces from Gharyan was complete.")).toEqual(['gharyan lna all withdrawn']);
  });
  it('reads the party after "by" as the one that acted, over the subject carried over', () => {
    expect(suggest('The LNA holds Tarhuna. The capture of Surman by GNA forces came on Monday.')).toEqual(['tarhuna lna all held', 'surman gna all taken']);
  });
  it('gives a place lost "to" a party to that party', () => {
    expect(suggest("Haftar's forces lost Gharyan to GNA forces in June.")).toEqual(['gharyan gna all expelled']);
  });
  it('takes the first of two parties after a verb of expelling as the one that expelled', () => {
    expect(suggest('طردت قوات الوفاق قوات حفتر من العزيزية.')).toEqual(['al-aziziya gna all expelled']);
  });
  it('reads a party inside the words of a cue: "وصلت قوات الوفاق إلى"', () => {
    expect(suggest('وصلت قوات الوفاق إلى ترهونة.')).toEqual(['tarhuna gna part advanced']);
  });
  it('knows the names of the parties\' operations and allies: Volcano of Anger, Wagner, الكانيات', () => {
    expect(suggest('Volcano of Anger forces took control of Surman.')).toEqual(['surman gna all taken']);
    expect(suggest('وسيطرت مرتزقة فاغنر على مدينة بني وليد.')).toEqual(['bani-walid lna all taken']);
    expect(suggest('وتسيطر ميليشيات الكاني على ترهونة.')).toEqual(['tarhuna lna all held']);
  });
  it('reads "the LNA-held town" as the town named before it, held by that party', () => {
    expect(suggest('GNA forces entered Tarhuna on Friday. The LNA-held town had been shelled.')).toEqual(['tarhuna gna all entered', 'tarhuna lna all held']);
  });
  it('reads "the town" as the town named before it', () => {
    expect(suggest('GNA forces reached Tarhuna on Friday. They entered the town hours later.')).toEqual(['tarhuna gna part advanced', 'tarhuna gna all entered']);
  });
});

describe('suggestClaims: more ways the news says who holds a place', () => {
  it('reads "from" after a verb of leaving as naming the place, so "the town" can refer back to it', () => {
    expect(suggest("Haftar's troops withdrew from Gharyan. GNA forces stormed the city.")).toEqual(['gharyan gna all withdrawn', 'gharyan gna all taken']);
    // A distance before "from" still makes a reference point.
    expect(suggest("Gharyan, located some 100km from Tripoli, has been a vital base for Haftar's forces.")).toEqual(['gharyan lna all staging-base']);
  });
  it('reads "X\'s southern suburbs", "the suburbs of X" as part of X', () => {
    expect(suggest("Haftar's forces pushed into Tripoli's southern suburbs.")).toEqual(['tripoli lna part entered']);
    expect(suggest('GNA forces entered the suburbs of Sirte.')).toEqual(['sirte gna part entered']);
  });
  it('reads "pushed X back from Y" as expelling, and English verbal nouns: "the liberation of", "the capture of"', () => {
    expect(suggest("Forces backing the GNA pushed Haftar's forces back from Tripoli's southern outskirts.")).toEqual(['tripoli gna part expelled']);
    expect(suggest('The GNA announced the liberation of Sabratha and Surman.')).toEqual(['sabratha gna all retaken', 'surman gna all retaken']);
  });
  it('reads a place "liberated from" a party as the other party\'s, in English and Arabic', () => {
    expect(suggest("Sabratha was liberated from Haftar's militias on Monday.")).toEqual(['sabratha gna all retaken']);
    expect(suggest('تم تحرير مدينة صبراتة من قبضة ميليشيات حفتر.')).toEqual(['sabratha gna all retaken']);
  });
  it('reads the place between a verb and "إلى سيطرة", "لسيطرة" as held by the party after', () => {
    expect(suggest('عادت مدينة غريان إلى سيطرة قوات الوفاق.')).toEqual(['gharyan gna all held']);
    expect(suggest('وتخضع مدينة سرت لسيطرة قوات حفتر منذ يناير.')).toEqual(['sirte lna all held']);
  });
  it('reads "قبضتها على" as control, and the Arabic passive\'s agent after "من قبل"', () => {
    expect(suggest('أحكمت قوات الوفاق قبضتها على مدينة صبراتة.')).toEqual(['sabratha gna all held']);
    expect(suggest('تمت السيطرة على مدينة العزيزية من قبل قوات حفتر.')).toEqual(['al-aziziya lna all held']);
  });
  it('reads an advance with a long subject, and no belonging when the party\'s words are followed by a direction', () => {
    expect(suggest('تقدمت قوات الجيش الليبي التابع لحفتر باتجاه مدينة مصراتة.')).toEqual(['misrata lna part advanced']);
  });
});

describe('suggestClaims: English clauses', () => {
  it('lets a cue that finds no place leave its words to the next: "remains in the hands of"', () => {
    expect(suggest("The city of Sirte remains in the hands of Haftar's forces.")).toEqual(['sirte lna all held']);
  });
  it('gives a subjectless clause after "after", "while" the subject of its sentence', () => {
    expect(suggest('GNA troops pushed on towards Sirte after taking Tarhuna.')).toEqual(['sirte gna part advanced', 'tarhuna gna all taken']);
  });
  it('reads the passive with words before "by": "was captured on Monday by"', () => {
    expect(suggest('Al-Watiya air base was captured on Monday by forces loyal to the GNA.')).toEqual(['al-watiya-air-base gna all taken']);
  });
  it('reads where a party is pushed back to as its position', () => {
    expect(suggest("Haftar's forces have been pushed back to Sirte.")).toEqual(['sirte lna part held']);
  });
  it('reads a relative clause whose object is the place: "Sirte, which Haftar\'s forces seized"', () => {
    expect(suggest("Sirte, which Haftar's forces seized in January, is the gateway to the oil crescent.")).toEqual(['sirte lna all taken']);
    expect(suggest('Gharyan, which the LNA had captured in April, fell in June.')).toEqual(['gharyan lna all taken']);
  });
});

describe('suggestClaims: a town\'s airport', () => {
  it('reads "Tripoli\'s airport", "the international airport in Tripoli", "مطارها" as the town\'s airport', () => {
    expect(suggest("GNA forces now control Tripoli's airport.")).toEqual(['tripoli-international-airport gna all held']);
    expect(suggest('The LNA captured the international airport in Tripoli.')).toEqual(['tripoli-international-airport lna all taken']);
    expect(suggest('دخلت قوات الوفاق مدينة بني وليد، إلا أن قوات حفتر كانت تسيطر على مطارها المدني.')).toEqual(['bani-walid gna all entered', 'bani-walid-airport lna all held']);
  });
});

describe('suggestClaims: lists, references and pronouns', () => {
  it('reads the subject after a verb whose suffix is its object: "التقدمات التي أحرزها حفتر جنوبي طرابلس"', () => {
    expect(suggest('فأغلب التقدمات التي أحرزها حفتر جنوبي طرابلس كانت بفضل اللواء التاسع،')).toEqual(['tripoli lna part advanced']);
    expect(suggest('أحرزت قوات حفتر تقدما جنوبي طرابلس')).toEqual(['tripoli lna part advanced']);
  });
  it('goes on with a list past a reference point after a comma or a place noun, not past "and" alone', () => {
    expect(suggest('تحرز القوات الحكومية تقدماً باتجاه ترهونة من عدة محاور، أبرزها منطقة القربولي شرق طرابلس ومدينة مسلاتة جنوبها.')).toEqual([
      'tarhuna gna part advanced', 'garabulli gna part advanced', 'msallata gna part advanced',
    ]);
    expect(suggest('GNA forces took Surman, west of Tripoli, and Sabratha.')).toEqual(['surman gna all taken', 'sabratha gna all taken']);
    expect(suggest('GNA forces entered Badr, east of Rujban and Zintan, with no clashes.')).toEqual([]);
  });
});

describe('suggestClaims: transfers and bases (ACLED\'s non-violent transfer, base established)', () => {
  it('gives a place handed over "to", "إلى", "لـ" a party to that party', () => {
    expect(suggest('The LNA handed over Gharyan to GNA forces.')).toEqual(['gharyan gna all expelled']);
    expect(suggest('سلمت قوات حفتر مدينة بني وليد إلى قوات الوفاق.')).toEqual(['bani-walid gna all expelled']);
    expect(suggest('سلمت قوات حفتر مدينة بني وليد لقوات الوفاق.')).toEqual(['bani-walid gna all expelled']);
  });
  it('reads "took up positions in", "set up a base in" as a position', () => {
    expect(suggest('GNA forces took up positions in Ain Zara.')).toEqual(['ain-zara gna part held']);
    expect(suggest('The LNA set up a base in Tarhuna.')).toEqual(['tarhuna lna part held']);
  });
});

describe('suggestClaims: perfect tenses, the article, operations rooms', () => {
  it('reads "have taken", "has controlled" with their place, and not "taken to", "taken part"', () => {
    expect(suggest("GNA forces say they have taken Tarhuna, Haftar's main stronghold in western Libya.")).toEqual(['tarhuna gna all taken', 'tarhuna lna all staging-base']);
    expect(suggest('The LNA has controlled Sirte since January.')).toEqual(['sirte lna all held']);
    expect(suggest('The wounded were taken to Misrata.', 'GNA forces had taken part in the battle for Sirte.')).toEqual([]);
  });
  it('reads a stronghold written with the article: "المعقل الرئيسي لقوات حفتر"', () => {
    expect(suggest('وكانت ترهونة تعد المعقل الرئيسي لقوات حفتر في غرب البلاد.')).toEqual(['tarhuna lna all staging-base']);
  });
  it('knows the GNA\'s Sirte–Jufra operations room as the GNA', () => {
    expect(suggest('وأكدت غرفة عمليات سرت والجفرة أن قواتها تقترب من مدينة سرت.')).toEqual(['sirte gna part advanced']);
  });
});

describe('suggestClaims: movements', () => {
  it('reads where a force set out from as a staging base and where it goes as its destination', () => {
    expect(suggest('A GNA convoy of 200 vehicles moved east from Misrata on the coast towards Tawergha.')).toEqual(['misrata gna part staging-base', 'tawergha gna part advanced']);
    expect(suggest('تحركت أرتال قوات الوفاق من مصراتة باتجاه سرت.')).toEqual(['misrata gna part staging-base', 'sirte gna part advanced']);
  });
  it('reads reinforcements arriving "to" a place, their party after "of the", once however many words of moving', () => {
    expect(suggest('He confirmed the arrival of military reinforcements of the GNA forces from various military areas to the Abugrein area east of Misrata.')).toEqual(['abu-grein gna part staging-base']);
  });
  it('reads no movement without a destination, and no speaker in "confirmed the"', () => {
    expect(suggest('GNA forces moved from Misrata.')).toEqual([]);
    expect(read('He confirmed the arrival of GNA reinforcements to Abugrein.').suggestions.map((s) => s.attributedTo)).toEqual([undefined]);
  });
});

describe('suggestClaims: appositions and adjectives', () => {
  it('steps over one appositive between the place and a passive or a state: "Tarhuna, 65 km southeast of Tripoli, fell to"', () => {
    expect(suggest('Tarhuna, 65 km southeast of Tripoli, fell to government forces on Friday.')).toEqual(['tarhuna gna all taken']);
    expect(suggest("Sirte, Haftar's stronghold, was captured by GNA forces.")).toEqual(['sirte lna all staging-base', 'sirte gna all taken']);
    expect(suggest('ترهونة، الواقعة جنوب شرق طرابلس، تحت سيطرة قوات الوفاق الآن.')).toEqual(['tarhuna gna all held']);
  });
  it('reads "X\'s main supply hub", "a key hub for X" as a staging base', () => {
    expect(suggest("GNA forces regained Gharyan, Haftar's main supply hub, in June.")).toEqual(['gharyan gna all retaken', 'gharyan lna all staging-base']);
    expect(suggest("Jufra, a key hub for Haftar's forces, lies south of Sirte.")).toEqual(['jufra-district lna all staging-base']);
  });
  it('reads through the adjectives of a town ("the oil-rich city of Sirte") and "ran X" as control', () => {
    expect(suggest("Haftar's forces have controlled the oil-rich city of Sirte since January.")).toEqual(['sirte lna all held']);
    expect(suggest('The Kaniyat militia ran Tarhuna for years.')).toEqual(['tarhuna lna all held']);
  });
});

describe('suggestClaims: Arabic expelling from "it", standing at the gates', () => {
  it('reads "طرد X منها" as expelling X from the place named before', () => {
    expect(suggest('وتمكنت القوات من دخول مدينة غريان وطرد قوات حفتر منها.')).toEqual(['gharyan gna all expelled']);
  });
  it('reads "على مشارف" as an advance', () => {
    expect(suggest('باتت قوات الوفاق على مشارف مدينة سرت.')).toEqual(['sirte gna part advanced']);
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
  it('sets aside a noun phrase followed by a modal or a goal: "the fall of Tripoli would", "تحرير طرابلس هدفنا"', () => {
    const found = read('The fall of Tripoli would be a disaster, the GNA said.', 'The liberation of Tripoli is our goal, Haftar said.', 'سقوط طرابلس سيكون كارثة.', 'تحرير طرابلس هدفنا الأول.');
    expect(found.suggestions).toEqual([]);
    expect(found.rejected.map((r) => r.reason)).toEqual(['irrealis', 'attempt', 'irrealis', 'attempt']);
    // After a verb the modal belongs to the next clause.
    expect(suggest('The forces that captured Gharyan will push on to Tripoli, the GNA said.')).toEqual(['gharyan gna all taken']);
  });
  it('does not read the name of an operation as a statement: "معركة تحرير طرابلس"', () => {
    expect(read('تشهد معركة تحرير العاصمة الليبية طرابلس تطورات').suggestions).toEqual([]);
  });
  it('sets aside what is fought for: "fighting for control of", "the battle for the liberation of"', () => {
    const found = read('The two sides are fighting for control of Tripoli.', 'Haftar launched the battle for the liberation of Tripoli in April.');
    expect(found.suggestions).toEqual([]);
    expect(found.rejected.map((r) => [r.place, r.reason])).toEqual([['tripoli', 'attempt'], ['tripoli', 'attempt']]);
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
  it('does not take the statement for its speaker: "Government troops have seized Tarhuna, the GNA said"', () => {
    const [s] = read('Government troops have seized control of Tarhuna, the GNA said.').suggestions;
    expect(s).toMatchObject({ place: 'tarhuna', party: 'gna', attributedTo: 'the GNA' });
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
