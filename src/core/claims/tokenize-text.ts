import { SEPARATOR, mapEndOffset, normaliseText } from '../text/normalise.ts';

/** A word of a text: its normalised form and where it is in the original. */
export interface TextToken {
  /** Normalised form (see `normaliseText`): folded letters, no diacritics, lower case. */
  norm: string;
  /** UTF-16 index of the word's first code unit in the original text. */
  start: number;
  /** UTF-16 index just after the word (and any diacritics on its last letter) in the original. */
  end: number;
}

/**
 * Cuts a text into words on the normaliser's separators (spaces, punctuation, hyphens,
 * apostrophes), keeping each word's offsets into the original text, so anything built from
 * words (a quote, a span) slices back to the exact original wording.
 */
export function tokenizeText(text: string): TextToken[] {
  const { text: s, offsets } = normaliseText(text);
  const tokens: TextToken[] = [];
  let from = 0;
  while (from < s.length) {
    let to = s.indexOf(String.fromCharCode(SEPARATOR), from);
    if (to < 0) to = s.length;
    if (to > from) tokens.push({ norm: s.slice(from, to), start: offsets[from] as number, end: mapEndOffset(text, offsets, to) });
    from = to + 1;
  }
  return tokens;
}

/** The original text between two consecutive words (spaces and punctuation), or before the first. */
export function gapBefore(text: string, tokens: readonly TextToken[], index: number): string {
  const token = tokens[index];
  if (!token) return '';
  const previous = tokens[index - 1];
  return text.slice(previous ? previous.end : 0, token.start);
}
