import type { FeatureCollection } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import type { Article, Party } from '../core/types.ts';

/** The article index (`data/articles.json`). */
export interface ArticleIndex {
  default_article: string;
  basemap_style_url?: string | null;
  embed_origins?: string[] | null;
  site_url?: string | null;
  articles: Array<{ id: string; date: string; language: string; titles: Record<string, string>; outlet: { ar: string; en: string } }>;
}

/** An article as the page loads it: texts plus parties. */
export type PageArticle = Article & { parties: Party[] };

/** A failed load, with the URL and what went wrong, for the page's message. */
export class LoadError extends Error {
  constructor(readonly url: string, readonly detail: string) {
    super(`${url}: ${detail}`);
    this.name = 'LoadError';
  }
}

/** URLs of the page's data, resolved against a base (the page's or the embed script's). */
export function dataUrls(base: string) {
  const u = (path: string): string => new URL(`data/${path}`, base).href;
  return {
    index: u('articles.json'),
    article: (id: string) => u(`articles/${encodeURIComponent(id)}.json`),
    places: (id: string) => u(`geo/${encodeURIComponent(id)}.geojson`),
    zones: (id: string) => u(`geo/${encodeURIComponent(id)}.zones.geojson`),
    svg: (id: string) => u(`svg/${encodeURIComponent(id)}.svg`),
    basemap: u('basemap.geojson'),
    gazetteer: u('gazetteer.json'),
  };
}

async function fetchJson(url: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new LoadError(url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    throw new LoadError(url, 'not valid JSON');
  }
}

/** Loads the article index and checks its shape. */
export async function loadIndex(url: string): Promise<ArticleIndex> {
  const data = (await fetchJson(url)) as ArticleIndex;
  if (!data || !Array.isArray(data.articles) || typeof data.default_article !== 'string') throw new LoadError(url, 'not an article index');
  return data;
}

/** Loads one article and checks its shape. */
export async function loadArticleData(url: string): Promise<PageArticle> {
  const data = (await fetchJson(url)) as PageArticle;
  if (!data || !Array.isArray(data.texts) || !data.texts.every((t) => Array.isArray(t.blocks)) || !Array.isArray(data.parties)) throw new LoadError(url, 'not an article');
  return data;
}

/** Loads an article's places and checks it is a FeatureCollection of Points with ids. */
export async function loadPlaces(url: string): Promise<PlacesCollection> {
  const data = (await fetchJson(url)) as PlacesCollection;
  const ok = data && data.type === 'FeatureCollection' && Array.isArray(data.features) && typeof data.metadata?.article === 'string' &&
    data.features.every((f) => f && f.type === 'Feature' && f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) && typeof f.properties?.id === 'string' && Array.isArray(f.properties.mentions));
  if (!ok) throw new LoadError(url, 'not a places FeatureCollection');
  return data;
}

/** Loads the basemap extract. */
export async function loadBasemap(url: string): Promise<FeatureCollection> {
  const data = (await fetchJson(url)) as FeatureCollection;
  if (!data || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new LoadError(url, 'not a FeatureCollection');
  return data;
}

/** Loads an article's inferred zones and front lines and checks their shape. */
export async function loadZones(url: string): Promise<FeatureCollection> {
  const data = (await fetchJson(url)) as FeatureCollection;
  const ok = data && data.type === 'FeatureCollection' && Array.isArray(data.features) &&
    data.features.every((f) => f && f.type === 'Feature' && f.id !== undefined && f.geometry && (f.properties?.kind === 'zone' || f.properties?.kind === 'front-line'));
  if (!ok) throw new LoadError(url, 'not a zones FeatureCollection');
  return data;
}
