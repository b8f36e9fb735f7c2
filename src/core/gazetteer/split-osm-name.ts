import { normaliseName } from '../text/normalise.ts';

/** One name read from an OpenStreetMap tag value. */
export interface OsmName {
  text: string;
  /** Written in Arabic script (else Latin or another script). */
  arabic: boolean;
}

const FORMAT_MARKS = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const ARABIC_LETTER = /[\u0600-\u06ff]/;
const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
const TRAILING_MARKS = /[`´'’‘ʿʾʼ]+$/u;
const TRIM = /^[\s\-–—(),.:;/،]+|[\s\-–—(),.:;/،]+$/g;

/**
 * Generic words that begin a settlement's name in OSM without being part of how news names it:
 * "قرية اشميخ" (the village of Ishmikh), "منطقة الوسيطة", "مدينة جرمة", "Village Bin Telles".
 * Normalised. A name starting with one also gives the rest as a name.
 */
const ARABIC_GENERIC = new Set(['قرية', 'منطقة', 'مدينة', 'بلدة', 'محلة', 'شعبية', 'بلدية', 'قبيلة', 'حي'].map(normaliseName));
const LATIN_GENERIC_FIRST = new Set(['village', 'town', 'city', 'qaryat', 'madinat', 'qabilat']);
const LATIN_GENERIC_LAST = new Set(['village', 'town', 'city']);

/**
 * Reads the names in one OSM tag value. OSM packs several values with `;`, each a name of its
 * own. Mappers also write both scripts in one value ("Kambot كمبوت", "Tamlushayit (تملوشايت)"):
 * each script's part is a name. And they add a locator after a dash, slash or parenthesis
 * ("الخضراء-ترهونة" is Al-Khadra of Tarhuna, "سوق الجمعة-قماطة", "شعبية تيبشان / الرجبان"): only
 * the part before it is the name (Arabic text is cut at any dash, slash, full stop, comma or
 * parenthesis, since Arabic does not hyphenate words; Latin text at a slash, comma, colon,
 * parenthesis or a dash with a space beside it, so "Al-Gurayfah" stays whole). Bidi marks are
 * dropped and spaces collapsed. A name that begins with a generic word (قرية، منطقة، مدينة…,
 * "Village", "Qaryat"…) or ends with one ("Shumaykh Town") gives the bare name first, then the
 * whole.
 *
 * @returns names in the order written, possibly empty
 */
export function splitOsmName(value: string): OsmName[] {
  const out: OsmName[] = [];
  for (const piece of value.replace(FORMAT_MARKS, '').split(';')) {
    const hasArabic = ARABIC_LETTER.test(piece);
    const hasLatin = LATIN_LETTER.test(piece);
    const arabicPart = hasArabic ? piece.replace(/[^\u0600-\u06ff\s\-–—/.,،()]/g, ' ') : '';
    const latinPart = hasLatin ? piece.replace(/[\u0600-\u06ff]/g, ' ') : '';
    if (hasArabic) push(out, firstPart(arabicPart.split(/[-–—/.,،()]/)), true);
    if (hasLatin) push(out, firstPart(latinPart.split(/\s[-–—]|[-–—]\s|[/,:()]/)), false);
  }
  return out;
}

/** The first part with letters in it (a value may start with a separator: "(تملوشايت)"). */
function firstPart(parts: readonly string[]): string {
  return parts.find((p) => /\p{L}/u.test(p)) ?? '';
}

function push(out: OsmName[], raw: string, arabic: boolean): void {
  // A trailing ayn or hamza mark ("Al Fuqaha`") is dropped: the geoparser ignores such marks, and
  // at the end of a name they would only widen the highlighted span past its last letter.
  const text = raw.replace(/\s+/g, ' ').replace(TRIM, '').replace(TRAILING_MARKS, '').trim();
  if ([...text].filter((c) => /\p{L}/u.test(c)).length < 2) return;
  const words = text.split(' ');
  if (words.length >= 2) {
    const first = normaliseName(words[0] as string);
    const last = normaliseName(words[words.length - 1] as string);
    const bare = arabic
      ? (ARABIC_GENERIC.has(first) ? words.slice(1) : null)
      : LATIN_GENERIC_FIRST.has(first) ? words.slice(1) : LATIN_GENERIC_LAST.has(last) ? words.slice(0, -1) : null;
    if (bare) out.push({ text: bare.join(' '), arabic });
  }
  out.push({ text, arabic });
}
