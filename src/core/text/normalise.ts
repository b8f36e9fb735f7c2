/**
 * Arabic and Latin normalisation with an offset map back to the original text.
 *
 * The geoparser matches names on normalised text, then reports offsets into the original,
 * unnormalised text so the page can highlight the exact words a reader sees. Every normalised
 * code unit therefore remembers where it came from.
 */

/** Code unit that separates tokens in normalised text. */
export const SEPARATOR = 0x20;
/** Marker in the table for characters that vanish (diacritics, tatweel, bidi marks). */
const DROP = 0;

/**
 * One lookup per UTF-16 code unit, built once: the hot loop of the geoparser runs over megabytes,
 * so a table beats regular expressions and `String.prototype.normalize` per character.
 */
const TABLE: Uint16Array = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const letterOrDigit = /[\p{L}\p{N}]/u;
  const mark = /\p{M}/u;
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      // Surrogate halves separate here; normaliseText looks at the whole pair (see classifySurrogate).
      table[c] = SEPARATOR;
      continue;
    }
    const ch = String.fromCharCode(c);
    // A combining mark belongs to the letter before it and never ends a word: Arabic's small
    // high signs (U+0610–U+061A), its extended marks (U+08D3–U+08FF) and any other script's.
    if (mark.test(ch)) {
      table[c] = DROP;
      continue;
    }
    if (!letterOrDigit.test(ch)) {
      table[c] = SEPARATOR;
      continue;
    }
    // Fold case and strip Latin accents (é → e), and presentation forms to their base letter.
    let folded = ch.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
    if (folded.length !== 1) folded = ch.toLowerCase();
    table[c] = folded.length === 1 ? folded.charCodeAt(0) : c;
  }
  // Arabic diacritics (harakat, shadda, sukun, superscript alef, Quranic marks), most of them
  // combining marks already; U+06DD (end of ayah) and U+06DE are not.
  for (let c = 0x0300; c <= 0x036f; c++) table[c] = DROP;
  for (let c = 0x064b; c <= 0x065f; c++) table[c] = DROP;
  for (let c = 0x06d6; c <= 0x06ed; c++) table[c] = DROP;
  for (const c of [0x0670, 0x0640 /* tatweel */]) table[c] = DROP;
  // Invisible formatting: zero-width characters, bidi marks, embeddings, overrides and isolates.
  for (let c = 0x200b; c <= 0x200f; c++) table[c] = DROP;
  for (let c = 0x202a; c <= 0x202e; c++) table[c] = DROP;
  for (let c = 0x2066; c <= 0x2069; c++) table[c] = DROP;
  for (const c of [0x061c, 0xfeff, 0x00ad]) table[c] = DROP;
  // Transliteration marks for ayn and hamza vanish inside Latin words (Za`rarah, Ṣabrātah, Sa'id
  // is handled below); the plain apostrophes separate, so "Tripoli's" still contains "tripoli".
  for (const c of [0x02bf, 0x02be, 0x02bb, 0x02bc, 0x0060, 0x00b4]) table[c] = DROP;
  // Alef forms أ إ آ ٱ → ا, ta marbuta ة → ه, alef maqsura ى → ي, hamza seats ؤ → و, ئ → ي,
  // Persian/Urdu ی ک → ي ك.
  const fold: Array<[number, number]> = [
    [0x0623, 0x0627], [0x0625, 0x0627], [0x0622, 0x0627], [0x0671, 0x0627],
    [0x0629, 0x0647], [0x0649, 0x064a], [0x0624, 0x0648], [0x0626, 0x064a],
    [0x06cc, 0x064a], [0x06a9, 0x0643],
  ];
  for (const [from, to] of fold) table[from] = to;
  // Presentation forms fold through NFKD above; fix those that landed on a folded letter's source,
  // and drop those that landed on tatweel (U+FE71, U+FE77…: tatweel with a haraka) as tatweel is.
  // Skip the ones already dropped: DROP is also NUL's code, which would turn U+FEFF into a space.
  for (let c = 0xfb50; c <= 0xfeff; c++) {
    const base = table[c] as number;
    if (base === DROP) continue;
    const again = table[base] as number;
    if (again !== base) table[c] = again;
  }
  return table;
}

/** Normalised text and, for each of its code units, the index of the original code unit. */
export interface NormalisedText {
  /** Normalised text: folded letters, single spaces between tokens, no leading space. */
  text: string;
  /** `offsets[i]` is the index in the original text of normalised code unit `i`. */
  offsets: Uint32Array;
}

/**
 * Normalises text for matching: folds Arabic letter variants, drops diacritics, tatweel and
 * invisible marks, lower-cases Latin and strips its accents, and turns every run of
 * punctuation or space into one space. Idempotent: normalising the result changes nothing.
 */
export function normaliseText(original: string): NormalisedText {
  const n = original.length;
  // Lam-alef ligatures expand to two letters, so the output may be longer than the input.
  const out = new Uint16Array(2 * n);
  const offsets = new Uint32Array(2 * n);
  let k = 0;
  let lastWasSeparator = true;
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    let mapped = TABLE[code] as number;
    if (mapped === DROP) continue;
    if (mapped === SEPARATOR && (code & 0xf800) === 0xd800) mapped = classifySurrogate(original, i, code);
    if (code >= 0xfef5 && code <= 0xfefc) {
      out[k] = 0x0644;
      offsets[k++] = i;
      out[k] = 0x0627;
      offsets[k++] = i;
      lastWasSeparator = false;
      continue;
    }
    if (mapped === SEPARATOR) {
      if (lastWasSeparator) continue;
      lastWasSeparator = true;
    } else {
      lastWasSeparator = false;
    }
    out[k] = mapped;
    offsets[k] = i;
    k++;
  }
  if (k > 0 && lastWasSeparator) k--;
  return { text: decodeUtf16(out, k), offsets: offsets.subarray(0, k) };
}

const ASTRAL_LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * A surrogate half stays as it is when it is half of a valid pair that encodes a letter or digit
 * (astral letters are rare in news text and kept unfolded); it separates when the pair is a
 * symbol (emoji: "غريان😀" still ends the name) or when it is unpaired, so that the output is
 * well-formed UTF-16 and normalising it again changes nothing.
 */
function classifySurrogate(original: string, i: number, code: number): number {
  const codePoint = original.codePointAt(code < 0xdc00 ? i : i - 1);
  if (codePoint === undefined || codePoint < 0x10000) return SEPARATOR;
  return ASTRAL_LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint)) ? code : SEPARATOR;
}

/** Normalises a name the way {@link normaliseText} normalises text, without the offsets. */
export function normaliseName(name: string): string {
  return normaliseText(name).text;
}

/**
 * Maps the end of a normalised span back to the original text: just after the original code unit
 * of the span's last normalised code unit, plus any diacritics or tatweel that follow it, so a
 * highlighted word keeps its vowel marks.
 */
export function mapEndOffset(original: string, offsets: Uint32Array, normalisedEnd: number): number {
  let end = (offsets[normalisedEnd - 1] as number) + 1;
  while (end < original.length && TABLE[original.charCodeAt(end)] === DROP) end++;
  return end;
}

/** Punctuation that ends a phrase: a multi-word name does not run across it in text. */
const PHRASE_BREAK = /[.,;:!?،؛؟()[\]{}«»"“”„/|…—–]/u;

/**
 * Whether the original text between the normalised token that ends at `separator` (the index of
 * a separator in the normalised text) and the token after it holds phrase-ending punctuation
 * (a comma, a full stop, a bracket, a dash…); spaces, hyphens and line breaks do not count.
 */
export function breaksPhrase(original: string, offsets: Uint32Array, separator: number): boolean {
  const from = mapEndOffset(original, offsets, separator);
  const to = separator + 1 < offsets.length ? (offsets[separator + 1] as number) : original.length;
  return PHRASE_BREAK.test(original.slice(from, to));
}

/** True for code units that vanish in normalisation (diacritics, tatweel, invisible marks). */
export function isDropped(codeUnit: number): boolean {
  return TABLE[codeUnit] === DROP;
}

// One decoder for all calls: TextDecoder turns the code units into a string without boxing each
// into an array element (the old fromCharCode.apply path cost a fifth of the geoparser's time).
// normaliseText never emits an unpaired surrogate (they become spaces), so nothing is replaced
// and lengths and offsets stay aligned.
const UTF16 = new TextDecoder('utf-16le');

function decodeUtf16(units: Uint16Array, length: number): string {
  return UTF16.decode(units.subarray(0, length));
}
