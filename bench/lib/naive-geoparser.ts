import { normaliseName, normaliseText } from '../../src/core/text/normalise.ts';
import type { Place } from '../../src/core/types.ts';

/** The baseline the geoparser is compared with: one regular expression per name. */
export interface NaiveGeoparser {
  /** One global, Unicode-aware regular expression per distinct normalised name. */
  patterns: RegExp[];
}

const ARABIC_BLOCK = /[\u0600-\u06ff]/;
// JS `\b` only knows [A-Za-z0-9_], so Arabic letters count as boundaries; use Unicode classes.
const NOT_AFTER_LETTER = '(?<![\\p{L}\\p{N}])';
const NOT_BEFORE_LETTER = '(?![\\p{L}\\p{N}])';
// The clitics the geoparser accepts (see src/core/geoparser/prefixes.ts): conjunction و ف,
// preposition ب ك ل, and for names with the article, ل fused with it as لل.
const CLITICS = '[وف]?[بكل]?';
const CLITICS_BEFORE_ARTICLE = '(?:[وف]?[بك]?ال|[وف]?لل)';

/**
 * Compiles the naive baseline: for every Arabic and English name and variant of every place
 * except countries (which the geoparser leaves out too), one regular expression over normalised
 * text, word-bounded with Unicode lookarounds and allowing the same clitic prefixes.
 */
export function createNaiveGeoparser(places: readonly Place[]): NaiveGeoparser {
  const keys = new Set<string>();
  for (const place of places) {
    if (place.kind === 'country') continue;
    for (const name of [...place.ar, ...place.en]) {
      const key = normaliseName(name);
      if (key.length > 0) keys.add(key);
    }
  }
  const patterns = [...keys].map((key) => {
    let body: string;
    if (!ARABIC_BLOCK.test(key)) body = escapeRegExp(key);
    else if (key.length > 3 && key.startsWith('ال')) body = CLITICS_BEFORE_ARTICLE + escapeRegExp(key.slice(2));
    else body = CLITICS + escapeRegExp(key);
    return new RegExp(NOT_AFTER_LETTER + body + NOT_BEFORE_LETTER, 'gu');
  });
  return { patterns };
}

/**
 * Normalises `text` once, then runs every pattern over it; returns how many matches were found
 * in all (overlapping names such as عين زارة and زارة both count).
 */
export function countNaiveMatches(naive: NaiveGeoparser, text: string): number {
  const s = normaliseText(text).text;
  let count = 0;
  for (const re of naive.patterns) {
    re.lastIndex = 0;
    while (re.exec(s) !== null) count++;
  }
  return count;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
