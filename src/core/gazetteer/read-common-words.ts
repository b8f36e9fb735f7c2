import { stripArticle } from './name-keys.ts';

/**
 * Reads a word list, one word a line (blank lines ignored), into the set of its words
 * normalised and without the article, the form `importOsmPlaces` compares names in.
 */
export function readCommonWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const line of text.split('\n')) {
    const word = line.trim();
    if (word) words.add(stripArticle(word));
  }
  words.delete('');
  return words;
}
