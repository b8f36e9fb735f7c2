import { normaliseName } from '../text/normalise.ts';

/**
 * Words after which a place name usually follows ("the district of …"). A word after one of them
 * that is not in the gazetteer is reported, so a reporter knows what to add. Normalised forms.
 */
export const ARABIC_TRIGGERS: ReadonlySet<string> = new Set(
  [
    'منطقة', 'منطقتي', 'منطقتين', 'مناطق', 'مدينة', 'مدينتي', 'مدينتين', 'مدن', 'حي', 'حيي', 'أحياء',
    'محور', 'محوري', 'محاور', 'بلدة', 'بلدتي', 'بلدات', 'قرية', 'قرى', 'ضاحية', 'بلدية', 'بلديات',
    'شعبية', 'معسكر', 'قاعدة', 'مطار',
    // "the suburbs / outskirts / edges of X": ضواحي طرابلس, مشارف سرت, تخوم ترهونة; "the port of X"
    // (a port named after its town is a mention of the town: ميناء الخمس).
    'ضواحي', 'مشارف', 'تخوم', 'ميناء',
  ].map(normaliseName),
);

/** Latin triggers: the word before "of" in "the town of …". Normalised (lower case). */
export const LATIN_TRIGGERS: ReadonlySet<string> = new Set([
  'town', 'city', 'district', 'village', 'area', 'suburb', 'neighbourhood', 'neighborhood', 'region',
  'municipality', 'outskirts', 'towns', 'cities', 'districts', 'villages', 'suburbs',
  'neighbourhoods', 'neighborhoods', 'municipalities',
  // Front reporting: "the axis of Ain Zara", "the axes of Ain Zara and Khallat al-Furjan"; "the
  // port of Khoms".
  'axis', 'axes', 'port',
]);

/**
 * Latin trigger nouns that may also follow a name: "Al-Urban town", "Shweirif and Garyat areas",
 * "Khoms port", and the words of the front: "the Salaheddine axis", "the Watiya airbase" (not
 * "camp": Syria's Yarmouk camp is named in reporting on Syrian fighters in Libya).
 */
export const LATIN_TRIGGERS_AFTER: ReadonlySet<string> = new Set([
  'town', 'city', 'district', 'village', 'area', 'suburb', 'neighbourhood', 'neighborhood', 'municipality',
  'towns', 'cities', 'districts', 'villages', 'areas', 'suburbs', 'neighbourhoods', 'neighborhoods',
  'axis', 'axes', 'barracks', 'base', 'airbase', 'port',
]);

/**
 * Words that follow a trigger without being a name: directions, adjectives, pronouns, verbs and
 * prepositions common after "أحياء" or "منطقة" in news text, and the nouns of fighting and
 * people that follow مناطق ("areas of clashes", "residents"). Normalised, without clitics. Method:
 * the words after a trigger that were warned about in the seed, the trial (الأوسط،
 * مواجهات، الاشتباك، القتال) and the development set and negative snippets of
 * tests/fixtures/reporting/ (`npm run bench:places -- --texts` lists the warnings), kept when
 * they are ordinary words of news Arabic, not names.
 */
export const ARABIC_STOPWORDS: ReadonlySet<string> = new Set(
  [
    'جنوب', 'شمال', 'شرق', 'غرب', 'وسط', 'جنوبي', 'شمالي', 'شرقي', 'غربي', 'جنوبية', 'شمالية',
    'شرقية', 'غربية', 'وسطى', 'أخرى', 'آخر', 'واحدة', 'كبيرة', 'صغيرة', 'عدة', 'عدد', 'بعض', 'كل',
    'أي', 'من', 'في', 'على', 'إلى', 'عن', 'مع', 'ضمن', 'قرب', 'قريبة', 'داخل', 'خارج', 'حول',
    'التي', 'الذي', 'اللتين', 'اللذين', 'اللتان', 'اللذان', 'هذه', 'هذا', 'تلك', 'ذلك', 'منها',
    'منه', 'فيها', 'عليها', 'سكنية', 'سكني', 'مجاورة', 'حدودية', 'عسكرية', 'استراتيجية', 'محيطة',
    'متاخمة', 'تحتوي', 'تقع', 'تضم', 'تشهد', 'شهدت', 'يسيطر', 'تسيطر', 'تعتبر', 'يعتبر', 'الاشتباكات',
    'اشتباكات', 'المعارك', 'معارك', 'العاصمة', 'الحكومة', 'قوات', 'رئيسية', 'مهمة', 'عدد',
    'اشتباك', 'قتال', 'مواجهات', 'مواجهة', 'نزاع', 'صراع', 'حرب', 'عمليات', 'تماس', 'نفوذ', 'سيطرة',
    'أوسط', 'سكان', 'أهالي', 'محايدة', 'محايد', 'خلفية', 'آمنة', 'آمن', 'جديد', 'جديدة', 'قديم',
    'قديمة', 'أولى', 'أول', 'ثانية', 'ثاني', 'مختلفة', 'متفرقة', 'نائية', 'ريفية', 'صناعية',
    'واقعة', 'واقع', 'محاذية', 'مذكورة', 'مذكور', 'ذاتها', 'نفسها', 'كاملة', 'كامل', 'بأكملها', 'شرقي',
  ].map((w) => normaliseName(w).replace(/^ال/, '')),
);

/**
 * Words that begin a multi-word Arabic place name (وادي الربيع, عين زارة, بئر الغنم, سوق الخميس):
 * an unresolved candidate starting with one of them takes the next word too.
 */
export const ARABIC_NAME_HEADS: ReadonlySet<string> = new Set(
  ['وادي', 'عين', 'بئر', 'بير', 'سوق', 'قصر', 'سيدي', 'باب', 'أبو', 'بني', 'رأس', 'تل', 'جبل', 'بن', 'أولاد', 'زاوية', 'خلة', 'غوط', 'مشروع', 'شارع', 'طريق'].map(normaliseName),
);

/**
 * Every written form of an Arabic trigger with its clitics (وحي، بمنطقة، لمدينة…), so a token is
 * one Set look-up, and the shortest and longest lengths, so most tokens are rejected without
 * slicing them out of the text. Only the indefinite forms: a name follows its trigger in a
 * construct (مدينة غريان, "the city of Gharyan"), whose head never takes the article; the
 * definite forms (المدينة, بالمنطقة, الأحياء) refer back to a place already named and are followed
 * by a verb or an adjective (المدينة سلمت, المنطقة السياحية, الأحياء البرية), not a name.
 */
export const ARABIC_TRIGGER_FORMS: ReadonlySet<string> = new Set(
  [...ARABIC_TRIGGERS].flatMap((t) => ['', 'و', 'ف'].flatMap((conj) => [conj + t, `${conj}ب${t}`, `${conj}ل${t}`, `${conj}ك${t}`])),
);
/** Shortest and longest {@link ARABIC_TRIGGER_FORMS}, in code units. */
export const TRIGGER_LENGTHS: readonly [number, number] = [
  Math.min(...[...ARABIC_TRIGGER_FORMS].map((f) => f.length)),
  Math.max(...[...ARABIC_TRIGGER_FORMS].map((f) => f.length)),
];
