import type { FeatureCollection } from 'geojson';
import type { PlacesCollection } from '../core/geojson/build-places-collection.ts';
import { createPlaceStyles, type PlaceStyles } from '../render/place-styles.ts';
import { createZoneStyles, type ZoneStyles } from '../render/zone-styles.ts';
import { loadArticleData, loadPlaces, loadZones, type InlinePageData, type PageArticle, type dataUrls } from './data.ts';

/** An article as the page shows it: its texts, places, styles and (once they come) zones. */
export interface LoadedArticle {
  article: PageArticle;
  places: PlacesCollection;
  styles: PlaceStyles;
  /** The inferred zones, once the zones file has arrived; null before, and when it failed. */
  zones: ZoneStyles | null;
  /** Whether the zones file has arrived or failed: until then a zone id cannot be checked. */
  zonesSettled: boolean;
}

/** What {@link loadArticle} gives: the article (null when both its files failed) and its zones to come. */
export interface ArticleLoad {
  loaded: LoadedArticle | null;
  /** The zones, drawn when they come: a reading aid, not what the page waits for. */
  zones: Promise<ZoneStyles | null>;
}

/**
 * Loads an article's text and places (from the page's own data when it carries this article),
 * and starts loading its zones. Whatever still works is kept: the text without the map's places,
 * or the map without the text. Every failure goes to `onError`; an aborted load rejects with the
 * signal's reason and reports nothing.
 */
export async function loadArticle(
  id: string,
  options: {
    urls: ReturnType<typeof dataUrls>;
    inline: InlinePageData | null;
    signal: AbortSignal;
    onError: (error: unknown) => void;
    /** Load the article's own zones; a site with a timeline draws the zones of the date instead. @defaultValue true */
    zones?: boolean;
  },
): Promise<ArticleLoad> {
  const { urls, inline, signal, onError } = options;
  const report = (error: unknown): void => {
    if (!signal.aborted) onError(error);
  };
  const zonesFile: Promise<FeatureCollection> | null = options.zones === false ? null : loadZones(urls.zones(id), signal);
  zonesFile?.catch(() => undefined);
  // The page's own article comes with the HTML: no round trip, and no task between the script
  // starting and the places answering clicks.
  const fromPage = inline && inline.article.id === id ? inline : null;
  const [article, places]: [PromiseSettledResult<PageArticle>, PromiseSettledResult<PlacesCollection>] = fromPage
    ? [{ status: 'fulfilled', value: fromPage.article }, { status: 'fulfilled', value: fromPage.places }]
    : await Promise.allSettled([loadArticleData(urls.article(id), signal), loadPlaces(urls.places(id), signal)]);
  signal.throwIfAborted();
  if (article.status === 'rejected') report(article.reason);
  if (places.status === 'rejected') report(places.reason);
  if (article.status === 'rejected' && places.status === 'rejected') return { loaded: null, zones: Promise.resolve(null) };
  const placesValue: PlacesCollection = places.status === 'fulfilled' ? places.value : emptyPlaces(article.status === 'fulfilled' ? article.value : null, id);
  const articleValue: PageArticle = article.status === 'fulfilled' ? article.value : articleFromPlaces(placesValue, id);
  const styles = createPlaceStyles(placesValue, articleValue.parties);
  const zones = zonesFile
    ? zonesFile.then(
        (value) => createZoneStyles(value, styles.palette),
        (error: unknown) => {
          report(error);
          return null;
        },
      )
    : Promise.resolve(null);
  return { loaded: { article: articleValue, places: placesValue, styles, zones: null, zonesSettled: false }, zones };
}

/** An empty places collection for an article whose places file failed to load. */
function emptyPlaces(article: PageArticle | null, id: string): PlacesCollection {
  const original = article?.texts[0];
  return {
    type: 'FeatureCollection',
    metadata: { article: id, title: original?.title ?? id, outlet: article?.outlet.en ?? '', date: article?.date ?? '', language: article?.language ?? 'ar' },
    features: [],
  };
}

/** A stand-in article (title only) for places whose article file failed to load. */
function articleFromPlaces(places: PlacesCollection, id: string): PageArticle {
  const m = places.metadata;
  const partyIds = [...new Set(places.features.flatMap((f) => [f.properties.party, ...f.properties.parties]).filter((p): p is string => !!p))].sort();
  return {
    id,
    date: m.date,
    outlet: { ar: m.outlet, en: m.outlet },
    language: m.language,
    texts: [{ lang: m.language, original: true, title: m.title, blocks: [{ id: 'title', kind: 'title', text: m.title }] }],
    parties: partyIds.map((p) => ({ id: p, name: { ar: p, en: p }, label: { ar: p, en: p } })),
  };
}
