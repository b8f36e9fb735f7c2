import { loadClaims } from '../claims/load-claims.ts';
import { loadArticle } from '../content/load-article.ts';
import { ValidationError } from '../errors.ts';
import { buildPlacesCollection, type LangMention, type PlacesCollection } from '../geojson/build-places-collection.ts';
import type { Geoparser } from '../geoparser/index.ts';
import { resolveMatches } from '../resolve/resolve-matches.ts';
import type { Article, Claim, Gazetteer, Party } from '../types.ts';
import type { SourceFile } from '../yaml/parse-yaml.ts';
import { geoparseArticle, type LangWarning } from './geoparse-article.ts';

/** Everything needed to build one article. */
export interface BuildArticleInput {
  /** Article id: its folder name. */
  id: string;
  /** The folder's Markdown files (original and translations). */
  articleFiles: readonly SourceFile[];
  /** The folder's `claims.yaml`, if it has one. */
  claimsFile: SourceFile | null;
  gazetteer: Gazetteer;
  parties: readonly Party[];
  parser: Geoparser;
}

/** A warning for the reporter, with the file it concerns. */
export type ArticleWarning = LangWarning & { file: string };

/** What one article becomes. */
export interface BuiltArticle {
  article: Article;
  claims: Claim[];
  places: PlacesCollection;
  warnings: ArticleWarning[];
}

/**
 * Turns one article folder into its places collection: loads and checks the texts, geoparses
 * every text, resolves ambiguous names, loads and checks the claims against the original text,
 * and builds the GeoJSON. Throws a {@link ValidationError} listing every problem found.
 */
export function buildArticle(input: BuildArticleInput): BuiltArticle {
  const article = loadArticle(input.id, input.articleFiles);
  const { matches, warnings, context } = geoparseArticle(article, input.parser, input.gazetteer);
  const { resolved, resolutions } = resolveMatches(matches, input.gazetteer, context);

  const mentions = new Map<string, LangMention[]>();
  for (const { match, placeId } of resolved) {
    const list = mentions.get(placeId) ?? [];
    list.push({ lang: match.lang, paragraph: match.paragraph, start: match.start, end: match.end, text: match.text, ...(match.evidence !== undefined ? { evidence: match.evidence } : {}) });
    mentions.set(placeId, list);
  }
  const inOriginal = new Set([...mentions].filter(([, ms]) => ms.some((m) => m.lang === article.language)).map(([id]) => id));

  const fileOf = (lang: string): string => input.articleFiles.find((f) => f.path.endsWith(`/${lang}.md`))?.path ?? input.articleFiles[0]?.path ?? input.id;
  const allWarnings: ArticleWarning[] = warnings.map((w) => ({ ...w, file: fileOf(w.lang) }));
  for (const [placeId, ms] of mentions) {
    if (inOriginal.has(placeId)) continue;
    for (const m of ms) {
      allWarnings.push({ ...m, file: fileOf(m.lang), reason: `the translation names "${placeId}", which the original does not` });
    }
  }

  const claims = input.claimsFile
    ? loadClaims(input.claimsFile, {
      article,
      placeIds: new Set(input.gazetteer.places.map((p) => p.id)),
      partyIds: new Set(input.parties.map((p) => p.id)),
      mentionedPlaceIds: inOriginal,
    })
    : [];
  const places = buildPlacesCollection({ article, gazetteer: input.gazetteer, claims, mentions, resolutions });
  return { article, claims, places, warnings: allWarnings };
}

export { ValidationError };
