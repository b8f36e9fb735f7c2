/**
 * A folding key for Latin-script place names, so that a transliteration nobody listed still
 * matches: Ghariyan and Gharyan, Sog al-Khmies and Suq al-Khamis, Tajoura and Tajura.
 *
 * It works token by token on normalised text (lower case, accents stripped, punctuation turned
 * into spaces: `normaliseText`), leaves Arabic tokens as they are, and keeps, for every code unit
 * of the key, the span of normalised text it stands for, so a match on the key maps back to the
 * original words. The rules, in order:
 *
 * - the article: a token `al` or `el` is dropped, and so are `as az ash an ar at ad adh ath es ez
 *   er et ed en` when a hyphen joins them to the next word (as-Sidra, not "as Sidra" in English)
 *   or the next word starts with their consonant (Ar Rayayinah, At Timimi: the assimilated article);
 *   `ibn bin ben` become one token, and so do `abu abou bou bu`, also when written onto the name
 *   (Benghashir, Abusalim: a word of its own when at least 4 letters follow);
 * - an apostrophe inside a word joins it (Asbi'ah, Ka'am), except before an English clitic
 *   (Tripoli's, can't);
 * - letters: `gh kh q g c k ck` → k, `sh sch` → s, `ch` → x (English ch is not ش: Chairman is not
 *   Surman) but k at a word's end (Tobruch), `dsch` and `gi` before a vowel → j (Dschansur, Gianzur),
 *   `u` or `ou` between vowels or starting a word before one → w (Gauat, Oualid), `th` → t, `dh` → d, `ph` → f, `dj` → j, `ou oo`
 *   → u, `ee` → i; a doubled letter is one (Msallata, Misallata);
 * - `h` after a vowel at the end of a word goes (Zawiyah, Sabratah);
 * - `y` is a vowel except at the start of a word; `w` after a vowel and before a consonant or the
 *   end is a vowel (Awbari, Ubari);
 * - vowels: a word's first vowels become one `a`, its last vowels one `a` (a lone final `e` goes:
 *   Sirte, Sirt), and the vowels between consonants go (Misurata, Misrata).
 *
 * A key with few consonants is too loose to trust (Hun → `hn`): the geoparser matches such names
 * exactly instead (`MIN_KEY_CONSONANTS`).
 */
import { SEPARATOR, isDropped, normaliseText } from './normalise.ts';

/** A text's key, and for each key code unit the span [start, end) of normalised text it stands for. */
export interface KeyedText {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

const VOWEL_MARK = 0x61; // 'a'
const DIGRAPHS: ReadonlyMap<string, number> = new Map([
  ['gh', 0x6b], ['kh', 0x6b], ['ck', 0x6b], ['sh', 0x73], ['ch', 0x78], ['th', 0x74], ['dh', 0x64],
  ['ph', 0x66], ['dj', 0x6a], ['ou', 0x75], ['oo', 0x75], ['ee', 0x69],
]);
const SINGLE: ReadonlyMap<number, number> = new Map([[0x71, 0x6b], [0x67, 0x6b], [0x63, 0x6b]]); // q g c → k
const ALWAYS_ARTICLES: ReadonlySet<string> = new Set(['al', 'el']);
const HYPHEN_ARTICLES: ReadonlySet<string> = new Set(['as', 'az', 'ash', 'an', 'ar', 'at', 'ad', 'adh', 'ath', 'es', 'ez', 'er', 'et', 'ed', 'en']);
const WHOLE_TOKENS: ReadonlyMap<string, string> = new Map([
  ['ibn', 'bn'], ['bin', 'bn'], ['ben', 'bn'], ['abu', 'bu'], ['abou', 'bu'], ['bou', 'bu'], ['bu', 'bu'],
]);
const ATTACHED_PARTICLE = /^(ben|bin|abu|abou|bou)(?=[a-z]{4})/;
const ENGLISH_CLITICS: ReadonlySet<string> = new Set(['s', 't', 'd', 'll', 're', 've', 'm']);
const APOSTROPHES = /^['’ʼ]$/u;
const HYPHENS = /^[-‐‑–]$/u;

// Keys hold no unpaired surrogate (normalised text has none), so decoding keeps lengths.
const UTF16 = new TextDecoder('utf-16le');

const isVowel = (c: number): boolean => c === 0x61 || c === 0x65 || c === 0x69 || c === 0x6f || c === 0x75;
const isLatinLetter = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/**
 * Whether an article is assimilated to the word after it (Ar Rayayinah, At Timimi, Ash Shurayf,
 * An Nawfaliyah): its consonant starts that word, so it is the article even without a hyphen.
 */
function assimilated(article: string, s: string, next: number): boolean {
  const consonant = article.slice(1);
  return s.startsWith(consonant, next) && next + consonant.length < s.length && s.charCodeAt(next + consonant.length) !== SEPARATOR;
}

/** Count of consonants in a key (letters other than the vowel mark and separators). */
export function countKeyConsonants(key: string): number {
  let n = 0;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c !== SEPARATOR && c !== VOWEL_MARK) n++;
  }
  return n;
}

interface Unit {
  c: number;
  start: number;
  end: number;
}

/** The key units of one Latin word `w` (normalised), whose first code unit is at `base`. */
function keyWord(w: string, base: number): Unit[] {
  const whole = WHOLE_TOKENS.get(w);
  if (whole !== undefined) {
    return [...whole].map((ch, i) => {
      const start = base + Math.min(i, w.length - 1);
      return { c: ch.charCodeAt(0), start, end: i === whole.length - 1 ? base + w.length : start + 1 };
    });
  }
  // Letters and digraphs.
  let units: Unit[] = [];
  for (let i = 0; i < w.length; ) {
    // German dsch → j, sch → sh; Italian gi before a vowel → j (Gianzur, Giado); ch at a word's
    // end is German or Italian kh (Tobruch, Murzuch); u between vowels or starting a word before
    // one is w (Gauat, Ueddan, Oualid).
    const four = w.slice(i, i + 4);
    if (four === 'dsch') {
      units.push({ c: 0x6a, start: base + i, end: base + i + 4 });
      i += 4;
      continue;
    }
    if (w.startsWith('sch', i)) {
      units.push({ c: 0x73, start: base + i, end: base + i + 3 });
      i += 3;
      continue;
    }
    if (w.startsWith('gi', i) && i + 2 < w.length && isVowel(w.charCodeAt(i + 2))) {
      units.push({ c: 0x6a, start: base + i, end: base + i + 2 });
      i += 2;
      continue;
    }
    if (w.startsWith('ch', i) && i + 2 === w.length && i > 0) {
      units.push({ c: 0x6b, start: base + i, end: base + i + 2 });
      i += 2;
      continue;
    }
    const u = w.startsWith('ou', i) ? 2 : w.charCodeAt(i) === 0x75 ? 1 : 0;
    if (u > 0 && i + u < w.length && isVowel(w.charCodeAt(i + u)) && (i === 0 || isVowel(w.charCodeAt(i - 1)))) {
      units.push({ c: 0x77, start: base + i, end: base + i + u });
      i += u;
      continue;
    }
    const two = DIGRAPHS.get(w.slice(i, i + 2));
    if (two !== undefined && i + 1 < w.length) {
      units.push({ c: two, start: base + i, end: base + i + 2 });
      i += 2;
      continue;
    }
    const c = w.charCodeAt(i);
    units.push({ c: SINGLE.get(c) ?? c, start: base + i, end: base + i + 1 });
    i++;
  }
  // Doubled letters.
  units = units.reduce<Unit[]>((out, u) => {
    const last = out[out.length - 1];
    if (last && last.c === u.c && !isVowel(u.c)) last.end = u.end;
    else out.push(u);
    return out;
  }, []);
  // Final h after a vowel.
  const n0 = units.length;
  if (n0 >= 2 && units[n0 - 1]!.c === 0x68 && isVowel(units[n0 - 2]!.c)) {
    units[n0 - 2]!.end = units[n0 - 1]!.end;
    units.pop();
  }
  // y and w as vowels.
  const vowel = units.map((u, i) => {
    if (isVowel(u.c)) return true;
    if (u.c === 0x79) return i > 0;
    if (u.c === 0x77) return i > 0 && isVowel(units[i - 1]!.c) && (i === units.length - 1 || !isVowel(units[i + 1]!.c));
    return false;
  });
  // Vowel runs: first → one mark, last → one mark (a lone final e goes), inner → absorbed.
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    if (!vowel[i]) {
      out.push({ ...units[i]! });
      i++;
      continue;
    }
    let j = i;
    while (j < units.length && vowel[j]) j++;
    const run = { start: units[i]!.start, end: units[j - 1]!.end };
    const lastRun = j === units.length;
    if (i === 0) {
      out.push({ c: VOWEL_MARK, ...run });
    } else if (lastRun && !(j - i === 1 && units[i]!.c === 0x65)) {
      out.push({ c: VOWEL_MARK, ...run });
    } else {
      out[out.length - 1]!.end = run.end;
    }
    i = j;
  }
  return out;
}

/**
 * Keys every Latin word of normalised text `s`, leaving other tokens as they are; `original` and
 * `offsets` (from `normaliseText`) tell which punctuation stood between words (apostrophes and
 * hyphens). Returns null when `s` has no Latin letter, so Arabic text costs one scan.
 */
export function latinKeyText(s: string, original: string, offsets: Uint32Array): KeyedText | null {
  let any = false;
  for (let i = 0; i < s.length; i++) {
    if (isLatinLetter(s.charCodeAt(i))) {
      any = true;
      break;
    }
  }
  if (!any) return null;
  const out = new Uint16Array(s.length + 1);
  const starts = new Uint32Array(s.length + 1);
  const ends = new Uint32Array(s.length + 1);
  let k = 0;
  const push = (c: number, start: number, end: number): void => {
    out[k] = c;
    starts[k] = start;
    ends[k] = end;
    k++;
  };
  /** Text between the normalised token ending at `end` and the next one, in the original. */
  const gapAfter = (end: number): string => {
    if (end >= s.length) return '';
    // Invisible marks (a stray haraka, a bidi mark) do not change what separates two words.
    let gap = '';
    for (let i = (offsets[end - 1] as number) + 1; i < (offsets[end + 1] as number); i++) if (!isDropped(original.charCodeAt(i))) gap += original.charAt(i);
    return gap;
  };
  let pendingStart = -1; // start of a dropped article, absorbed into the next word
  let pos = 0;
  while (pos < s.length) {
    let end = s.indexOf(' ', pos);
    if (end < 0) end = s.length;
    let word = s.slice(pos, end);
    if (!isLatinLetter(word.charCodeAt(0)) && !isLatinLetter(word.charCodeAt(word.length - 1))) {
      if (k > 0) push(SEPARATOR, pos - 1, pos);
      for (let i = pos; i < end; i++) push(s.charCodeAt(i), i, i + 1);
      pendingStart = -1;
      pos = end + 1;
      continue;
    }
    // An apostrophe inside a word joins it (Asbi'ah), unless an English clitic follows (Tripoli's).
    while (end < s.length && APOSTROPHES.test(gapAfter(end))) {
      let next = s.indexOf(' ', end + 1);
      if (next < 0) next = s.length;
      if (ENGLISH_CLITICS.has(s.slice(end + 1, next))) break;
      word = `${word}${s.slice(end + 1, next)}`;
      end = next;
    }
    const joined = word.length !== end - pos;
    const next = end < s.length;
    if (!joined && next && (ALWAYS_ARTICLES.has(word) || (HYPHEN_ARTICLES.has(word) && (HYPHENS.test(gapAfter(end)) || assimilated(word, s, end + 1))))) {
      // The article belongs to the name it is written onto (al-Aziziya, As-Sidra); an assimilated
      // one written apart may be an English word ("as soon"): dropped, but left out of the span.
      if (pendingStart < 0 && (ALWAYS_ARTICLES.has(word) || HYPHENS.test(gapAfter(end)))) pendingStart = pos;
      pos = end + 1;
      continue;
    }
    // With an apostrophe joined, code units no longer line up with `s`: map the word's letters back.
    const map: number[] = [];
    for (let i = pos; i < end; i++) if (s.charCodeAt(i) !== SEPARATOR) map.push(i);
    // A particle written onto the name (Benghashir, Abusalim) is a word of its own.
    const particle = ATTACHED_PARTICLE.exec(word)?.[1];
    const parts: Array<[string, number]> = particle ? [[particle, 0], [word.slice(particle.length), particle.length]] : [[word, 0]];
    for (const [part, offset] of parts) {
      if (k > 0) push(SEPARATOR, (map[offset] as number) - 1, map[offset] as number);
      keyWord(part, offset).forEach((u, idx) => push(u.c, idx === 0 && offset === 0 && pendingStart >= 0 ? pendingStart : (map[u.start] as number), (map[u.end - 1] as number) + 1));
    }
    pendingStart = -1;
    pos = end + 1;
  }
  return { text: UTF16.decode(out.subarray(0, k)), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The key of a name (or any text), as the trie stores it: normalised, then keyed. */
export function latinKey(name: string): string {
  const { text, offsets } = normaliseText(name);
  return latinKeyText(text, name, offsets)?.text ?? text;
}
