import type { FeatureCollection } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { PAGE_DATA_ID } from '../render/inline-json.ts';
import { SiteIndexError, checkSiteIndex, type SiteIndex } from '../core/site-index.ts';
import type { Article, Party } from '../core/types.ts';
import type { ClaimsCollection } from '../core/time/types.ts';


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
    /** Every claim of every article (README, "Control over time"). */
    claims: u('geo/claims.geojson'),
    /** The zones inferred from control as of a report date, on a site with a timeline. */
    zonesAsOf: (date: string) => u(`geo/zones-as-of/${encodeURIComponent(date)}.geojson`),
    basemap: u('basemap.geojson'),
    gazetteer: u('gazetteer.json'),
  };
}

async function fetchJson(url: string, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : undefined);
  } catch (error) {
    // An aborted load is not a failure to report: the caller has moved on.
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(url, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new LoadError(url, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new LoadError(url, error instanceof Error && error.name === 'AbortError' ? 'aborted' : 'not valid JSON');
  }
}

/** Checks the shape of the site index; `source` names where it came from. */
export function checkIndex(value: unknown, source: string): SiteIndex {
  try {
    return checkSiteIndex(value, source);
  } catch (error) {
    if (error instanceof SiteIndexError) throw new LoadError(source, error.detail);
    throw error;
  }
}

/** Checks the shape of an article. */
export function checkArticle(value: unknown, source: string): PageArticle {
  const data = value as PageArticle;
  if (!data || typeof data.id !== 'string' || !Array.isArray(data.texts) || !data.texts.every((t) => Array.isArray(t.blocks)) || !Array.isArray(data.parties)) throw new LoadError(source, 'not an article');
  return data;
}

/** Checks that places are a FeatureCollection of Points with ids. */
export function checkPlaces(value: unknown, source: string): PlacesCollection {
  const data = value as PlacesCollection;
  const ok = data && data.type === 'FeatureCollection' && Array.isArray(data.features) && typeof data.metadata?.article === 'string' &&
    data.features.every((f) => f && f.type === 'Feature' && f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) && typeof f.properties?.id === 'string' && Array.isArray(f.properties.mentions));
  if (!ok) throw new LoadError(source, 'not a places FeatureCollection');
  return data;
}

/** Loads the article index and checks its shape. */
export async function loadIndex(url: string): Promise<SiteIndex> {
  return checkIndex(await fetchJson(url), url);
}

/** Loads one article and checks its shape. */
export async function loadArticleData(url: string, signal?: AbortSignal): Promise<PageArticle> {
  return checkArticle(await fetchJson(url, signal), url);
}

/** Loads an article's places and checks it is a FeatureCollection of Points with ids. */
export async function loadPlaces(url: string, signal?: AbortSignal): Promise<PlacesCollection> {
  return checkPlaces(await fetchJson(url, signal), url);
}

/**
 * What the full page's HTML carries for its default article, so that the places can be linked to
 * the text without waiting for three files (the same content as `data/articles.json`,
 * `data/articles/<id>.json` and `data/geo/<id>.geojson`, which stay the files to download).
 */
export interface InlinePageData {
  index: SiteIndex;
  article: PageArticle;
  places: PlacesCollection;
}

/**
 * Reads the page's inline data: `null` when there is none; when it is there but unusable, the
 * error (the page then loads the files instead, and says so).
 */
export function readInlinePageData(doc: Document): InlinePageData | LoadError | null {
  const block = doc.getElementById(PAGE_DATA_ID);
  if (!block) return null;
  const source = `#${PAGE_DATA_ID}`;
  let value: { index?: unknown; article?: unknown; places?: unknown };
  try {
    value = JSON.parse(block.textContent ?? '') as typeof value;
  } catch {
    return new LoadError(source, 'not valid JSON');
  }
  try {
    const data = { index: checkIndex(value?.index, `${source} index`), article: checkArticle(value?.article, `${source} article`), places: checkPlaces(value?.places, `${source} places`) };
    if (data.places.metadata.article !== data.article.id) return new LoadError(source, `places of ${data.places.metadata.article}, article ${data.article.id}`);
    return data;
  } catch (error) {
    return error instanceof LoadError ? error : new LoadError(source, String(error));
  }
}

/** Loads the basemap extract. */
export async function loadBasemap(url: string): Promise<FeatureCollection> {
  const data = (await fetchJson(url)) as FeatureCollection;
  if (!data || data.type !== 'FeatureCollection' || !Array.isArray(data.features)) throw new LoadError(url, 'not a FeatureCollection');
  return data;
}

/**
 * Loads the site-wide claims file and checks its shape: a FeatureCollection of Points with a
 * place, a date and a status each (`createControlIndex` then checks every value and names the
 * first bad one).
 */
export async function loadClaims(url: string): Promise<ClaimsCollection> {
  const data = (await fetchJson(url)) as ClaimsCollection;
  const ok = data && data.type === 'FeatureCollection' && Array.isArray(data.features) &&
    data.features.every((f) => f && f.type === 'Feature' && f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) && typeof f.properties?.place === 'string' && typeof f.properties.as_of === 'string' && Array.isArray(f.properties.evidence));
  if (!ok) throw new LoadError(url, 'not a claims FeatureCollection');
  return data;
}

/** Loads an article's inferred zones and front lines and checks their shape. */
export async function loadZones(url: string, signal?: AbortSignal): Promise<FeatureCollection> {
  const data = (await fetchJson(url, signal)) as FeatureCollection;
  const ok = data && data.type === 'FeatureCollection' && Array.isArray(data.features) &&
    data.features.every((f) => f && f.type === 'Feature' && f.id !== undefined && f.geometry && (f.properties?.kind === 'zone' || f.properties?.kind === 'front-line'));
  if (!ok) throw new LoadError(url, 'not a zones FeatureCollection');
  return data;
}
