import { stripArticle } from './name-keys.ts';

/**
 * How alike two Latin spellings are, from 0 to 1: one minus their edit distance (Levenshtein,
 * over normalised letters without article and spaces) divided by the longer length.
 * "Zauia" and "Al Zawiyah" score 0.57; "Castelverde" and "Qasr al Qarabulli" 0.18.
 */
export function measureNameSimilarity(a: string, b: string): number {
  const x = stripArticle(a).replace(/ /g, '');
  const y = stripArticle(b).replace(/ /g, '');
  const longer = Math.max(x.length, y.length);
  if (longer === 0) return 1;
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
    }
    previous = current;
  }
  return 1 - (previous[y.length] as number) / longer;
}
