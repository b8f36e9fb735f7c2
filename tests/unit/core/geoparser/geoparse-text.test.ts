import { describe, expect, it } from 'vitest';
import { createGeoparser, geoparseText } from '../../../../src/core/geoparser/index.ts';
import { PREFIX_FORMS } from '../../../../src/core/geoparser/prefixes.ts';
import { normaliseName } from '../../../../src/core/text/normalise.ts';
import { projectGazetteer } from '../../helpers/project.ts';

const gazetteer = projectGazetteer();
const parser = createGeoparser(gazetteer.places);
const byId = new Map(gazetteer.places.map((p) => [p.id, p]));
const SEED_PLACES = ['tripoli', 'qasr-bin-ghashir', 'wadi-al-rabi', 'ain-zara', 'swani', 'az-zahra', 'al-hira', 'suq-al-khamis', 'gharyan', 'tarhuna', 'paris', 'cairo', 'washington'];

function find(text: string): Array<{ text: string; candidates: string[] }> {
  return geoparseText(parser, text, 'p1').matches.map((m) => ({ text: m.text, candidates: m.candidates }));
}

describe('geoparseText finds every seed place', () => {
  for (const id of SEED_PLACES) {
    const place = byId.get(id)!;
    for (const name of place.ar) {
      const hasArticle = normaliseName(name).startsWith('ال');
      for (const form of PREFIX_FORMS) {
        // A name with the article takes the article forms; a name without it takes the bare ones.
        if (form.article !== hasArticle) continue;
        const stem = hasArticle ? name.replace(/^[اأإآ]ل/, '') : name;
        const written = form.text.replace(/ال$/, '') + (form.text.endsWith('لل') ? stem : hasArticle ? `ال${stem}` : stem);
        const word = form.text.endsWith('لل') ? form.text + stem : written;
        it(`geoparseText(${JSON.stringify(word)}) finds ${id}`, () => {
          const found = find(`قال مصدر إن ${word}، شهدت اشتباكات.`);
          expect(found).toHaveLength(1);
          expect(found[0]!.candidates).toContain(id);
          // The span covers the name, not the conjunction or preposition before it.
          expect(word.endsWith(found[0]!.text)).toBe(true);
        });
      }
    }
    for (const name of place.en) {
      it(`geoparseText finds ${id} written "${name}" in English`, () => {
        const found = find(`Fighting was reported in ${name}, officials said.`);
        expect(found.map((f) => f.candidates)).toContainEqual(expect.arrayContaining([id]));
      });
    }
  }
});

describe('geoparseText handles Arabic orthography', () => {
  it('matches عين زارة and عين زاره alike, reporting the original spelling', () => {
    expect(find('في حي عين زاره')[0]).toMatchObject({ text: 'عين زاره', candidates: ['ain-zara'] });
    expect(find('في حي عين زارة')[0]).toMatchObject({ text: 'عين زارة', candidates: ['ain-zara'] });
  });
  it('matches through diacritics and tatweel and keeps them in the span', () => {
    expect(find('وصل إلى غَرْيَان أمس')[0]?.text).toBe('غَرْيَان');
    expect(find('وصل إلى غـريـان أمس')[0]?.text).toBe('غـريـان');
  });
  it('does not run a multi-word name across a comma, a full stop or a bracket', () => {
    expect(find('وصلت القوات إلى عين، زارة ثم انسحبت').map((m) => m.candidates)).not.toContainEqual(['ain-zara']);
    expect(find('قرب قصر. بن غشير').map((m) => m.candidates)).not.toContainEqual(['qasr-bin-ghashir']);
    expect(find('near Ain (Zara) and Suq, al-Khamis').map((m) => m.candidates)).toEqual([]);
    // Spaces, a hyphen and a line break are a name's own separators.
    expect(find('قصر بن\nغشير وسوق-الخميس').map((m) => m.candidates[0])).toEqual(['qasr-bin-ghashir', 'suq-al-khamis']);
    // A name written with a comma is found with it.
    expect(find('talks in Washington, D.C. today').map((m) => m.text)).toEqual(['Washington, D.C']);
  });
  it('matches names in quotes and guillemets', () => {
    expect(find('مدينة «ترهونة» و"غريان"').map((m) => m.text)).toEqual(['ترهونة', 'غريان']);
  });
  it('highlights the fused لل form whole and the article with its noun', () => {
    expect(find('زيارته الأخيرة للقاهرة،')[0]?.text).toBe('للقاهرة');
    expect(find('أحياء السواني والزهراء')[1]?.text).toBe('الزهراء');
  });
  it('prefers the longest name', () => {
    const found = find('قرب مطار طرابلس الدولي');
    expect(found).toHaveLength(1);
    expect(found[0]!.candidates).toEqual(['tripoli-international-airport']);
  });
});

describe('geoparseText does not match inside longer words', () => {
  const misses = ['الطرابلسي', 'طرابلسية', 'الغرياني', 'ترهونيين', 'باريسي', 'القاهرية', 'زاويتين', 'مطرابلس', 'Tripolitania', 'Parisian', 'Gharyani'];
  for (const word of misses) {
    it(`geoparseText(${JSON.stringify(word)}) finds nothing`, () => {
      expect(find(`قال ${word} أمس said ${word} today`)).toEqual([]);
    });
  }
});

describe('geoparseText offsets', () => {
  it('point into the original text so slicing gives the matched words', () => {
    const text = 'ويسيطر حفتر على أحياء قَصْرِ بن غشير ونصف وادي الربيع، بالإضافة إلى جزء كبير من حي عين زاره';
    const { matches } = geoparseText(parser, text, 'p4');
    expect(matches.map((m) => m.candidates[0])).toEqual(['qasr-bin-ghashir', 'wadi-al-rabi', 'ain-zara']);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(matches[0]!.text).toBe('قَصْرِ بن غشير');
  });
});

describe('geoparseText warnings', () => {
  it('reports a name after حي that is not in the gazetteer and still finds the others', () => {
    const { matches, warnings } = geoparseText(parser, 'اشتباكات في حي الفلانية الجديد وفي منطقة عين زارة ومدينة غريان', 'p1');
    expect(warnings.map((w) => w.text)).toEqual(['الفلانية']);
    expect(warnings[0]!.reason).toContain('حي');
    expect(matches.map((m) => m.candidates[0])).toEqual(['ain-zara', 'gharyan']);
  });
  it('treats a trigger after the conjunction و as a trigger (وحي، وبلدة)', () => {
    const { matches } = geoparseText(parser, 'في وحي صلاح الدين وبلدة الماية', 'p1');
    expect(matches.map((m) => m.candidates[0])).toEqual(['salah-al-din', 'al-maya']);
  });
  it('takes the second word of a multi-word candidate (وادي …)', () => {
    const { warnings } = geoparseText(parser, 'تقدمت القوات في منطقة وادي الفلان أمس', 'p1');
    expect(warnings.map((w) => w.text)).toEqual(['وادي الفلان']);
  });
  it('reports a multi-word name whole: the words with the article that go on it, not a nisba adjective', () => {
    expect(geoparseText(parser, 'تقدمت القوات في منطقة الفلانة الكبرى أمس', 'p1').warnings.map((w) => w.text)).toEqual(['الفلانة الكبرى']);
    expect(geoparseText(parser, 'تقدمت القوات في منطقة الفلانة الليبية أمس', 'p1').warnings.map((w) => w.text)).toEqual(['الفلانة']);
    expect(geoparseText(parser, 'في منطقة الفلانة، الواقعة جنوبا', 'p1').warnings.map((w) => w.text)).toEqual(['الفلانة']);
  });
  it('does not report common words after a trigger (مناطق الاشتباك، أحياء داخلها، مدن وبلدات)', () => {
    expect(geoparseText(parser, 'فروا من مناطق الاشتباك إلى أحياء داخلها ومن مدن وبلدات الجنوب', 'p1').warnings).toEqual([]);
  });
  it('does not report directions, pronouns and verbs after a trigger', () => {
    const { warnings } = geoparseText(parser, 'انسحاب قواته من أحياء بجنوب طرابلس، وهي أحياء تحتوي على المعسكرات، عن الأحياء الجنوبية', 'p1');
    expect(warnings).toEqual([]);
  });
  it('reports capitalised words after "town of" in English', () => {
    const { warnings } = geoparseText(parser, 'Forces entered the town of Wadi Zamzam Test on Sunday.', 'p1');
    expect(warnings.map((w) => w.text)).toEqual(['Wadi Zamzam Test']);
  });
});

describe('geoparseText on nested and generic names', () => {
  it('takes the airport, not the city, for مطار طرابلس and Tripoli airport', () => {
    expect(find('قصف مطار طرابلس أمس')).toEqual([{ text: 'مطار طرابلس', candidates: ['tripoli-international-airport'] }]);
    expect(find('Shelling hit Tripoli airport on Monday').map((m) => m.candidates)).toEqual([['tripoli-international-airport']]);
    expect(find('Shelling hit the airport of Tripoli on Monday')).toEqual([{ text: 'airport of Tripoli', candidates: ['tripoli-international-airport'] }]);
  });
  it('keeps a neighbourhood and the city the text names with it', () => {
    expect(find('اشتباكات في حي الأندلس في طرابلس').map((m) => m.candidates[0])).toEqual(['hay-al-andalus', 'tripoli']);
    expect(find("Clashes in Ain Zara, Tripoli, and in Tripoli's Abu Salim").map((m) => m.candidates[0])).toEqual(['ain-zara', 'tripoli', 'tripoli', 'abu-salim']);
  });
  it('reports a bridge or a street named after a place whole, not as the place (شارع الزاوية)', () => {
    const { matches, warnings } = geoparseText(parser, 'اشتباكات في شارع الزاوية بطرابلس', 'p1');
    expect(matches.map((m) => m.candidates[0])).toEqual(['tripoli']);
    expect(warnings.map((w) => [w.text, w.reason])).toEqual([['شارع الزاوية', 'names a street called after "الزاوية", not the place itself, and is not in the gazetteer']]);
  });
  it('finds a Latin spelling nobody listed by its key, waiting for evidence (Gharyaan)', () => {
    const { matches, pending } = geoparseText(parser, 'supply lines linking Tripoli to Gharyaan', 'p1');
    expect(matches.map((m) => m.candidates)).toEqual([expect.arrayContaining(['tripoli'])]);
    expect(pending.map((m) => [m.text, m.candidates])).toEqual([['Gharyaan', ['gharyan']]]);
    // Lower case, it is no proper noun: not even a candidate.
    expect(geoparseText(parser, 'linking Tripoli to gharyaan', 'p1').pending).toEqual([]);
  });
  it('starts an unlisted spelling at a capitalised word: "in Zuara" is not a spelling of Ain Zara', () => {
    const { matches, pending } = geoparseText(parser, 'Heavy clashes broke out in Zuara on Monday.', 'p1');
    expect([...matches, ...pending].map((m) => [m.text, m.candidates])).toEqual([['Zuara', ['zuwara']]]);
  });
  it('reads a listed spelling with an article written before it as listed (Al-Zawiya, Az-Zawiya)', () => {
    expect(find('clashes in Al-Zawiya and in Az-Zawiya').map((m) => [m.text, m.candidates])).toEqual([['Al-Zawiya', ['zawiya']], ['Az-Zawiya', ['zawiya']]]);
  });
  it('takes a name that carries its own trigger word without another (معسكر اليرموك, Khalla axis)', () => {
    expect(find('اشتباكات في معسكر اليرموك').map((m) => m.candidates)).toEqual([['yarmouk-camp']]);
    expect(find('fighting on the Khalla axis').map((m) => m.candidates)).toEqual([['al-khalla-axis']]);
    expect(find('it had taken the Yarmouk military camp').map((m) => m.candidates)).toEqual([['yarmouk-camp']]);
    // "camp" alone is no trigger: Syria's Yarmouk camp.
    expect(find('fighters recruited from the Yarmouk camp in Damascus')).toEqual([]);
    // The bare name, a common word or another place's name, still waits for a trigger.
    expect(find('معركة اليرموك')).toEqual([]);
  });
  it('takes "axis" and "airbase" after a name, and "the axes of" before one, as trigger words', () => {
    expect(find('Commander of Salaheddine axis, Mohammed al-Durat').map((m) => m.candidates)).toEqual([['salah-al-din']]);
    expect(find('on al-Khallatat and Yarmouk axis').map((m) => m.candidates)).toEqual([['yarmouk-camp']]);
    expect(find('in the axes of Salah al-Din and Khallat al-Furjan').map((m) => m.candidates)).toEqual([['salah-al-din'], ['khallat-al-furjan']]);
    // Not "front": the Nusra Front is no place.
    expect(geoparseText(parser, 'formerly known as Nusra Front', 'p1').matches).toEqual([]);
  });
  it('takes ضواحي and مشارف (suburbs, outskirts of) as trigger words', () => {
    expect(find('اشتباكات على مشارف الرملة').map((m) => m.candidates)).toEqual([['al-ramla']]);
    expect(find('قصف في ضواحي الخمس').map((m) => m.candidates)).toEqual([['khoms']]);
  });
  it('takes a port named after a town as the town (ميناء الخمس, the port of Khoms, Khoms port)', () => {
    expect(find('قصف ميناء الخمس').map((m) => m.candidates)).toEqual([['khoms']]);
    expect(find('the port of Khoms was hit').map((m) => m.candidates)).toEqual([['khoms']]);
    expect(find('a drone struck Khoms port').map((m) => m.candidates)).toEqual([['khoms']]);
  });
  it('does not read قائد المنطقة الغربية, a military region\'s command, as the region', () => {
    expect(find('في تصريحات لقائد المنطقة الغربية بقوات الوفاق')).toEqual([]);
    expect(find('بأن المنطقة الغربية تنتظر جيشها').map((m) => m.candidates)).toEqual([['western-region']]);
  });
  it('takes no definite trigger as a trigger: المدينة refers back, no name follows it', () => {
    expect(geoparseText(parser, 'وعقب سيطرة القوات على المدينة خرجت قوة حماية غريان', 'p1').warnings).toEqual([]);
  });
});
