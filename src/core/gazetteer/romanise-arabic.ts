/**
 * Letter-by-letter romanisation of Arabic script, for ids only (`al-mshashta` for المشاشطة):
 * consonants as in common English transliteration (ش sh, خ kh, غ gh, ث th, ذ dh, ج j, ق q),
 * long vowels ا و ي as a w y (ا a, و w, ي y: short vowels are not written, so none are added),
 * ة a, ى a, ع and ء and diacritics dropped, the article ال written `al-`. Deterministic and
 * reversible enough to recognise a place by its id; not a spelling for display or matching.
 */
const LETTERS: Record<string, string> = {
  ا: 'a', أ: 'a', إ: 'i', آ: 'a', ٱ: 'a', ب: 'b', ت: 't', ث: 'th', ج: 'j', ح: 'h', خ: 'kh', د: 'd',
  ذ: 'dh', ر: 'r', ز: 'z', س: 's', ش: 'sh', ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'gh', ف: 'f',
  ق: 'q', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: 'h', ة: 'a', و: 'w', ؤ: 'w', ي: 'y', ى: 'a', ئ: 'y',
  ء: '', پ: 'p', چ: 'ch', ڤ: 'v', گ: 'g', ی: 'y', ک: 'k',
};

/**
 * Romanises an Arabic name for an id: each word on its own, a leading ال as `al-`, letters by the
 * table above, anything else (digits, Latin letters) kept, punctuation as a space.
 *
 * @returns lower-case ASCII words separated by single spaces (may be empty)
 */
export function romaniseArabic(name: string): string {
  return name
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => {
      const article = word.length > 3 && word.startsWith('ال');
      const body = article ? word.slice(2) : word;
      let out = '';
      for (const ch of body) out += LETTERS[ch] ?? (/[a-z0-9]/i.test(ch) ? ch.toLowerCase() : '');
      return out ? (article ? `al-${out}` : out) : '';
    })
    .filter(Boolean)
    .join(' ');
}
