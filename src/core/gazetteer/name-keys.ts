import { normaliseName } from '../text/normalise.ts';

const ARABIC = /[\u0600-\u06ff]/;
/** Leading articles of Latin transliterations, as the geoparser strips them (src/core/geoparser). */
const LATIN_ARTICLES = ['al ', 'el ', 'as ', 'az ', 'ash ', 'an ', 'ar ', 'at ', 'ad ', 'adh ', 'ath '];

/** True when a name is written in Arabic script. */
export function isArabicName(name: string): boolean {
  return ARABIC.test(name);
}

/**
 * A name's normalised form without its article: الزاوية → زاويه, "Az Zawiyah" → "zawiyah",
 * "al-Hira" → "hira". Arabic ال is dropped when more than one letter would remain after it, a Latin
 * article when four letters remain (the geoparser's rules for the forms it also matches).
 */
export function stripArticle(name: string): string {
  const key = normaliseName(name);
  if (ARABIC.test(key)) return key.length > 3 && key.startsWith('ال') ? key.slice(2) : key;
  const article = LATIN_ARTICLES.find((a) => key.startsWith(a));
  return article && key.length - article.length >= 4 ? key.slice(article.length) : key;
}

/**
 * The keys under which two names count as the same name: the normalised name and its form
 * without the article, so الزاوية, زاوية and "Az Zawiyah" / "Zawiyah" compare equal per script.
 */
export function listNameKeys(name: string): string[] {
  const full = normaliseName(name);
  const bare = stripArticle(name);
  return full === bare ? [full] : [full, bare];
}
