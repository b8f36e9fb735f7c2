/**
 * The words the claim suggester reads, as data: a newsroom extends a list here (or passes its own
 * vocabulary to `suggestClaims`) without touching the code that applies them.
 *
 * Shape, after the event coders' dictionaries (PETRARCH2, UniversalPETRARCH): verb blocks mapped
 * to what happened to a place (here: the change, who ends up holding it, and where the place and
 * the party sit around the words), a list of actors (party aliases, in content/parties.yaml), and
 * words that cancel a reading (negation, attempts, denials, purposes). Unlike event codes, every
 * suggestion keeps the exact words that triggered it, and how much of the place (extent).
 *
 * Forms are written as news writes them; they are normalised on compilation (أ إ آ → ا, ة → ه,
 * ى → ي, diacritics and tatweel dropped, Latin lower-cased; punctuation, hyphens and apostrophes
 * become spaces, so "GNA-held" is the two words "gna held" and "Haftar's" is "haftar s"). Arabic
 * words are matched with or without the clitics و ف ب ل ك and the article (وسيطرت, للسيطرة,
 * بالكامل), so list the bare word. In a cue form:
 * - a word ending in `+` must carry a pronoun suffix (سيطرتها "its control": ه ها هم هما هن نا),
 * - a word ending in `*` may carry one,
 * - `…` stands for up to three words of any kind ("thwarted … attack on").
 */
import type { Extent, Lang } from '../types.ts';

/** What a statement says happened to a place (the `change` of a claim). */
export type ClaimChange = 'held' | 'taken' | 'retaken' | 'entered' | 'expelled' | 'withdrawn' | 'advanced' | 'staging-base' | 'seat' | 'contested';

/** Words by language. */
export interface WordLists {
  ar: readonly string[];
  en: readonly string[];
}

/** A control cue: words that state who holds, took, lost or approaches a place. */
export interface ControlCue {
  /** The rule's id, reported with every suggestion it makes (`ar.held`, `en.expel`…). */
  id: string;
  lang: Lang;
  change: ClaimChange;
  /** Written forms (see the module comment for `+`, `*` and `…`). */
  forms: readonly string[];
  /**
   * Where the party is: the clause's actor (`actor`: a pronoun suffix on the cue, the party
   * between the cue and the place as in "سيطر الجيش على", the party before the cue, the
   * speaker, or the subject carried over from the previous clause), the party named right after
   * the cue (`after`: "تحت سيطرة قوات الوفاق", "held by the LNA", "منطلق قوات حفتر"), right before
   * it (`before`: "LNA-held"), or inside its words (`within`: "الحكومة في").
   */
  party: 'actor' | 'after' | 'before' | 'within';
  /**
   * What that party's action means: it holds the place (`holds`); it expelled another party
   * from it and holds it (`expels`: the party named after the cue is the one expelled; with
   * `party: 'after'`, that party lost the place to the other: "recaptured from the LNA"); or it
   * left, so the other party holds it (`leaves`; only when the parties file has exactly two).
   */
  outcome: 'holds' | 'expels' | 'leaves';
  /**
   * Where the place is named: after the cue, before it, either (after first), or either with the
   * place before first (`before-first`: "قاعدة الوطية التابعة لحفتر", then "المدن التابعة للجيش، وهي
   * العجيلات"). @defaultValue 'after'
   */
  place?: 'after' | 'before' | 'either' | 'before-first';
  /**
   * The cue's words end in an object pronoun that stands for the place ("سيطرتها عليها", "انسحبت
   * منها"): when no place is named before it in its sentence, the place of the paragraph's
   * previous statement is meant.
   */
  placePronoun?: boolean;
  /**
   * A pronoun suffix on the cue's last word is its actor (سيطرتها: its control) or the place
   * (دخلتها: entered it; سيطر عليها: took it). @defaultValue 'actor'
   */
  suffix?: 'actor' | 'place';
  /** A verbal noun (السيطرة، تحرير): with a purposive ل (للسيطرة، لتحرير) it states a purpose, not a fact. */
  noun?: boolean;
  /** Extent when no extent word is found. @defaultValue 'all' */
  extent?: Extent;
  /** How far the cue alone can be trusted, 0–1; lowered further for indirect readings. */
  confidence: number;
  /** Non-vocabulary words allowed between the cue and its place. @defaultValue 1 */
  slack?: number;
  /**
   * The cue describes a standing state (belongs to, is under the control of, a base of): words of
   * attempt or condition a few words before it qualify something else ("وجه إنذارا للمدن التابعة
   * للجيش"), so only negations and denials cancel it.
   */
  state?: boolean;
  /**
   * The cue may be the object of another cue ("seized control of", "استعادت السيطرة على"): a
   * cue's search for its place goes through it instead of stopping there.
   */
  complement?: boolean;
  /** A place after a proximity word is still the cue's place, in part ("حشد قواته قرب X": massing near X). */
  nearby?: boolean;
  /**
   * A movement ("reinforcements … from Misrata to Abugrein", "moved from Misrata towards
   * Tawergha", "تحركت أرتال من مصراتة باتجاه سرت"): the place after "to/towards" has the cue's
   * change, the place after "from" is where the force set out, a staging base.
   */
  movement?: boolean;
}

/** Words that cancel a cue: it is recorded as rejected, with the reason. */
export interface CancelWords {
  lang: Lang;
  /**
   * negated: لم، failed; attempt: محاولة، bid to; irrealis: if, would, ضرورة; denied: نفى، denied;
   * name: the cue is part of a name ("معركة تحرير طرابلس", the operation's name).
   */
  reason: 'negated' | 'attempt' | 'irrealis' | 'denied' | 'name';
  /**
   * `adjacent`: right before the cue; `near`: within 6 words before it, in its clause; `clause`:
   * anywhere before it in the clause.
   */
  scope: 'adjacent' | 'near' | 'clause';
  forms: readonly string[];
  /** Words that void the cancel word when among the six before it ("managed to take": "to" is no purpose here). */
  unless?: readonly string[];
  /** Words that void the cancel word when right after it ("لا تزال": still, not a negation). */
  unlessFollowedBy?: readonly string[];
  /** Not a cancel word next to a number: "18 May", "May 18" are dates, not "may". */
  unlessNextToNumber?: boolean;
  /** Words that void the cancel word when right before it ("مشددا على أن": reported, not a condition). */
  unlessPrecededBy?: readonly string[];
}

/**
 * Words that refer back to a place named before ("the town", "المدينة", "القاعدة"): read as the
 * latest place of one of `kinds` named earlier in the paragraph, unless a place name follows them.
 */
export interface PlaceNouns {
  lang: Lang;
  /** Gazetteer kinds the antecedent may have. */
  kinds: readonly string[];
  forms: readonly string[];
}

/** Words that say how much of a place, when they come between a cue and the place. */
export interface ExtentWords {
  lang: Lang;
  extent: Extent;
  forms: readonly string[];
}

/** A verb or phrase that attributes what follows or precedes to a speaker. */
export interface AttributionWords {
  lang: Lang;
  /** Where the speaker is named: after the verb (أعلنت قوات الوفاق، according to), before it (the LNA said), or either. */
  speaker: 'after' | 'before' | 'either';
  forms: readonly string[];
}

/** Everything the suggester reads besides the parties and the places. */
export interface ClaimVocabulary {
  cues: readonly ControlCue[];
  /** Phrases that look like a cue and are not ("took place", "held talks"): matched first, never a cue. */
  ignores: WordLists;
  cancels: readonly CancelWords[];
  /** Before a cue, these make it an advance on the place rather than control of it ("اقتراب قواته من السيطرة على"). */
  approaches: WordLists;
  extents: readonly ExtentWords[];
  /**
   * Compass words: a place after them is a reference point ("السبيعة جنوبي طرابلس", "south of
   * Tripoli") and not the cue's place, unless it is the first thing after the cue ("advanced in
   * South Tripoli", "سيطرت على جنوب طرابلس"), where it means part of it.
   */
  directions: WordLists;
  /** Proximity words: a place after them is always a reference point ("قرب طرابلس", "near Tripoli", "100km from Tripoli"). */
  nearWords: WordLists;
  /** Words that may stand between a cue and its place without breaking the link: prepositions, articles, place nouns, time words. */
  fillers: WordLists;
  /**
   * Prepositions of direction: a place after them is where a party goes ("انسحبت باتجاه قصر بن
   * غشير", "retreated towards Tarhuna"), not the place it left.
   */
  towards: WordLists;
  /** Words that continue a list of places ("X وY", "X, Y and Z", "بالإضافة إلى", "including"). */
  listLinks: WordLists;
  /** Words that may stand between a place and a cue after it: relative pronouns and copulas ("غريان، التي كانت تعتبر أهم القواعد"). */
  backFillers: WordLists;
  /** Conjunctions that start a new clause (بينما، فيما، في حين، while, whereas). */
  clauseBreaks: WordLists;
  attributions: readonly AttributionWords[];
  /** Words standing for a party already named: third person (قواته، its forces, it) and first person (قواتنا، our forces, we: the speaker's party). */
  pronouns: { third: WordLists; first: WordLists };
  /** Words linking a shared alias to the party it belongs to ("الجيش الليبي التابع لحفتر", "the Libyan Army under the command of the GNA"). */
  affiliations: WordLists;
  /** Titles and ranks that may stand between a shared alias or a speaker and a person's name (العقيد طيار، Col.). */
  titles: WordLists;
  /** Words after which a party is not the actor of what follows (ضد، "against", "from"). */
  objectMarkers: WordLists;
  /**
   * Words a text puts before a party's name when it writes from the other side ("ميليشيات ما
   * يسمى بحكومة الوفاق", "rogue General Khalifa Haftar"): like `outside_aliases`, a sign of which
   * side the text calls by the names both sides use.
   */
  pejoratives: WordLists;
  /** Actions a party is named as doing, not places it is in ("قصف قوات حفتر في…", "clashes between…"): no presence after them. */
  eventNouns: WordLists;
  /**
   * Words naming the forces of a party named next to them: after an English party name ("LNA
   * forces", "Haftar's troops"), before an Arabic one ("مقاتلي الوفاق"). They join the party's name.
   */
  forceNouns?: WordLists;
  /** English participles between a party's name and a force noun: "Haftar-led forces", "GNA-aligned troops". */
  partyLinks?: WordLists;
  /**
   * Names for forces without a party ("الميليشيات", "the militias", "المرتزقة"): read as the party the
   * same text names with the same word ("ميليشيات حفتر … الميليشيات الإرهابية"), when it is one party.
   * Each inner list is one word in its forms, written without the article; the text must write it
   * with the article ("الميليشيات", "the militias").
   */
  genericForces?: { ar: ReadonlyArray<readonly string[]>; en: ReadonlyArray<readonly string[]> };
  /** Adjectives that may stand between a party's name and "في/in" of presence ("ميليشيات حفتر الإرهابية داخل"). */
  presenceAdjectives?: WordLists;
  /** Words that refer back to a place named before (see {@link PlaceNouns}). */
  placeNouns?: readonly PlaceNouns[];
  /**
   * Words that make a place part of a unit's or body's name, before it in Arabic ("غرفة عمليات
   * طرابلس", "مديرية أمن ترهونة"), after it in English ("the Zintan brigade"): not a claim's place.
   */
  unitWords?: WordLists;
}

/** Every verb followed by every preposition, next to it or up to three words later (`…`). */
function combine(verbs: readonly string[], prepositions: readonly string[]): string[] {
  return verbs.flatMap((v) => prepositions.flatMap((p) => [`${v} ${p}`, `${v} … ${p}`]));
}

// Prepositions that introduce the place of a control verb, and the words allowed between them.
const AR_TO = ['على', 'من', 'إلى', 'الى', 'في', 'ب', 'ل', 'عن', 'نحو', 'باتجاه', 'تجاه', 'صوب', 'داخل'];

/** The suggester's default vocabulary: Arabic and English news on the war in western Libya. */
export const DEFAULT_CLAIM_VOCABULARY: ClaimVocabulary = {
  cues: [
    // ── Arabic ───────────────────────────────────────────────────────────────────────────────
    // Holding now: يسيطر حفتر على …، سيطرتها على …
    { id: 'ar.held', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['يسيطر', 'تسيطر', 'يسيطرون', 'يسيطران', 'تسيطران', 'مسيطرة', 'المسيطرة', 'يبسط سيطرته', 'تبسط سيطرتها', 'هي من يسيطر', 'هو من يسيطر', 'يحكم سيطرته', 'تحكم سيطرتها',
        'يحكم قبضت+', 'تحكم قبضت+', 'يفرض سيطرت+', 'تفرض سيطرت+'] },
    { id: 'ar.control-noun', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.8, noun: true, complement: true,
      forms: ['سيطرة', 'سيطرت+', 'السيطرة', 'قبضت+'] },
    // Taking: سيطر، بسط سيطرته، أحكم السيطرة، فرض سيطرته، استولى، انتزع، احتل
    { id: 'ar.take', lang: 'ar', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['سيطر', 'سيطرت', 'سيطروا', 'سيطرنا', 'بسط سيطرت+', 'بسطت سيطرت+', 'بسطوا سيطرت+', 'بسط السيطرة', 'بسطت السيطرة', 'بسط سيطرة',
        'أحكم السيطرة', 'أحكمت السيطرة', 'أحكموا السيطرة', 'أحكم سيطرت+', 'أحكمت سيطرت+', 'إحكام السيطرة', 'إحكام سيطرت+', 'فرض سيطرت+', 'فرضت سيطرت+',
        'فرض السيطرة', 'فرضت السيطرة', 'استولى', 'استولت', 'استولوا', 'انتزع', 'انتزعت', 'احتل', 'احتلت', 'احتلوا', 'تمكن من السيطرة', 'تمكنت من السيطرة', 'تمكنوا من السيطرة',
        // "أحكمت قبضتها على", "تسلمت قوات الوفاق المدينة" (handed over), "اجتاحت" (swept over)
        'أحكم قبضت+', 'أحكمت قبضت+', 'أحكموا قبضت+', 'إحكام قبضت+', 'أحكمت القبضة', 'تسلم', 'تسلمت', 'تسلموا', 'استلم', 'استلمت', 'اجتاح', 'اجتاحت', 'اجتاحوا'] },
    { id: 'ar.take-noun', lang: 'ar', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.7, noun: true,
      forms: ['الاستيلاء', 'احتلال', 'سقوط'] },
    // Taking back: استعاد، استعادة السيطرة، حرر
    { id: 'ar.retake', lang: 'ar', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['استعاد', 'استعادت', 'استعادوا', 'استعدنا', 'تستعيد', 'يستعيد', 'تستعيد السيطرة', 'يستعيد السيطرة', 'استعادة السيطرة', 'استعادت السيطرة', 'استعاد السيطرة', 'استعادوا السيطرة', 'استرجع', 'استرجعت', 'استرد', 'استردت', 'حرر', 'حررت', 'حرروا', 'حررنا'] },
    { id: 'ar.retake-noun', lang: 'ar', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.7, noun: true,
      forms: ['استعادة', 'تحرير', 'استرجاع'] },
    // A verbal noun with a pronoun: "عقب تحريرها" (after its liberation), "منذ دخولها" (since entering it): the pronoun is the place.
    { id: 'ar.retake-it', lang: 'ar', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.65, noun: true, suffix: 'place', place: 'before',
      forms: ['تحرير+', 'استعادت+', 'استعادة+', 'استرجاع+'] },
    // Entering: دخل، اقتحم، التسلل إلى
    { id: 'ar.enter', lang: 'ar', change: 'entered', party: 'actor', outcome: 'holds', confidence: 0.85, suffix: 'place',
      forms: ['دخل', 'دخلت', 'دخلوا', 'دخلنا', 'دخلت+', 'دخل+', 'اقتحم', 'اقتحمت', 'اقتحموا', 'اقتحمت+', 'تسلل', 'تسللت', 'تسللوا'] },
    { id: 'ar.enter-noun', lang: 'ar', change: 'entered', party: 'actor', outcome: 'holds', confidence: 0.75, noun: true, suffix: 'place',
      forms: ['دخول', 'الدخول', 'دخول+', 'اقتحام', 'اقتحام+', 'التسلل'] },
    // Object pronoun: "التي سيطر عليها" (which it took), the place is the antecedent.
    // "إعلان قوات تتبع لحفتر سيطرتها عليها" (its control over it), "احتلتها" (occupied it).
    { id: 'ar.take-it', lang: 'ar', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.75, place: 'before-first', placePronoun: true,
      forms: ['سيطر عليها', 'سيطرت عليها', 'سيطروا عليها', 'سيطر عليه', 'سيطرت عليه', 'سيطرت+ عليها', 'سيطرت+ عليه', 'السيطرة عليها', 'السيطرة عليه',
        'استولى عليها', 'استولت عليها', 'استولوا عليها', 'استولت عليه', 'استولى عليه', 'احتلت+', 'احتل+', 'اقتحمت+', 'اقتحم+'] },
    // Expelling: طرد قوات حفتر من X → X is held by the one who expelled them.
    { id: 'ar.expel', lang: 'ar', change: 'expelled', party: 'actor', outcome: 'expels', confidence: 0.9, noun: true,
      forms: ['طرد', 'طردت', 'طردوا', 'طردنا', 'أخرج', 'أخرجت', 'أخرجوا', 'إخراج', 'دحر', 'دحرت', 'دحروا', 'طهر', 'طهرت', 'تطهير'] },
    // "بعد طرد ميليشيات حفتر منها": the pronoun is the place named before, the party after the verb the one expelled.
    { id: 'ar.expel-it', lang: 'ar', change: 'expelled', party: 'actor', outcome: 'expels', confidence: 0.75, noun: true, place: 'before-first', placePronoun: true,
      forms: ['طرد … منها', 'طردت … منها', 'طردوا … منها', 'إخراج … منها', 'أخرجت … منها', 'دحر … منها', 'دحرت … منها', 'طرد … منه', 'طردت … منه', 'إخراج … منه'] },
    // Leaving: انسحبت قوات حفتر من X → X is no longer theirs: the other party holds it.
    { id: 'ar.withdraw', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.85,
      forms: ['انسحب', 'انسحبت', 'انسحبوا', 'تراجع', 'تراجعت', 'تراجعوا', 'خرج', 'خرجت', 'خرجوا', 'فر', 'فرت', 'فروا', 'أخلى', 'أخلت', 'أخلوا', 'تقهقر', 'تقهقرت',
        'الهاربة من', 'الهاربين من', 'الهارب من', 'الفارة من', 'الفارين من', 'المنسحبة من', 'المنسحبين من', 'هربت من', 'هرب من', 'هربوا من'] },
    { id: 'ar.withdraw-noun', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.7, noun: true,
      forms: ['انسحاب', 'الانسحاب', 'انسحاب+', 'خروج', 'خروج+', 'فرار', 'التقهقر', 'إخلاء'] },
    // "المناطق التي انسحبت منها قوات حفتر": the pronoun is the place named before.
    { id: 'ar.withdraw-it', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.75, place: 'before-first', placePronoun: true,
      forms: ['انسحبت منها', 'انسحب منها', 'انسحبوا منها', 'انسحبت منه', 'انسحب منه', 'خرجت منها', 'خرج منها', 'خرجوا منها', 'فرت منها', 'فروا منها', 'هربت منها', 'هربوا منها',
        'تراجعت منها', 'أخلت+', 'أخلى+', 'أخلوا+', 'طردت منها', 'طرد منها', 'طردوا منها'] },
    // Losing a place: "خسرت قوات حفتر مواقعها في X", "فقدت السيطرة على X".
    { id: 'ar.lose', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.7,
      forms: ['خسر', 'خسرت', 'خسروا', 'فقد', 'فقدت', 'فقدوا', 'فقدان',
        // Handing over: "سلمت قوات حفتر المدينة إلى قوات الوفاق" (who received it is named after إلى).
        'سلم', 'سلمت', 'سلموا', 'تسليم', 'تخلت عن', 'تخلى عن', 'تخلوا عن'] },
    // Advancing: تقدم نحو، زحف باتجاه، توغل نحو
    { id: 'ar.advance', lang: 'ar', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: [
        // Each verb with each preposition, right after it or up to three words later ("يتقدم بشكل منظم نحو").
        ...combine(['تقدم', 'تقدمت', 'يتقدم', 'تتقدم', 'تقدموا', 'يتقدمون', 'التقدم', 'تقدم+', 'تقدما', 'تقدمات', 'زحف', 'زحفت', 'الزحف', 'توغل', 'توغلت', 'توغلوا', 'تتوغل', 'يتوغل'],
          ['نحو', 'باتجاه', 'تجاه', 'صوب', 'إلى', 'الى', 'داخل']),
        // A long subject between ("تقدمت قوات الجيش الليبي التابع لحفتر باتجاه"): up to six words, before a direction only.
        ...['تقدمت', 'تقدم', 'تقدموا', 'زحفت', 'توغلت', 'تتقدم', 'يتقدم'].flatMap((v) => ['نحو', 'باتجاه', 'تجاه', 'صوب'].map((p) => `${v} … … ${p}`)),
        'توغل في', 'توغلت في', 'يقترب من', 'تقترب من', 'اقتربت من', 'اقترب من', 'بلغت',
        // "باتت قوات الوفاق على مشارف سرت": at the gates of.
        'على مشارف', 'على أبواب', 'على تخوم', 'عند مشارف', 'عند أبواب',
        // Reaching: "وصلت قوات الوفاق إلى مشارف سرت" (the subject between the verb and إلى).
        ...combine(['وصل', 'وصلت', 'وصلوا', 'يصل', 'تصل', 'وصول', 'الوصول', 'بلغ', 'بلغوا'], ['إلى', 'الى', 'حتى']),
        // Besieging: "حاصرت قوات الوفاق ترهونة", "إحكام الطوق حول مطار طرابلس".
        'حاصر', 'حاصرت', 'حاصروا', 'تحاصر', 'يحاصر', 'محاصرة', 'حصار', 'أطبقت الحصار على', 'الطوق حول', 'طوقا حول', 'طوق حول',
        // "التقدمات التي أحرزها حفتر جنوبي طرابلس", "أحرزت تقدما في"
        'تقدمات … أحرز+', 'تقدمات … حقق+', 'التقدمات … أحرز+', 'التقدمات … حقق+', 'التقدم … أحرز+', 'التقدم … حقق+', 'أحرز تقدما', 'أحرزت تقدما', 'تحرز تقدما', 'يحرز تقدما', 'حقق تقدما', 'حققت تقدما', 'تحقق تقدما',
        // The subject between: "أحرزت قوات حفتر تقدما جنوبي طرابلس".
        ...['أحرز', 'أحرزت', 'أحرزوا', 'حقق', 'حققت', 'حققوا'].flatMap((v) => [`${v} … تقدما`, `${v} … تقدمات`, `${v} … تقدما ميدانيا`])] },
    // Positions: تتمركز في، تمركزات لقوات حفتر في، يتحصن فيها
    { id: 'ar.positioned', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: ['تتمركز', 'يتمركز', 'تمركزت', 'تمركز', 'المتمركزة', 'المتمركزين', 'تمركزات', 'تمركزا', 'تمركز+', 'تنتشر', 'انتشرت', 'ينتشر', 'مواقع',
        'تتواجد', 'يتواجد', 'المتواجدة', 'المتواجدين', 'تواجد', 'ترابط', 'يرابط', 'المرابطة', 'المتحصنة في', 'المتحصنين في', 'يتحصن في', 'تتحصن في'] },
    // Massing and reinforcing: "تحشيد قوات بركان الغضب قرب منطقة المطرد", "وصول تعزيزات لقوات الوفاق إلى أبوقرين".
    { id: 'ar.massing', lang: 'ar', change: 'staging-base', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, noun: true, nearby: true,
      forms: ['حشد', 'حشدت', 'تحشد', 'يحشد', 'تحشيد', 'حشود', 'حشودا', 'تعزيزات', 'بتعزيزات', 'تعزيزات عسكرية'] },
    { id: 'ar.movement-go', lang: 'ar', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, movement: true,
      forms: ['تحركت', 'تحرك', 'تحركوا', 'تتحرك', 'يتحرك', 'توجهت', 'توجه', 'توجهوا', 'تتجه', 'يتجه', 'اتجهت', 'انطلقت', 'انطلق'] },
    { id: 'ar.entrenched', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.75, place: 'before',
      forms: ['يتحصن فيها', 'تتحصن فيها', 'يتحصنون فيها', 'يتحصن فيه', 'تتحصن فيه', 'المتحصنة فيها', 'المتحصنين فيها', 'تتمركز فيها', 'يتمركز فيها', 'تتمركز فيه',
        'يتمركز فيه', 'المتمركزة فيها', 'تنتشر فيها', 'ينتشر فيها', 'تسيطر عليها', 'يسيطر عليها', 'يسيطرون عليها'] },
    // Closing off an area: "قيام قوات الوفاق بغلق منطقة السواني".
    { id: 'ar.close-off', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, noun: true,
      forms: ['غلق', 'أغلق', 'أغلقت', 'أغلقوا', 'تغلق', 'يغلق', 'طوق', 'طوقت', 'تطويق'] },
    // Passive and state: X تحت سيطرة Y، X تخضع لسيطرة Y، X في قبضة Y، X التابعة لـY
    // "للمدن التابعة للجيش الليبي في الغرب، وهي العجيلات والجميل": places said to belong to a party.
    // "قاعدة الوطية التابعة لقوات حفتر": the place before it first.
    { id: 'ar.belongs', lang: 'ar', change: 'held', party: 'after', outcome: 'holds', place: 'before-first', confidence: 0.6, state: true,
      forms: ['التابعة', 'التابع', 'التابعتين', 'التابعين', 'الموالية', 'الموالي', 'الخاضعة'] },
    { id: 'ar.under-control', lang: 'ar', change: 'held', party: 'after', outcome: 'holds', place: 'before', confidence: 0.9, state: true,
      forms: ['تحت سيطرة', 'تحت سيطرت+', 'تخضع لسيطرة', 'يخضع لسيطرة', 'الخاضعة لسيطرة', 'الخاضع لسيطرة', 'خاضعة لسيطرة', 'في قبضة', 'بقبضة', 'في يد', 'بيد', 'بأيدي', 'في أيدي',
        'الواقعة تحت سيطرة', 'الواقع تحت سيطرة', 'الواقعة تحت سيطرت+', 'تحت قبضة', 'في حوزة', 'بحوزة', 'تحت سلطة', 'الخاضعة لـ', 'الخاضعة ل',
        // "عادت مدينة غريان إلى سيطرة قوات الوفاق", "وتخضع مدينة سرت لسيطرة قوات حفتر": the place between the verb and the party.
        'إلى سيطرة', 'الى سيطرة', 'لسيطرة', 'إلى قبضة', 'لقبضة'] },
    // Staging bases: منطلق قوات حفتر، نقطة انطلاق، معقل، القواعد الرئيسية لـ…
    // The place before first ("ترهونة، آخر معاقل حفتر"), else after ("معقل قوات حفتر في ترهونة"); a control verb reads through it ("سيطرت على معقل حفتر في ترهونة").
    { id: 'ar.base', lang: 'ar', change: 'staging-base', party: 'after', outcome: 'holds', place: 'before-first', confidence: 0.75, state: true, complement: true,
      forms: ['منطلق', 'منطلقا', 'نقطة انطلاق', 'قاعدة انطلاق', 'معقل', 'معقلا', 'معاقل', 'المعقل', 'المعاقل', 'المنطلق', 'القاعدة الرئيسية', 'القاعدة الخلفية', 'مركز القيادة', 'القواعد الرئيسية', 'أهم القواعد', 'مقر قيادة', 'غرفة عمليات', 'رأس حربة', 'خط إمداد', 'خطوط إمداد',
        'قاعدة خلفية', 'قاعدة إمداد', 'قاعدة رئيسية', 'مركز قيادة', 'مركزا لقيادة', 'مركز عمليات', 'نقطة تجمع', 'نقطة لحشد', 'خط الإمداد', 'خطوط الإمداد'] },
    // Presence: "قوات حفتر في ترهونة", "the GNA in Tripoli": a party named as being in a place.
    // Only right after the party's name, which must not be the object of an action ("قصف قوات حفتر").
    { id: 'ar.presence', lang: 'ar', change: 'held', party: 'before', outcome: 'holds', extent: 'part', confidence: 0.5, slack: 0, forms: ['في', 'داخل'] },
    { id: 'en.presence', lang: 'en', change: 'held', party: 'before', outcome: 'holds', extent: 'part', confidence: 0.5, slack: 0, forms: ['in', 'inside'] },
    // Seat: الحكومة في طرابلس
    { id: 'ar.seat', lang: 'ar', change: 'seat', party: 'within', outcome: 'holds', confidence: 0.6, slack: 0,
      forms: ['الحكومة في', 'حكومة الوفاق في', 'المجلس الرئاسي في'] },
    // Repelling an attack on X: X is held by the one who repelled it.
    { id: 'ar.repel', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.7,
      forms: ['صد هجوما على', 'صد هجوم على', 'صدت هجوما على', 'صدت هجوم على', 'تصدت لهجوم على', 'تصدى لهجوم على', 'أحبط هجوما على', 'أحبطت هجوما على', 'صد … على', 'صدت … على', 'تصدت … على'] },
    // Contested: X متنازع عليها بين Y وZ
    { id: 'ar.contested', lang: 'ar', change: 'contested', party: 'after', outcome: 'holds', place: 'before', confidence: 0.6,
      forms: ['متنازع عليها بين', 'مقسمة بين', 'تتقاسم السيطرة عليها', 'تتقاسمان السيطرة على', 'تتقاسم السيطرة على'] },

    // ── English ──────────────────────────────────────────────────────────────────────────────
    { id: 'en.held', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.85,
      forms: ['controls', 'control', 'in control of', 'remains in control of', 'still controls', 'holds', 'still holds', 'controlling', 'in full control of', 'has control of', 'have control of', 'had control of',
        'maintains control of', 'retains control of', 'retained control of', 'kept control of', 'keeps control of', 'tightened their grip on', 'tightened its grip on',
        'has controlled', 'have controlled', 'had controlled', 'has held', 'have held', 'had held', 'has been holding', 'have been holding', 'has been controlling', 'have been controlling'] },
    // "the Kaniyat militia, which ran Tarhuna for years": the place right after.
    { id: 'en.run', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.7, slack: 0,
      forms: ['ran', 'runs', 'has run', 'had run', 'dominated', 'dominates', 'governed', 'governs', 'administered', 'administers'] },
    { id: 'en.control', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.8, complement: true,
      forms: ['control of', 'control over', 'full control of', 'full control over', 'total control of', 'total control over', 'complete control of', 'complete control over'] },
    { id: 'en.take', lang: 'en', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['take', 'takes', 'taking', 'take control of', 'takes control of', 'took', 'took control of', 'taken control of', 'taken control over', 'took control over', 'taking control of', 'seized', 'seized control of', 'seizing', 'seizing control of', 'seize', 'seizes',
        'captured', 'capturing', 'capture', 'captures', 'overran', 'overrun', 'stormed', 'took over', 'taken over', 'wrested control of', 'extended their control over', 'extended its control over',
        'have full control of', 'has full control of', 'secured', 'fall of', 'taken', 'have taken', 'has taken', 'had taken', 'gained control of', 'gained control over', 'won control of', 'wrested', 'consolidated control over',
        'consolidated their control over', 'consolidated its control over', 'assumed control of', 'occupied', 'occupy', 'occupies', 'conquered', 'grabbed'] },
    { id: 'en.retake', lang: 'en', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['retook', 'retaken', 'retake', 'retakes', 'recaptured', 'recapture', 'recaptures', 'recapturing', 'regained', 'regaining', 'regained control of', 'regaining control of', 'regained control over', 'regaining control over',
        'took back', 'taken back', 'taking back', 'take back', 'taking back control of', 'take back control of', 'taken back control of', 'took back control of', 'retake control of', 'retook control of', 'won back', 'liberated', 'liberating', 'reclaimed', 'reestablish control over', 'reestablished control over', 'regain control of',
        'clawed back', 'recovered', 'regain', 'regains', 'liberate', 'liberates'] },
    // Verbal nouns: "announced the liberation of Sabratha", "the capture of Gharyan by GNA forces".
    { id: 'en.take-noun', lang: 'en', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.75, noun: true,
      forms: ['seizure of', 'takeover of', 'storming of', 'capture of', 'conquest of'] },
    { id: 'en.retake-noun', lang: 'en', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.75, noun: true,
      forms: ['liberation of', 'recapture of', 'recovery of', 'retaking of'] },
    { id: 'en.enter', lang: 'en', change: 'entered', party: 'actor', outcome: 'holds', confidence: 0.85,
      forms: ['entered', 'enters', 'enter', 'entering', 'moved into', 'pushed into', 'marched into', 'infiltrated', 'broke into', 'swept into', 'rolled into', 'poured into', 'stormed into',
        'made their way into', 'penetrated', 'pushed deep into', 'entry into'] },
    { id: 'en.expel', lang: 'en', change: 'expelled', party: 'actor', outcome: 'expels', confidence: 0.85,
      forms: ['expel', 'expels', 'expelling', 'expel … from', 'expelling … from', 'drove … out of', 'drove … from', 'driven … out of', 'pushed … out of', 'expelled … from', 'expelled', 'forced … out of', 'ousted … from', 'cleared … of', 'clear', 'cleared', 'dislodged … from', 'purged … from',
        'chased … out of', 'kicked … out of', 'routed … from', 'evicted … from',
        // "pushed Haftar's forces back from Tripoli's outskirts", "forced the LNA to withdraw from Gharyan"
        'pushed … back from', 'drove … back from', 'pushed back … from', 'drove back … from', 'beat back … from', 'forced … to withdraw from', 'forced … to retreat from', 'forced … to pull out of'] },
    // The passive: the subject left ("LNA fighters were driven out of Sabratha"); "by X" after the place names who holds it.
    { id: 'en.expelled', lang: 'en', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.8,
      forms: ['driven out of', 'pushed out of', 'forced out of', 'expelled from', 'ousted from', 'routed from', 'kicked out of', 'dislodged from', 'chased out of', 'chased from',
        'forced to withdraw from', 'forced to retreat from', 'forced to pull out of'] },
    { id: 'en.withdraw', lang: 'en', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.8,
      forms: ['withdrew from', 'withdrawn from', 'withdrawing from', 'pulled out of', 'pulled back from', 'retreated from', 'retreating from', 'fled from', 'fleeing', 'fleeing from', 'pulling back from', 'pulling out of', 'pulled out from', 'abandoned', 'lost control of', 'lost', 'evacuated', 'pullout from', 'withdrawal from',
        'withdrew', 'retreated', 'pulled back', 'fled', 'vacated', 'abandoning',
        // Where a party falls back to is where it still is ("pushed back to Sirte").
        'pushed back to', 'pushed back towards', 'driven back to', 'driven back towards', 'fell back to', 'fell back towards', 'fell back on', 'pulled back to', 'retreated to', 'withdrew to',
        // A transfer without a fight (ACLED's "non-violent transfer of territory"): "handed over Gharyan to GNA forces".
        'handed over', 'handed control of', 'handed over control of', 'ceded', 'ceded control of', 'surrendered', 'surrendered control of', 'gave up', 'relinquished', 'relinquished control of'] },
    // "the withdrawal of LNA forces from Tarhuna": the party after "of" is the one that left.
    { id: 'en.withdraw-noun', lang: 'en', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.75, noun: true,
      forms: ['withdrawal of … from', 'pullout of … from', 'retreat of … from', 'departure of … from', 'flight of … from', 'exit of … from'] },
    // "LNA forces stationed at Watiya left the airbase": nothing but fillers between it and the place.
    { id: 'en.leave', lang: 'en', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.7, slack: 0,
      forms: ['left', 'leaving', 'have left', 'had left', 'has left'] },
    { id: 'en.advance', lang: 'en', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.7,
      forms: ['advanced on', 'advance on', 'advancing on', 'advanced towards', 'advanced toward', 'advancing towards', 'advancing toward', 'advance towards', 'advance toward', 'advanced in', 'advanced into',
        'pushed towards', 'pushed toward', 'closing in on', 'closed in on', 'moved towards', 'moved toward', 'marched on', 'approached', 'approaching', 'reached the outskirts of', 'reached',
        'gone to', 'went to', 'headed to', 'headed towards', 'heading towards', 'heading to', 'moving towards', 'marching on', 'marching towards', 'arrived in', 'arrived at', 'arrival in',
        'encircled', 'encircling', 'besieged', 'besieging', 'surrounded', 'laid siege to', 'siege of',
        'pushed on towards', 'pushed on toward', 'pressed on towards', 'pressed on toward', 'pushing towards', 'pushing toward', 'pushed on to', 'advanced to', 'advancing to',
        'moved on', 'moving on', 'converged on', 'converging on', 'closed in on', 'edged closer to', 'inched closer to', 'reached the gates of', 'at the gates of'] },
    { id: 'en.positioned', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: ['concentrated in', 'positioned in', 'stationed in', 'stationed at', 'deployed in', 'deployed at', 'based in', 'based at', 'entrenched in', 'dug in', 'positions in', 'present in', 'remain deployed in', 'remain in',
        'holed up in', 'massed in', 'amassed in', 'gathered in', 'regrouped in', 'remained in', 'remains in',
        // ACLED's "headquarters or base established": "set up a base in", "took up positions in".
        'set up base in', 'set up a base in', 'set up bases in', 'established a base in', 'set up headquarters in', 'set up their headquarters in', 'established positions in', 'set up positions in',
        'took up positions in', 'took positions in', 'took up positions at', 'dug in at', 'entrenched at', 'garrisoned in', 'garrison in'] },
    { id: 'en.reinforce', lang: 'en', change: 'staging-base', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, noun: true,
      forms: ['reinforcements to', 'reinforcements … to', 'reinforcements of … to', 'arrival of … to', 'arrival of … in', 'reinforcements arrived in', 'deployed to', 'dispatched to', 'sent troops to', 'sent forces to', 'massing near', 'massed near', 'amassed near'] },
    // Movements: the destination after "to/towards", the origin after "from" (a staging base).
    { id: 'en.movement-arrive', lang: 'en', change: 'staging-base', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, noun: true, movement: true,
      forms: ['reinforcements', 'military reinforcements', 'convoy', 'convoys', 'military convoy', 'arrival of', 'were dispatched', 'was dispatched', 'were sent', 'was sent', 'were transferred', 'redeployed', 'arrived'] },
    { id: 'en.movement-go', lang: 'en', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, movement: true,
      forms: ['moved', 'moving', 'headed', 'set off', 'set out', 'rolled', 'drove'] },
    { id: 'en.under-control', lang: 'en', change: 'held', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85, state: true,
      forms: ['held by', 'controlled by', 'under the control of', 'under control of', 'in the hands of', 'occupied by', 'in the grip of', 'remained under the control of'] },
    { id: 'en.taken-by', lang: 'en', change: 'taken', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['fell to', 'falls to', 'fallen to', 'captured by', 'taken by', 'seized by', 'overrun by', 'stormed by', 'entered by', 'fell into the hands of', 'fell under the control of',
        'came under the control of', 'captured … by', 'taken … by', 'seized … by', 'overrun … by', 'stormed … by', 'entered … by'] },
    { id: 'en.retaken-by', lang: 'en', change: 'retaken', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['recaptured by', 'retaken by', 'liberated by', 'regained by', 'recaptured … by', 'retaken … by', 'liberated … by'] },
    // "Gharyan was recaptured from Haftar's forces": the party after the cue lost the place.
    { id: 'en.taken-from', lang: 'en', change: 'retaken', party: 'after', outcome: 'expels', place: 'before', confidence: 0.8,
      forms: ['liberated from', 'freed from', 'recaptured from', 'retaken from', 'wrested from', 'captured from', 'seized from', 'taken from', 'won back from', 'cleared of'] },
    { id: 'en.under-party-control', lang: 'en', change: 'held', party: 'within', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['under … control'] },
    { id: 'en.party-held', lang: 'en', change: 'held', party: 'before', outcome: 'holds', confidence: 0.85,
      forms: ['held', 'controlled', 'occupied'] },
    { id: 'en.base', lang: 'en', change: 'staging-base', party: 'after', outcome: 'holds', place: 'either', confidence: 0.75, state: true,
      forms: ['base for', 'base of', 'stronghold of', 'stronghold for', 'launchpad for', 'launchpad of', 'launch pad for', 'staging ground for', 'staging post for', 'springboard for', 'headquarters of', 'headquarters for', 'redoubt of', 'starting point for', 'starting point of', 'launching point for', 'rear base for', 'supply route for',
        'hub for', 'supply hub for', 'logistics hub for', 'bastion of', 'heartland of'] },
    // "Haftar's stronghold of Tarhuna", "Tarhuna, Haftar's main base in the west": the place after, else before.
    { id: 'en.party-base', lang: 'en', change: 'staging-base', party: 'before', outcome: 'holds', place: 'either', confidence: 0.7,
      forms: ['stronghold', 'last western stronghold', 'redoubt', 'last redoubt', 'last stronghold', 'main stronghold', 'base', 'main base', 'key base', 'bastion', 'headquarters',
        'power base', 'rear base', 'supply base', 'forward base', 'operations room',
        'supply hub', 'main supply hub', 'logistics hub', 'hub', 'main hub', 'forward operating base', 'nerve centre', 'nerve center', 'command centre', 'command center', 'heartland', 'bastion', 'fiefdom'] },
    { id: 'en.seat', lang: 'en', change: 'seat', party: 'within', outcome: 'holds', confidence: 0.6, slack: 0,
      forms: ['government in'] },
    { id: 'en.repel', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.7,
      forms: ['repelled … attack on', 'repelled … assault on', 'thwarted … attack on', 'fended off … attack on', 'fought off … attack on', 'repulsed … attack on',
        'repelled … attacks on', 'repelled … offensive on', 'foiled … attack on', 'beat back … attack on', 'repulsed … assault on', 'repulsed … attacks on'] },
    { id: 'en.contested', lang: 'en', change: 'contested', party: 'after', outcome: 'holds', place: 'before', confidence: 0.6,
      forms: ['contested between', 'divided between', 'split between'] },
  ],

  ignores: {
    ar: ['دخل حيز', 'دخلت حيز', 'دخول حيز', 'تحرير المدينة من', 'سيطرة على الحكم', 'السيطرة على الحكم', 'الاستيلاء على الحكم', 'استيلاء على الحكم', 'دخلت المعركة', 'دخل المعركة'],
    en: ['took place', 'take place', 'taking place', 'taken place', 'held talks', 'hold talks', 'held a meeting', 'held in', 'took part', 'taken part', 'take part', 'held responsible', 'control of the country', 'entered the battle', 'entered into', 'lost their lives', 'lost his life', 'lost her life', 'lost lives',
      'base their', 'based on', 'control measures', 'taken to', 'taken into', 'taken away', 'taken hostage', 'taken prisoner', 'taken captive', 'taken aback', 'taken seriously', 'taken steps', 'taken measures', 'taken action', 'took office', 'took power', 'seized power', 'held elections', 'held a press conference', 'held an emergency'],
  },

  cancels: [
    { lang: 'ar', reason: 'negated', scope: 'near', forms: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'دون', 'بدون', 'فشل', 'فشلت', 'فشلوا', 'فشل+', 'إخفاق', 'عجز', 'عجزت', 'تعذر', 'لم تتمكن', 'لم يتمكن'],
      unlessFollowedBy: ['زال', 'زالت', 'يزال', 'تزال', 'زالوا', 'يزالون', 'سيما', 'بد', 'يسمى'] },
    { lang: 'ar', reason: 'attempt', scope: 'near', forms: ['محاولة', 'محاولات', 'محاولة+', 'حاول', 'حاولت', 'حاولوا', 'يحاول', 'تحاول', 'يحاولون', 'سعي', 'يسعى', 'تسعى', 'يسعون', 'هدف', 'هدف+', 'بهدف', 'تهدف', 'يهدف', 'أجل', 'لأجل', 'تستعد', 'يستعد', 'استعدادا', 'تمهيدا', 'تعتزم', 'يعتزم', 'تنوي', 'ينوي', 'عزم', 'خطة'] },
    { lang: 'ar', reason: 'irrealis', scope: 'near', forms: ['إمكانية', 'احتمال', 'ضرورة', 'يجب', 'ينبغي', 'حال', 'إذا', 'لو', 'مطالبة', 'مطالبا', 'يطالب', 'تطالب', 'طالب', 'طالبت', 'دعا', 'دعت', 'دعوة', 'اشتراط', 'شرط', 'قرار', 'مهلة', 'إنذار', 'انذارا', 'تهديد', 'هدد', 'يهدد'] },
    { lang: 'ar', reason: 'irrealis', scope: 'clause', forms: ['مقترح', 'مقترحا', 'المقترح', 'اقتراح', 'الاقتراح', 'شريطة', 'بشرط', 'مبادرة', 'المبادرة'] },
    // "مشددا على أن …", "أكد على أن …" report what is said; after other words "على أن" sets a condition.
    { lang: 'ar', reason: 'irrealis', scope: 'near', forms: ['على أن'],
      unlessPrecededBy: ['مشددا', 'مشددة', 'شدد', 'شددت', 'يشدد', 'تشدد', 'مؤكدا', 'مؤكدة', 'أكد', 'أكدت', 'يؤكد', 'تؤكد', 'مشيرا', 'مشيرة', 'أشار', 'أشارت', 'حرص', 'حرصت', 'تأكيده', 'تأكيدها'] },
    { lang: 'ar', reason: 'name', scope: 'adjacent', forms: ['معركة', 'عملية', 'حرب', 'غرفة', 'معارك'] },
    // "قبل اقتحامها", "before entering the city": what has not happened yet.
    { lang: 'ar', reason: 'irrealis', scope: 'adjacent', forms: ['قبل', 'قبيل'] },
    { lang: 'en', reason: 'irrealis', scope: 'adjacent', forms: ['before', 'prior to', 'ahead of'] },
    { lang: 'ar', reason: 'denied', scope: 'clause', forms: ['نفى', 'نفت', 'نافيا', 'نافية', 'ينفي', 'تنفي', 'نفي', 'كذب', 'كذبت', 'أنكر', 'أنكرت'] },
    { lang: 'en', reason: 'negated', scope: 'near', forms: ['not', 'no', 'never', 'didn', 'doesn', 'don', 'hasn', 'haven', 'wasn', 'weren', 'isn', 'aren', 'couldn', 'failed', 'fail', 'fails', 'failing', 'failure', 'unable', 'unsuccessful', 'without'] },
    { lang: 'en', reason: 'attempt', scope: 'near', forms: ['attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'bid', 'seek', 'seeks', 'seeking', 'sought', 'aim', 'aims', 'aimed', 'aiming', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'prepare', 'prepares', 'preparing', 'vowed', 'vows', 'vowing', 'goal'] },
    { lang: 'en', reason: 'irrealis', scope: 'near', forms: ['will', 'would', 'could', 'might', 'may', 'should', 'must', 'if', 'unless', 'whether', 'chances', 'possibility', 'likely', 'unlikely', 'threatened', 'threatens', 'threatening', 'demand', 'demanded', 'demands', 'called for', 'calls for', 'urged', 'ultimatum'],
      unlessNextToNumber: true },
    { lang: 'en', reason: 'irrealis', scope: 'clause', forms: ['on condition', 'condition that', 'proposal', 'proposed', 'in exchange for', 'provided that'] },
    // "fighting for control of", "the battle for the liberation of Tripoli": what is fought over, not won.
    { lang: 'en', reason: 'attempt', scope: 'adjacent', forms: ['for', 'for the', 'over', 'over the'] },
    { lang: 'en', reason: 'attempt', scope: 'adjacent', forms: ['to'], unless: ['managed', 'able', 'succeeded', 'continued', 'went', 'moved', 'back', 'forced', 'began', 'started', 'rushed', 'headed'] },
    { lang: 'ar', reason: 'irrealis', scope: 'near', forms: ['بين'] },
    { lang: 'en', reason: 'irrealis', scope: 'near', forms: ['between'] },
    { lang: 'en', reason: 'denied', scope: 'clause', forms: ['deny', 'denied', 'denies', 'denying', 'dismissed', 'rejected', 'refuted', 'false'] },
  ],

  approaches: {
    ar: ['اقتراب', 'اقتراب+', 'يقترب', 'تقترب', 'اقتربت', 'اقترب', 'قريبة', 'قريب', 'وشك', 'على وشك', 'باتت قريبة'],
    en: ['close to', 'nearing', 'on the verge of', 'near to', 'closer to'],
  },

  extents: [
    { lang: 'ar', extent: 'half', forms: ['نصف'] },
    { lang: 'ar', extent: 'most', forms: ['معظم', 'أغلب', 'غالبية', 'أغلبية', 'جزء كبير', 'الجزء الأكبر', 'أجزاء كبيرة', 'أجزاء واسعة', 'مساحات واسعة', 'مساحات كبيرة', 'مناطق واسعة', 'الجزء الأكبر من'] },
    { lang: 'ar', extent: 'part', forms: ['جزء', 'أجزاء', 'أطراف', 'ضواحي', 'مشارف', 'تخوم', 'محيط', 'بعض', 'مواقع', 'عدة مناطق', 'أجزاء من', 'جانب', 'مداخل', 'مدخل', 'حدود'] },
    { lang: 'ar', extent: 'all', forms: ['كامل', 'كل', 'الكاملة', 'الكامل', 'بالكامل', 'بشكل كامل', 'كاملة', 'بشكل تام', 'التامة'] },
    { lang: 'en', extent: 'half', forms: ['half', 'half of'] },
    { lang: 'en', extent: 'most', forms: ['most', 'most of', 'much of', 'the bulk of', 'the majority of', 'large parts', 'large part', 'a large part', 'wide parts', 'large swathes', 'major parts', 'most parts', 'greater part'] },
    { lang: 'en', extent: 'part', forms: ['part', 'parts', 'part of', 'parts of', 'outskirts', 'edges', 'edge', 'fringes', 'some', 'some of', 'several areas', 'areas of', 'positions', 'sections', 'southern parts', 'neighbourhoods in', 'districts of', 'entrance', 'gates',
      'suburbs', 'suburbs of', 'districts', 'neighbourhoods', 'neighborhoods', 'outlying areas', 'periphery', 'approaches', 'entrances', 'centre', 'center', 'downtown', 'heart'] },
    { lang: 'en', extent: 'all', forms: ['entire', 'entirety', 'whole', 'the whole of', 'all', 'all of', 'full', 'complete', 'total', 'completely', 'entirely', 'fully'] },
  ],

  directions: {
    ar: ['جنوب', 'جنوبي', 'شمال', 'شمالي', 'شرق', 'شرقي', 'غرب', 'غربي', 'وسط', 'ضاحية', 'الضاحية'],
    en: ['south', 'north', 'east', 'west', 'southern', 'northern', 'eastern', 'western', 'central', 'southeast', 'southwest', 'northeast', 'northwest', 'northwestern', 'southwestern', 'southeastern', 'northeastern'],
  },

  nearWords: {
    ar: ['قرب', 'بالقرب', 'قريبا', 'القريبة', 'القريبتين', 'القريب', 'بين', 'عند', 'كيلومترا', 'كيلومتر', 'كلم', 'كم', 'مقر', 'حدود'],
    en: ['near', 'outside', 'from', 'beyond', 'between', 'around', 'towards', 'toward', 'via', 'km', 'kilometres', 'kilometers', 'miles', 'close'],
  },

  fillers: {
    ar: [...AR_TO, 'منطقة', 'مناطق', 'منطقتي', 'مدينة', 'مدينتي', 'مدن', 'بلدة', 'بلدتي', 'بلدات', 'حي', 'حيي', 'أحياء', 'محور', 'محوري', 'محاور', 'قرية', 'قرى', 'ضاحية',
      'بلدية', 'معسكر', 'معسكرات', 'ال', 'اليوم', 'أمس', 'الأحد', 'الاثنين', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'يوم', 'صباح', 'مساء', 'فجر', 'ليل', 'ما', 'يسمى', 'المزعومة', 'المزعوم',
      'حاليا', 'الآن', 'أيضا', 'مجددا', 'مجدداً', 'بالكامل', 'بشكل', 'كامل', 'التام', 'تام', 'الكاملة', 'سريع', 'قد', 'كما', 'كذلك', 'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'مايو',
      'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'نيسان', 'أيار', 'حزيران', 'الماضي', 'الجاري', 'السيطرة', 'كافة', 'جميع', 'الغرب', 'الشرق', 'الجنوب', 'الشمال', 'وهي', 'وهما', 'منها', 'أبرزها', 'مثل', 'واحد', 'اثنين', 'ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة', 'غضون', 'ساعات', 'ساعة', 'أيام', 'يومين', 'أسبوع', 'قليلة', 'قبل', 'بعد', 'منذ', 'مؤخرا', 'أخيرا', 'عدة', 'نفسها', 'ذاتها'],
    en: ['of', 'over', 'on', 'in', 'into', 'to', 'the', 'a', 'an', 'at', 'back', 'control', 'full', 'complete', 'total', 'town', 'towns', 'city', 'cities', 'village', 'villages', 'area', 'areas',
      'district', 'districts', 'neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'suburb', 'suburbs', 'region', 'axis', 'camp', 'base', 'strategic', 'key', 'main', 'nearby',
      'today', 'yesterday', 'on', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'morning', 'evening', 'night', 'now', 'also', 'again', 'entirely', 'fully',
      'have', 'has', 'had', 'been', 'was', 'were', 'is', 'are', 'strategically', 'important', 'vital', 'coastal', 'mountain', 'so', 'called', 'oasis',
      'two', 'three', 'four', 'five', 'several', 'hours', 'days', 'weeks', 'within', 'late', 'early', 'last', 'this', 'remaining',
      // Adjectives news puts before "town", "city": "the oil-rich city of Sirte", "the besieged town of".
      'oil', 'rich', 'port', 'desert', 'border', 'frontline', 'front', 'garrison', 'besieged', 'embattled', 'contested', 'small', 'ancient', 'historic', 'former', 'neighbouring', 'neighboring', 'hometown', 'symbolic', 'northwestern', 'southwestern'],
  },

  towards: {
    ar: ['نحو', 'باتجاه', 'تجاه', 'صوب', 'إلى', 'الى', 'ل'],
    en: ['to', 'towards', 'toward', 'into'],
  },

  listLinks: {
    ar: ['و', 'أو', 'بالإضافة إلى', 'إضافة إلى', 'بالاضافة الى', 'فضلا عن', 'إلى جانب', 'بما في ذلك', 'بما فيها', 'وصولا إلى', 'حتى'],
    en: ['and', 'or', 'as well as', 'including', 'plus', 'along with', 'the', 'of', 'towns of', 'cities and towns of'],
  },

  backFillers: {
    ar: ['التي', 'الذي', 'اللتين', 'اللتان', 'اللذين', 'اللذان', 'اللواتي', 'وهي', 'وهو', 'هي', 'هو', 'وهما', 'كانت', 'كان', 'تعتبر', 'يعتبر', 'تعد', 'يعد', 'تمثل', 'تمثلان', 'يمثل',
      'بدورها', 'بدورهما', 'أصبحت', 'أصبح', 'باتت', 'بات', 'لا تزال', 'ما زالت', 'مازالت', 'تقع', 'يقع', 'تظل', 'ظلت', 'حاليا', 'الآن', 'كلها', 'جميعها', 'ضواحيها', 'محيطها', 'أطرافها', 'البلدة',
      'المدينة', 'المنطقة', 'الأولى', 'أول', 'أهم', 'أبرز', 'آخر', 'لا', 'تزال', 'ما', 'زالت', 'كونها', 'لكونها', 'باعتبارها'],
    en: ['which', 'that', 'who', 'has', 'had', 'have', 'been', 'was', 'were', 'is', 'are', 'remains', 'remained', 'a', 'an', 'the', 'vital', 'key', 'main', 'major', 'important', 'strategic',
      'last', 'largest', 'biggest', 'first', 'now', 'still', 'long', 'considered', 'served', 'serving', 'as', 'and', 'town', 'city', 'its', 'surroundings', 'came', 'come', 'comes', 'fell',
      'remain', 'also', 'entirely', 'firmly', 'then', 'once'],
  },

  clauseBreaks: {
    ar: ['بينما', 'فيما', 'في حين', 'حين', 'كما أن', 'كما ان', 'لكن', 'ولكن', 'إلا أن', 'الا ان', 'غير أن', 'بعد أن', 'بعدما', 'قبل أن', 'في وقت', 'إذ', 'حيث'],
    en: ['while', 'whereas', 'but', 'although', 'though', 'meanwhile', 'however', 'after', 'before', 'since', 'when', 'where'],
  },

  attributions: [
    { lang: 'ar', speaker: 'after', forms: ['أعلن', 'أعلنت', 'أعلنوا', 'إعلان', 'قال', 'قالت', 'أكد', 'أكدت', 'أفاد', 'أفادت', 'ذكر', 'ذكرت', 'صرح', 'صرحت', 'أوضح', 'أوضحت', 'أشار', 'أشارت',
      'أضاف', 'أضافت', 'نقلت', 'نقل', 'اعترف', 'اعترفت', 'زعم', 'زعمت', 'ادعى', 'ادعت', 'بحسب', 'حسب', 'وفق', 'وفقا', 'نقلا عن', 'تابع', 'لفت', 'أعلن+', 'أبلغ', 'أبلغت'] },
    { lang: 'en', speaker: 'after', forms: ['according to', 'quoted', 'told by'] },
    { lang: 'en', speaker: 'either', forms: ['said', 'says', 'say', 'saying', 'announced', 'announces', 'claimed', 'claims', 'stated', 'stating', 'told', 'confirmed', 'reported', 'added', 'declared', 'insisted', 'indicated', 'noted', 'explained'] },
  ],

  pronouns: {
    third: {
      ar: ['قواته', 'قواتها', 'قواتهم', 'عناصره', 'عناصرها', 'مقاتليه', 'مقاتليها', 'أنه', 'أنها', 'أنهم', 'إنه', 'إنها', 'إنهم', 'انه', 'انها', 'انهم', 'القوات'],
      en: ['it', 'its', 'they', 'their', 'his', 'he', 'its forces', 'their forces', 'his forces', 'its troops', 'his troops', 'their troops', 'the forces'],
    },
    first: {
      ar: ['قواتنا', 'نحن', 'عناصرنا', 'وحداتنا'],
      en: ['we', 'our', 'our forces', 'our troops', 'our heroic forces', 'our valiant forces'],
    },
  },

  affiliations: {
    ar: ['التابع', 'التابعة', 'التابعين', 'الموالي', 'الموالية', 'الموالين', 'المدعوم', 'المدعومة', 'بقيادة', 'تحت قيادة', 'قيادة', 'قائد', 'تتبع', 'يتبع', 'تابع', 'تابعة', 'ل', 'لـ', 'في', 'ب', 'ضمن'],
    en: ['of', 'the', 'under', 'command', 'led', 'by', 'loyal', 'to', 'allied', 'with', 'backed', 'commanded', 'forces', 'aligned'],
  },

  titles: {
    ar: ['المشير', 'اللواء', 'العقيد', 'العميد', 'الفريق', 'المقدم', 'الرائد', 'النقيب', 'طيار', 'المتقاعد', 'العقيد طيار', 'الناطق', 'المتحدث', 'باسم', 'الرسمي', 'آمر', 'قائد', 'السيد', 'خليفة', 'أحمد', 'محمد', 'مصطفى', 'فتحي', 'أسامة',
      'قوات', 'القوات', 'عناصر', 'ميليشيات', 'مليشيات', 'الليبي', 'الليبية', 'الوطني', 'الوطنية'],
    en: ['col', 'colonel', 'gen', 'general', 'maj', 'major', 'brig', 'brigadier', 'field', 'marshal', 'mr', 'spokesman', 'spokesperson', 'for', 'of', 'the', 'commander', 'ahmed', 'ahmad', 'mohammed', 'mohamed', 'mohamad', 'mustafa', 'fathi', 'osama', 'khalifa',
      'forces', 'troops', 'fighters', 'militias', 'libyan', 'rogue', 'warlord', 'strongman'],
  },

  pejoratives: {
    ar: ['ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'مرتزقة', 'يسمى', 'المزعومة', 'الانقلابي', 'المتمرد', 'المتمردة', 'الإرهابية', 'فلول'],
    en: ['militia', 'militias', 'mercenaries', 'so-called', 'rogue', 'renegade', 'warlord', 'putschist', 'terrorist'],
  },

  eventNouns: {
    ar: ['قصف', 'هجوم', 'هجمات', 'هجوما', 'غارة', 'غارات', 'اشتباكات', 'اشتباك', 'معارك', 'قتال', 'مواجهات', 'بين', 'ضربات', 'ضربة', 'تقدم', 'انسحاب', 'استهداف', 'خسائر', 'قتلى', 'أسرى', 'ضد', 'مع', 'على', 'من', 'مواقع', 'تمركزات', 'مقاتلي', 'عناصر'],
    en: ['attack', 'attacks', 'strike', 'strikes', 'shelling', 'clashes', 'fighting', 'battle', 'offensive', 'advance', 'between', 'against', 'and', 'by', 'from', 'on', 'with', 'positions', 'losses', 'fighters', 'of'],
  },

  objectMarkers: {
    ar: ['ضد', 'على', 'من', 'مع', 'عن', 'مواجهة', 'لصالح'],
    // English verbs done to a party: the party after them is their object ("chased away the remaining Haftar's forces").
    en: ['against', 'from', 'on', 'with', 'chased', 'chasing', 'away', 'targeted', 'targeting', 'attacked', 'attacking', 'pursued', 'pursuing', 'defeated', 'defeating', 'routed',
      'repelled', 'struck', 'shelled', 'shelling', 'bombed', 'killed', 'encircle', 'encircled', 'surrounded', 'besieged', 'confronted', 'drove', 'pushed', 'expelled', 'ousted', 'luring'],
  },

  forceNouns: {
    // Before the name in Arabic ("مقاتلي الوفاق", "فلول ميليشيات حفتر"), after it in English ("LNA forces", "Haftar's troops").
    ar: ['قوات', 'القوات', 'عناصر', 'مقاتلي', 'مقاتلو', 'وحدات', 'كتائب', 'ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا', 'مسلحي', 'مسلحو', 'جنود', 'مرتزقة', 'فلول', 'تشكيلات'],
    en: ['forces', 'force', 'troops', 'fighters', 'units', 'militias', 'militia', 'militiamen', 'soldiers', 'brigades', 'brigade', 'mercenaries', 'gunmen', 'loyalists', 'army', 'battalions',
      'groups', 'elements', 'remnants', 'men'],
  },

  partyLinks: {
    ar: [],
    en: ['led', 'aligned', 'allied', 'affiliated', 'backed', 'loyal', 'linked', 'supported', 'commanded', 'sponsored', 'dominated'],
  },

  genericForces: {
    ar: [['ميليشيات', 'مليشيات', 'ميليشيا', 'مليشيا'], ['مرتزقة'], ['متمردين', 'متمردون']],
    en: [['militias', 'militia', 'militiamen'], ['mercenaries'], ['rebels']],
  },

  presenceAdjectives: {
    ar: ['الإرهابية', 'الإرهابي', 'الإرهابيين', 'المتمردة', 'الهاربة', 'الفارة', 'المتبقية', 'المتواجدة', 'المتواجدين', 'الموجودة', 'الموجودين', 'المرابطة', 'المنتشرة', 'المسلحة'],
    en: ['still', 'now', 'remaining', 'currently'],
  },

  unitWords: {
    ar: ['عمليات', 'كتيبة', 'الكتيبة', 'سرية', 'مديرية', 'جهاز', 'مجلس', 'أمن', 'حماية', 'فرع', 'ثوار', 'تجمع', 'أعيان', 'حكماء'],
    en: ['brigade', 'brigades', 'battalion', 'battalions', 'council', 'protection', 'revolutionaries', 'elders', 'militia', 'militias', 'operations'],
  },

  placeNouns: [
    { lang: 'ar', kinds: ['city', 'capital', 'town', 'village', 'hamlet', 'suburb'], forms: ['المدينة', 'البلدة'] },
    { lang: 'en', kinds: ['city', 'capital', 'town', 'village', 'hamlet', 'suburb'], forms: ['the city', 'the town'] },
    { lang: 'ar', kinds: ['military-base', 'airport', 'camp'], forms: ['القاعدة'] },
    { lang: 'en', kinds: ['military-base', 'airport', 'camp'], forms: ['the base', 'the airbase', 'the air base'] },
    { lang: 'ar', kinds: ['airport', 'military-base'], forms: ['المطار'] },
    { lang: 'en', kinds: ['airport', 'military-base'], forms: ['the airport'] },
    { lang: 'ar', kinds: ['camp', 'military-base'], forms: ['المعسكر'] },
    { lang: 'en', kinds: ['camp', 'military-base'], forms: ['the camp'] },
  ],
};
