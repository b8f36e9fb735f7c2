import type { Geoparser } from '../geoparser/index.ts';
import type { Article, Gazetteer, GeoparseWarning, Lang, Match } from '../types.ts';
import { geoparseBlocks } from './geoparse-blocks.ts';

/** A match or warning tagged with the language of the text it was found in. */
export type LangMatch = Match & { lang: Lang };
/** A warning tagged with the language of its text. */
export type LangWarning = GeoparseWarning & { lang: Lang };

/**
 * Geoparses every text of an article (original and translations), each as one document, so names
 * that need evidence are weighed within their own text. `context`: the countries the texts name.
 */
export function geoparseArticle(article: Article, parser: Geoparser, gazetteer: Gazetteer): { matches: LangMatch[]; warnings: LangWarning[]; context: LangMatch[] } {
  const matches: LangMatch[] = [];
  const warnings: LangWarning[] = [];
  const context: LangMatch[] = [];
  for (const text of article.texts) {
    const result = geoparseBlocks(parser, gazetteer, text.blocks);
    for (const m of result.matches) matches.push({ ...m, lang: text.lang });
    for (const w of result.warnings) warnings.push({ ...w, lang: text.lang });
    for (const c of result.context) context.push({ ...c, lang: text.lang });
  }
  return { matches, warnings, context };
}
