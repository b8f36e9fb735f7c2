import { geoparseText, type Geoparser } from '../geoparser/index.ts';
import type { Article, GeoparseWarning, Lang, Match } from '../types.ts';

/** A match or warning tagged with the language of the text it was found in. */
export type LangMatch = Match & { lang: Lang };
/** A warning tagged with the language of its text. */
export type LangWarning = GeoparseWarning & { lang: Lang };

/** Geoparses every block of every text of an article (original and translations). */
export function geoparseArticle(article: Article, parser: Geoparser): { matches: LangMatch[]; warnings: LangWarning[] } {
  const matches: LangMatch[] = [];
  const warnings: LangWarning[] = [];
  for (const text of article.texts) {
    for (const block of text.blocks) {
      const result = geoparseText(parser, block.text, block.id);
      for (const m of result.matches) matches.push({ ...m, lang: text.lang });
      for (const w of result.warnings) warnings.push({ ...w, lang: text.lang });
    }
  }
  return { matches, warnings };
}
