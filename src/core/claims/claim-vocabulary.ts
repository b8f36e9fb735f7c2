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
   * from it and holds it (`expels`: the party named after the cue is the one expelled); or it
   * left, so the other party holds it (`leaves`; only when the parties file has exactly two).
   */
  outcome: 'holds' | 'expels' | 'leaves';
  /** Where the place is named: after the cue, before it, or either (after first). @defaultValue 'after' */
  place?: 'after' | 'before' | 'either';
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
      forms: ['يسيطر', 'تسيطر', 'يسيطرون', 'يسيطران', 'تسيطران', 'مسيطرة', 'المسيطرة', 'يبسط سيطرته', 'تبسط سيطرتها', 'هي من يسيطر', 'هو من يسيطر', 'يحكم سيطرته', 'تحكم سيطرتها'] },
    { id: 'ar.control-noun', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.8, noun: true, complement: true,
      forms: ['سيطرة', 'سيطرت+', 'السيطرة'] },
    // Taking: سيطر، بسط سيطرته، أحكم السيطرة، فرض سيطرته، استولى، انتزع، احتل
    { id: 'ar.take', lang: 'ar', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['سيطر', 'سيطرت', 'سيطروا', 'سيطرنا', 'بسط سيطرت+', 'بسطت سيطرت+', 'بسطوا سيطرت+', 'بسط السيطرة', 'بسطت السيطرة', 'بسط سيطرة',
        'أحكم السيطرة', 'أحكمت السيطرة', 'أحكموا السيطرة', 'أحكم سيطرت+', 'أحكمت سيطرت+', 'إحكام السيطرة', 'إحكام سيطرت+', 'فرض سيطرت+', 'فرضت سيطرت+',
        'فرض السيطرة', 'فرضت السيطرة', 'استولى', 'استولت', 'استولوا', 'انتزع', 'انتزعت', 'احتل', 'احتلت', 'احتلوا', 'تمكن من السيطرة', 'تمكنت من السيطرة', 'تمكنوا من السيطرة'] },
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
    { id: 'ar.take-it', lang: 'ar', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.75, place: 'before',
      forms: ['سيطر عليها', 'سيطرت عليها', 'سيطروا عليها', 'سيطر عليه', 'سيطرت عليه'] },
    // Expelling: طرد قوات حفتر من X → X is held by the one who expelled them.
    { id: 'ar.expel', lang: 'ar', change: 'expelled', party: 'actor', outcome: 'expels', confidence: 0.9, noun: true,
      forms: ['طرد', 'طردت', 'طردوا', 'طردنا', 'أخرج', 'أخرجت', 'أخرجوا', 'إخراج', 'دحر', 'دحرت', 'دحروا', 'طهر', 'طهرت', 'تطهير'] },
    // Leaving: انسحبت قوات حفتر من X → X is no longer theirs: the other party holds it.
    { id: 'ar.withdraw', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.85,
      forms: ['انسحب', 'انسحبت', 'انسحبوا', 'تراجع', 'تراجعت', 'تراجعوا', 'خرج', 'خرجت', 'خرجوا', 'فر', 'فرت', 'فروا', 'أخلى', 'أخلت', 'أخلوا', 'تقهقر', 'تقهقرت',
        'الهاربة من', 'الهاربين من', 'الهارب من', 'الفارة من', 'الفارين من', 'المنسحبة من', 'المنسحبين من', 'هربت من', 'هرب من', 'هربوا من'] },
    { id: 'ar.withdraw-noun', lang: 'ar', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.7, noun: true,
      forms: ['انسحاب', 'الانسحاب', 'انسحاب+', 'خروج', 'خروج+', 'فرار', 'التقهقر', 'إخلاء'] },
    // Advancing: تقدم نحو، زحف باتجاه، توغل نحو
    { id: 'ar.advance', lang: 'ar', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: [
        // Each verb with each preposition, right after it or up to three words later ("يتقدم بشكل منظم نحو").
        ...combine(['تقدم', 'تقدمت', 'يتقدم', 'تتقدم', 'تقدموا', 'يتقدمون', 'التقدم', 'تقدم+', 'تقدما', 'تقدمات', 'زحف', 'زحفت', 'الزحف', 'توغل', 'توغلت', 'توغلوا', 'تتوغل', 'يتوغل'],
          ['نحو', 'باتجاه', 'تجاه', 'صوب', 'إلى', 'الى', 'داخل']),
        'توغل في', 'توغلت في', 'يقترب من', 'تقترب من', 'اقتربت من', 'اقترب من', 'وصلت إلى', 'وصل إلى', 'وصلت الى', 'وصلوا إلى', 'بلغت'] },
    // Positions: تتمركز في، تمركزات لقوات حفتر في، يتحصن فيها
    { id: 'ar.positioned', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: ['تتمركز', 'يتمركز', 'تمركزت', 'تمركز', 'المتمركزة', 'المتمركزين', 'تمركزات', 'تمركزا', 'تمركز+', 'تنتشر', 'انتشرت', 'ينتشر', 'مواقع'] },
    { id: 'ar.entrenched', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.75, place: 'before',
      forms: ['يتحصن فيها', 'تتحصن فيها', 'يتحصنون فيها', 'يتحصن فيه', 'تتحصن فيه', 'المتحصنة فيها', 'المتحصنين فيها', 'تتمركز فيها', 'يتمركز فيها', 'تتمركز فيه',
        'يتمركز فيه', 'المتمركزة فيها', 'تنتشر فيها', 'ينتشر فيها', 'تسيطر عليها', 'يسيطر عليها', 'يسيطرون عليها'] },
    // Closing off an area: "قيام قوات الوفاق بغلق منطقة السواني".
    { id: 'ar.close-off', lang: 'ar', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.6, noun: true,
      forms: ['غلق', 'أغلق', 'أغلقت', 'أغلقوا', 'تغلق', 'يغلق', 'طوق', 'طوقت', 'تطويق'] },
    // Passive and state: X تحت سيطرة Y، X تخضع لسيطرة Y، X في قبضة Y، X التابعة لـY
    // "للمدن التابعة للجيش الليبي في الغرب، وهي العجيلات والجميل": places said to belong to a party.
    { id: 'ar.belongs', lang: 'ar', change: 'held', party: 'after', outcome: 'holds', place: 'after', confidence: 0.6, state: true,
      forms: ['التابعة', 'التابع', 'الموالية', 'الموالي', 'الخاضعة', 'الواقعة تحت سيطرة'] },
    { id: 'ar.under-control', lang: 'ar', change: 'held', party: 'after', outcome: 'holds', place: 'before', confidence: 0.9, state: true,
      forms: ['تحت سيطرة', 'تحت سيطرت+', 'تخضع لسيطرة', 'يخضع لسيطرة', 'الخاضعة لسيطرة', 'الخاضع لسيطرة', 'خاضعة لسيطرة', 'في قبضة', 'بقبضة', 'في يد', 'بيد', 'بأيدي', 'في أيدي'] },
    // Staging bases: منطلق قوات حفتر، نقطة انطلاق، معقل، القواعد الرئيسية لـ…
    { id: 'ar.base', lang: 'ar', change: 'staging-base', party: 'after', outcome: 'holds', place: 'before', confidence: 0.75, state: true,
      forms: ['منطلق', 'منطلقا', 'نقطة انطلاق', 'قاعدة انطلاق', 'معقل', 'معاقل', 'القواعد الرئيسية', 'أهم القواعد', 'مقر قيادة', 'غرفة عمليات', 'رأس حربة', 'خط إمداد', 'خطوط إمداد'] },
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
      forms: ['controls', 'in control of', 'remains in control of', 'still controls', 'holds', 'still holds', 'controlling'] },
    { id: 'en.control', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.8, complement: true,
      forms: ['control of', 'control over', 'full control of', 'full control over', 'total control of', 'total control over', 'complete control of', 'complete control over'] },
    { id: 'en.take', lang: 'en', change: 'taken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['take', 'takes', 'taking', 'take control of', 'takes control of', 'took', 'took control of', 'taken control of', 'taken control over', 'took control over', 'taking control of', 'seized', 'seized control of', 'seizing', 'seizing control of', 'seize', 'seizes',
        'captured', 'capturing', 'capture', 'captures', 'overran', 'overrun', 'stormed', 'took over', 'taken over', 'wrested control of', 'extended their control over', 'extended its control over',
        'have full control of', 'has full control of', 'secured', 'fall of'] },
    { id: 'en.retake', lang: 'en', change: 'retaken', party: 'actor', outcome: 'holds', confidence: 0.9,
      forms: ['retook', 'retaken', 'retake', 'retakes', 'recaptured', 'recapture', 'recaptures', 'recapturing', 'regained', 'regaining', 'regained control of', 'regaining control of', 'regained control over', 'regaining control over',
        'took back', 'taken back', 'taking back', 'take back', 'taking back control of', 'take back control of', 'taken back control of', 'took back control of', 'retake control of', 'retook control of', 'won back', 'liberated', 'liberating', 'reclaimed', 'reestablish control over', 'reestablished control over', 'regain control of'] },
    { id: 'en.enter', lang: 'en', change: 'entered', party: 'actor', outcome: 'holds', confidence: 0.85,
      forms: ['entered', 'enters', 'enter', 'entering', 'moved into', 'pushed into', 'marched into', 'infiltrated', 'broke into'] },
    { id: 'en.expel', lang: 'en', change: 'expelled', party: 'actor', outcome: 'expels', confidence: 0.85,
      forms: ['expel', 'expels', 'expelling', 'expel … from', 'expelling … from', 'drove … out of', 'drove … from', 'driven … out of', 'pushed … out of', 'expelled … from', 'expelled', 'forced … out of', 'ousted … from', 'cleared … of', 'clear', 'cleared', 'dislodged … from', 'purged … from'] },
    { id: 'en.withdraw', lang: 'en', change: 'withdrawn', party: 'actor', outcome: 'leaves', confidence: 0.8,
      forms: ['withdrew from', 'withdrawn from', 'withdrawing from', 'pulled out of', 'pulled back from', 'retreated from', 'retreating from', 'fled from', 'fleeing', 'fleeing from', 'pulling back from', 'pulling out of', 'pulled out from', 'abandoned', 'lost control of', 'lost', 'evacuated', 'pullout from', 'withdrawal from'] },
    { id: 'en.advance', lang: 'en', change: 'advanced', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.7,
      forms: ['advanced on', 'advance on', 'advancing on', 'advanced towards', 'advanced toward', 'advancing towards', 'advancing toward', 'advance towards', 'advance toward', 'advanced in', 'advanced into',
        'pushed towards', 'pushed toward', 'closing in on', 'closed in on', 'moved towards', 'moved toward', 'marched on', 'approached', 'approaching', 'reached the outskirts of', 'reached'] },
    { id: 'en.positioned', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', extent: 'part', confidence: 0.75,
      forms: ['concentrated in', 'positioned in', 'stationed in', 'stationed at', 'deployed in', 'deployed at', 'based in', 'based at', 'entrenched in', 'dug in', 'positions in', 'present in', 'remain deployed in', 'remain in'] },
    { id: 'en.under-control', lang: 'en', change: 'held', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85, state: true,
      forms: ['held by', 'controlled by', 'under the control of', 'in the hands of', 'occupied by'] },
    { id: 'en.taken-by', lang: 'en', change: 'taken', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['fell to', 'falls to', 'fallen to', 'captured by', 'taken by', 'seized by', 'overrun by', 'stormed by', 'entered by'] },
    { id: 'en.retaken-by', lang: 'en', change: 'retaken', party: 'after', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['recaptured by', 'retaken by', 'liberated by', 'regained by'] },
    { id: 'en.under-party-control', lang: 'en', change: 'held', party: 'within', outcome: 'holds', place: 'before', confidence: 0.85,
      forms: ['under … control'] },
    { id: 'en.party-held', lang: 'en', change: 'held', party: 'before', outcome: 'holds', confidence: 0.85,
      forms: ['held', 'controlled'] },
    { id: 'en.base', lang: 'en', change: 'staging-base', party: 'after', outcome: 'holds', place: 'either', confidence: 0.75, state: true,
      forms: ['base for', 'base of', 'stronghold of', 'stronghold for', 'launchpad for', 'launchpad of', 'launch pad for', 'staging ground for', 'staging post for', 'springboard for', 'headquarters of', 'headquarters for', 'redoubt of', 'starting point for', 'starting point of', 'launching point for', 'rear base for', 'supply route for'] },
    { id: 'en.party-base', lang: 'en', change: 'staging-base', party: 'before', outcome: 'holds', place: 'after', confidence: 0.7,
      forms: ['stronghold', 'last western stronghold', 'redoubt', 'last redoubt'] },
    { id: 'en.seat', lang: 'en', change: 'seat', party: 'within', outcome: 'holds', confidence: 0.6, slack: 0,
      forms: ['government in'] },
    { id: 'en.repel', lang: 'en', change: 'held', party: 'actor', outcome: 'holds', confidence: 0.7,
      forms: ['repelled … attack on', 'repelled … assault on', 'thwarted … attack on', 'fended off … attack on', 'fought off … attack on', 'repulsed … attack on'] },
    { id: 'en.contested', lang: 'en', change: 'contested', party: 'after', outcome: 'holds', place: 'before', confidence: 0.6,
      forms: ['contested between', 'divided between', 'split between'] },
  ],

  ignores: {
    ar: ['دخل حيز', 'دخلت حيز', 'دخول حيز', 'تحرير المدينة من', 'سيطرة على الحكم', 'السيطرة على الحكم', 'الاستيلاء على الحكم', 'استيلاء على الحكم', 'دخلت المعركة', 'دخل المعركة'],
    en: ['took place', 'take place', 'taking place', 'taken place', 'held talks', 'hold talks', 'held a meeting', 'held in', 'took part', 'taken part', 'take part', 'held responsible', 'control of the country', 'entered the battle', 'entered into'],
  },

  cancels: [
    { lang: 'ar', reason: 'negated', scope: 'near', forms: ['لم', 'لن', 'لا', 'ليس', 'ليست', 'دون', 'بدون', 'فشل', 'فشلت', 'فشلوا', 'فشل+', 'إخفاق', 'عجز', 'عجزت', 'تعذر', 'لم تتمكن', 'لم يتمكن'],
      unlessFollowedBy: ['زال', 'زالت', 'يزال', 'تزال', 'زالوا', 'يزالون', 'سيما', 'بد', 'يسمى'] },
    { lang: 'ar', reason: 'attempt', scope: 'near', forms: ['محاولة', 'محاولات', 'محاولة+', 'حاول', 'حاولت', 'حاولوا', 'يحاول', 'تحاول', 'يحاولون', 'سعي', 'يسعى', 'تسعى', 'يسعون', 'هدف', 'هدف+', 'بهدف', 'تهدف', 'يهدف', 'أجل', 'لأجل', 'تستعد', 'يستعد', 'استعدادا', 'تمهيدا', 'تعتزم', 'يعتزم', 'تنوي', 'ينوي', 'عزم', 'خطة'] },
    { lang: 'ar', reason: 'irrealis', scope: 'near', forms: ['إمكانية', 'احتمال', 'ضرورة', 'يجب', 'ينبغي', 'حال', 'إذا', 'لو', 'مطالبة', 'مطالبا', 'يطالب', 'تطالب', 'طالب', 'طالبت', 'دعا', 'دعت', 'دعوة', 'اشتراط', 'شرط', 'قرار', 'مهلة', 'إنذار', 'انذارا', 'تهديد', 'هدد', 'يهدد'] },
    { lang: 'ar', reason: 'irrealis', scope: 'clause', forms: ['مقترح', 'مقترحا', 'اقتراح', 'شريطة', 'بشرط'] },
    { lang: 'ar', reason: 'irrealis', scope: 'near', forms: ['على أن'] },
    { lang: 'ar', reason: 'name', scope: 'adjacent', forms: ['معركة', 'عملية', 'حرب', 'غرفة', 'معارك'] },
    { lang: 'ar', reason: 'denied', scope: 'clause', forms: ['نفى', 'نفت', 'نافيا', 'نافية', 'ينفي', 'تنفي', 'نفي', 'كذب', 'كذبت', 'أنكر', 'أنكرت'] },
    { lang: 'en', reason: 'negated', scope: 'near', forms: ['not', 'no', 'never', 'didn', 'doesn', 'don', 'hasn', 'haven', 'wasn', 'weren', 'isn', 'aren', 'couldn', 'failed', 'fail', 'fails', 'failing', 'failure', 'unable', 'unsuccessful', 'without'] },
    { lang: 'en', reason: 'attempt', scope: 'near', forms: ['attempt', 'attempts', 'attempted', 'attempting', 'try', 'tries', 'tried', 'trying', 'bid', 'seek', 'seeks', 'seeking', 'sought', 'aim', 'aims', 'aimed', 'aiming', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'prepare', 'prepares', 'preparing', 'vowed', 'vows', 'vowing', 'goal'] },
    { lang: 'en', reason: 'irrealis', scope: 'near', forms: ['will', 'would', 'could', 'might', 'may', 'should', 'must', 'if', 'unless', 'whether', 'chances', 'possibility', 'likely', 'unlikely', 'threatened', 'threatens', 'threatening', 'demand', 'demanded', 'demands', 'called for', 'calls for', 'urged', 'ultimatum'] },
    { lang: 'en', reason: 'irrealis', scope: 'clause', forms: ['on condition', 'condition that', 'proposal', 'proposed', 'in exchange for', 'provided that'] },
    { lang: 'en', reason: 'attempt', scope: 'adjacent', forms: ['to'], unless: ['managed', 'able', 'succeeded', 'continued', 'went', 'moved', 'back', 'forced'] },
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
    { lang: 'en', extent: 'part', forms: ['part', 'parts', 'part of', 'parts of', 'outskirts', 'edges', 'edge', 'fringes', 'some', 'some of', 'several areas', 'areas of', 'positions', 'sections', 'southern parts', 'neighbourhoods in', 'districts of', 'entrance', 'gates'] },
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
      'two', 'three', 'four', 'five', 'several', 'hours', 'days', 'weeks', 'within', 'late', 'early', 'last', 'this'],
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
      'last', 'largest', 'biggest', 'first', 'now', 'still', 'long', 'considered', 'served', 'serving', 'as', 'and', 'town', 'city', 'its', 'surroundings'],
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
    en: ['against', 'from', 'on', 'with'],
  },
};
